namespace SopDesk.Web.Features.Privacy;

/// <summary>
/// How long a closed berkas keeps its applicant's personal data: "Retention:DefaultMonths" (60 unless set), and
/// "Retention:Sop:&lt;sopId&gt;" in months for one SOP. "Retention:Watch" (true unless set) runs the daily erasure.
/// </summary>
public sealed record RetentionSettings(int DefaultMonths, IReadOnlyDictionary<string, int> SopMonths, bool Watch)
{
    public int MonthsFor(string sopId) => SopMonths.GetValueOrDefault(sopId, DefaultMonths);

    public static RetentionSettings Read(IConfiguration configuration) => new(
        configuration.GetValue("Retention:DefaultMonths", 60),
        configuration.GetSection("Retention:Sop").GetChildren().ToDictionary(c => c.Key, c => int.Parse(c.Value ?? "", System.Globalization.CultureInfo.InvariantCulture)),
        configuration.GetValue("Retention:Watch", true));
}
