using System.Globalization;
using System.Text;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// "The name must match loosely": case, spaces, punctuation and accents do not count, and every typed word must be a word
/// of the registered name (or the other way round), so "ani lestari", "ANI  LESTARI," and "Ani" match "Ani Lestari"
/// while "Budi" and "Ani Lestariani" do not.
/// </summary>
public static class LooseNames
{
    public static bool Match(string? typed, string? registered)
    {
        var a = Words(typed);
        var b = Words(registered);
        if (a.Length == 0 || b.Length == 0) return false;
        return a.All(b.Contains) || b.All(a.Contains) || string.Concat(a) == string.Concat(b);
    }

    private static string[] Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
