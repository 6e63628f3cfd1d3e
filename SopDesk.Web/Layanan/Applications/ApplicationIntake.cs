using Microsoft.AspNetCore.Http;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Uploads;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Applications;

/// <summary>What a posted application form held: the values, each field's and each file's problem, and the files accepted so far.</summary>
public sealed class Intake
{
    public Dictionary<string, string> Values { get; } = [];
    public Dictionary<string, string> FieldErrors { get; } = [];
    public Dictionary<string, string> FileErrors { get; } = [];
    public Dictionary<string, KeptUpload> Files { get; } = [];
    /// <summary>The files this post stored (not those kept from an earlier post): discarded if this post's berkas is never written.</summary>
    public List<StoredUpload> StoredNow { get; } = [];
    public bool Ok => FieldErrors.Count == 0 && FileErrors.Count == 0;
}

/// <summary>
/// Reads the step's fields and the declared uploads from a posted form. Every file sent is inspected (UploadService) and,
/// when accepted, stored at once and kept for the next post: a file that passed is never lost because a field failed.
/// The summary NIK is always the account's own, whatever the post says.
/// </summary>
public sealed class ApplicationIntake(UploadService uploads, FormTokens tokens, OfficeTime time)
{
    public const string FieldPrefix = "f_", FilePrefix = "u_", KeptPrefix = "k_";

    public async Task<Intake> ReadAsync(SopDefinition definition, Step step, PublicAccountRecord account, IFormCollection form,
        Func<UploadDefinition, bool> mustSend, CancellationToken ct)
    {
        var intake = new Intake();
        foreach (var (id, value) in ValuesOf(step, form)) intake.Values[id] = value;
        if (LockedNikField(definition, step) is { } nik) intake.Values[nik] = account.Nik ?? "";
        foreach (var (id, error) in FieldValidator.Validate(step.Fields, intake.Values, DateOnly.FromDateTime(time.Now.DateTime)))
            intake.FieldErrors[id] = error;

        foreach (var declared in definition.Online?.Uploads ?? [])
        {
            var file = form.Files.GetFile(FilePrefix + declared.Id);
            if (file is { Length: > 0 })
            {
                await using var content = file.OpenReadStream();
                var check = await uploads.InspectAsync(declared, file.FileName, content, ct);
                if (check.Accepted)
                {
                    var stored = uploads.Store(check);
                    intake.StoredNow.Add(stored);
                    intake.Files[declared.Id] = KeptUpload.From(declared.Id, stored);
                }
                else intake.FileErrors[declared.Id] = check.Message!;
            }
            else if (tokens.ReadKept(form[KeptPrefix + declared.Id], account.Id, declared.Id) is { } kept)
                intake.Files[declared.Id] = kept;
            else if (mustSend(declared))
                intake.FileErrors[declared.Id] = $"{declared.Label}: pilih berkas untuk diunggah.";
        }
        return intake;
    }

    /// <summary>The non-empty values the form sent for the step's fields, trimmed.</summary>
    public static Dictionary<string, string> ValuesOf(Step step, IFormCollection form) =>
        step.Fields.Select(f => (f.Id, Value: form[FieldPrefix + f.Id].ToString().Trim())).Where(v => v.Value.Length > 0)
            .ToDictionary(v => v.Id, v => v.Value);

    /// <summary>The step's NIK field the SOP's summary names: the account's verified NIK, shown read-only.</summary>
    public static string? LockedNikField(SopDefinition definition, Step step) =>
        definition.Summary.NikField is { } nik && step.Fields.Any(f => f.Id == nik) ? nik : null;

    /// <summary>The upload rows for the accepted files, added by the caller to the step's own transaction.</summary>
    public static IEnumerable<UploadRecord> Records(Guid caseId, Intake intake, string applicantUserId, DateTimeOffset now) =>
        intake.Files.Values.Select(f => new UploadRecord
        {
            Id = Guid.CreateVersion7(now), CaseId = caseId, UploadId = f.UploadId, OriginalName = f.OriginalName, ContentType = f.ContentType,
            SizeBytes = f.SizeBytes, Sha256 = f.Sha256, StorageName = f.StorageName, UploadedAt = now, UploadedByUserId = applicantUserId,
            Status = UploadStatus.Submitted,
        });
}
