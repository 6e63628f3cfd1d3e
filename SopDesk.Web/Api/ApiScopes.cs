namespace SopDesk.Web.Api;

/// <summary>The four things an institution's key may be allowed to ask /api/v1, one scope per endpoint (decision 047).</summary>
public static class ApiScopes
{
    public const string Documents = "documents";
    public const string Cases = "cases";
    public const string Reports = "reports";
    public const string Vacancies = "vacancies";

    /// <summary>Each scope and what the administrator reads on /admin/api.</summary>
    public static readonly IReadOnlyList<(string Scope, string Label)> All =
    [
        (Documents, "Verifikasi dokumen (nomor atau kode QR)"),
        (Cases, "Status berkas (nomor berkas dan NIK pemohon)"),
        (Reports, "Angka bulanan per SOP"),
        (Vacancies, "Lowongan kerja yang dibuka"),
    ];

    public static bool IsKnown(string scope) => All.Any(s => s.Scope == scope);

    public static string Label(string scope) => All.FirstOrDefault(s => s.Scope == scope).Label ?? scope;

    public static IReadOnlyList<string> Parse(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsKnown)];

    /// <summary>Known scopes only, in the list's order, comma-separated: the stored form.</summary>
    public static string Join(IEnumerable<string> scopes)
    {
        var chosen = scopes.ToHashSet(StringComparer.Ordinal);
        return string.Join(",", All.Select(s => s.Scope).Where(chosen.Contains));
    }
}
