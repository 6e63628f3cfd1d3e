using System.Globalization;
using SopDesk.Data.Entities;

namespace SopDesk.Data.Registers;

/// <summary>Where an issued document stands: what the verification page shows and what a passport recommendation needs (Valid).</summary>
public enum DocumentState { Valid, NotYetSigned, Cancelled, Expired }

public static class DocumentStatus
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static DocumentState StateOf(RegisterEntryRecord entry, DateTimeOffset now) =>
        entry.Status == RegisterEntryStatus.Cancelled ? DocumentState.Cancelled
        : entry.SignedAt is null ? DocumentState.NotYetSigned
        : entry.ValidUntil is { } until && until <= now ? DocumentState.Expired
        : DocumentState.Valid;

    /// <summary>Why <paramref name="entry"/> (or its absence) cannot back another berkas's field; null when it can.</summary>
    public static string? ProblemAsReference(RegisterEntryRecord? entry, string label, string number, string? nik, DateTimeOffset now,
        TimeZoneInfo officeZone)
    {
        if (entry is null) return $"{label} {number} tidak terdaftar di buku register kantor ini.";
        string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, officeZone).ToString("d MMMM yyyy", Indonesian);
        return StateOf(entry, now) switch
        {
            DocumentState.Cancelled => $"Nomor {number} sudah dibatalkan pada {Day(entry.CancelledAt ?? now)}.",
            DocumentState.NotYetSigned => $"Dokumen nomor {number} belum ditandatangani, jadi belum berlaku.",
            DocumentState.Expired => $"Dokumen nomor {number} sudah tidak berlaku sejak {Day(entry.ValidUntil!.Value)}.",
            _ when nik is not null && entry.Nik != nik => $"Nomor {number} terdaftar atas NIK lain, bukan NIK pemohon ini.",
            _ => null,
        };
    }
}
