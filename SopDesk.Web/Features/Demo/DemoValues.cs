using System.Collections.Immutable;
using System.Globalization;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>Believable form values for demo berkas (Pagar Alam names, valid NIKs), from a seeded Random.</summary>
public sealed class DemoValues(Random random)
{
    private static readonly string[] FirstNames = ["Ahmad", "Siti", "Budi", "Dewi", "Rizki", "Nurul", "Andi", "Putri", "Fajar", "Indah", "Yoga", "Ayu", "Rahmat", "Lestari", "Hadi", "Wulan"];
    private static readonly string[] LastNames = ["Pratama", "Wulandari", "Saputra", "Anggraini", "Hidayat", "Permata", "Setiawan", "Rahmawati", "Gunawan", "Maharani", "Firmansyah", "Oktaviani"];
    private static readonly string[] Streets = ["Jl. Kapten Sanap", "Jl. Masik Siagim", "Jl. Lettu Hamid", "Jl. Ahmad Yani", "Jl. Serma Wanar", "Jl. Bambang Utoyo"];
    private static readonly string[] Villages = ["Kel. Beringin Jaya", "Kel. Nendagung", "Kel. Dempo Makmur", "Kel. Kuripan Babas", "Kel. Bangun Rejo"];
    private static readonly string[] Companies = ["PT Perkebunan Dempo Lestari", "CV Sinar Pagar Alam", "PT Teh Gunung Dempo", "PT Karya Besemah Konstruksi", "CV Mitra Jaya Abadi", "PT Sriwijaya Agro Niaga"];
    private static readonly string[] Institutions = ["LPK Cahaya Informatika", "LPK Besemah Mandiri", "LPK Dempo Kreatif", "LPK Tata Boga Sriwijaya", "LPK Bina Terampil Pagar Alam"];
    private static readonly string[] Programs = ["Operator komputer perkantoran (120 JP); desain grafis dasar (80 JP)", "Tata boga dasar (160 JP)", "Menjahit pakaian wanita (200 JP)", "Teknisi sepeda motor injeksi (240 JP)", "Bahasa Inggris percakapan (100 JP)"];
    private static readonly string[] Countries = ["Malaysia", "Taiwan", "Hong Kong", "Korea Selatan", "Jepang", "Singapura"];

    public string Name() => $"{Pick(FirstNames)} {Pick(LastNames)}";

    /// <summary>Values for a step's form; a NIK's birth date and gender fields agree with its digits; an AK1's job wishes agree with its education.</summary>
    public ImmutableDictionary<string, string> For(Step step, string applicantName, DateOnly today)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var field in step.Fields) values[field.Id] = Value(field, applicantName, values);
        return AgreeWithNik(step, values.ToImmutable(), today);
    }

    /// <summary>Sets the birth date and gender fields a NIK field names to what its digits encode.</summary>
    public static ImmutableDictionary<string, string> AgreeWithNik(Step step, ImmutableDictionary<string, string> values, DateOnly today)
    {
        foreach (var nik in step.Fields.Where(f => f.Type == FieldType.Nik && values.ContainsKey(f.Id)))
        {
            var (born, female) = FieldValidator.NikBirth(values[nik.Id], today);
            if (nik.BirthDateField is { } bornField) values = values.SetItem(bornField, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (nik.GenderField is { } genderField) values = values.SetItem(genderField, FieldValidator.GenderOptions[female ? 1 : 0]);
        }
        return values;
    }

    /// <summary>A value for one field; <paramref name="data"/> is what the berkas already holds (an AK1's education shapes its major and skills).</summary>
    public string Value(FormField field, string applicantName, IReadOnlyDictionary<string, string>? data = null) => field.Type switch
    {
        FieldType.Nik => Nik(),
        // AK1: the Random is drawn as before, so the other demo berkas stay as they were.
        FieldType.Choice when field.Id == "pendidikan" && DemoJobSeekers.IsAk1Education(field) =>
            DemoJobSeekers.EducationSpread[random.Next(field.Options.Length)],
        FieldType.Number when field.Id == "pengalamanKerja" => (random.Next(30) % 6).ToString(CultureInfo.InvariantCulture),
        FieldType.Text when DemoJobSeekers.Fields.Contains(field.Id) => DemoJobSeekers.Value(field.Id, applicantName, data?.GetValueOrDefault("pendidikan"), random.Next(1, 99)),
        FieldType.Nip => "198705122010011003",
        FieldType.Date => new DateOnly(1985 + random.Next(20), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldType.Choice => Pick([.. field.Options]),
        FieldType.Number when field.Id.Contains("tahun", StringComparison.OrdinalIgnoreCase) => (2005 + random.Next(20)).ToString(CultureInfo.InvariantCulture),
        FieldType.Number => ((int)(field.Min ?? 1) + random.Next(30)).ToString(CultureInfo.InvariantCulture),
        FieldType.Money => (random.Next(5, 500) * 100_000).ToString(CultureInfo.InvariantCulture),
        FieldType.Phone => $"08{random.Next(11, 99)}{random.Next(1000_0000, 9999_9999)}",
        FieldType.Email => $"{applicantName.Split(' ')[0].ToLowerInvariant()}@contoh.id",
        _ => Text(field, applicantName),
    };

    private string Text(FormField field, string applicantName)
    {
        var id = field.Id.ToLowerInvariant();
        if (field.Pattern is not null) return Digits(DigitCount(field.Pattern));
        // Fields with their own believable texts; the Random is drawn as the old fallback drew it, so the other values stay.
        if (DemoTexts.For(field, applicantName, field.Id.Length) is { } known)
        {
            if (field.Type != FieldType.Textarea && !id.StartsWith("nama", StringComparison.Ordinal)) random.Next(1, 99);
            return known;
        }
        // Picked by the applicant's name, not the Random: the other SOPs' demo berkas stay as they were.
        if (id.StartsWith("nama", StringComparison.Ordinal) && id.Contains("lembaga", StringComparison.Ordinal)) return ByName(Institutions, applicantName);
        if (id.Contains("program", StringComparison.Ordinal)) return ByName(Programs, applicantName);
        if (id.StartsWith("nama", StringComparison.Ordinal) && id.Contains("pelatihan", StringComparison.Ordinal)) return Pick(["Pelatihan Barista Kopi Besemah", "Pelatihan Menjahit", "Pelatihan Teknisi Sepeda Motor", "Pelatihan Operator Komputer"]);
        if (id.StartsWith("nama", StringComparison.Ordinal) && (id.Contains("p3mi", StringComparison.Ordinal) || id.Contains("perusahaan", StringComparison.Ordinal))) return Pick(Companies);
        if (id.StartsWith("nama", StringComparison.Ordinal)) return applicantName;
        if (id.Contains("alamat", StringComparison.Ordinal)) return $"{Pick(Streets)} No. {random.Next(1, 200)}, {Pick(Villages)}, Kota Pagar Alam";
        if (id.Contains("perusahaan", StringComparison.Ordinal) || id.Contains("kontraktor", StringComparison.Ordinal)) return Pick(Companies);
        if (id.Contains("tempat", StringComparison.Ordinal)) return Pick(["Pagar Alam", "Lahat", "Palembang", "Muara Enim"]);
        if (id.Contains("negara", StringComparison.Ordinal)) return Pick(Countries);
        if (id.Contains("ak1", StringComparison.Ordinal)) return $"AK1/2026/{random.Next(1, 30):000000}";
        if (id.Contains("nomor", StringComparison.Ordinal)) return $"{random.Next(100, 999)}/{random.Next(10, 99)}/DISPMPTSPTK/2026";
        return field.Type == FieldType.Textarea ? DemoTexts.Note(field, applicantName.Length) : DemoTexts.Note(field, random.Next(1, 99));
    }

    /// <summary>A valid NIK of Pagar Alam (1672xx), birth date encoded, +40 on the day for women.</summary>
    private string Nik()
    {
        var born = new DateOnly(1980 + random.Next(25), 1 + random.Next(12), 1 + random.Next(28));
        var day = born.Day + (random.Next(2) == 0 ? 0 : 40);
        return string.Create(CultureInfo.InvariantCulture, $"16720{1 + random.Next(5)}{day:00}{born.Month:00}{born.Year % 100:00}{random.Next(1, 9999):0000}");
    }

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>How many digits a pattern of the form ^[0-9]{n}$ or ^\d{n}$ asks for (a NIB's 13); 11 for any other pattern.</summary>
    private static int DigitCount(string pattern) =>
        System.Text.RegularExpressions.Regex.Match(pattern, @"^\^(?:\[0-9\]|\\d)\{(\d+)\}\$$") is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 11;

    private static string ByName(string[] items, string name) => items[name.Sum(c => c) % items.Length];

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
