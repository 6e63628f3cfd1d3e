using System.Globalization;
using System.Text;

namespace SopDesk.Data.LaborMarket;

public static partial class JobMatcher
{
    /// <summary>Words that say nothing about a job (Indonesian and English fillers); they would match half the index.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "dan", "atau", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "serta", "bagian", "tenaga", "lain", "lainnya",
        "min", "minimal", "max", "the", "of", "and", "or", "for", "in", "to", "a", "an",
    };

    /// <summary>At most this many words go into one MATCH (the longest text on a form yields fewer).</summary>
    public const int MaxQueryTokens = 16;

    /// <summary>
    /// Lower-case words of letters and digits (diacritics folded, as the index's unicode61 tokenizer does), two characters
    /// or more, stop words dropped, each once, in order. Anything else — quotes, operators, brackets — is a separator.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var folded = text.Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length >= 2 && !StopWords.Contains(current.ToString()) && !words.Contains(current.ToString())) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>
    /// An FTS5 MATCH string: an OR of quoted prefix terms (<c>"operator"* OR "las"*</c>) from the given texts, or null when
    /// they hold no word. Tokens are letters and digits only, so no user text reaches the query syntax.
    /// </summary>
    public static string? MatchQuery(params string?[] texts)
    {
        var tokens = texts.SelectMany(Tokens).Distinct().Take(MaxQueryTokens).ToList();
        return tokens.Count == 0 ? null : string.Join(" OR ", tokens.Select(t => $"\"{t}\"*"));
    }

    /// <summary>
    /// The first, narrow MATCH for a vacancy: holders whose wished positions hold every word of the position
    /// (<c>{WishedPositions}: ("operator"* AND "produksi"*)</c>). Position words only: every extra OR-ed phrase makes FTS5 load
    /// its whole doclist ("teknik"* is in a third of the index), which cost more than the scoring it would save. Null when
    /// the position has no word.
    /// </summary>
    public static string? PositionMatchQuery(string? position)
    {
        var words = Tokens(position).Take(MaxQueryTokens / 2).ToList();
        return words.Count == 0 ? null : $"{{WishedPositions}}: ({string.Join(" AND ", words.Select(t => $"\"{t}\"*"))})";
    }

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
