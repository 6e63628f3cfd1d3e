namespace SopDesk.Workflows.Definitions;

/// <summary>The clocks a file may declare beside the step targets: the pemohon's own limit on a step and the anchored case deadline.</summary>
public static partial class SopDefinitionValidator
{
    /// <summary>End kinds an applicant limit may close a berkas to: it ran out on the pemohon's side, never "done".</summary>
    private static readonly HashSet<EndKind> ExpiryEndKinds = [EndKind.Returned, EndKind.Rejected];

    private static void CheckClocks(SopDefinition sop, Action<string, string> error)
    {
        for (var i = 0; i < sop.Steps.Length; i++)
            if (sop.Steps[i].ApplicantLimit is { } limit)
                CheckApplicantLimit(sop, sop.Steps[i], limit, $"$.steps[{i}].applicantLimit", error);
        if (sop.CaseDeadline is { } deadline)
            CheckCaseDeadline(sop, deadline, error);
    }

    private static void CheckApplicantLimit(SopDefinition sop, Step step, ApplicantLimit limit, string at, Action<string, string> error)
    {
        var party = sop.Lanes.FirstOrDefault(l => l.Id == step.Lane)?.Party;
        if (step.Clock != ClockOwner.Applicant && party != LaneParty.Applicant)
            error(at, $"batas waktu pemohon hanya boleh pada langkah yang waktunya milik pemohon (lane pemohon atau \"clock\": \"applicant\"); langkah '{step.Id}' bukan");
        if (!limit.AlertsOnly)
        {
            var end = sop.Ends.FirstOrDefault(e => e.Id == limit.OnExpiry);
            if (end is null)
                error($"{at}.onExpiry", $"'{limit.OnExpiry}' bukan akhir (ends) SOP ini; tulis id akhir berjenis returned atau rejected, atau \"alert\"");
            else if (!ExpiryEndKinds.Contains(end.Kind))
                error($"{at}.onExpiry", $"akhir '{end.Id}' berjenis {end.Kind.ToString().ToLowerInvariant()}; batas waktu pemohon hanya dapat menutup berkas ke akhir berjenis returned atau rejected");
        }
        if (limit.RemindBefore is { } remind && !IsShorter(remind, limit.Waktu))
            error($"{at}.remindBefore", $"pengingat \"{remind.Text}\" harus lebih pendek dari batas waktunya \"{limit.Waktu.Text}\"");
    }

    private static void CheckCaseDeadline(SopDefinition sop, CaseDeadline deadline, Action<string, string> error)
    {
        if (deadline.From is { } from && sop.Steps.All(s => s.Id != from))
            error("$.caseDeadline.from", $"'{from}' bukan id langkah SOP ini (langkah: {string.Join(", ", sop.Steps.Select(s => s.Id))})");
        if (deadline.WarnBefore is { } warn && !IsShorter(warn, deadline.Waktu))
            error("$.caseDeadline.warnBefore", $"peringatan \"{warn.Text}\" harus lebih pendek dari batas waktunya \"{deadline.Waktu.Text}\"");
    }

    /// <summary>
    /// Compares two targets without a calendar: a working day as 8 office hours, a calendar week as 5 working days.
    /// Enough to refuse a reminder that is not shorter than its limit; the calendar decides the real instants.
    /// </summary>
    private static bool IsShorter(TimeTarget shorter, TimeTarget than) => NominalMinutes(shorter) < NominalMinutes(than);

    private static double NominalMinutes(TimeTarget target) => target.Unit switch
    {
        TimeUnit.Minutes => target.Amount,
        TimeUnit.Hours => target.Amount * 60.0,
        TimeUnit.WorkingDays => target.Amount * 480.0,
        TimeUnit.CalendarDays => target.Amount * 480.0 * 5 / 7,
        _ => target.Amount * 480.0 * 5,
    };
}
