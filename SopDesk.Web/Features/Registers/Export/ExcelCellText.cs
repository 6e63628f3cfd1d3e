using System.Xml;

namespace SopDesk.Web.Features.Registers.Export;

/// <summary>Text made safe for a worksheet cell: only characters XML allows, and no longer than Excel accepts.</summary>
internal static class ExcelCellText
{
    /// <summary>
    /// Excel's limit per cell. Longer text is cut here rather than left to Excel, which would "repair" the file and
    /// drop the cell; a register field that long is a data-entry slip, not something worth a second sheet.
    /// </summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 cannot carry (control characters other than tab,
    /// CR and LF; lone surrogates), cut to <see cref="MaxLength"/>. Returns the same string when nothing changes.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0) return Truncate(text);
        var kept = new System.Text.StringBuilder(text.Length);
        kept.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return Truncate(kept.ToString());
    }

    /// <summary>True when Excel would trim the text without xml:space="preserve".</summary>
    public static bool NeedsSpacePreserved(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static int FirstInvalid(string text)
    {
        // Almost all register text lies between space and the surrogates: a vectorised search skips it, and only
        // from the first other character (a tab, a line break, an emoji…) is each character checked.
        var suspect = text.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (suspect < 0) return -1;
        for (var i = suspect; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            return i;
        }
        return -1;
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength) return text;
        // Never cut a surrogate pair in half: that would leave an invalid character at the end.
        var length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..length];
    }
}
