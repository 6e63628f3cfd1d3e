using System.Collections.Immutable;

namespace SopDesk.Web.Features.Office;

/// <summary>Saved, or why not: a general message and/or one message per field (keys in <see cref="OfficeFields"/>).</summary>
public sealed record OfficeProfileOutcome(bool Ok, string? Message, ImmutableDictionary<string, string> FieldErrors)
{
    public static readonly OfficeProfileOutcome Done = new(true, null, ImmutableDictionary<string, string>.Empty);

    public static OfficeProfileOutcome Failed(string message) => new(false, message, ImmutableDictionary<string, string>.Empty);

    public static OfficeProfileOutcome Invalid(ImmutableDictionary<string, string> errors) => new(false, "Periksa isian yang ditandai.", errors);
}

/// <summary>Field keys of <see cref="OfficeProfileOutcome.FieldErrors"/>, one per input on /admin/kantor.</summary>
public static class OfficeFields
{
    public const string OfficeName = nameof(OfficeName);
    public const string Government = nameof(Government);
    public const string Dinas = nameof(Dinas);
    public const string Address = nameof(Address);
    public const string City = nameof(City);
    public const string RoleNames = nameof(RoleNames);
    public const string Superiors = nameof(Superiors);
    public const string SupervisorRoles = nameof(SupervisorRoles);
    public const string HeadRole = nameof(HeadRole);
    public const string RegisterSignerRole = nameof(RegisterSignerRole);
    public const string ReportRecipientRole = nameof(ReportRecipientRole);
}
