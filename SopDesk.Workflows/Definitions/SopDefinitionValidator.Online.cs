namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Checks of the "online" block: the applicant can only do the first step if it is theirs, each upload answers a real
/// checklist item, and the photo printed on the issued document is an image.
/// </summary>
public static partial class SopDefinitionValidator
{
    /// <summary>The schema's range for an upload's maxKb (50 KB … 10 MB); repeated here for files built in code.</summary>
    public const int MinUploadKb = 50, MaxUploadKb = 10240;

    private static readonly HashSet<UploadType> PhotoTypes = [UploadType.Jpeg, UploadType.Png];

    private static void CheckOnline(SopDefinition sop, Action<string, string> error)
    {
        if (sop.Online is not { } online) return;
        CheckOnlineFirstStep(sop, error);
        if (online.Purpose == OnlinePurpose.Application && online.Audience.IsDefaultOrEmpty)
            error("$.online.audience", "layanan permohonan online harus menyebut siapa yang boleh mengajukan (audience: pencari-kerja, pemberi-kerja atau umum)");
        var uploads = online.Uploads.IsDefault ? [] : online.Uploads;
        ReportDuplicates(uploads.Select(u => u.Id), i => $"$.online.uploads[{i}].id", "unggahan", error);
        var checklistItems = sop.Steps.SelectMany(s => s.Checklist).Select(c => c.Item).ToHashSet();
        var photoCount = 0;
        for (var i = 0; i < uploads.Length; i++)
        {
            var upload = uploads[i];
            var at = $"$.online.uploads[{i}]";
            if (upload.Requirement is { } requirement && !checklistItems.Contains(requirement))
                error($"{at}.requirement", $"persyaratan \"{requirement}\" bukan butir daftar periksa (checklist) langkah mana pun di SOP ini; tulis teks butirnya persis");
            if (upload.Photo && ++photoCount > 1)
                error($"{at}.photo", "hanya satu unggahan boleh menjadi pas foto (photo: true); pas foto itulah yang dicetak pada dokumen");
            if (upload.Photo && upload.Accept.Any(t => !PhotoTypes.Contains(t)))
                error($"{at}.accept", "pas foto hanya boleh berjenis jpeg atau png, karena dipotong dan dicetak sebagai gambar");
            if (upload.MaxKb is < MinUploadKb or > MaxUploadKb)
                error($"{at}.maxKb", $"ukuran maksimum {upload.MaxKb} KB di luar batas {MinUploadKb}–{MaxUploadKb} KB");
        }
    }

    private static void CheckOnlineFirstStep(SopDefinition sop, Action<string, string> error)
    {
        if (sop.Steps.IsDefaultOrEmpty) return;
        var first = sop.Steps[0];
        var lane = sop.Lanes.FirstOrDefault(l => l.Id == first.Lane);
        if (lane is not null && lane.Party != LaneParty.Applicant)
            error("$.online", $"layanan online memerlukan langkah pertama pada lajur pemohon (party: applicant); langkah '{first.Id}' ada pada lajur '{lane.Id}'");
    }
}
