namespace SopDesk.Data.Entities;

/// <summary>
/// A register export (Excel) and, once written, its file: kept in the database so any node serves the download and a
/// restart loses nothing (decision 046). Downloaded once by its owner, or deleted after <c>RegisterExports.KeptFor</c>.
/// </summary>
public sealed class RegisterExportRecord
{
    public Guid Id { get; set; }
    /// <summary>The officer who asked for it: the only one who may download it.</summary>
    public string UserId { get; set; } = "";
    public string RegisterId { get; set; } = "";
    /// <summary>The filter it was asked with (JSON), for the record.</summary>
    public string Filter { get; set; } = "";
    /// <summary>Whether the file holds full personal data: then its download asks the reader's rights to say so again.</summary>
    public bool WithPersonalData { get; set; }
    public string FileName { get; set; } = "";
    public RegisterExportStatus Status { get; set; }
    public int Total { get; set; }
    public int Written { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    /// <summary>Refreshed while the node writes it; a running job whose node stopped refreshing is failed by the cleanup.</summary>
    public DateTimeOffset HeartbeatAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
    /// <summary>The written .xlsx; null until done.</summary>
    public byte[]? Content { get; set; }
}

public enum RegisterExportStatus { Running, Done, Failed }
