using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.Demo;

/// <summary>Fictional Pagar Alam / Sumatera Selatan employers and the vacancies the demo reports, canvasses and decides.</summary>
public static class DemoLaborMarketCatalog
{
    public sealed record Employer(string Key, string Company, string Sector, string Contact, string Email, string Phone, string Nib);

    /// <summary>How far a demo vacancy's berkas goes.</summary>
    public enum Fate { Published, Waiting, Returned, Rejected }

    public sealed record Vacancy(string Employer, int DaysAgo, VacancySource Source, string Position, int Openings, EducationLevel Education,
        string Majors, string Skills, long SalaryMin, long SalaryMax, Fate Fate = Fate.Published, string Location = "Kota Pagar Alam", int ExperienceYears = 0);

    public static readonly IReadOnlyList<Employer> Employers =
    [
        new("kopi", "PT Kopi Besemah Dempo", "A", "Yusuf Effendi", "hrd@kopibesemah.co.id", "+62730621101", "9120301234501"),
        new("teh", "PT Perkebunan Teh Gunung Dempo", "A", "Marlina Sari", "sdm@tehgunungdempo.co.id", "+62730621202", "9120301234502"),
        new("hotel", "Hotel Dempo Asri", "I", "Benny Kurniawan", "hrd@hoteldempoasri.co.id", "+62730622303", "9120301234503"),
        new("rs", "RS Bunda Besemah", "Q", "dr. Ratna Dewi", "kepegawaian@rsbundabesemah.co.id", "+62730623404", "9120301234504"),
        new("swalayan", "PT Swalayan Sumber Rezeki", "G", "Hendri Wijaya", "rekrutmen@sumberrezeki.co.id", "+62730624505", "9120301234505"),
        new("bengkel", "CV Bengkel Mandiri Motor", "G", "Joko Susilo", "admin@mandirimotor.co.id", "+62730625606", "9120301234506"),
        new("konstruksi", "PT Karya Besemah Konstruksi", "F", "Ir. Taufik Hidayat", "hrd@karyabesemah.co.id", "+62730626707", "9120301234507"),
        new("bank", "PT BPR Dempo Sejahtera", "K", "Lina Marlina", "sdm@bprdempo.co.id", "+62730627808", "9120301234508"),
    ];

    public static readonly IReadOnlyList<Vacancy> Vacancies =
    [
        new("kopi", 178, VacancySource.Employer, "Mandor kebun kopi", 2, EducationLevel.Sma, "Agribisnis", "budidaya kopi, pemupukan, pengendalian hama", 2_800_000, 3_300_000, ExperienceYears: 2),
        new("hotel", 171, VacancySource.Employer, "Resepsionis", 2, EducationLevel.D3, "Perhotelan", "pelayanan tamu, bahasa Inggris", 2_900_000, 3_400_000),
        new("teh", 165, VacancySource.Canvassed, "Pemetik teh", 8, EducationLevel.Any, "", "memetik teh", 2_400_000, 2_700_000),
        new("rs", 158, VacancySource.Employer, "Perawat pelaksana", 3, EducationLevel.D3, "Keperawatan", "asuhan keperawatan, pemasangan infus", 3_500_000, 4_200_000),
        new("swalayan", 150, VacancySource.Employer, "Kasir", 3, EducationLevel.Sma, "", "pelayanan pelanggan, Microsoft Excel", 2_600_000, 2_900_000),
        new("bengkel", 143, VacancySource.Canvassed, "Mekanik sepeda motor", 2, EducationLevel.Sma, "Teknik Otomotif, Teknik Mesin", "servis sepeda motor, sistem injeksi", 2_700_000, 3_200_000, ExperienceYears: 1),
        new("konstruksi", 136, VacancySource.Employer, "Drafter", 1, EducationLevel.D3, "Teknik Sipil", "AutoCAD, menghitung RAB", 3_800_000, 4_500_000),
        new("bank", 129, VacancySource.Employer, "Staf akuntansi", 1, EducationLevel.S1, "Akuntansi, Manajemen", "pembukuan, perpajakan dasar", 4_200_000, 5_000_000),
        new("kopi", 122, VacancySource.OnBehalf, "Barista", 2, EducationLevel.Sma, "Tata Boga", "barista, pengolahan kopi", 2_500_000, 2_900_000),
        new("hotel", 115, VacancySource.Employer, "Room attendant", 3, EducationLevel.Sma, "Perhotelan", "tata graha", 2_500_000, 2_800_000),
        new("swalayan", 108, VacancySource.Canvassed, "Pramuniaga", 4, EducationLevel.Sma, "", "penjualan, pelayanan pelanggan", 2_500_000, 2_800_000),
        new("rs", 101, VacancySource.Employer, "Asisten apoteker", 1, EducationLevel.D3, "Farmasi", "peracikan obat, pelayanan resep", 3_300_000, 3_900_000),
        new("konstruksi", 94, VacancySource.Canvassed, "Pengawas lapangan", 1, EducationLevel.D3, "Teknik Sipil", "pengawasan lapangan, menghitung RAB", 4_000_000, 4_800_000, Location: "Kab. Lahat", ExperienceYears: 2),
        new("teh", 87, VacancySource.Employer, "Operator mesin pengolahan teh", 2, EducationLevel.Sma, "Teknik Mesin", "mesin bubut, mengelas", 2_900_000, 3_300_000),
        new("bank", 80, VacancySource.Employer, "Customer service", 2, EducationLevel.D3, "Manajemen, Akuntansi", "pelayanan pelanggan, Microsoft Office", 3_600_000, 4_100_000),
        new("bengkel", 73, VacancySource.OnBehalf, "Teknisi kelistrikan kendaraan", 1, EducationLevel.Sma, "Teknik Otomotif", "kelistrikan kendaraan", 2_800_000, 3_300_000),
        new("hotel", 66, VacancySource.Employer, "Juru masak", 2, EducationLevel.Sma, "Tata Boga", "memasak", 2_800_000, 3_200_000),
        new("kopi", 59, VacancySource.Employer, "Staf administrasi gudang", 1, EducationLevel.D3, "Manajemen, Akuntansi", "administrasi perkantoran, Microsoft Excel", 3_000_000, 3_500_000),
        new("rs", 52, VacancySource.Canvassed, "Perawat IGD", 2, EducationLevel.D3, "Keperawatan", "pertolongan pertama, asuhan keperawatan", 3_700_000, 4_400_000, ExperienceYears: 1),
        new("swalayan", 45, VacancySource.Employer, "Staf gudang", 2, EducationLevel.Smp, "", "mengemudi", 2_400_000, 2_700_000),
        new("konstruksi", 38, VacancySource.Employer, "Tukang las", 3, EducationLevel.Smp, "", "mengelas", 2_700_000, 3_200_000, Location: "Kab. Lahat", ExperienceYears: 1),
        new("teh", 31, VacancySource.Employer, "Mandor petik teh", 1, EducationLevel.Sma, "Agribisnis", "memetik teh, pengendalian hama", 2_900_000, 3_400_000, ExperienceYears: 3),
        new("bank", 24, VacancySource.Employer, "Analis kredit", 1, EducationLevel.S1, "Akuntansi, Manajemen", "pembukuan, Microsoft Excel", 4_500_000, 5_500_000),
        new("hotel", 18, VacancySource.Canvassed, "Pelayan restoran", 3, EducationLevel.Sma, "", "pelayanan tamu", 2_400_000, 2_700_000),
        new("bengkel", 13, VacancySource.Employer, "Admin bengkel", 1, EducationLevel.Sma, "Manajemen", "administrasi perkantoran, Microsoft Office", 2_600_000, 2_900_000),
        new("kopi", 9, VacancySource.Employer, "Operator roasting kopi", 2, EducationLevel.Sma, "Teknik Mesin, Agribisnis", "pengolahan kopi", 2_700_000, 3_100_000),
        new("rs", 6, VacancySource.Employer, "Perawat rawat inap", 4, EducationLevel.D3, "Keperawatan", "asuhan keperawatan", 3_500_000, 4_200_000),
        new("swalayan", 4, VacancySource.Employer, "Kepala toko", 1, EducationLevel.D3, "Manajemen, Pemasaran", "penjualan, Microsoft Excel", 3_800_000, 4_500_000, ExperienceYears: 2),
        // Decided otherwise: returned for a fix, rejected, and three waiting in the Pengantar Kerja's inbox.
        new("konstruksi", 5, VacancySource.Employer, "Operator alat berat", 2, EducationLevel.Sma, "", "mengemudi", 3_500_000, 4_000_000, Fate.Returned, "Kab. Lahat"),
        new("bengkel", 20, VacancySource.Employer, "Pekerja harian lepas", 5, EducationLevel.Any, "", "", 1_500_000, 1_800_000, Fate.Rejected),
        new("bank", 1, VacancySource.Employer, "Teller", 2, EducationLevel.D3, "Akuntansi, Manajemen", "pelayanan pelanggan, Microsoft Excel", 3_600_000, 4_000_000, Fate.Waiting),
        new("hotel", 1, VacancySource.Employer, "Staf pemasaran", 1, EducationLevel.S1, "Pemasaran, Manajemen", "media sosial, penjualan", 3_500_000, 4_200_000, Fate.Waiting),
        new("teh", 0, VacancySource.Canvassed, "Sopir truk pengangkut teh", 2, EducationLevel.Smp, "", "mengemudi", 2_800_000, 3_200_000, Fate.Waiting),
    ];

    public const string ReturnNote = "Mohon perbaiki: rentang upah di bawah UMP Sumatera Selatan dan tanggal penutupan belum diisi sesuai pengumuman perusahaan.";
    public const string RejectNote = "Ditolak: upah yang ditawarkan di bawah upah minimum dan uraian pekerjaan tidak jelas (Keppres 4/1980, UU 13/2003 Pasal 90).";
}
