using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SopDesk.Data;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Bench;

/// <summary>
/// A job market for the matching benchmark: 100,000 AK1 holders and 5,000 open vacancies (plus 1,000 closed or expired),
/// drawn from job families of a Sumatera Selatan town (coffee and oil palm estates, mining, trade, health, schools).
/// Education skews to SMA/SMK, ages 18–45 (mostly young), locations weighted to the home city (Pagar Alam) and Palembang.
/// Inserted with prepared raw INSERTs in one transaction (the FTS5 triggers index as rows arrive); each row has a minimal
/// berkas row for its foreign key.
/// </summary>
public static class MatchingBenchData
{
    public const int Seekers = 100_000, OpenVacancies = 5_000, ClosedVacancies = 1_000;
    public static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Func<DateTimeOffset, long> Encode = SopDesk.Data.StoredTime.ToColumn;

    /// <summary>A job family: positions, skills, majors (SMK/college), typical minimum education, weight among seekers.</summary>
    private sealed record Family(string[] Positions, string[] Skills, string[] Majors, EducationLevel Education, int Weight, string Sector);

    private static readonly Family[] Families =
    [
        new(["Operator Produksi", "Operator Mesin"], ["mesin produksi", "K3", "quality control", "las", "forklift"], ["Teknik Mesin", "Teknik Industri"], EducationLevel.Sma, 12, "C"),
        new(["Admin Gudang", "Staf Gudang"], ["Microsoft Excel", "inventaris", "administrasi", "forklift"], ["Manajemen", "Administrasi Perkantoran", "Akuntansi"], EducationLevel.Sma, 7, "H"),
        new(["Kasir", "Pramuniaga"], ["kasir", "melayani pelanggan", "Microsoft Excel", "penjualan"], ["Akuntansi", "Pemasaran", "Bisnis Daring dan Pemasaran"], EducationLevel.Sma, 10, "G"),
        new(["Sopir", "Kurir"], ["mengemudi", "SIM B1", "SIM C", "perawatan kendaraan"], ["Teknik Otomotif"], EducationLevel.Smp, 6, "H"),
        new(["Teknisi Listrik", "Elektrisi"], ["instalasi listrik", "PLC", "K3 listrik", "panel listrik"], ["Teknik Listrik", "Teknik Elektro", "Teknik Instalasi Tenaga Listrik"], EducationLevel.Sma, 4, "D"),
        new(["Mekanik Alat Berat", "Mekanik Otomotif"], ["mesin diesel", "hidrolik", "las", "perawatan kendaraan"], ["Teknik Mesin", "Teknik Otomotif", "Teknik Alat Berat"], EducationLevel.Sma, 4, "B"),
        new(["Welder", "Juru Las"], ["las", "pengelasan SMAW", "membaca gambar teknik", "K3"], ["Teknik Pengelasan", "Teknik Mesin"], EducationLevel.Sma, 3, "F"),
        new(["Drafter", "Juru Gambar"], ["AutoCAD", "SketchUp", "membaca gambar teknik"], ["Teknik Sipil", "Arsitektur", "Desain Pemodelan dan Informasi Bangunan"], EducationLevel.Sma, 2, "F"),
        new(["Staf Akuntansi", "Admin Keuangan"], ["jurnal akuntansi", "perpajakan", "Microsoft Excel", "MYOB"], ["Akuntansi", "Manajemen Keuangan"], EducationLevel.D3, 5, "K"),
        new(["Perawat", "Bidan"], ["asuhan keperawatan", "BTCLS", "kebidanan"], ["Keperawatan", "Kebidanan"], EducationLevel.D3, 4, "Q"),
        new(["Guru", "Tutor"], ["mengajar", "kurikulum merdeka", "bahasa Inggris"], ["Pendidikan Matematika", "Pendidikan Bahasa Inggris", "PGSD"], EducationLevel.S1, 4, "P"),
        new(["Programmer", "Staf IT"], ["PHP", "JavaScript", "SQL", "Laravel", "jaringan komputer"], ["Teknik Informatika", "Sistem Informasi", "Teknik Komputer dan Jaringan"], EducationLevel.D3, 3, "J"),
        new(["Customer Service", "Telemarketing"], ["komunikasi", "melayani pelanggan", "Microsoft Office"], ["Manajemen", "Ilmu Komunikasi", "Otomatisasi dan Tata Kelola Perkantoran"], EducationLevel.Sma, 5, "N"),
        new(["Satpam", "Petugas Keamanan"], ["pengamanan", "Gada Pratama", "bela diri"], [], EducationLevel.Sma, 4, "N"),
        new(["Juru Masak", "Barista"], ["memasak", "tata boga", "kopi", "latte art"], ["Tata Boga", "Perhotelan"], EducationLevel.Smp, 5, "I"),
        new(["Penjahit", "Operator Jahit"], ["menjahit", "pola busana", "mesin jahit"], ["Tata Busana"], EducationLevel.Smp, 3, "C"),
        new(["Pekebun Kopi", "Buruh Tani"], ["budidaya kopi", "pemupukan", "pascapanen kopi"], ["Agribisnis", "Agroteknologi"], EducationLevel.Sd, 6, "A"),
        new(["Operator Alat Berat", "Operator Excavator"], ["excavator", "SIO", "bulldozer"], ["Teknik Mesin", "Teknik Alat Berat"], EducationLevel.Sma, 3, "B"),
        new(["Sales", "Marketing"], ["penjualan", "negosiasi", "SIM C", "pemasaran digital"], ["Pemasaran", "Manajemen"], EducationLevel.Sma, 6, "G"),
        new(["Tenaga Kebersihan", "Cleaning Service"], ["kebersihan", "perawatan gedung"], [], EducationLevel.Sd, 4, "N"),
        new(["Admin Kantor", "Sekretaris"], ["Microsoft Office", "surat menyurat", "arsip"], ["Administrasi Perkantoran", "Manajemen", "Sekretari"], EducationLevel.Sma, 6, "N"),
        new(["Asisten Apoteker", "Analis Laboratorium"], ["farmasi", "resep", "analisis kimia"], ["Farmasi", "Analis Kesehatan", "Kimia"], EducationLevel.D3, 2, "Q"),
        new(["Mandor Kebun Sawit", "Pemanen Sawit"], ["panen sawit", "pengawasan", "pemupukan"], ["Agroteknologi", "Agribisnis"], EducationLevel.Sma, 4, "A"),
    ];

    private static readonly string[] FirstNames = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Eko", "Sri", "Dedi", "Wahyu", "Yuli", "Fitri", "Rudi", "Indah", "Hendra", "Rahmat", "Putri", "Fajar", "Ayu"];
    private static readonly string[] LastNames = ["Aminah", "Saputra", "Lestari", "Santoso", "Wulandari", "Pratama", "Hidayat", "Kurniawan", "Rahmawati", "Setiawan", "Susanti", "Nugroho", "Yulianti", "Firmansyah"];
    private static readonly string[] CompanyWords = ["Sriwijaya", "Dempo", "Besemah", "Musi", "Lematang", "Bukit", "Sumber", "Karya", "Makmur", "Jaya", "Abadi", "Sentosa", "Agro", "Mandiri", "Lestari"];

    private static readonly (EducationLevel Level, int Weight)[] SeekerEducation =
        [(EducationLevel.Sd, 7), (EducationLevel.Smp, 14), (EducationLevel.Sma, 52), (EducationLevel.D1, 1), (EducationLevel.D2, 1), (EducationLevel.D3, 8), (EducationLevel.S1, 16), (EducationLevel.S2, 1)];

    /// <summary>Where seekers want to work: the home city and Palembang first, "Di mana saja" often.</summary>
    private static string SeekerLocation(Random random) => random.Next(100) switch
    {
        < 38 => "Kota Pagar Alam",
        < 58 => "Kota Palembang",
        < 73 => Regions.Anywhere,
        < 76 => "",
        < 80 => Regions.OutsideProvince,
        _ => Regions.All[2 + random.Next(Regions.All.Count - 3)].Name,
    };

    private static string VacancyLocation(Random random) => random.Next(100) switch
    {
        < 45 => "Kota Pagar Alam",
        < 75 => "Kota Palembang",
        < 80 => Regions.OutsideProvince,
        _ => Regions.All[2 + random.Next(Regions.All.Count - 3)].Name,
    };

    /// <summary>Bump when the generated shape changes, so an old file is rebuilt rather than reused.</summary>
    private const string Shape = "matching-v1";

    /// <summary>A complete file of this shape, kept in the temp folder between runs (building takes about 40 s).</summary>
    public static bool IsComplete(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Shape FROM BenchInfo";
            return command.ExecuteScalar() as string == Shape;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public static async Task BuildAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        await using (var db = new SopDeskDbContext(SopDeskDatabase.Options($"Data Source={path}"))) await db.MigrateAsync();
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;");
        using var transaction = connection.BeginTransaction();
        using var insertCase = Prepare(connection, transaction, "Cases", ["Id", "Number", "DefinitionId", "DefinitionHash", "DefinitionVersion", "Status", "StartedAt",
            "ApplicantName", "DataJson", "VisitsJson", "ItemCount", "StartedByUserId", "UpdatedAt"]);
        using var insertSeeker = Prepare(connection, transaction, "JobSeekerProfiles", ["Id", "CaseId", "Ak1Number", "Nik", "Name", "BirthDate", "Gender", "Education",
            "Major", "Skills", "WishedPositions", "WishedLocation", "ExperienceYears", "Phone", "SignedAt", "ValidUntil", "Status", "UpdatedAt"]);
        using var insertVacancy = Prepare(connection, transaction, "Vacancies", ["Id", "CaseId", "Source", "CompanyName", "Sector", "Position", "Description", "Openings",
            "Location", "EducationMin", "Majors", "Skills", "ExperienceYears", "AgeMin", "AgeMax", "AgeReason", "Gender", "GenderReason", "SalaryMin", "SalaryMax",
            "ClosesOn", "Status", "RegisterNumber", "CreatedAt", "UpdatedAt", "PublishedAt"]);
        var random = new Random(20261201);
        var familyWeights = Families.Select(f => f.Weight).ToArray();

        for (var i = 1; i <= Seekers; i++)
        {
            var family = Families[Pick(random, familyWeights)];
            var signed = Now.AddDays(-random.Next(1, 800));
            var caseId = Guid.CreateVersion7(signed);
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            AddCase(insertCase, caseId, $"AK1/{signed.Year}/{i:000000}", "ak1", name, signed);
            var education = SeekerEducation[Pick(random, SeekerEducation.Select(e => e.Weight).ToArray())].Level;
            var age = 18 + (int)(Math.Pow(random.NextDouble(), 1.8) * 28); // 18–45, mostly in their twenties
            var born = Today.AddYears(-age).AddDays(-random.Next(0, 365));
            var wished = new List<string> { family.Positions[random.Next(family.Positions.Length)] };
            if (random.Next(3) == 0) wished.Add(Families[Pick(random, familyWeights)].Positions[0]);
            var skills = family.Skills.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
            if (random.Next(4) == 0) skills.Add(Families[random.Next(Families.Length)].Skills[0]);
            var major = education >= EducationLevel.Sma && family.Majors.Length > 0 && random.Next(10) < 8 ? family.Majors[random.Next(family.Majors.Length)] : "";
            var experience = random.Next(100) switch { < 45 => 0, < 65 => 1, < 80 => 2, < 90 => 3, _ => 4 + random.Next(8) };
            var status = random.Next(100) switch { < 90 => "Active", < 97 => "Placed", _ => "Inactive" };
            Bind(insertSeeker, i, Key(caseId), $"{i:0000}/AK1/DISPMPTSPTK/{signed.Year}", $"1672{random.NextInt64(100_000_000_000, 999_999_999_999)}", name,
                Day(born), random.Next(2) == 0 ? "Laki-laki" : "Perempuan", (int)education, major, string.Join(", ", skills), string.Join(", ", wished),
                SeekerLocation(random), experience, $"+62812{random.Next(10_000_000, 99_999_999)}", Encode(signed), Encode(signed.AddMonths(24)), status, Encode(signed));
            insertSeeker.ExecuteNonQuery();
            if (i % 20_000 == 0) Console.Write($"\r  {i:N0} AK1 holders");
        }
        Console.WriteLine();

        for (var i = 1; i <= OpenVacancies + ClosedVacancies; i++)
        {
            var family = Families[Pick(random, familyWeights)];
            var open = i <= OpenVacancies;
            var published = Now.AddDays(-random.Next(1, open ? 40 : 200));
            var caseId = Guid.CreateVersion7(published);
            var company = $"{(random.Next(3) == 0 ? "CV" : "PT")} {CompanyWords[random.Next(CompanyWords.Length)]} {CompanyWords[random.Next(CompanyWords.Length)]}";
            AddCase(insertCase, caseId, $"LOKER/{published.Year}/{i:000000}", "lowongan", company, published);
            var position = family.Positions[random.Next(family.Positions.Length)];
            var skills = family.Skills.OrderBy(_ => random.Next()).Take(1 + random.Next(3));
            var majors = family.Majors.Length > 0 && random.Next(3) > 0 ? family.Majors.OrderBy(_ => random.Next()).Take(1 + random.Next(2)) : [];
            var education = random.Next(10) switch { < 6 => family.Education, < 8 => (EducationLevel)Math.Min((int)family.Education + 1, 8), _ => EducationLevel.Any };
            var aged = random.Next(100) < 25;
            var gendered = random.Next(100) < 5;
            var salary = 2_500_000 + random.Next(0, 30) * 100_000L;
            Bind(insertVacancy, i, Key(caseId), random.Next(4) == 0 ? "Canvassed" : "Employer", company, family.Sector, position,
                $"Dibutuhkan {position} untuk {company}. Penempatan sesuai lokasi, kontrak dengan kemungkinan pengangkatan.", 1 + random.Next(10),
                VacancyLocation(random), (int)education, string.Join(", ", majors), string.Join(", ", skills), random.Next(100) switch { < 55 => 0, < 80 => 1, < 93 => 2, _ => 3 },
                aged ? 18 : null, aged ? 25 + random.Next(4) * 5 : null, aged ? "Pekerjaan fisik berat di lapangan" : null,
                gendered ? (random.Next(2) == 0 ? "Laki-laki" : "Perempuan") : null, gendered ? "Sifat pekerjaan" : null, salary, salary + 1_000_000,
                Day(open ? Today.AddDays(random.Next(0, 60)) : Today.AddDays(-random.Next(1, 100))), open || random.Next(2) == 0 ? "Published" : "Closed",
                $"{i:0000}/LOKER/DISPMPTSPTK/{published.Year}", Encode(published), Encode(published), Encode(published));
            insertVacancy.ExecuteNonQuery();
        }
        transaction.Commit();
        Execute(connection, $"PRAGMA journal_mode=WAL; ANALYZE; CREATE TABLE BenchInfo (Shape TEXT NOT NULL); INSERT INTO BenchInfo VALUES ('{Shape}');");
        Console.WriteLine($"built {Seekers:N0} AK1 holders and {OpenVacancies + ClosedVacancies:N0} vacancies in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / (1024 * 1024)} MB)");
    }

    private static void AddCase(SqliteCommand insert, Guid id, string number, string definitionId, string name, DateTimeOffset at)
    {
        Bind(insert, Key(id), number, definitionId, "bench", 1, "Closed", Encode(at), name, "{}", "{}", 0, "bench", Encode(at));
        insert.ExecuteNonQuery();
    }

    /// <summary>As EF stores a Guid in SQLite: upper-case text.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++) if ((roll -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(",", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
