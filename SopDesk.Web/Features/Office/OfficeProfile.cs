using System.Collections.Immutable;

namespace SopDesk.Web.Features.Office;

/// <summary>
/// The office's structure and identity as one value: what the letterhead, the SLA escalation, the supervisors'
/// pages, the register export and the report reminder read. Stored as one row; see <see cref="OfficeProfileService"/>.
/// </summary>
public sealed record OfficeProfile
{
    public required string OfficeName { get; init; }
    public required string Government { get; init; }
    public required string Dinas { get; init; }
    public required string Address { get; init; }
    public required string City { get; init; }
    /// <summary>Role id → Indonesian name; a role missing here is shown by its id.</summary>
    public required ImmutableSortedDictionary<string, string> RoleNames { get; init; }
    /// <summary>Role id → the role a late step in its lane escalates to.</summary>
    public required ImmutableSortedDictionary<string, string> Superiors { get; init; }
    public required ImmutableSortedSet<string> SupervisorRoles { get; init; }
    /// <summary>The head of office (Kepala Dinas): "Kepala {Dinas}" on documents.</summary>
    public required string HeadRole { get; init; }
    /// <summary>Whose name and NIP sign the register export ("Mengetahui").</summary>
    public required string RegisterSignerRole { get; init; }
    /// <summary>Who is reminded of the monthly report for the Wali Kota.</summary>
    public required string ReportRecipientRole { get; init; }

    public string NameOf(string role) => RoleNames.GetValueOrDefault(role, role);

    public bool IsSupervisor(IEnumerable<string> roles) => roles.Any(SupervisorRoles.Contains);

    /// <summary>The superior role of the first lane role that has one.</summary>
    public string? SuperiorOf(IEnumerable<string> laneRoles) =>
        laneRoles.Select(r => Superiors.GetValueOrDefault(r)).FirstOrDefault(s => !string.IsNullOrEmpty(s));

    /// <summary>"Pagar Alam, 23 November 2026"; dots to write the date by hand on a document printed before its signature.</summary>
    public string PlaceAndDate(DateTimeOffset? signedAt, Shared.OfficeTime time) =>
        $"{City}, {(signedAt is { } at ? time.FormatDay(at) : "......................")}";
}
