using System.Collections.Immutable;

namespace SopDesk.Web.Features.Staff;

/// <summary>One row of the staff list. Lanes are role ids (see <see cref="Security.Roles"/>).</summary>
public sealed record StaffMember(string Id, string UserName, string FullName, string Nip, string Jabatan, bool IsActive, IReadOnlyList<string> Lanes);

/// <summary>What the administrator types to add an officer.</summary>
public sealed class NewStaff
{
    public string UserName { get; set; } = "";
    public string FullName { get; set; } = "";
    /// <summary>18 digits for civil servants (PNS); empty for other staff.</summary>
    public string Nip { get; set; } = "";
    public string Jabatan { get; set; } = "";
    public HashSet<string> Lanes { get; set; } = [];
    public string Password { get; set; } = "";
}

/// <summary>What the administrator may change on an existing officer.</summary>
public sealed class StaffChanges
{
    public string FullName { get; set; } = "";
    public string Jabatan { get; set; } = "";
    public HashSet<string> Lanes { get; set; } = [];
}

/// <summary>Done, or why not: a general message and/or one message per field (keys in <see cref="StaffFields"/>).</summary>
public sealed record StaffOutcome(bool Ok, string? Message, ImmutableDictionary<string, string> FieldErrors)
{
    public static readonly StaffOutcome Done = new(true, null, ImmutableDictionary<string, string>.Empty);

    public static StaffOutcome Failed(string message) => new(false, message, ImmutableDictionary<string, string>.Empty);

    public static StaffOutcome Invalid(ImmutableDictionary<string, string> errors) => new(false, "Periksa isian yang ditandai.", errors);
}

/// <summary>Field keys of <see cref="StaffOutcome.FieldErrors"/>.</summary>
public static class StaffFields
{
    public const string UserName = "userName";
    public const string FullName = "fullName";
    public const string Nip = "nip";
    public const string Jabatan = "jabatan";
    public const string Lanes = "lanes";
    public const string Password = "password";
}
