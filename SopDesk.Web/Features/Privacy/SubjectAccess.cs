using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Journal;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Privacy;

/// <summary>The outcome of a request: the file to offer, or why not (Error goes under the NIK field).</summary>
public sealed record SubjectAccessResult(string? Error, Guid? FileId = null, int Berkas = 0, int RegisterLines = 0, int JournalLines = 0);

/// <summary>
/// A person's right of access (UU PDP): an administrator produces everything held on one NIK as one JSON file
/// (<see cref="SubjectAccessReport"/>). Only an active administrator, checked at the request and at the download; the
/// request is journaled. The file is kept in memory, for its administrator only, for one download within ten minutes.
/// </summary>
public sealed partial class SubjectAccess(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, TimeProvider clock,
    CurrentStaff current, Office.OfficeProfileService office)
{
    public const string Action = JournalActions.PersonalDataExported;
    public const string DownloadPattern = "/admin/data-pribadi/unduh/{id:guid}";
    public static string DownloadPath(Guid id) => $"/admin/data-pribadi/unduh/{id}";
    public const string NotAdministrator = "Hanya administrator yang dapat mengunduh data pribadi seseorang.";

    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ConcurrentDictionary<Guid, (string UserId, string FileName, byte[] Content, DateTimeOffset At)> _files = new();

    /// <summary>Why the NIK cannot be looked up, or null when it is a NIK.</summary>
    public static string? CheckNik(string? nik) =>
        string.IsNullOrWhiteSpace(nik) ? "Isi NIK yang dimintakan datanya."
        : !SixteenDigits().IsMatch(nik.Trim()) ? "NIK harus terdiri dari tepat 16 angka, tanpa spasi atau tanda baca."
        : null;

    public async Task<SubjectAccessResult> ProduceAsync(ClaimsPrincipal user, string? nik, string? ipAddress = null, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(user, NotAdministrator, ct);
        if (check.Actor is not { } actor) return new(check.Refusal);
        if (CheckNik(nik) is { } invalid) return new(invalid);
        nik = nik!.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);

        var report = await CollectAsync(db, nik, actor.Name, ct);
        db.Journal.Add(JournalRecord.For(actor, time.Now, Action,
            $"Hak akses subjek data: NIK {PersonalDataPolicy.MaskNik(nik)} — {report.Berkas.Count} berkas, {report.RegisterLines.Count} baris register, {report.Journal.Count} baris jurnal",
            ipAddress: ipAddress));
        await db.SaveChangesAsync(ct);

        RemoveExpired();
        var id = Guid.NewGuid();
        _files[id] = (actor.UserId, $"data-pribadi-{PersonalDataPolicy.MaskNik(nik).Replace('*', 'x')}-{time.Now:yyyyMMdd-HHmm}.json",
            JsonSerializer.SerializeToUtf8Bytes(report, Json), clock.GetUtcNow());
        return new(null, id, report.Berkas.Count, report.RegisterLines.Count, report.Journal.Count);
    }

    /// <summary>The file, once, to the administrator who produced it while they still are one; null otherwise.</summary>
    public async Task<(string FileName, byte[] Content)?> TakeAsync(Guid id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        RemoveExpired();
        if (await current.CheckAdministratorAsync(user, NotAdministrator, ct) is not { Actor: { } actor }
            || !_files.TryGetValue(id, out var file) || file.UserId != actor.UserId || !_files.TryRemove(id, out _)) return null;
        return (file.FileName, file.Content);
    }

    private void RemoveExpired()
    {
        foreach (var (id, file) in _files)
            if (clock.GetUtcNow() - file.At > KeptFor) _files.TryRemove(id, out _);
    }

    private async Task<SubjectAccessReport> CollectAsync(SopDeskDbContext db, string nik, string producedBy, CancellationToken ct)
    {
        var zone = time.Calendar;
        var cases = await db.Cases.AsNoTracking().Include(c => c.WorkItems).Where(c => c.Nik == nik).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var numbers = cases.ToDictionary(c => c.Id, c => c.Number);
        var berkas = new List<SubjectCase>();
        var definitions = new Dictionary<Guid, SopDesk.Workflows.Definitions.SopDefinition>();
        foreach (var row in cases.OrderBy(c => c.StartedAt.UtcTicks))
        {
            var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
            definitions[row.Id] = definition;
            var labels = definition.Steps.SelectMany(s => s.Fields).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First().Label);
            IReadOnlyDictionary<string, string> Labelled(string? json) =>
                (json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])?.ToDictionary(v => labels.GetValueOrDefault(v.Key, v.Key), v => v.Value)
                ?? new Dictionary<string, string>();
            var steps = row.WorkItems.OrderBy(w => w.Sequence).Select(w => new SubjectStep(
                definition.Steps.FirstOrDefault(s => s.Id == w.StepId)?.Kegiatan ?? w.StepId, w.OutcomeId, zone.ToLocal(w.ArrivedAt),
                w.DoneAt is { } done ? zone.ToLocal(done) : null, w.ActorName, w.ActingAs, w.Note, Labelled(w.ValuesJson))).ToList();
            berkas.Add(new SubjectCase(row.Number, row.DefinitionId, definition.Header.Nama, row.Status.ToString(), zone.ToLocal(row.StartedAt),
                row.ClosedAt is { } closed ? zone.ToLocal(closed) : null, Labelled(row.DataJson), steps));
        }

        var lines = (await db.RegisterEntries.AsNoTracking().Where(e => e.Nik == nik || caseIds.Contains(e.CaseId)).ToListAsync(ct))
            .OrderBy(e => e.AssignedAt.UtcTicks)
            .Select(e => new SubjectRegisterLine(e.RegisterId, e.Number, e.CaseNumber, zone.ToLocal(e.AssignedAt), e.Status == RegisterEntryStatus.Cancelled ? "BATAL" : "Aktif",
                JsonSerializer.Deserialize<Dictionary<string, string>>(e.ValuesJson) ?? [], e.Document, e.SignedAt is { } s ? zone.ToLocal(s) : null, e.SignedByName,
                e.ValidUntil is { } v ? zone.ToLocal(v) : null)
            {
                DocumentName = definitions.GetValueOrDefault(e.CaseId)?.Registers.FirstOrDefault(r => r.Id == e.RegisterId)?.Document is { } declared
                    ? Documents.DocumentTexts.Name(declared) : null,
            })
            .ToList();

        var journal = (await db.Journal.AsNoTracking().Where(j => (j.CaseId != null && caseIds.Contains(j.CaseId.Value)) || j.Detail.Contains(nik)).ToListAsync(ct))
            .OrderBy(j => j.Id)
            .Select(j => new SubjectJournalLine(zone.ToLocal(j.At), j.ActorName, JournalLabels.ActingAs(j.ActingAs, office.Current), JournalLabels.Action(j.Action),
                j.CaseId is { } id ? numbers.GetValueOrDefault(id) : null, j.Detail))
            .ToList();

        var notifications = (await db.Notifications.AsNoTracking().Where(n => n.CaseId != null && caseIds.Contains(n.CaseId.Value)).ToListAsync(ct))
            .OrderBy(n => n.Id).Select(n => new SubjectNotification(zone.ToLocal(n.CreatedAt), n.UserId, n.Title, n.Text)).ToList();

        return new SubjectAccessReport(nik, time.Now, producedBy, berkas, lines, journal, notifications);
    }

    [GeneratedRegex("^[0-9]{16}$")]
    private static partial Regex SixteenDigits();
}
