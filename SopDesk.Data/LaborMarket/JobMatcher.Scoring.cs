namespace SopDesk.Data.LaborMarket;

/// <summary>A score 0–100 and its explanation.</summary>
internal sealed record MatchScore(int Points, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing);

public static partial class JobMatcher
{
    /// <summary>The parts of the score and their weights (sum 100); docs/decisions/023-job-matching.md says why.</summary>
    public const int PositionWeight = 30, SkillsWeight = 25, MajorWeight = 15, LocationWeight = 15, ExperienceWeight = 10, EducationWeight = 5;

    /// <summary>Scores one holder against one vacancy that already passed the hard filters.</summary>
    internal static MatchScore Score(SeekerFacts seeker, VacancyFacts vacancy, DateOnly today)
    {
        var reasons = new List<string>();
        var missing = new List<string>();
        var points = Position(seeker, vacancy, reasons, missing) + Skills(seeker, vacancy, reasons, missing) + Major(seeker, vacancy, reasons, missing)
            + Location(seeker, vacancy, reasons, missing) + Experience(seeker, vacancy, reasons, missing) + Education(seeker, vacancy, reasons);
        if (vacancy.AgeMin is not null || vacancy.AgeMax is not null)
            if (AgeOn(seeker.BirthDate, today) is { } age) reasons.Add($"Usia {age} tahun, dalam batas {AgeRange(vacancy)}");
        return new MatchScore((int)Math.Clamp(Math.Round(points), 0, 100), reasons, missing);
    }

    private static double Position(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons, List<string> missing)
    {
        var position = Tokens(vacancy.Position);
        var wished = Items(seeker.WishedPositions);
        if (wished.Count == 0)
        {
            missing.Add("Pekerjaan yang diinginkan belum diisi di AK1");
            return 0;
        }
        var best = wished.Select(w => (item: w, share: Covered(position, Tokens(w)))).MaxBy(w => w.share);
        if (best.share <= 0)
        {
            missing.Add($"Pekerjaan yang diinginkan: {string.Join(", ", wished)}");
            return 0;
        }
        reasons.Add($"Pekerjaan yang diinginkan cocok: {best.item}");
        return PositionWeight * best.share;
    }

    private static double Skills(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons, List<string> missing)
    {
        var asked = Items(vacancy.Skills);
        if (asked.Count == 0) return SkillsWeight;
        var have = Tokens(seeker.Skills);
        var found = asked.Where(skill => Tokens(skill) is { Count: > 0 } words && Covered(words, have) >= 0.5).ToList();
        if (found.Count > 0) reasons.Add($"Keterampilan cocok: {string.Join(", ", found)}");
        var lacking = asked.Except(found).ToList();
        if (lacking.Count > 0)
            missing.Add(have.Count == 0 ? "Keterampilan belum diisi di AK1" : $"Keterampilan belum tercatat: {string.Join(", ", lacking)}");
        return SkillsWeight * found.Count / (double)asked.Count;
    }

    private static double Major(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons, List<string> missing)
    {
        var accepted = Items(vacancy.Majors);
        if (accepted.Count == 0) return MajorWeight;
        if (string.IsNullOrWhiteSpace(seeker.Major))
        {
            missing.Add($"Jurusan belum diisi di AK1 (diminta {string.Join(", ", accepted)})");
            return 0;
        }
        var major = Tokens(seeker.Major);
        // A major fits when all words of one accepted major are in the holder's ("Teknik Mesin" fits "Teknik Mesin Industri";
        // "Teknik Elektro" does not fit it).
        if (accepted.FirstOrDefault(a => Tokens(a) is { Count: > 0 } words && (Covered(words, major) >= 1 || Covered(major, words) >= 1)) is { } fit)
        {
            reasons.Add($"Jurusan {seeker.Major.Trim()} sesuai syarat ({fit})");
            return MajorWeight;
        }
        missing.Add($"Jurusan {seeker.Major.Trim()} tidak disebut dalam syarat ({string.Join(", ", accepted)})");
        return 0;
    }

    private static double Location(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons, List<string> missing)
    {
        var wished = seeker.WishedLocation.Trim();
        if (wished == Regions.Anywhere)
        {
            reasons.Add("Bersedia bekerja di mana saja");
            return LocationWeight;
        }
        if (string.Equals(wished, vacancy.Location.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add($"Bersedia bekerja di {vacancy.Location}");
            return LocationWeight;
        }
        if (wished.Length == 0)
        {
            missing.Add("Lokasi kerja yang diinginkan belum diisi di AK1");
            return LocationWeight / 3.0;
        }
        missing.Add($"Ingin bekerja di {wished}, lowongan di {vacancy.Location}");
        return 0;
    }

    private static double Experience(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons, List<string> missing)
    {
        var (has, asked) = (seeker.ExperienceYears, vacancy.ExperienceYears);
        if (asked <= 0)
        {
            if (has > 0) reasons.Add($"Pengalaman kerja {has} tahun");
            return ExperienceWeight;
        }
        if (has >= asked)
        {
            reasons.Add($"Pengalaman {has} tahun, diminta {asked} tahun");
            return ExperienceWeight;
        }
        missing.Add(has == 0 ? $"Belum ada pengalaman kerja, diminta {asked} tahun" : $"Pengalaman {has} tahun, diminta {asked} tahun");
        return ExperienceWeight * has / (double)asked;
    }

    private static double Education(SeekerFacts seeker, VacancyFacts vacancy, List<string> reasons)
    {
        var label = EducationLevels.Label(seeker.Education);
        if (vacancy.EducationMin <= 0)
        {
            reasons.Add($"Pendidikan {label}, lowongan untuk semua jenjang");
            return EducationWeight;
        }
        var minimum = EducationLevels.Label(vacancy.EducationMin);
        if (seeker.Education == vacancy.EducationMin)
        {
            reasons.Add($"Pendidikan {label} sesuai syarat minimal {minimum}");
            return EducationWeight;
        }
        // Higher than asked still qualifies (a hard filter keeps lower out); an exact fit ranks a little higher.
        reasons.Add($"Pendidikan {label} memenuhi syarat minimal {minimum}");
        return EducationWeight * 0.6;
    }

    private static string AgeRange(VacancyFacts vacancy) => (vacancy.AgeMin, vacancy.AgeMax) switch
    {
        ({ } min, { } max) => $"{min}–{max} tahun",
        ({ } min, null) => $"minimal {min} tahun",
        (null, { } max) => $"maksimal {max} tahun",
        _ => "",
    };
}
