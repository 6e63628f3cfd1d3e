using System.Collections.Immutable;

namespace SopDesk.Web.Features.Office;

/// <summary>What the administrator types on /admin/kantor; role maps as "id = value" lines, supervisors comma-separated.</summary>
public sealed class OfficeProfileForm
{
    public string OfficeName { get; set; } = "";
    public string Government { get; set; } = "";
    public string Dinas { get; set; } = "";
    public string Address { get; set; } = "";
    public string City { get; set; } = "";
    public string RoleNames { get; set; } = "";
    public string Superiors { get; set; } = "";
    public string SupervisorRoles { get; set; } = "";
    public string HeadRole { get; set; } = "";
    public string RegisterSignerRole { get; set; } = "";
    public string ReportRecipientRole { get; set; } = "";

    public static OfficeProfileForm From(OfficeProfile p) => new()
    {
        OfficeName = p.OfficeName, Government = p.Government, Dinas = p.Dinas, Address = p.Address, City = p.City,
        RoleNames = OfficeProfileText.Pairs(p.RoleNames), Superiors = OfficeProfileText.Pairs(p.Superiors),
        SupervisorRoles = string.Join(", ", p.SupervisorRoles),
        HeadRole = p.HeadRole, RegisterSignerRole = p.RegisterSignerRole, ReportRecipientRole = p.ReportRecipientRole,
    };

    /// <summary>The profile typed, or the fields whose lines could not be read.</summary>
    public (OfficeProfile? Profile, ImmutableDictionary<string, string> Errors) ToProfile()
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        var (names, namesError) = OfficeProfileText.ParsePairs(RoleNames);
        var (superiors, superiorsError) = OfficeProfileText.ParsePairs(Superiors);
        if (namesError is not null) errors[OfficeFields.RoleNames] = namesError;
        if (superiorsError is not null) errors[OfficeFields.Superiors] = superiorsError;
        if (names is null || superiors is null) return (null, errors.ToImmutable());
        return (new OfficeProfile
        {
            OfficeName = OfficeName.Trim(), Government = Government.Trim(), Dinas = Dinas.Trim(), Address = Address.Trim(), City = City.Trim(),
            RoleNames = names, Superiors = superiors, SupervisorRoles = OfficeProfileText.ParseList(SupervisorRoles),
            HeadRole = HeadRole.Trim(), RegisterSignerRole = RegisterSignerRole.Trim(), ReportRecipientRole = ReportRecipientRole.Trim(),
        }, errors.ToImmutable());
    }
}
