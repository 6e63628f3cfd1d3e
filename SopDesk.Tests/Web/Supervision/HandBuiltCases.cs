using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using static SopDesk.Tests.Web.Supervision.SupervisionSetup;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// Cases, items and journal lines written straight into the tables, so a test knows every row the figures come
/// from and can compute the expected figures from these lists by its own plain methods.
/// </summary>
internal sealed class HandBuiltCases
{
    private static readonly Dictionary<string, string> LaneRoles = new()
    {
        ["pemohon"] = "|petugas-penerima|",
        ["kabid-sekretaris"] = "|kabid|sekretaris|",
        ["mediator-jfu"] = "|jfu|",
    };

    public List<CaseRecord> Cases { get; } = [];
    public List<WorkItemRecord> Items { get; } = [];
    public List<JournalRecord> Journal { get; } = [];

    public CaseRecord Case(string sop, DateTimeOffset started, DateTimeOffset? closed = null, string? applicant = null)
    {
        var row = new CaseRecord
        {
            Id = Guid.NewGuid(), Number = $"{sop.ToUpperInvariant()}/2026/{Cases.Count + 1:000000}", DefinitionId = sop,
            // The shipped file's version: the report reads each berkas's rules from the version it runs on.
            DefinitionHash = CaseDriver.Definitions[sop].ContentHash,
            DefinitionVersion = 1, Status = closed is null ? CaseStatus.Active : CaseStatus.Closed, StartedAt = started, ClosedAt = closed,
            EndId = closed is null ? null : "selesai", ApplicantName = applicant ?? $"Pemohon {Cases.Count + 1}", UpdatedAt = closed ?? started,
        };
        Cases.Add(row);
        return row;
    }

    /// <summary>A step instance; open while <paramref name="done"/> is null; <paramref name="holder"/> is a role whose demo-like officer holds it.</summary>
    public WorkItemRecord Item(CaseRecord c, string step, string lane, DateTimeOffset arrived, DateTimeOffset? due, DateTimeOffset? done = null, string? holder = null)
    {
        var item = new WorkItemRecord
        {
            Id = Guid.NewGuid(), CaseId = c.Id, DefinitionId = c.DefinitionId, Sequence = Items.Count(i => i.CaseId == c.Id) + 1, StepId = step,
            LaneId = lane, Roles = LaneRoles.GetValueOrDefault(lane, $"|{lane}|"), Visit = 1, Status = done is null ? WorkItemStatus.Open : WorkItemStatus.Done,
            ArrivedAt = arrived, DueAt = due, DoneAt = done, HolderUserId = holder is null ? null : $"user-{holder}",
            HolderName = holder is null ? null : $"Pegawai {holder}", ActorName = done is null ? null : "Pegawai",
        };
        Items.Add(item);
        return item;
    }

    /// <summary>The journal line the engine writes when a berkas goes back to the pemohon (tidak lengkap).</summary>
    public void Returned(CaseRecord c, DateTimeOffset at) => Journal.Add(new JournalRecord
    {
        At = at, CaseId = c.Id, ActorUserId = "user-petugas-penerima", ActorName = "Pegawai petugas-penerima", ActingAs = "petugas-penerima",
        Action = "ReturnedToApplicant", StepId = "periksa", OutcomeId = "tidak-lengkap", Detail = "Berkas dikembalikan ke pemohon",
    });

    public async Task SaveAsync(TempDatabase database)
    {
        await using var db = database.NewContext();
        db.Cases.AddRange(Cases);
        db.WorkItems.AddRange(Items);
        db.Journal.AddRange(Journal);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// November 2026 for AK1 and JHT. Calendar: Sun 1 Nov; weekends 7–8, 14–15, 21–22, 28–29; Wed 18 closed (holiday).
    /// </summary>
    public static HandBuiltCases November()
    {
        var set = new HandBuiltCases();
        // Friday afternoon to Monday morning: 1 h + 1.5 h of office time across the weekend; on time.
        var a1 = set.Case("ak1", At(11, 13, 15, 0), At(11, 16, 9, 0));
        set.Item(a1, "periksa", "petugas-penerima", At(11, 13, 15, 0), At(11, 13, 15, 5), At(11, 13, 15, 4));
        set.Item(a1, "serahkan", "petugas-penerima", At(11, 16, 8, 55), At(11, 16, 9, 0), At(11, 16, 9, 0));
        // Tuesday 10.00 to Thursday 10.00 across the holiday: 6 h + 2.5 h; the Kasi's paraf was late.
        var a2 = set.Case("ak1", At(11, 17, 10, 0), At(11, 19, 10, 0));
        set.Item(a2, "paraf-kasi", "kasi", At(11, 17, 11, 0), At(11, 17, 11, 5), At(11, 19, 9, 0));
        // Started in October, finished on 2 November, on time.
        var a3 = set.Case("ak1", At(10, 28, 9, 0), At(11, 2, 10, 0));
        set.Item(a3, "input-data", "pengadministrasi", At(10, 28, 9, 30), At(10, 28, 9, 40), At(10, 28, 9, 35));
        // Still open at the month's end, its signature long overdue.
        var a4 = set.Case("ak1", At(11, 20, 9, 0));
        set.Item(a4, "tandatangan", "kabid", At(11, 20, 10, 0), At(11, 20, 10, 5), holder: "kabid");
        // Returned on 25 November and still with the pemohon.
        var a5 = set.Case("ak1", At(11, 25, 8, 0));
        set.Item(a5, "periksa", "petugas-penerima", At(11, 25, 8, 0), At(11, 25, 8, 5), At(11, 25, 8, 4));
        set.Item(a5, "ajukan", "pemohon", At(11, 25, 8, 4), null);
        set.Returned(a5, At(11, 25, 8, 4));
        // Received on the month's last day; its step overdue at the month's end and done only in December.
        var a6 = set.Case("ak1", At(11, 30, 15, 0), At(12, 1, 9, 0));
        set.Item(a6, "input-data", "pengadministrasi", At(11, 30, 15, 30), At(11, 30, 15, 40), At(12, 1, 8, 0));
        // A whole working week.
        var a7 = set.Case("ak1", At(11, 2, 8, 0), At(11, 6, 15, 0));
        set.Item(a7, "periksa", "petugas-penerima", At(11, 2, 8, 0), At(11, 2, 8, 5), At(11, 2, 8, 30));
        // Returned in October, still with the pemohon: not a November return.
        var a8 = set.Case("ak1", At(10, 20, 9, 0));
        set.Item(a8, "ajukan", "pemohon", At(10, 20, 9, 5), null);
        set.Returned(a8, At(10, 20, 9, 5));
        // December: outside the month altogether.
        set.Case("ak1", At(12, 1, 8, 0));
        // Returned twice in November (one return for the report), then closed as returned.
        var a10 = set.Case("ak1", At(11, 5, 8, 0), At(11, 12, 14, 0));
        set.Returned(a10, At(11, 5, 8, 10));
        set.Returned(a10, At(11, 10, 9, 0));

        var j1 = set.Case("jht", At(11, 10, 8, 0), At(11, 10, 11, 30));
        set.Item(j1, "verifikasi", "jfu", At(11, 10, 8, 10), At(11, 10, 8, 15), At(11, 10, 8, 12));
        // Started in November, closed in December: in progress at the month's end.
        set.Case("jht", At(11, 2, 8, 0), At(12, 1, 10, 0));
        // Thursday to Monday; verification late on Friday.
        var j3 = set.Case("jht", At(11, 26, 14, 0), At(11, 30, 8, 30));
        set.Item(j3, "verifikasi", "jfu", At(11, 26, 14, 10), At(11, 26, 14, 15), At(11, 27, 9, 0));
        set.Item(j3, "paraf", "kabid-sekretaris", At(11, 27, 9, 0), At(11, 27, 9, 5), At(11, 27, 9, 5));
        // Around the month's edges in the office's zone: 1 Nov 00.30 WIB is November, 1 Dec 00.30 WIB is not (in UTC
        // both fall on the day before).
        set.Case("jht", At(11, 1, 0, 30));
        set.Case("jht", At(12, 1, 0, 30));
        // Twelve Rekomendasi Paspor berkas of different lengths, enough for a 90th percentile that is not the maximum.
        int[] startDays = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17];
        for (var i = 0; i < startDays.Length; i++)
        {
            var started = At(11, startDays[i], 8 + i % 7, 15 * (i % 4));
            set.Case("paspor", started, started.AddHours(3 + 7 * i));
        }
        // Late in October: not a November breach.
        var j4 = set.Case("jht", At(10, 5, 8, 0), At(10, 9, 8, 0));
        set.Item(j4, "verifikasi", "jfu", At(10, 5, 8, 10), At(10, 5, 8, 15), At(10, 6, 9, 0));
        return set;
    }

    /// <summary>
    /// Open work on Monday 23 November 2026, 10.00 WIB (after the weekend of 21–22 and the holiday of Wed 18), and
    /// steps finished over the last weeks.
    /// </summary>
    public static HandBuiltCases OpenOnMonday23()
    {
        var set = new HandBuiltCases();
        var o1 = set.Case("ak1", At(11, 23, 8, 0), applicant: "Andi");
        set.Item(o1, "periksa", "petugas-penerima", At(11, 23, 8, 0), At(11, 23, 8, 5));
        var o2 = set.Case("ak1", At(11, 19, 10, 0), applicant: "Budi");
        set.Item(o2, "paraf-kasi", "kasi", At(11, 19, 11, 0), At(11, 19, 11, 5), holder: "kasi");
        // Friday 13 at 09.30: five whole working days by Monday 09.30 because Wed 18 is closed (six without it).
        var o3 = set.Case("ak1", At(11, 13, 9, 0), applicant: "Citra");
        set.Item(o3, "tandatangan", "kabid", At(11, 13, 9, 30), At(11, 13, 9, 35), holder: "kabid");
        var o4 = set.Case("jht", At(11, 13, 9, 0), applicant: "Dewi");
        set.Item(o4, "verifikasi", "jfu", At(11, 13, 9, 45), At(11, 13, 9, 50), holder: "jfu");
        var o5 = set.Case("jht", At(11, 9, 9, 0), applicant: "Eko");
        set.Item(o5, "paraf", "kabid-sekretaris", At(11, 9, 10, 0), At(11, 9, 10, 5));
        // With the pemohon: counted in its lane, not aged.
        var o6 = set.Case("ak1", At(11, 4, 9, 0), applicant: "Fajar");
        set.Item(o6, "ajukan", "pemohon", At(11, 4, 9, 10), null);
        // Friday 15.00: under one working day by Monday 10.00, across the weekend; not yet due.
        var o7 = set.Case("ak1", At(11, 20, 14, 0), applicant: "Gita");
        set.Item(o7, "input-data", "pengadministrasi", At(11, 20, 15, 0), At(11, 23, 11, 0), holder: "pengadministrasi");

        // Finished steps: this week, last week (two), three weeks ago, and one before the twelve weeks shown.
        var done = set.Case("ak1", At(8, 3, 8, 0), At(11, 23, 9, 0), applicant: "Hadi");
        set.Item(done, "periksa", "petugas-penerima", At(11, 23, 8, 0), At(11, 23, 8, 5), At(11, 23, 8, 4));
        set.Item(done, "input-data", "pengadministrasi", At(11, 16, 8, 0), At(11, 16, 8, 10), At(11, 16, 8, 5));
        set.Item(done, "paraf-kasi", "kasi", At(11, 20, 8, 0), At(11, 20, 8, 5), At(11, 20, 15, 59));
        set.Item(done, "serahkan", "petugas-penerima", At(11, 2, 8, 0), At(11, 2, 8, 5), At(11, 2, 8, 3));
        set.Item(done, "tandatangan", "kabid", At(8, 3, 8, 0), At(8, 3, 8, 5), At(8, 3, 8, 3));
        var jhtDone = set.Case("jht", At(11, 17, 8, 0), At(11, 17, 9, 0), applicant: "Indah");
        set.Item(jhtDone, "verifikasi", "jfu", At(11, 17, 8, 0), At(11, 17, 8, 5), At(11, 17, 8, 4));
        return set;
    }
}
