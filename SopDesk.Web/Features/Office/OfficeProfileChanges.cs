namespace SopDesk.Web.Features.Office;

/// <summary>What an edit changed, as the journal line says it: "nama kantor "…" → "…"".</summary>
public static class OfficeProfileChanges
{
    public static IReadOnlyList<string> Between(OfficeProfile before, OfficeProfile after)
    {
        var said = new List<string>();
        void Text(string label, string a, string b) { if (a != b) said.Add($"{label} \"{a}\" → \"{b}\""); }
        Text("nama kantor", before.OfficeName, after.OfficeName);
        Text("pemerintah", before.Government, after.Government);
        Text("dinas", before.Dinas, after.Dinas);
        Text("alamat", before.Address, after.Address);
        Text("kota", before.City, after.City);
        Text("nama peran", OfficeProfileText.Pairs(before.RoleNames), OfficeProfileText.Pairs(after.RoleNames));
        Text("atasan", OfficeProfileText.Pairs(before.Superiors), OfficeProfileText.Pairs(after.Superiors));
        Text("pengawas", string.Join(", ", before.SupervisorRoles), string.Join(", ", after.SupervisorRoles));
        Text("kepala kantor", before.HeadRole, after.HeadRole);
        Text("penanda tangan ekspor register", before.RegisterSignerRole, after.RegisterSignerRole);
        Text("penerima laporan bulanan", before.ReportRecipientRole, after.ReportRecipientRole);
        return said;
    }
}
