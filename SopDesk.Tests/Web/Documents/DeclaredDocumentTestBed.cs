using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Cases;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Documents;

/// <summary>
/// A SOP that exists only in the tests ("surat-uji": registering a testing institute) whose register declares a "surat"
/// document in the file — no code of its own — run on the demo app beside the six shipped files.
/// </summary>
internal static class DeclaredDocumentTestBed
{
    public const string SopId = "surat-uji";
    public const string DocumentId = "tanda-daftar-uji";
    public const string Title = "Tanda Daftar Lembaga Uji Kompetensi";
    public const string Institute = "LPK Maju Jaya";
    public const string Responsible = "Budi Santoso";
    public const string InstituteAddress = "Jl. Serma Wahab No. 3, Pagar Alam";

    /// <summary>The test SOP as an office administrator would write it; <paramref name="change"/> edits the parsed text first.</summary>
    public static JsonObject Sop(Action<JsonObject>? change = null)
    {
        var sop = JsonNode.Parse(SopJson)!.AsObject();
        change?.Invoke(sop);
        return sop;
    }

    public static JsonObject Document(JsonObject sop) => sop["registers"]![0]!["document"]!.AsObject();

    public static SopDefinition Parsed(Action<JsonObject>? change = null)
    {
        var (definition, errors) = SopDefinitionLoader.Parse("surat-uji.json", Sop(change).ToJsonString());
        errors.ShouldBeEmpty(string.Join("\n", errors));
        return definition!;
    }

    public const string CardId = "kartu-lembaga-uji";
    public const string CardTitle = "Kartu Identitas Lembaga Uji";

    /// <summary>The berkas's register line of one of its two documents (the letter by default).</summary>
    public static async Task<RegisterEntryRecord> LineAsync(WebApplicationFactory<Program> app, Guid caseId, string documentId = DocumentId)
    {
        await using var db = DocumentTestBed.NewContext(app);
        return await db.RegisterEntries.AsNoTracking().SingleAsync(e => e.CaseId == caseId && e.Document == documentId);
    }

    /// <summary>A copy of the shipped workflows/ folder with the test SOP added.</summary>
    public sealed class Folder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sopdesk-declared-{Guid.NewGuid():N}");

        public Folder(Action<JsonObject>? change = null)
        {
            Directory.CreateDirectory(Path);
            foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            File.WriteAllText(System.IO.Path.Combine(Path, "surat-uji.json"), Sop(change).ToJsonString());
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>The demo app with the test SOP in its workflows folder.</summary>
    public static SopDeskAppFactory App(Folder folder, TimeProvider? clock = null) => new()
    {
        Clock = clock,
        Settings = new Dictionary<string, string> { ["Workflows:Path"] = folder.Path },
    };

    private static readonly (string Step, string? Outcome, string UserName)[] Path_ =
    [
        ("periksa", "lengkap", "petugas-penerima"), ("paraf-kasi", "paraf", "kasi"), ("tandatangan", "tandatangan", "kabid"),
        ("serahkan", null, "petugas-penerima"),
    ];

    /// <summary>A new berkas of the test SOP carried through <paramref name="through"/> ("ajukan" = only submitted).</summary>
    public static async Task<Guid> RunAsync(WebApplicationFactory<Program> app, string through, string institute = Institute, string signer = "kabid")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var submission = new Dictionary<string, string>
        {
            ["namaLembaga"] = institute, ["nama"] = Responsible, ["alamatLembaga"] = InstituteAddress, ["tanggalBerdiri"] = "2019-03-04",
        }.ToImmutableDictionary();
        var started = await cases.StartAsync(SopId, submission, await SignInForm.PrincipalAsync(app.Services, "petugas-penerima"));
        started.Ok.ShouldBeTrue(started.Message);
        var caseId = started.CaseId!.Value;
        if (through == "ajukan") return caseId;
        foreach (var (step, outcome, userName) in Path_)
        {
            var actor = await SignInForm.PrincipalAsync(app.Services, step == "tandatangan" ? signer : userName);
            var detail = (await cases.GetDetailAsync(caseId, actor))!;
            var item = detail.State.OpenItem!;
            item.StepId.ShouldBe(step);
            if (step == "tandatangan") (await cases.RecordReadingAsync(caseId, actor)).ShouldBeTrue();
            var done = await cases.CompleteAsync(caseId, item.Id, outcome, FieldExamples.For(detail.Definition.Step(step)), null, actor);
            done.Ok.ShouldBeTrue($"{step}: {done.Message}");
            if (step == through) break;
        }
        return caseId;
    }

    private const string SopJson = """
    {
      "id": "surat-uji",
      "header": {
        "nomor": "503/99/SOP.TK/DISPMPTSPTK/2026",
        "nama": "Pendaftaran Lembaga Uji Kompetensi",
        "instansi": "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kota Pagar Alam",
        "unit": "Bidang Tenaga Kerja",
        "tanggalPembuatan": "2026-01-05",
        "tanggalEfektif": "2026-01-05",
        "disahkanOleh": { "nama": "GUNSONO MEKSON, SE, MM", "pangkat": "Pembina Utama Muda / IV.c", "nip": "196910161995031001" }
      },
      "lanes": [
        { "id": "pemohon", "name": "Pemohon", "party": "applicant", "roles": ["petugas-penerima"] },
        { "id": "petugas-penerima", "name": "Petugas Penerima", "party": "staff", "roles": ["petugas-penerima"] },
        { "id": "kasi", "name": "Kasi", "party": "staff", "roles": ["kasi"] },
        { "id": "kabid", "name": "Kabid", "party": "staff", "roles": ["kabid"] }
      ],
      "steps": [
        {
          "id": "ajukan", "no": 1, "lane": "pemohon", "kind": "submit", "clock": "applicant",
          "kegiatan": "Mengajukan permohonan tanda daftar", "waktu": "5 menit", "output": "Berkas permohonan",
          "fields": [
            { "id": "namaLembaga", "label": "Nama lembaga", "type": "text", "required": true, "maxLength": 150 },
            { "id": "nama", "label": "Penanggung jawab", "type": "text", "required": true, "maxLength": 100, "personal": true },
            { "id": "alamatLembaga", "label": "Alamat lembaga", "type": "textarea", "required": true, "maxLength": 300 },
            { "id": "tanggalBerdiri", "label": "Tanggal berdiri", "type": "date", "required": true }
          ],
          "next": "periksa"
        },
        {
          "id": "periksa", "no": 2, "lane": "petugas-penerima", "kind": "decision",
          "kegiatan": "Meneliti kelengkapan berkas", "waktu": "10 menit", "output": "Berkas lengkap",
          "outcomes": [
            { "id": "lengkap", "label": "Lengkap", "next": "paraf-kasi" },
            { "id": "tidak-lengkap", "label": "Tidak lengkap", "next": "ajukan", "kind": "return", "requiresNote": true }
          ]
        },
        {
          "id": "paraf-kasi", "no": 3, "lane": "kasi", "kind": "paraf",
          "kegiatan": "Memeriksa konsep tanda daftar dan memberi paraf", "waktu": "1 jam", "output": "Konsep diparaf",
          "outcomes": [
            { "id": "paraf", "label": "Paraf", "next": "tandatangan" },
            { "id": "koreksi", "label": "Kembalikan", "next": "periksa", "kind": "correction", "requiresNote": true }
          ]
        },
        {
          "id": "tandatangan", "no": 4, "lane": "kabid", "kind": "sign",
          "kegiatan": "Menandatangani tanda daftar", "waktu": "1 jam", "output": "Tanda daftar ditandatangani",
          "outcomes": [
            { "id": "tandatangan", "label": "Tanda tangan", "next": "serahkan" },
            { "id": "koreksi", "label": "Kembalikan", "next": "paraf-kasi", "kind": "correction", "requiresNote": true }
          ]
        },
        {
          "id": "serahkan", "no": 5, "lane": "petugas-penerima", "kind": "handover",
          "kegiatan": "Menyerahkan tanda daftar", "waktu": "5 menit", "output": "Tanda daftar diterima pemohon",
          "next": "selesai"
        }
      ],
      "ends": [
        { "id": "selesai", "label": "Selesai", "kind": "completed" },
        { "id": "dikembalikan", "label": "Dikembalikan", "kind": "returned" }
      ],
      "substitutions": [ { "role": "kabid", "actingRole": "kasi", "steps": ["tandatangan"], "note": "Kasi mewakili bila Kabid tidak ada." } ],
      "summary": { "applicantNameField": "nama" },
      "registers": [
        {
          "id": "register-uji", "name": "Buku Register Tanda Daftar Lembaga Uji", "at": "paraf-kasi",
          "numbering": "{seq:000}/TDLU/{unit}/{year}", "unit": "DISPMPTSPTK",
          "document": {
            "id": "tanda-daftar-uji", "title": "Tanda Daftar Lembaga Uji Kompetensi", "template": "surat",
            "signedAt": "tandatangan", "validMonths": 36,
            "fields": [
              { "label": "Nama lembaga", "source": "namaLembaga" },
              { "label": "Alamat", "source": "alamatLembaga" },
              { "label": "Tanggal berdiri", "source": "tanggalBerdiri" },
              { "label": "Penanggung jawab", "source": "nama" },
              { "label": "Nomor berkas", "source": "case.number" },
              { "label": "Diperiksa oleh", "source": "step.periksa.actor" },
              { "label": "Tanggal terbit", "source": "document.signedAt" },
              { "label": "Berlaku sampai", "source": "document.validUntil" }
            ],
            "body": "Dengan ini menerangkan bahwa {namaLembaga} telah terdaftar dengan nomor {register.number}.\n\nTanda daftar ini berlaku sampai {document.validUntil}."
          },
          "columns": [
            { "header": "Nomor", "source": "register.number" },
            { "header": "Tanggal", "source": "register.date" },
            { "header": "Nama Lembaga", "source": "namaLembaga" },
            { "header": "Ditandatangani", "source": "document.signedAt" },
            { "header": "Berlaku Sampai", "source": "document.validUntil" }
          ]
        },
        {
          "id": "register-kartu-uji", "name": "Buku Register Kartu Lembaga Uji", "at": "paraf-kasi", "numbering": "{seq:000}/KLU/{year}",
          "document": {
            "id": "kartu-lembaga-uji", "title": "Kartu Identitas Lembaga Uji", "template": "kartu", "signedAt": "tandatangan",
            "fields": [
              { "label": "Nama lembaga", "source": "namaLembaga" },
              { "label": "Penanggung jawab", "source": "nama" },
              { "label": "Tanggal terbit", "source": "document.signedAt" }
            ]
          },
          "columns": [ { "header": "Nomor", "source": "register.number" }, { "header": "Nama Lembaga", "source": "namaLembaga" } ]
        }
      ]
    }
    """;
}

/// <summary>The demo app with the tests' "surat-uji" SOP in its workflows folder, shared by a test class (xunit's fixture).</summary>
public sealed class DeclaredDocumentApp : IAsyncLifetime
{
    private readonly DeclaredDocumentTestBed.Folder _folder = new();

    public SopDeskAppFactory App { get; }

    public DeclaredDocumentApp() => App = DeclaredDocumentTestBed.App(_folder);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _folder.Dispose();
    }
}
