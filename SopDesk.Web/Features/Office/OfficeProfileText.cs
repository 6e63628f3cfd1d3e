using System.Collections.Immutable;

namespace SopDesk.Web.Features.Office;

/// <summary>Role maps as the admin page edits them: one "id = value" per line.</summary>
public static class OfficeProfileText
{
    public static string Pairs(IEnumerable<KeyValuePair<string, string>> map) => string.Join("\n", map.Select(p => $"{p.Key} = {p.Value}"));

    /// <summary>The map, or the first line that is not "id = value" (1-based) with why.</summary>
    public static (ImmutableSortedDictionary<string, string>? Map, string? Error) ParsePairs(string text)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var at = line.IndexOf('=');
            var (key, value) = at < 0 ? ("", "") : (line[..at].Trim(), line[(at + 1)..].Trim());
            if (key.Length == 0 || value.Length == 0) return (null, $"Baris {i + 1}: tulis \"id-peran = nilai\".");
            if (map.ContainsKey(key)) return (null, $"Baris {i + 1}: peran '{key}' sudah disebut.");
            map[key] = value;
        }
        return (map.ToImmutable(), null);
    }

    public static ImmutableSortedSet<string> ParseList(string text) =>
        [.. text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
