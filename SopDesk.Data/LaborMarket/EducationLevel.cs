namespace SopDesk.Data.LaborMarket;

/// <summary>
/// Jenjang pendidikan in order, as the AK1 form lists them ("SD" … "S3"); D4 and S1 are one level as on the AK1 card.
/// Stored as int so "at least SMA/SMK" is a comparison. Any = no requirement (a vacancy's "Semua jenjang").
/// </summary>
public enum EducationLevel { Any = 0, Sd = 1, Smp = 2, Sma = 3, D1 = 4, D2 = 5, D3 = 6, S1 = 7, S2 = 8, S3 = 9 }

public static class EducationLevels
{
    /// <summary>The labels of the SOP files' choice options (503/48 "pendidikan", 503/53 "pendidikan"), in level order.</summary>
    public static readonly IReadOnlyList<(EducationLevel Level, string Label)> All =
    [
        (EducationLevel.Any, "Semua jenjang"), (EducationLevel.Sd, "SD"), (EducationLevel.Smp, "SMP"), (EducationLevel.Sma, "SMA/SMK"),
        (EducationLevel.D1, "D1"), (EducationLevel.D2, "D2"), (EducationLevel.D3, "D3"), (EducationLevel.S1, "D4/S1"),
        (EducationLevel.S2, "S2"), (EducationLevel.S3, "S3"),
    ];

    public static string Label(int level) => All.FirstOrDefault(e => (int)e.Level == level).Label ?? "";

    /// <summary>The level of a form's label; unknown or empty → Any.</summary>
    public static EducationLevel Parse(string? label) => All.FirstOrDefault(e => e.Label == label?.Trim()).Level;
}
