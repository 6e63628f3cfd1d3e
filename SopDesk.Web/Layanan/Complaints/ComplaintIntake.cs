using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Complaints;

/// <summary>What the form sent: the step's own fields, the contact block (without an account) and the form's submission key.</summary>
public sealed record ComplaintForm(IReadOnlyDictionary<string, string> Values, string? Name, string? Email, string? Phone, string SubmissionKey);

/// <summary>The complaint was received (its status token), or the messages to show next to the fields.</summary>
public sealed record IntakeResult(string? Token, IReadOnlyDictionary<string, string> Errors, string? Message = null)
{
    public bool Ok => Token is not null;
}

/// <summary>
/// Receives a complaint from /layanan/pengaduan: the contact from the account signed in now, or the contact block; the step's
/// fields checked by the engine (one rule set for the desk and the public); started with <see cref="CaseService.StartOnlineAsync"/>.
/// </summary>
public sealed class ComplaintIntake(CaseService cases, DefinitionCatalog catalog, ComplaintSubmissions submissions, Features.Shared.OfficeTime time)
{
    public const string SopId = "pengaduan";

    public SopDefinition? Definition => catalog.Find(SopId) is { Online.Purpose: OnlinePurpose.Complaint } d ? d : null;

    public async Task<IntakeResult> SubmitAsync(ComplaintForm form, PublicAccountRecord? account, CancellationToken ct = default)
    {
        if (Definition is not { } definition) return new(null, new Dictionary<string, string>(), "Layanan pengaduan sedang tidak tersedia.");
        var values = definition.Steps[0].Fields.Where(f => !ComplaintContact.Fields.Contains(f.Id))
            .ToDictionary(f => f.Id, f => form.Values.GetValueOrDefault(f.Id)?.Trim() ?? "");
        var errors = new Dictionary<string, string>();
        Actor actor;
        OnlineOwner owner;
        if (account is not null)
        {
            (values[ComplaintContact.NameField], values[ComplaintContact.EmailField], values[ComplaintContact.PhoneField]) = (account.Name, account.Email ?? "", account.Phone ?? "");
            actor = Actor.Applicant(account.Id, account.Name);
            owner = new OnlineOwner(account.Id, account.Name);
        }
        else
        {
            var (name, email) = (form.Name?.Trim() ?? "", form.Email?.Trim() ?? "");
            var (phone, phoneError) = ComplaintContact.Phone(form.Phone);
            if (ComplaintContact.NameError(name) is { } nameError) errors[ComplaintContact.NameField] = nameError;
            if (ComplaintContact.EmailError(email) is { } emailError) errors[ComplaintContact.EmailField] = emailError;
            if (phoneError is not null) errors[ComplaintContact.PhoneField] = phoneError;
            (values[ComplaintContact.NameField], values[ComplaintContact.EmailField], values[ComplaintContact.PhoneField]) = (name, email, phone ?? "");
            // A complainant without an account: an applicant actor of their own for this one berkas.
            actor = Actor.Applicant(Guid.NewGuid(), name);
            owner = new OnlineOwner(null, name, email);
        }
        // The engine's checks too, so every message shows at once; contact errors found above win.
        foreach (var (id, error) in FieldValidator.Validate(definition.Steps[0].Fields, values, DateOnly.FromDateTime(time.Now.DateTime)))
            errors.TryAdd(id, error);
        if (errors.Count > 0) return new(null, errors);

        // The same key and content sent twice (a double click, a resend after a slow answer) gives the first complaint.
        var fingerprint = Fingerprint(values, account?.Id);
        return await submissions.OnceAsync(form.SubmissionKey, fingerprint, async () =>
        {
            var (outcome, started) = await cases.StartOnlineAsync(definition, actor, owner, values, ct: ct);
            return outcome.Ok ? new IntakeResult(started!.StatusToken, new Dictionary<string, string>())
                : new IntakeResult(null, outcome.FieldErrors, outcome.Message ?? "Pengaduan belum dapat diterima.");
        });
    }

    private static string Fingerprint(IReadOnlyDictionary<string, string> values, Guid? account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\u001f", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")) + $"\u001e{account}")));
}

/// <summary>
/// Server-side idempotency of the complaint form: a submission key (rendered into the form) with the same content is started at
/// most once; a racing second post waits for the first and gets its answer. Kept in memory for an hour: the app is one process,
/// and a resend after a restart an hour later is a new complaint anyway. A key sent with different content is a new complaint,
/// so a leaked key never reveals someone else's token.
/// </summary>
public sealed class ComplaintSubmissions(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Lazy<Task<IntakeResult>> Result)> _seen = new();

    public async Task<IntakeResult> OnceAsync(string key, string fingerprint, Func<Task<IntakeResult>> start)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _seen.Where(s => now - s.Value.At > Keep)) _seen.TryRemove(old);
        if (string.IsNullOrWhiteSpace(key) || key.Length > 64) return await start();
        var entry = _seen.GetOrAdd($"{key}|{fingerprint}", _ => (now, new Lazy<Task<IntakeResult>>(start)));
        var result = await entry.Result.Value;
        // A refused start is not remembered: the person corrects the form and sends it again with the same key.
        if (!result.Ok) _seen.TryRemove($"{key}|{fingerprint}", out _);
        return result;
    }
}
