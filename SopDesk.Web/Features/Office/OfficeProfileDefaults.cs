using System.Collections.Immutable;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Office;

/// <summary>
/// The profile a new database starts with: "Office:*" in the configuration, else the Pagar Alam office as shipped.
/// Read once, on the first start; afterwards the office edits the stored record on /admin/kantor.
/// </summary>
public static class OfficeProfileDefaults
{
    private static readonly ImmutableSortedDictionary<string, string> RoleNames = new Dictionary<string, string>
    {
        ["petugas-penerima"] = "Petugas Penerima",
        ["jfu"] = "JFU / Mediator",
        ["pengadministrasi"] = "Pengadministrasi",
        ["kasi"] = "Kasi",
        ["kabid"] = "Kepala Bidang",
        ["sekretaris"] = "Sekretaris",
        ["kepala-dinas"] = "Kepala Dinas",
        ["staf"] = "Staf",
        ["panitia"] = "Panitia",
        ["operator-layanan"] = "Operator Layanan Online",
        ["pengantar-kerja"] = "Pengantar Kerja",
        [Roles.Admin] = "Administrator",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static readonly ImmutableSortedDictionary<string, string> Superiors = new Dictionary<string, string>
    {
        ["petugas-penerima"] = "kasi",
        ["pengadministrasi"] = "kasi",
        ["jfu"] = "kabid",
        ["staf"] = "kabid",
        ["panitia"] = "kabid",
        ["operator-layanan"] = "kasi",
        ["pengantar-kerja"] = "kasi",
        ["kasi"] = "kabid",
        ["kabid"] = "kepala-dinas",
        ["sekretaris"] = "kepala-dinas",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static OfficeProfile Read(IConfiguration configuration)
    {
        var office = configuration.GetSection("Office");
        // Before issue 12 the letterhead lived under "Documents" and the superiors under "Sla"; an office that set them keeps them.
        string Text(string key, string fallbackKey, string value) => office[key] ?? configuration[fallbackKey] ?? value;
        return new OfficeProfile
        {
            OfficeName = office["Name"] ?? "Bidang Tenaga Kerja · Kota Pagar Alam",
            Government = Text("Government", "Documents:Government", "Pemerintah Kota Pagar Alam"),
            Dinas = office["Dinas"] ?? "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kota Pagar Alam",
            Address = Text("Address", "Documents:Address", "Kota Pagar Alam, Sumatera Selatan"),
            City = Text("City", "Documents:City", "Pagar Alam"),
            RoleNames = Map(office.GetSection("RoleNames"), RoleNames),
            Superiors = Map(office.GetSection("Superiors"), Map(configuration.GetSection("Sla:Superiors"), Superiors)),
            SupervisorRoles = office.GetSection("SupervisorRoles").Get<string[]>() is { Length: > 0 } supervisors
                ? [.. supervisors] : ["kasi", "kabid", "sekretaris", "kepala-dinas"],
            HeadRole = office["HeadRole"] ?? "kepala-dinas",
            RegisterSignerRole = office["RegisterSignerRole"] ?? "kepala-dinas",
            ReportRecipientRole = office["ReportRecipientRole"] ?? "kepala-dinas",
        };
    }

    private static ImmutableSortedDictionary<string, string> Map(IConfigurationSection section, ImmutableSortedDictionary<string, string> fallback)
    {
        var values = section.GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToList();
        return values.Count == 0 ? fallback : values.ToImmutableSortedDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
    }
}
