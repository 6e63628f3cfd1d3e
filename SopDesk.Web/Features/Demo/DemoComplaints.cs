using System.Collections.Immutable;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Three demo complaints through the real engine and store: one answered within 2 hari kerja and resolved, one answered late and
/// still open (its deadline passed, so the first SLA sweep queues the "pengaduan-terlambat" mail), and one just received. Needs the
/// demo operator-layanan officer (H1's demo staff); without it nothing is seeded.
/// </summary>
public static class DemoComplaints
{
    public static async Task<int> SeedAsync(SopDeskDbContext db, IEnumerable<SopDefinition> definitions, WorkingCalendar calendar,
        IReadOnlyDictionary<string, Actor> staffByRole, DateTimeOffset now)
    {
        if (definitions.FirstOrDefault(d => d.Online?.Purpose == OnlinePurpose.Complaint) is not { } definition
            || !staffByRole.TryGetValue("operator-layanan", out var operatorLayanan)) return 0;
        var engine = new CaseInterpreter(calendar);
        var store = new CaseStore(db);
        var day = Shared.OfficeTime.WorkingDayLength(calendar);
        DemoComplaint[] complaints =
        [
            new("Sri Wahyuni", "sri.wahyuni@contoh.id", "Pelayanan lambat", "Kartu Pencari Kerja (AK1)",
                "Sudah tiga hari sejak saya mendaftar AK1 secara online, tetapi status berkas belum berubah.",
                calendar.AddOfficeTime(calendar.NextOpening(now.AddDays(-12)), TimeSpan.FromHours(1)), TimeSpan.FromHours(3), true),
            new("Bambang Irawan", "bambang.irawan@contoh.id", "Persyaratan atau prosedur", "Rekomendasi Paspor",
                "Saya tidak menemukan daftar persyaratan rekomendasi paspor untuk bekerja di luar negeri.",
                calendar.AddOfficeTime(calendar.NextOpening(now.AddDays(-7)), TimeSpan.FromHours(2)), day * 3, false),
            new("Maya Lestari", "maya.lestari@contoh.id", "Akun layanan online", "Verifikasi Pengguna Layanan Online",
                "Email konfirmasi akun tidak pernah sampai ke kotak masuk saya.",
                now.AddHours(-1), null, false),
        ];
        foreach (var c in complaints)
        {
            var values = new Dictionary<string, string>
            {
                ["namaPelapor"] = c.Name, ["emailPelapor"] = c.Email, ["teleponPelapor"] = "", ["kategori"] = c.Category,
                ["layananTerkait"] = c.Service, ["isiPengaduan"] = c.Text, ["nomorBerkas"] = "",
            }.ToImmutableDictionary();
            var caseId = Guid.CreateVersion7(c.At);
            var state = await ApplyAsync(store, engine.Start(definition, new StartCase(caseId, values, null), Actor.Applicant(Guid.NewGuid(), c.Name),
                OfficeContext.Normal, c.At), definition, calendar);
            db.OnlineCases.Add(new OnlineCaseRecord
            {
                CaseId = caseId, ContactName = c.Name, ContactEmail = c.Email, StatusToken = Cases.CaseService.NewStatusToken(), Purpose = nameof(OnlinePurpose.Complaint),
                DefinitionId = definition.Id, SubmittedAt = c.At,
            });
            await db.SaveChangesAsync();
            if (c.AnswerAfter is not { } after) continue;
            var answeredAt = calendar.AddOfficeTime(c.At, after);
            if (answeredAt >= now) continue;
            state = await ApplyAsync(store, engine.Execute(definition, state, new CompleteStep(state.OpenItem!.Id, null,
                ImmutableDictionary<string, string>.Empty.Add("tanggapan", "Terima kasih atas pengaduan Anda. Kami sedang memeriksanya bersama petugas terkait dan akan mengabari Anda."),
                null), operatorLayanan, OfficeContext.Normal, answeredAt), definition, calendar);
            if (!c.Resolve) continue;
            await ApplyAsync(store, engine.Execute(definition, state, new CompleteStep(state.OpenItem!.Id, "selesai",
                ImmutableDictionary<string, string>.Empty.Add("catatanTindakLanjut", "Berkas Anda sudah kami proses; kartu AK1 dapat diunduh dari halaman status berkas."),
                null), operatorLayanan, OfficeContext.Normal, calendar.AddOfficeTime(answeredAt, TimeSpan.FromHours(2))), definition, calendar);
        }
        return complaints.Length;
    }

    private sealed record DemoComplaint(string Name, string Email, string Category, string Service, string Text, DateTimeOffset At,
        TimeSpan? AnswerAfter, bool Resolve);

    private static async Task<CaseState> ApplyAsync(CaseStore store, EngineResult result, SopDefinition definition, WorkingCalendar calendar)
    {
        if (result is not Accepted accepted || await store.ApplyAsync(accepted, definition, calendar.Zone) is not Applied)
            throw new InvalidOperationException($"Demo complaint refused: {(result as Refused)?.Message}");
        return accepted.State;
    }
}
