namespace SopDesk.Data.Entities;

/// <summary>
/// The office's structure and identity, one row (Id 1): its name and letterhead, the Indonesian names of its roles,
/// who is whose superior, who supervises, who heads the office and signs the register export, and who receives the
/// monthly report reminder. Seeded from configuration on first start, then edited on /admin/kantor.
/// </summary>
public sealed class OfficeProfileRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    /// <summary>Shown in the app bar and on the sign-in page, e.g. "Bidang Tenaga Kerja · Kota Pagar Alam".</summary>
    public string OfficeName { get; set; } = "";
    /// <summary>The kop's first line, e.g. "Pemerintah Kota Pagar Alam".</summary>
    public string Government { get; set; } = "";
    /// <summary>The kop's office line, e.g. "Dinas Penanaman Modal, PTSP dan Tenaga Kerja Kota Pagar Alam".</summary>
    public string Dinas { get; set; } = "";
    public string Address { get; set; } = "";
    /// <summary>The place in "Pagar Alam, 23 November 2026".</summary>
    public string City { get; set; } = "";
    /// <summary>JSON object: role id → Indonesian display name.</summary>
    public string RoleNamesJson { get; set; } = "{}";
    /// <summary>JSON object: role id → the superior role a late step escalates to.</summary>
    public string SuperiorsJson { get; set; } = "{}";
    /// <summary>JSON array of the roles that supervise (dashboards, report, reassign, dispose).</summary>
    public string SupervisorRolesJson { get; set; } = "[]";
    public string HeadRole { get; set; } = "";
    public string RegisterSignerRole { get; set; } = "";
    public string ReportRecipientRole { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
