namespace SopDesk.Data.LaborMarket;

public static partial class FullTextQuery
{
    /// <summary>
    /// The same expressions for PostgreSQL's <c>to_tsquery('simple', …)</c> (decision 044): the same words, each
    /// prefix-matched (<c>operat:*</c>). Words hold letters and digits only, so no input reaches tsquery as syntax.
    /// </summary>
    public static class Postgres
    {
        /// <summary>Every word required (<c>operator:* &amp; mesin:*</c>), or null when the text holds no word.</summary>
        public static string? AllOf(string? text) => Join(Words(text).Take(MaxSearchWords), " & ", "");

        /// <summary>Any word of the texts (<c>operator:* | las:*</c>), or null.</summary>
        public static string? AnyOf(params string?[] texts) => Join(texts.SelectMany(Words).Distinct().Take(MaxMatchWords), " | ", "");

        /// <summary>
        /// Every word in the part of the index weighted <paramref name="weight"/> (<c>operator:*A &amp; produksi:*A</c>): the
        /// counterpart of FTS5's column filter, as each indexed column has its own weight letter.
        /// </summary>
        public static string? AllInWeight(char weight, string? text) => Join(Words(text).Take(MaxMatchWords / 2), " & ", weight.ToString());

        private static string? Join(IEnumerable<string> words, string separator, string weight)
        {
            var terms = words.Select(w => $"{w}:*{weight}").ToList();
            return terms.Count == 0 ? null : string.Join(separator, terms);
        }
    }
}
