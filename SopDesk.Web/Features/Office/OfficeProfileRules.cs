using System.Collections.Immutable;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Office;

/// <summary>
/// What a saved profile must satisfy, one Indonesian message per field: the letterhead's lines are filled in, and every
/// role it names is a role the office has (a lane role of a loaded SOP, or one the profile itself names).
/// </summary>
public static class OfficeProfileRules
{
    private const int MaxText = 200;

    public static ImmutableDictionary<string, string> Check(OfficeProfile p, IReadOnlySet<string> laneRoles)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        Text(errors, OfficeFields.OfficeName, p.OfficeName, "Nama kantor");
        Text(errors, OfficeFields.Government, p.Government, "Baris pemerintah");
        Text(errors, OfficeFields.Dinas, p.Dinas, "Nama dinas");
        Text(errors, OfficeFields.Address, p.Address, "Alamat");
        Text(errors, OfficeFields.City, p.City, "Kota");
        if (!p.RoleNames.ContainsKey(Roles.Admin)) errors[OfficeFields.RoleNames] = $"Peran '{Roles.Admin}' (Administrator) harus tetap ada.";
        else if (p.RoleNames.FirstOrDefault(r => r.Value.Length > MaxText) is { Key: { } longName }) errors[OfficeFields.RoleNames] = $"Nama peran '{longName}' maksimal {MaxText} karakter.";

        bool Known(string role) => laneRoles.Contains(role) || p.RoleNames.ContainsKey(role);
        string Unknown(string role) => $"Peran '{role}' tidak dikenal: bukan lajur dalam SOP dan tidak tercantum di nama peran.";
        if (p.Superiors.SelectMany(s => new[] { s.Key, s.Value }).FirstOrDefault(r => !Known(r)) is { } badSuperior) errors[OfficeFields.Superiors] = Unknown(badSuperior);
        else if (p.Superiors.FirstOrDefault(s => s.Key == s.Value) is { Key: { } self }) errors[OfficeFields.Superiors] = $"Peran '{self}' tidak dapat menjadi atasannya sendiri.";
        if (p.SupervisorRoles.Count == 0) errors[OfficeFields.SupervisorRoles] = "Pilih minimal satu peran pengawas.";
        else if (p.SupervisorRoles.FirstOrDefault(r => !Known(r)) is { } badSupervisor) errors[OfficeFields.SupervisorRoles] = Unknown(badSupervisor);
        Role(errors, OfficeFields.HeadRole, p.HeadRole, Known, Unknown);
        Role(errors, OfficeFields.RegisterSignerRole, p.RegisterSignerRole, Known, Unknown);
        Role(errors, OfficeFields.ReportRecipientRole, p.ReportRecipientRole, Known, Unknown);
        return errors.ToImmutable();
    }

    private static void Text(ImmutableDictionary<string, string>.Builder errors, string field, string value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = $"{label} wajib diisi.";
        else if (value.Length > MaxText) errors[field] = $"{label} maksimal {MaxText} karakter.";
    }

    private static void Role(ImmutableDictionary<string, string>.Builder errors, string field, string role, Func<string, bool> known, Func<string, string> unknown)
    {
        if (string.IsNullOrWhiteSpace(role)) errors[field] = "Peran wajib diisi.";
        else if (!known(role)) errors[field] = unknown(role);
    }
}
