using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Shared;

/// <summary>How the pemohon's own limit and the case deadline read to staff, in one place for the berkas page, the inbox and the SOP page.</summary>
public static class ClockTexts
{
    /// <summary>"Senin, 14 Desember 2026 16.00 WIB".</summary>
    public static string LongDateTime(OfficeTime time, DateTimeOffset instant) =>
        $"{time.Calendar.ToLocal(instant).ToString("dddd, d MMMM yyyy HH.mm", OfficeTime.Indonesian)} {time.ZoneAbbreviation}";

    /// <summary>"3 hari kerja lagi", "2 jam 10 menit lagi", or "habis 1 hari kerja lalu" once past.</summary>
    public static string Remaining(OfficeTime time, DateTimeOffset due, DateTimeOffset now)
    {
        var calendar = time.Calendar;
        if (now >= due)
        {
            var past = calendar.WorkingDaysBetween(due, now);
            return past >= 1 ? $"lewat {past} hari kerja" : $"lewat {OfficeTime.FormatDuration(calendar.WorkingTimeBetween(due, now), calendar)}";
        }
        var days = calendar.WorkingDaysBetween(now, due);
        return days >= 1 ? $"{days} hari kerja lagi" : $"{OfficeTime.FormatDuration(calendar.WorkingTimeBetween(now, due), calendar)} lagi";
    }

    /// <summary>
    /// A work item's due time as a short phrase for tight lists, in the office's working time: "45 menit lagi",
    /// "2 jam lagi", "1,5 hari kerja lagi"; once past "terlambat 20 menit", "terlambat 3 jam", "terlambat 1,5 hari kerja".
    /// Hours are whole (rounded, at least 1); from one working day on, days to one decimal.
    /// </summary>
    public static string DueIn(OfficeTime time, DateTimeOffset due, DateTimeOffset now) =>
        now >= due ? $"terlambat {Span(time, calendar => calendar.WorkingTimeBetween(due, now))}"
            : $"{Span(time, calendar => calendar.WorkingTimeBetween(now, due))} lagi";

    /// <summary>"1 Des 10.17" in the current year, "28 Des 2025" before it: a list's arrival column.</summary>
    public static string Compact(OfficeTime time, DateTimeOffset instant, DateTimeOffset now)
    {
        var local = time.Calendar.ToLocal(instant);
        return local.Year == time.Calendar.ToLocal(now).Year
            ? local.ToString("d MMM HH.mm", OfficeTime.Indonesian)
            : local.ToString("d MMM yyyy", OfficeTime.Indonesian);
    }

    private static string Span(OfficeTime time, Func<WorkingCalendar, TimeSpan> between)
    {
        var span = between(time.Calendar);
        var day = OfficeTime.WorkingDayLength(time.Calendar);
        if (span >= day) return $"{Math.Round(span / day, 1).ToString(OfficeTime.Indonesian)} hari kerja";
        if (span.TotalMinutes < 60) return $"{Math.Max(1, (int)span.TotalMinutes)} menit";
        return $"{Math.Max(1, (int)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero))} jam";
    }

    /// <summary>"Senin, 14 Desember 2026 16.00 WIB — 3 hari kerja lagi".</summary>
    public static string DueLine(OfficeTime time, DateTimeOffset due, DateTimeOffset now) => $"{LongDateTime(time, due)} — {Remaining(time, due, now)}";

    /// <summary>"14 hari kerja sejak langkah 3" or "30 hari kerja sejak berkas diajukan".</summary>
    public static string CaseDeadlineRule(SopDefinition definition) =>
        definition.CaseDeadline is not { } deadline ? ""
            : $"{deadline.Waktu.Text} sejak {(AnchorStep(definition) is { } step ? $"langkah {step.Number}" : "berkas diajukan")}";

    /// <summary>What the berkas page says of the case deadline: running, paused, or not started yet.</summary>
    public static string CaseDeadlineState(OfficeTime time, SopDefinition definition, CaseDeadlineView view, DateTimeOffset now)
    {
        if (view.DueAt is not { } due)
            return $"belum berjalan — dihitung sejak {(AnchorStep(definition) is { } step ? $"langkah {step.Number} ({step.Kegiatan})" : "langkah awal")}";
        var line = DueLine(time, due, now);
        return view.Paused ? $"{line} (berhenti selama berkas di pemohon atau pihak luar)" : line;
    }

    /// <summary>"10 hari kerja; bila habis: Dikembalikan" — a step's applicant limit as the SOP page lists it.</summary>
    public static string ApplicantLimitRule(SopDefinition definition, ApplicantLimit limit) =>
        $"{limit.Waktu.Text}{(limit.RemindBefore is { } r ? $", diingatkan {r.Text} sebelumnya" : "")}; bila habis: "
        + (limit.AlertsOnly ? "petugas diberi tahu" : $"berkas ditutup ({definition.Ends.FirstOrDefault(e => e.Id == limit.OnExpiry)?.Label ?? limit.OnExpiry})");

    private static Step? AnchorStep(SopDefinition definition) =>
        definition.CaseDeadline?.From is { } from ? definition.Steps.FirstOrDefault(s => s.Id == from) : null;
}
