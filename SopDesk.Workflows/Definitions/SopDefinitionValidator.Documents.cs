using System.Text.RegularExpressions;

namespace SopDesk.Workflows.Definitions;

/// <summary>
/// Checks of the documents registers declare: a known layout, a real sign step, known value sources, one id per document
/// in the file, a sane validity — and register columns that read a document only where there is one.
/// </summary>
public static partial class SopDefinitionValidator
{
    /// <summary>Ten years: no document the office issues is valid longer; "1200" is a typo, not a policy.</summary>
    public const int MaxValidMonths = 120;

    /// <summary>The register line's Document column holds the id (SopDesk.Data: 32 characters).</summary>
    private const int MaxDocumentIdLength = 32;

    private static void CheckDocuments(SopDefinition sop, Action<string, string> error)
    {
        var fieldIds = sop.Steps.SelectMany(s => s.Fields).Select(f => f.Id).ToHashSet();
        var stepIds = sop.Steps.Select(s => s.Id).ToHashSet();
        var firstRegisterOf = new Dictionary<string, int>();
        for (var i = 0; i < sop.Registers.Length; i++)
        {
            var register = sop.Registers[i];
            var at = $"$.registers[{i}]";
            if (register.ValidMonths is { } months && (months < 1 || months > MaxValidMonths))
                error($"{at}.validMonths", ValidMonthsProblem(months));
            CheckDocumentColumns(register, at, error);
            if (register.Document is not { } document) continue;
            var docAt = $"{at}.document";
            if (!firstRegisterOf.TryAdd(document.Id, i))
                error(document.IsShortForm ? docAt : $"{docAt}.id",
                    $"id dokumen '{document.Id}' sudah dipakai register '{sop.Registers[firstRegisterOf[document.Id]].Id}'; satu id hanya untuk satu dokumen dalam satu berkas SOP");
            if (document.IsShortForm)
            {
                // The old form names a dedicated layout; anything else needs its title and fields declared.
                if (!DocumentTemplates.Dedicated.Contains(document.Template))
                    error(docAt, $"dokumen '{document.Template}' tidak dikenal: bentuk singkat hanya untuk {string.Join(", ", DocumentTemplates.Dedicated)}; "
                        + "dokumen lain ditulis sebagai objek { \"id\", \"title\", \"template\", … }");
                continue;
            }
            if (document.Id.Length > MaxDocumentIdLength)
                error($"{docAt}.id", $"id dokumen '{document.Id}' terlalu panjang (paling banyak {MaxDocumentIdLength} karakter)");
            if (!DocumentTemplates.All.Contains(document.Template))
                error($"{docAt}.template", $"templat '{document.Template}' tidak dikenal (pilihan: {string.Join(", ", DocumentTemplates.All)})");
            else if (DocumentTemplates.Dedicated.Contains(document.Template) && (!document.Fields.IsDefaultOrEmpty || document.Body is not null))
                error($"{docAt}.template",
                    $"templat '{document.Template}' punya tata letak sendiri dan tidak mencetak \"fields\" atau \"body\"; pakai templat \"surat\" atau \"kartu\"");
            if (document.ValidMonths is { } own)
            {
                if (own < 1 || own > MaxValidMonths) error($"{docAt}.validMonths", ValidMonthsProblem(own));
                if (register.ValidMonths is not null)
                    error($"{at}.validMonths", "masa berlaku ditulis dua kali; tulis \"validMonths\" di dalam \"document\" saja");
            }
            CheckSigning(sop, register, document, at, error);
            for (var j = 0; j < document.Fields.Length; j++)
            {
                var source = document.Fields[j].Source;
                if (!IsKnownSource(source, fieldIds, stepIds))
                    error($"{docAt}.fields[{j}].source", UnknownSourceProblem(source));
                else if (source == DocumentSources.ValidUntil && register.DocumentValidMonths is null)
                    error($"{docAt}.fields[{j}].source", NoValidityProblem);
            }
            if (document.Body is { } body) CheckBody(body, register, fieldIds, stepIds, $"{docAt}.body", error);
        }
    }

    /// <summary>Who signs: the named step must be a sign step, and the register line must exist by the time it is done.</summary>
    private static void CheckSigning(SopDefinition sop, RegisterDefinition register, DocumentDefinition document, string at, Action<string, string> error)
    {
        var steps = sop.Steps.ToList();
        int signIndex;
        if (document.SignedAt is { } signedAt)
        {
            signIndex = steps.FindIndex(s => s.Id == signedAt);
            if (signIndex < 0)
            {
                error($"{at}.document.signedAt", $"langkah '{signedAt}' tidak ada di SOP ini");
                return;
            }
            if (steps[signIndex].Kind != StepKind.Sign)
            {
                error($"{at}.document.signedAt", $"langkah '{signedAt}' bukan langkah tanda tangan (kind \"sign\"); dokumen ditandatangani di langkah tanda tangan");
                return;
            }
        }
        else
        {
            signIndex = steps.FindIndex(s => s.Kind == StepKind.Sign);
            if (signIndex < 0)
            {
                error($"{at}.document", "SOP ini tidak punya langkah tanda tangan (kind \"sign\"), jadi dokumennya tidak pernah berlaku; tambahkan langkah itu dan sebut di \"signedAt\"");
                return;
            }
        }
        var registerIndex = steps.FindIndex(s => s.Id == register.At);
        if (registerIndex > signIndex)
            error($"{at}.at", $"nomor register diberikan di langkah '{register.At}', sesudah langkah tanda tangan '{steps[signIndex].Id}': "
                + "dokumennya tidak akan pernah ditandatangani; beri nomor di langkah itu atau sebelumnya");
    }

    /// <summary>The body's {source} placeholders name known sources; a lone brace is a typo the reader would see printed.</summary>
    private static void CheckBody(string body, RegisterDefinition register, HashSet<string> fieldIds, HashSet<string> stepIds, string at,
        Action<string, string> error)
    {
        var placeholders = ColumnSources.Placeholder().Matches(body).Select(m => m.Groups[1].Value).ToList();
        if (body.Count(c => c == '{') != placeholders.Count || body.Count(c => c == '}') != placeholders.Count)
        {
            error(at, "kurung kurawal tidak berpasangan; tulis nilai yang disisipkan sebagai {idIsian}");
            return;
        }
        foreach (var source in placeholders.Distinct())
        {
            if (!IsKnownSource(source, fieldIds, stepIds)) error(at, UnknownSourceProblem(source));
            else if (source == DocumentSources.ValidUntil && register.DocumentValidMonths is null) error(at, NoValidityProblem);
        }
    }

    /// <summary>Columns that read the register line's document need one (and a validity, for its end date).</summary>
    private static void CheckDocumentColumns(RegisterDefinition register, string at, Action<string, string> error)
    {
        for (var j = 0; j < register.Columns.Length; j++)
        {
            var source = register.Columns[j].Source;
            if (source is not (DocumentSources.ValidUntil or DocumentSources.SignedAt)) continue;
            if (register.Document is null)
                error($"{at}.columns[{j}].source", $"'{source}' dibaca dari dokumen register, tetapi register ini tidak menerbitkan dokumen (\"document\")");
            else if (source == DocumentSources.ValidUntil && register.DocumentValidMonths is null)
                error($"{at}.columns[{j}].source", NoValidityProblem);
        }
    }

    private static string ValidMonthsProblem(int months) =>
        $"masa berlaku {months} bulan tidak masuk akal: isi 1 sampai {MaxValidMonths} bulan";

    private static string UnknownSourceProblem(string source) =>
        $"'{source}' bukan id isian SOP ini dan bukan nilai sistem (register.number, register.date, case.number, step.<id>.actor, step.<id>.at, "
        + $"{DocumentSources.ValidUntil}, {DocumentSources.SignedAt})";

    private const string NoValidityProblem =
        $"'{DocumentSources.ValidUntil}' butuh masa berlaku: tulis \"validMonths\" pada dokumen";
}
