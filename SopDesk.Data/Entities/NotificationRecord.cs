namespace SopDesk.Data.Entities;

/// <summary>A message to one officer in the app (the bell): a late step they hold, an escalation, a report reminder.</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    /// <summary>What the message is about, e.g. "overdue:item:…"; unique per officer, so nobody is told twice.</summary>
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? CaseId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
