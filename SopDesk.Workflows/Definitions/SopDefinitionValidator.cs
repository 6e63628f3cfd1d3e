using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Semantic checks the JSON Schema cannot express: ids that must be unique or must exist, the step
/// graph (reachable, can finish, loops bounded), substitutions, registers and form fields.
/// Paths index the file's arrays the same way the parsed record does (order is kept).
/// </summary>
public static partial class SopDefinitionValidator
{
    private static readonly ImmutableHashSet<string> SystemSources = ["register.number", "register.date", "case.number", DocumentSources.ValidUntil, DocumentSources.SignedAt];
    private static readonly ImmutableHashSet<string> NumberingPlaceholders = ["unit", "year", "month"];

    public static ImmutableArray<DefinitionError> Validate(string fileName, SopDefinition sop)
    {
        var errors = new List<DefinitionError>();
        void Error(string path, string message) => errors.Add(new DefinitionError(fileName, path, message));

        CheckIds(sop, Error);
        CheckSteps(sop, Error);
        CheckGraph(sop, Error);
        CheckSubstitutions(sop, Error);
        CheckRegisters(sop, Error);
        CheckSummary(sop, Error);
        CheckDocuments(sop, Error);
        return [.. errors];
    }

    private static void CheckIds(SopDefinition sop, Action<string, string> error)
    {
        ReportDuplicates(sop.Lanes.Select(l => l.Id), i => $"$.lanes[{i}].id", "lane", error);
        ReportDuplicates(sop.Steps.Select(s => s.Id), i => $"$.steps[{i}].id", "step", error);
        ReportDuplicates(sop.Ends.Select(e => e.Id), i => $"$.ends[{i}].id", "end", error);
        ReportDuplicates(sop.Registers.Select(r => r.Id), i => $"$.registers[{i}].id", "register", error);
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        for (var i = 0; i < sop.Ends.Length; i++)
            if (stepIds.Contains(sop.Ends[i].Id))
                error($"$.ends[{i}].id", $"end id '{sop.Ends[i].Id}' is also a step id; a transition to it would be ambiguous");
    }

    private static void ReportDuplicates(IEnumerable<string> ids, Func<int, string> path, string what, Action<string, string> error)
    {
        var seen = new HashSet<string>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id)) error(path(index), $"duplicate {what} id '{id}'");
            index++;
        }
    }

    private static void CheckSteps(SopDefinition sop, Action<string, string> error)
    {
        var laneIds = sop.Lanes.Select(l => l.Id).ToHashSet();
        for (var i = 0; i < sop.Steps.Length; i++)
        {
            var step = sop.Steps[i];
            var at = $"$.steps[{i}]";
            if (!laneIds.Contains(step.Lane))
                error($"{at}.lane", $"unknown lane '{step.Lane}' (lanes: {string.Join(", ", laneIds)})");

            if (step.Next is not null && step.HasOutcomes)
                error(at, $"step '{step.Id}' has both 'next' and 'outcomes'; give one of them");
            else if (step.Next is null && !step.HasOutcomes)
                error(at, $"step '{step.Id}' has neither 'next' nor 'outcomes', so a case could never leave it");
            else if (step.Kind is StepKind.Decision or StepKind.Paraf or StepKind.Sign && !step.HasOutcomes)
                error(at, $"a {step.Kind.ToString().ToLowerInvariant()} step needs outcomes (e.g. lengkap / tidak-lengkap, paraf / koreksi), not a single 'next'");

            ReportDuplicates(step.Outcomes.Select(o => o.Id), j => $"{at}.outcomes[{j}].id", "outcome", error);
            for (var j = 0; j < step.Outcomes.Length; j++)
            {
                var outcome = step.Outcomes[j];
                if (outcome.MinVisits > (step.MaxVisits ?? int.MaxValue))
                    error($"{at}.outcomes[{j}].minVisits",
                        $"minVisits {outcome.MinVisits} is greater than the step's maxVisits {step.MaxVisits}, so the outcome could never be chosen");
            }
            CheckFields(step, at, error);
            CheckChecklist(step, at, error);
        }
    }

    /// <summary>Ticks are recorded by the item's text, so the texts of one step differ and no field takes their key.</summary>
    private static void CheckChecklist(Step step, string at, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < step.Checklist.Length; k++)
            if (!seen.Add(step.Checklist[k].Item.Trim()))
                error($"{at}.checklist[{k}]", $"checklist item '{step.Checklist[k].Item}' is listed twice in step '{step.Id}'; ticks are recorded by the item's text");
        if (step.Checklist.IsDefaultOrEmpty) return;
        for (var k = 0; k < step.Fields.Length; k++)
            if (step.Fields[k].Id == ChecklistTicks.Key)
                error($"{at}.fields[{k}].id", $"field id '{ChecklistTicks.Key}' is reserved on a step with a checklist: the ticked items are recorded under it");
    }

    private static void CheckFields(Step step, string at, Action<string, string> error)
    {
        ReportDuplicates(step.Fields.Select(f => f.Id), k => $"{at}.fields[{k}].id", "field", error);
        for (var k = 0; k < step.Fields.Length; k++)
        {
            var field = step.Fields[k];
            var path = $"{at}.fields[{k}]";
            if (field.Type == FieldType.Choice && field.Options.IsDefaultOrEmpty)
                error($"{path}.options", $"choice field '{field.Id}' needs options");
            if (field.Pattern is not null && !IsValidRegex(field.Pattern, out var reason))
                error($"{path}.pattern", $"'{field.Pattern}' is not a valid regular expression: {reason}");
            if (field.Min > field.Max)
                error($"{path}.min", $"min {field.Min} is greater than max {field.Max}");
            if (field.MinLength > field.MaxLength)
                error($"{path}.minLength", $"minLength {field.MinLength} is greater than maxLength {field.MaxLength}");
            if (field.MaxLength > FieldValidator.LongestValue)
                error($"{path}.maxLength", $"maxLength {field.MaxLength} is over the longest value a field may take ({FieldValidator.LongestValue})");
            CheckPartners(step, field, path, error);
        }
    }

    /// <summary>A NIK's birth-date and gender partners are fields of the same step with the right type.</summary>
    private static void CheckPartners(Step step, FormField field, string path, Action<string, string> error)
    {
        if ((field.BirthDateField ?? field.GenderField) is not null && field.Type != FieldType.Nik)
            error($"{path}.birthDateField", $"only a nik field names a birth-date or gender field ('{field.Id}' is {field.Type})");
        if (field.BirthDateField is { } born && step.Fields.FirstOrDefault(f => f.Id == born) is not { Type: FieldType.Date })
            error($"{path}.birthDateField", $"'{born}' is not a date field of step '{step.Id}'");
        if (field.GenderField is not { } gender) return;
        var partner = step.Fields.FirstOrDefault(f => f.Id == gender);
        if (partner?.Type != FieldType.Choice || !FieldValidator.GenderOptions.All(partner.Options.Contains))
            error($"{path}.genderField", $"'{gender}' is not a choice field of step '{step.Id}' with the options {string.Join(", ", FieldValidator.GenderOptions)}");
    }

    private static bool IsValidRegex(string pattern, out string reason)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            reason = "";
            return true;
        }
        catch (ArgumentException ex)
        {
            reason = ex.Message;
            return false;
        }
    }

    /// <summary>
    /// Every transition must name a known step or end; every step must be reachable from the first
    /// and able to reach an end; a back edge (to the same or an earlier step) must say why it goes
    /// back (return, correction, repeat) and a repeat must be bounded by the target's maxVisits.
    /// </summary>
    private static void CheckGraph(SopDefinition sop, Action<string, string> error)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < sop.Steps.Length; i++) index.TryAdd(sop.Steps[i].Id, i);
        var endIds = sop.Ends.Select(e => e.Id).ToHashSet();

        var edges = new List<(int From, string Path, string Target, OutcomeKind Kind)>();
        for (var i = 0; i < sop.Steps.Length; i++)
        {
            var step = sop.Steps[i];
            if (step.Next is not null) edges.Add((i, $"$.steps[{i}].next", step.Next, OutcomeKind.Forward));
            for (var j = 0; j < step.Outcomes.Length; j++)
                edges.Add((i, $"$.steps[{i}].outcomes[{j}]", step.Outcomes[j].Next, step.Outcomes[j].Kind));
        }

        foreach (var (from, path, target, kind) in edges)
        {
            var targetPath = path.EndsWith(".next", StringComparison.Ordinal) ? path : path + ".next";
            if (!index.TryGetValue(target, out var to))
            {
                if (!endIds.Contains(target)) error(targetPath, $"'{target}' is neither a step nor an end of this SOP");
                continue;
            }
            var goesBack = to <= from;
            if (goesBack && kind == OutcomeKind.Forward)
                error(path, $"goes back to step '{target}' without saying why: a back edge needs kind return, correction or repeat (an unbounded loop otherwise)");
            if (kind == OutcomeKind.Repeat && sop.Steps[to].MaxVisits is null)
                error(path, $"a repeat to step '{target}' needs maxVisits on that step to bound the loop");
        }

        if (sop.Steps.IsDefaultOrEmpty) return;
        var forward = Reach([0], i => edges.Where(e => e.From == i).Select(e => index.GetValueOrDefault(e.Target, -1)));
        var finishing = Reach(
            edges.Where(e => endIds.Contains(e.Target) && !index.ContainsKey(e.Target)).Select(e => e.From),
            i => edges.Where(e => index.TryGetValue(e.Target, out var t) && t == i).Select(e => e.From));
        for (var i = 0; i < sop.Steps.Length; i++)
        {
            if (!forward.Contains(i))
                error($"$.steps[{i}]", $"step '{sop.Steps[i].Id}' cannot be reached from the first step");
            if (!finishing.Contains(i))
                error($"$.steps[{i}]", $"no end can be reached from step '{sop.Steps[i].Id}'");
        }
    }

    private static HashSet<int> Reach(IEnumerable<int> start, Func<int, IEnumerable<int>> neighbours)
    {
        var seen = new HashSet<int>();
        var queue = new Queue<int>(start);
        while (queue.TryDequeue(out var node))
        {
            if (node < 0 || !seen.Add(node)) continue;
            foreach (var next in neighbours(node)) queue.Enqueue(next);
        }
        return seen;
    }

    private static void CheckSubstitutions(SopDefinition sop, Action<string, string> error)
    {
        var roles = sop.Lanes.SelectMany(l => l.Roles).ToHashSet();
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        for (var i = 0; i < sop.Substitutions.Length; i++)
        {
            var sub = sop.Substitutions[i];
            var at = $"$.substitutions[{i}]";
            if (!roles.Contains(sub.Role)) error($"{at}.role", $"role '{sub.Role}' is not used by any lane");
            if (!roles.Contains(sub.ActingRole)) error($"{at}.actingRole", $"role '{sub.ActingRole}' is not used by any lane");
            var steps = sub.Steps.IsDefault ? [] : sub.Steps;
            for (var j = 0; j < steps.Length; j++)
                if (!stepIds.Contains(steps[j])) error($"{at}.steps[{j}]", $"unknown step '{steps[j]}'");
        }
    }

    private static void CheckRegisters(SopDefinition sop, Action<string, string> error)
    {
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        var fieldIds = sop.Steps.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet();
        for (var i = 0; i < sop.Registers.Length; i++)
        {
            var register = sop.Registers[i];
            var at = $"$.registers[{i}]";
            if (!stepIds.Contains(register.At)) error($"{at}.at", $"unknown step '{register.At}'");
            if (NumberingProblem(register.Numbering) is { } problem) error($"{at}.numbering", problem);
            if (register.Numbering.Contains("{unit}", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(register.Unit))
                error($"{at}.unit", $"numbering pattern '{register.Numbering}' uses {{unit}}: give the office's code in \"unit\"");
            for (var j = 0; j < register.Columns.Length; j++)
            {
                var source = register.Columns[j].Source;
                if (!IsKnownSource(source, fieldIds, stepIds))
                    error($"{at}.columns[{j}].source",
                        $"'{source}' is neither a field id of this SOP nor a system value (register.number, register.date, case.number, step.<id>.actor, step.<id>.at)");
            }
        }
    }

    private static bool IsKnownSource(string source, HashSet<string> fieldIds, HashSet<string> stepIds)
    {
        if (fieldIds.Contains(source) || SystemSources.Contains(source)) return true;
        var match = StepSource().Match(source);
        return match.Success && stepIds.Contains(match.Groups["step"].Value);
    }

    /// <summary>A numbering pattern needs exactly one {seq} or {seq:000…}; other placeholders must be known.</summary>
    private static string? NumberingProblem(string numbering)
    {
        var placeholders = Placeholder().Matches(numbering).Select(m => m.Groups[1].Value).ToList();
        if (numbering.Count(c => c == '{') != placeholders.Count || numbering.Count(c => c == '}') != placeholders.Count)
            return $"numbering pattern '{numbering}' has an unbalanced brace";
        if (placeholders.Count(p => SeqPlaceholder().IsMatch(p)) != 1)
            return $"numbering pattern '{numbering}' must contain {{seq}} or {{seq:0000}} exactly once";
        var unknown = placeholders.FirstOrDefault(p => !SeqPlaceholder().IsMatch(p) && !NumberingPlaceholders.Contains(p));
        return unknown is null ? null
            : $"numbering pattern '{numbering}' has an unknown placeholder {{{unknown}}} (known: seq, unit, year, month)";
    }

    private static void CheckSummary(SopDefinition sop, Action<string, string> error)
    {
        var fieldIds = sop.Steps.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet();
        if (sop.Summary.ApplicantNameField is { } name && !fieldIds.Contains(name))
            error("$.summary.applicantNameField", $"'{name}' is not a field id of this SOP");
        if (sop.Summary.NikField is { } nik && !fieldIds.Contains(nik))
            error("$.summary.nikField", $"'{nik}' is not a field id of this SOP");
    }

    [GeneratedRegex(@"^step\.(?<step>[a-z0-9-]+)\.(actor|at)$")]
    private static partial Regex StepSource();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^seq(:0+)?$")]
    private static partial Regex SeqPlaceholder();
}
