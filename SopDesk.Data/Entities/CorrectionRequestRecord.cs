namespace SopDesk.Data.Entities;

/// <summary>A public account holder's request to correct the data the office holds on them (UU PDP), and its answer.</summary>
public sealed class CorrectionRequestRecord
{
    public long Id { get; set; }
    public Guid AccountId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredByUserId { get; set; }
    public string? Answer { get; set; }
}
