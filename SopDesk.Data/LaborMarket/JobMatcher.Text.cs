
namespace SopDesk.Data.LaborMarket;

public static partial class JobMatcher
{
    /// <summary>The words of a text as the full-text index sees them (<see cref="FullTextQuery.Words"/>).</summary>
    public static IReadOnlyList<string> Tokens(string? text) => FullTextQuery.Words(text);

    /// <summary>The items of a comma list ("las, AutoCAD; K3") as typed, trimmed, without empties.</summary>
    internal static IReadOnlyList<string> Items(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ';', '\n', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Two words are the same when equal, or when the shorter (4+ letters) begins the longer ("operator", "operasional" do not).</summary>
    internal static bool SameWord(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>The share (0–1) of <paramref name="wanted"/>'s words found among <paramref name="have"/>.</summary>
    internal static double Covered(IReadOnlyList<string> wanted, IReadOnlyList<string> have) =>
        wanted.Count == 0 ? 0 : wanted.Count(w => have.Any(h => SameWord(w, h))) / (double)wanted.Count;
}
