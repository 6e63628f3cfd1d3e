using System.Globalization;
using System.Text;

namespace SopDesk.Data.LaborMarket;

/// <summary>
/// The one way text becomes an FTS5 MATCH expression, for the public search and for job matching. Words are letters and
/// digits only, folded as the index's unicode61 tokenizer folds them (lower case, no diacritics), two characters or more,
/// without stop words; each is quoted and prefix-matched (<c>"operat"*</c>). Quotes, stars, brackets, minus, colons and the
/// operator words (AND, OR, NOT, NEAR) never reach FTS5 as syntax, so no input can make a query fail.
/// </summary>
public static partial class FullTextQuery
{
    /// <summary>Words of a search box that count (more are ignored: nobody types nine words to find a job).</summary>
    public const int MaxSearchWords = 8;
    /// <summary>Words of one matching query (the longest text on a vacancy form yields fewer).</summary>
    public const int MaxMatchWords = 16;
    public const int MaxWordLength = 40;

    /// <summary>Words that say nothing about a job (Indonesian and English fillers) and FTS5's operator words.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "dan", "atau", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "serta", "bagian", "tenaga", "lain", "lainnya",
        "min", "minimal", "max", "the", "of", "and", "or", "not", "near", "for", "in", "to", "an",
    };

    /// <summary>The search box's expression: every word required (FTS5's implicit AND), or null when the text holds no word.</summary>
    public static string? AllOf(string? text)
    {
        var words = Words(text).Take(MaxSearchWords).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(Quoted));
    }

    /// <summary>Matching's broad expression: any word of the texts (<c>"operator"* OR "las"*</c>), or null when they hold no word.</summary>
    public static string? AnyOf(params string?[] texts)
    {
        var words = texts.SelectMany(Words).Distinct().Take(MaxMatchWords).ToList();
        return words.Count == 0 ? null : string.Join(" OR ", words.Select(Quoted));
    }

    /// <summary>Every word of <paramref name="text"/> in one column (<c>{WishedPositions}: ("operator"* AND "produksi"*)</c>), or null.</summary>
    public static string? AllInColumn(string column, string? text)
    {
        var words = Words(text).Take(MaxMatchWords / 2).ToList();
        return words.Count == 0 ? null : $"{{{column}}}: ({string.Join(" AND ", words.Select(Quoted))})";
    }

    /// <summary>The words of a text as the index sees them, each once, in order, stop words dropped.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToLowerInvariant(c)); continue; }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            var word = current.Length > MaxWordLength ? current.ToString(0, MaxWordLength) : current.ToString();
            current.Clear();
            if (word.Length >= 2 && !StopWords.Contains(word) && !words.Contains(word)) words.Add(word);
        }
    }

    private static string Quoted(string word) => $"\"{word}\"*";
}
