using System.Text;

namespace SopDesk.Data.LaborMarket;

/// <summary>
/// Turns what a person typed into a safe FTS5 MATCH expression: words (letters and digits) only, each quoted and
/// prefix-matched (<c>"operat"*</c>), all required (FTS5's implicit AND). Quotes, stars, parentheses, minus, colons and
/// the operator words AND / OR / NOT / NEAR never reach FTS5 as syntax, so no input can make the query fail.
/// </summary>
public static class FullTextQuery
{
    public const int MaxTokens = 8;
    public const int MaxTokenLength = 40;

    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "AND", "OR", "NOT", "NEAR" };

    /// <summary>The MATCH expression, or null when the text holds no word (empty, only punctuation, only operator words).</summary>
    public static string? Build(string? text)
    {
        var tokens = Tokens(text);
        return tokens.Count == 0 ? null : string.Join(' ', tokens.Select(t => $"\"{t}\"*"));
    }

    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length == 0) continue;
            var token = word.ToString();
            word.Clear();
            if (Operators.Contains(token)) continue;
            if (token.Length > MaxTokenLength) token = token[..MaxTokenLength];
            if (!tokens.Contains(token, StringComparer.OrdinalIgnoreCase)) tokens.Add(token);
            if (tokens.Count == MaxTokens) break;
        }
        return tokens;
    }
}
