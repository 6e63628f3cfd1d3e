using System.Collections.Immutable;
using System.Text.Json;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.Office;

/// <summary>The stored row ↔ the profile value.</summary>
public static class OfficeProfileMapping
{
    public static OfficeProfile ToProfile(OfficeProfileRecord row) => new()
    {
        OfficeName = row.OfficeName, Government = row.Government, Dinas = row.Dinas, Address = row.Address, City = row.City,
        RoleNames = Read<Dictionary<string, string>>(row.RoleNamesJson).ToImmutableSortedDictionary(StringComparer.Ordinal),
        Superiors = Read<Dictionary<string, string>>(row.SuperiorsJson).ToImmutableSortedDictionary(StringComparer.Ordinal),
        SupervisorRoles = [.. Read<string[]>(row.SupervisorRolesJson)],
        HeadRole = row.HeadRole, RegisterSignerRole = row.RegisterSignerRole, ReportRecipientRole = row.ReportRecipientRole,
    };

    public static void Apply(OfficeProfile profile, OfficeProfileRecord row, DateTimeOffset now)
    {
        (row.OfficeName, row.Government, row.Dinas, row.Address, row.City) = (profile.OfficeName, profile.Government, profile.Dinas, profile.Address, profile.City);
        row.RoleNamesJson = JsonSerializer.Serialize(profile.RoleNames);
        row.SuperiorsJson = JsonSerializer.Serialize(profile.Superiors);
        row.SupervisorRolesJson = JsonSerializer.Serialize(profile.SupervisorRoles);
        (row.HeadRole, row.RegisterSignerRole, row.ReportRecipientRole) = (profile.HeadRole, profile.RegisterSignerRole, profile.ReportRecipientRole);
        row.UpdatedAt = now;
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException("The office profile is not readable.");
}
