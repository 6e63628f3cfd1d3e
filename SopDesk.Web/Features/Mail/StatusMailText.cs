using System.Text;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Mail;

/// <summary>A refused document as the applicant reads it: the SOP's label for it and the officer's reason.</summary>
public sealed record RefusedDocument(string Label, string FileName, string? Reason);

/// <summary>
/// What a status mail may tell about one batch of journal lines. Only the applicant's facts: the SOP, the step and lane (never
/// an officer's name or internal note), the due dates, and — meant for the applicant — the return note and per-document reasons.
/// </summary>
public sealed record StatusMailFacts(
    string RecipientName,
    string Number,
    SopDefinition Definition,
    bool FirstNotice,
    IReadOnlyList<StatusEvent> Events,
    CaseStatus Status,
    string? EndId,
    Step? OpenStep,
    DateTimeOffset? DueAt,
    DateTimeOffset? ApplicantDueAt,
    string? ReturnNote,
    IReadOnlyList<RefusedDocument> Refused,
    string Link);

/// <summary>One journal line that matters to the applicant, reduced to what they may read.</summary>
public sealed record StatusEvent(DateTimeOffset At, JournalAction Action, Step? Step);

/// <summary>The Indonesian subject and body of a status mail (the one wording of these mails).</summary>
public static class StatusMailText
{
    public static string Subject(StatusMailFacts facts) => $"Berkas {facts.Number}: {ShortStatus(facts)}";

    public static string ShortStatus(StatusMailFacts facts) => facts.Status switch
    {
        CaseStatus.Closed => EndLabel(facts).Split('—')[0].Trim().ToLowerInvariant(),
        CaseStatus.WaitingOnApplicant when facts.Events.Any(e => e.Action == JournalAction.ReturnedToApplicant) => "perlu dilengkapi",
        _ when facts.FirstNotice => "diterima",
        _ when facts.Events.Any(e => e.Action == JournalAction.Resubmitted) => "pengajuan ulang diterima",
        CaseStatus.WaitingOnApplicant => "menunggu Anda",
        _ => "sedang diproses",
    };

    public static string Body(StatusMailFacts facts, Func<DateTimeOffset, string> format)
    {
        var text = new StringBuilder();
        text.AppendLine($"Yth. {facts.RecipientName},").AppendLine();
        if (facts.FirstNotice)
            text.AppendLine($"Pengajuan {facts.Definition.Header.Nama} Anda telah diterima dengan nomor berkas {facts.Number}.").AppendLine();
        var events = facts.Events.Where(e => !(facts.FirstNotice && e.Action == JournalAction.CaseStarted)).ToList();
        if (events.Count > 0)
        {
            text.AppendLine($"Perkembangan berkas {facts.Number} ({facts.Definition.Header.Nama}):");
            foreach (var e in events) text.AppendLine($"- {format(e.At)}: {EventText(e)}");
            text.AppendLine();
        }
        AppendNow(text, facts, format);
        text.AppendLine().AppendLine($"Lihat status berkas Anda: {facts.Link}").AppendLine();
        text.AppendLine("Surel ini dikirim otomatis oleh Layanan Online; mohon tidak membalas surel ini.");
        return text.ToString();
    }

    private static void AppendNow(StringBuilder text, StatusMailFacts facts, Func<DateTimeOffset, string> format)
    {
        switch (facts.Status)
        {
            case CaseStatus.Closed:
                text.AppendLine($"Berkas telah ditutup: {EndLabel(facts)}.");
                break;
            case CaseStatus.WaitingOnApplicant:
                text.AppendLine("Berkas dikembalikan kepada Anda untuk dilengkapi. Perbaiki lalu ajukan kembali melalui halaman status berkas.");
                if (facts.ReturnNote is { Length: > 0 } note) text.AppendLine($"Alasan petugas: {note}");
                if (facts.Refused.Count > 0)
                {
                    text.AppendLine("Dokumen yang perlu diganti:");
                    foreach (var doc in facts.Refused)
                        text.AppendLine($"- {doc.Label} ({doc.FileName}){(doc.Reason is { Length: > 0 } reason ? $": {reason}" : "")}");
                }
                if (facts.ApplicantDueAt is { } until) text.AppendLine($"Batas waktu Anda: {format(until)}.");
                break;
            default:
                if (facts.OpenStep is { } step)
                {
                    var lane = facts.Definition.Lane(step.Lane);
                    text.AppendLine($"Saat ini berkas berada pada langkah {step.Number} \"{step.Kegiatan}\" oleh {lane.Name}.");
                    if (facts.DueAt is { } due) text.AppendLine($"Target langkah ini {step.Waktu.Text}, selambat-lambatnya {format(due)} (dihitung dalam hari dan jam kerja).");
                }
                break;
        }
    }

    private static string EventText(StatusEvent e) => e.Action switch
    {
        JournalAction.CaseStarted => "Berkas diterima dan didaftarkan.",
        JournalAction.ReturnedToApplicant => "Berkas dikembalikan kepada Anda untuk dilengkapi.",
        JournalAction.Resubmitted => "Pengajuan ulang Anda diterima.",
        JournalAction.CaseClosed => "Berkas ditutup.",
        JournalAction.ApplicantLimitExpired => "Batas waktu Anda untuk melengkapi berkas telah habis.",
        _ => e.Step is { } step ? $"Langkah {step.Number} \"{step.Kegiatan}\" selesai." : "Satu langkah selesai.",
    };

    private static string EndLabel(StatusMailFacts facts) =>
        facts.Definition.Ends.FirstOrDefault(e => e.Id == facts.EndId)?.Label ?? "selesai";
}
