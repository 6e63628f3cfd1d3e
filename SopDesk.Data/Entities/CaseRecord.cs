using SopDesk.Workflows.Engine;

namespace SopDesk.Data.Entities;

/// <summary>A berkas: one running (or finished) instance of a SOP, on the definition version it started with.</summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }
    /// <summary>Registration number shown to staff and applicant, e.g. "AK1/2026/000123".</summary>
    public string Number { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionHash { get; set; } = "";
    public int DefinitionVersion { get; set; }
    /// <summary>The engine's status, stored by name (Active, WaitingOnApplicant, Closed).</summary>
    public CaseStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? EndId { get; set; }
    /// <summary>Denormalised from the form values (definition's summary fields) for lists and search.</summary>
    public string ApplicantName { get; set; } = "";
    public string? Nik { get; set; }
    public string DataJson { get; set; } = "{}";
    public string VisitsJson { get; set; } = "{}";
    public int ItemCount { get; set; }
    public string? CurrentStepId { get; set; }
    public string? CurrentLaneId { get; set; }
    public DateTimeOffset? CurrentDueAt { get; set; }
    public string StartedByUserId { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public List<WorkItemRecord> WorkItems { get; set; } = [];
}
