using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Inbox;

/// <summary>
/// One inbox row as an HTML string (a <c>MarkupString</c>: one render-tree frame instead of ~70). A row has nothing
/// interactive but its link, which Blazor's router takes as any anchor. Every open circuit keeps two render trees of its
/// page, in pooled frame arrays: the rows' frames were most of an idle inbox circuit's memory (decision 040).
/// </summary>
public static class InboxRowHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Of(InboxItem item, DefinitionCatalog catalog, OfficeTime time, DateTimeOffset now, string? actorUserId)
    {
        var d = catalog.Display(item.DefinitionId);
        var step = d?.Steps.FirstOrDefault(s => s.Id == item.StepId);
        var stepText = step is null ? item.StepId : $"{step.Number}. {step.Kegiatan}";
        var html = new StringBuilder(1024).Append("<tr class=\"mud-table-row\">");

        Cell(html, "Nomor", null).Append("<a href=\"/berkas/").Append(item.CaseId).Append("\" title=\"").Append(E(item.CaseNumber))
            .Append("\" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover\">").Append(E(item.CaseNumber)).Append("</a></td>");
        Cell(html, "SOP", d is null ? item.DefinitionId : $"{d.Header.Nomor} — {d.Header.Nama}", " data-testid=\"inbox-sop\"")
            .Append(E(d?.ShortName ?? item.DefinitionId)).Append("</td>");
        Cell(html, "Langkah", stepText).Append(E(stepText)).Append("</td>");
        Cell(html, "Pemohon", item.ApplicantName).Append(E(item.ApplicantName)).Append("</td>");
        Cell(html, "Masuk", time.FormatDateTime(item.ArrivedAt)).Append(E(ClockTexts.Compact(time, item.ArrivedAt, now))).Append("</td>");

        if (item.DueAt is { } due)
        {
            var state = now >= due ? "overdue" : time.Calendar.StateAt(item.ArrivedAt, due, now) == DueState.DueSoon ? "soon" : "ontime";
            Cell(html, "Jatuh tempo", ClockTexts.LongDateTime(time, due), " data-testid=\"inbox-due\"")
                .Append("<span class=\"due due-").Append(state).Append("\" data-due=\"").Append(state).Append("\">")
                .Append(E(ClockTexts.DueIn(time, due, now))).Append("</span></td>");
        }
        else
        {
            var applicantDue = item.ApplicantDueAt;
            Cell(html, "Jatuh tempo", applicantDue is { } a ? $"Batas pemohon: {ClockTexts.LongDateTime(time, a)}" : "Jam kantor tidak berjalan selama berkas di pemohon",
                " data-testid=\"inbox-due\"").Append("<span class=\"due due-waiting\" data-due=\"waiting\">menunggu pemohon</span>");
            if (applicantDue is { } limit)
                html.Append("<span class=\"mud-text-secondary\" data-testid=\"inbox-applicant-limit\"> · ").Append(E(ClockTexts.Remaining(time, limit, now))).Append("</span>");
            html.Append("</td>");
        }

        var caseDue = item.CaseDeadline?.DueAt;
        Cell(html, "Batas berkas", caseDue is { } c ? $"Batas waktu penyelesaian: {ClockTexts.LongDateTime(time, c)}" : null,
            $" data-testid=\"inbox-case-deadline\"{(item.CaseDeadline is null ? " data-empty=\"true\"" : "")}");
        if (item.CaseDeadline is null) html.Append("<span class=\"mud-text-secondary\">–</span>");
        else if (caseDue is { } deadlineAt)
            html.Append("<span class=\"").Append(now >= deadlineAt ? "due due-overdue" : "").Append("\">").Append(E(ClockTexts.DueIn(time, deadlineAt, now))).Append("</span>");
        else html.Append("<span class=\"mud-text-secondary\">belum berjalan</span>");
        html.Append("</td>");

        Cell(html, "Dipegang", item.HolderName is null ? "Belum diambil" : $"{item.HolderName}{(item.Instruction is { Length: > 0 } i ? $": {i}" : "")}",
            item.HolderName is null ? " data-empty=\"true\"" : "");
        if (item.HolderName is null) html.Append("<span class=\"mud-text-secondary\">–</span>");
        else
            html.Append("<span class=\"").Append(item.HolderUserId == actorUserId ? "holder-me" : "").Append("\">")
                .Append(item.HoldKind == "Disposisi" ? "disposisi: " : "").Append(E(item.HolderName)).Append("</span>");
        return html.Append("</td></tr>").ToString();
    }

    /// <summary>Opens a cell: its phone label, its hover text (none when null) and any further attributes (already HTML).</summary>
    private static StringBuilder Cell(StringBuilder html, string label, string? title, string more = "")
    {
        html.Append("<td data-label=\"").Append(label).Append("\" class=\"mud-table-cell\"");
        if (title is not null) html.Append(" title=\"").Append(E(title)).Append('"');
        return html.Append(more).Append('>');
    }

    private static string E(string text) => Encoder.Encode(text);
}
