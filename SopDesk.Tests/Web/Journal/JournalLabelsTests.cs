using System.Reflection;
using System.Text.RegularExpressions;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Journal;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Journal;

/// <summary>
/// Every action the code writes to the journal reads as Indonesian on /admin/jurnal and is a choice of its action
/// filter: the engine's actions, the <see cref="JournalActions"/> constants, and any action string found in the
/// source where a journal line is written.
/// </summary>
public partial class JournalLabelsTests
{
    private static IEnumerable<string> Constants() =>
        typeof(JournalActions).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_engine_action_and_every_journal_constant_has_an_Indonesian_label()
    {
        var actions = Enum.GetNames<JournalAction>().Concat(Constants()).ToList();
        actions.Count.ShouldBeGreaterThan(30);
        actions.Where(a => !JournalLabels.Actions.ContainsKey(a)).ShouldBeEmpty("actions without a label on /admin/jurnal");
        JournalLabels.Actions.Values.ShouldAllBe(label => !string.IsNullOrWhiteSpace(label));
        JournalLabels.Actions.Values.Distinct().Count().ShouldBe(JournalLabels.Actions.Count, "each choice of the filter reads differently");
    }

    // JournalRecord.For(actor, at, "X", …) · Action = "X" · const string Action = "X" · Journal("X", …) / JournalAsync(…, "X", …)
    [GeneratedRegex("""JournalRecord\.For\([^,]+,[^,]+,\s*"(\w+)"|\bAction\s*=\s*"(\w+)"|\bJournal(?:Async)?\((?:[^,()"]+,\s*){0,2}"(\w+)"|JournalActions\.(\w+)""")]
    private static partial Regex WrittenAction();

    [Fact]
    public void Every_action_the_source_writes_to_the_journal_has_a_label()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SopDesk.sln"))) root = root.Parent;
        root.ShouldNotBeNull("the repository root (SopDesk.sln) above the test binaries");

        var constants = typeof(JournalActions).GetFields().ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var written = new HashSet<string>();
        foreach (var project in new[] { "SopDesk.Web", "SopDesk.Data" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, project), "*.*", SearchOption.AllDirectories)
                         .Where(f => (f.EndsWith(".cs") || f.EndsWith(".razor")) && !f.Contains("Migrations") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
                foreach (Match match in WrittenAction().Matches(File.ReadAllText(file)))
                {
                    var constant = match.Groups[4].Value;
                    if (constant.Length > 0) written.Add(constants.GetValueOrDefault(constant, constant));
                    else written.Add(match.Groups[1].Value + match.Groups[2].Value + match.Groups[3].Value);
                }

        written.ShouldContain(JournalActions.PersonalDataViewed);
        written.ShouldContain("StaffAdded");
        written.Where(a => !JournalLabels.Actions.ContainsKey(a)).ShouldBeEmpty("actions written in the source without a label");
    }
}
