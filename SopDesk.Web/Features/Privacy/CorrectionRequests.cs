using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;
using System.Security.Claims;

namespace SopDesk.Web.Features.Privacy;

public sealed record OpenCorrection(long Id, string AccountName, string AccountKind, string Text, DateTimeOffset CreatedAt);

/// <summary>
/// The staff side of public correction requests (UU PDP): administrators and the online desk (operator-layanan) list the
/// open ones and answer them. The role is checked from the database at each act; viewing the list and each answer is journaled.
/// </summary>
public sealed class CorrectionRequests(IDbContextFactory<SopDeskDbContext> contexts, CurrentStaff current, OfficeTime time)
{
    public const string Roles = $"{Security.Roles.Admin},{OnlineDeskRole}";
    public const string OnlineDeskRole = "operator-layanan";
    public const int AnswerMaxLength = 2000;

    private async Task<Actor?> AllowedAsync(ClaimsPrincipal user) =>
        (await current.CheckAsync(user)).Actor is { } actor && (actor.Roles.Contains(Security.Roles.Admin) || actor.Roles.Contains(OnlineDeskRole)) ? actor : null;

    public async Task<IReadOnlyList<OpenCorrection>?> OpenAsync(ClaimsPrincipal user)
    {
        if (await AllowedAsync(user) is not { } actor) return null;
        await using var db = await contexts.CreateDbContextAsync();
        var open = await (from c in db.CorrectionRequests
                          join a in db.PublicAccounts on c.AccountId equals a.Id
                          where c.AnsweredAt == null
                          orderby c.Id
                          select new { c.Id, a.Name, a.Kind, c.Text, c.CreatedAt }).ToListAsync();
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.PersonalDataViewed, $"Daftar permintaan koreksi data dibuka ({open.Count} terbuka)"));
        await db.SaveChangesAsync();
        return [.. open.Select(o => new OpenCorrection(o.Id, o.Name, o.Kind == PublicAccountKind.PencariKerja ? "Pencari kerja" : "Pemberi kerja", o.Text, o.CreatedAt))];
    }

    /// <summary>Null when answered; otherwise why not.</summary>
    public async Task<string?> AnswerAsync(ClaimsPrincipal user, long id, string? answer)
    {
        if (await AllowedAsync(user) is not { } actor) return "Anda tidak berwenang menjawab permintaan koreksi.";
        answer = answer?.Trim() ?? "";
        if (answer.Length == 0) return "Tulis jawaban untuk pemilik data.";
        if (answer.Length > AnswerMaxLength) return $"Jawaban paling panjang {AnswerMaxLength} karakter.";
        await using var db = await contexts.CreateDbContextAsync();
        var request = await db.CorrectionRequests.FirstOrDefaultAsync(c => c.Id == id);
        if (request is null) return "Permintaan tidak ditemukan.";
        if (request.AnsweredAt is not null) return "Permintaan ini sudah dijawab.";
        var now = time.Now;
        request.Answer = answer;
        request.AnsweredAt = now;
        request.AnsweredByUserId = actor.UserId;
        db.Journal.Add(JournalRecord.For(actor, now, JournalActions.CorrectionAnswered, $"Permintaan koreksi data #{id} dijawab"));
        await db.SaveChangesAsync();
        return null;
    }
}
