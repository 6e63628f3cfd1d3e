namespace SopDesk.Web.Features.Documents;

/// <summary>A name as the public verification page shows it: enough to match the paper, not enough to learn who holds it.</summary>
public static class MaskedName
{
    /// <summary>"Siti Aminah" → "Si** Am****": the first two letters of each word, the rest starred.</summary>
    public static string Of(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Length <= 2 ? word : word[..2] + new string('*', word.Length - 2)));
}
