namespace SopDesk.Data.Entities;

/// <summary>A job seeker's application to a published vacancy, made online with their AK1 data. One per seeker and vacancy.</summary>
public sealed class JobApplicationRecord
{
    public Guid Id { get; set; }
    public long VacancyId { get; set; }
    public long ProfileId { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
    public JobApplicationStatus Status { get; set; }
    /// <summary>A short message from the seeker (optional).</summary>
    public string? Message { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>Sent, Shortlisted (the employer calls them), Hired (a placement was reported), NotContinued, Withdrawn (by the seeker).</summary>
public enum JobApplicationStatus { Sent, Shortlisted, Hired, NotContinued, Withdrawn }
