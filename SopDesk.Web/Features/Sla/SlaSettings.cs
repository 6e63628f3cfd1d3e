namespace SopDesk.Web.Features.Sla;

/// <summary>
/// How the SLA watcher runs ("Sla" section of appsettings): how often it looks, how long a late step may stay late
/// before the lane's superior is told, and who is whose superior (office structure, not SOP content).
/// </summary>
public sealed record SlaSettings
{
    public bool Watch { get; init; } = true;
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Office working time after the due instant before escalation.</summary>
    public TimeSpan EscalationGrace { get; init; } = TimeSpan.FromHours(4);
    /// <summary>Day of the month from which the Kepala Dinas is reminded of the monthly report due on the 25th.</summary>
    public int ReportReminderDay { get; init; } = 18;

    public Dictionary<string, string> Superiors { get; init; } = new()
    {
        ["petugas-penerima"] = "kasi",
        ["pengadministrasi"] = "kasi",
        ["jfu"] = "kabid",
        ["staf"] = "kabid",
        ["panitia"] = "kabid",
        ["kasi"] = "kabid",
        ["kabid"] = "kepala-dinas",
        ["sekretaris"] = "kepala-dinas",
    };

    public static SlaSettings Read(IConfiguration configuration)
    {
        var defaults = new SlaSettings();
        var section = configuration.GetSection("Sla");
        var superiors = section.GetSection("Superiors").GetChildren().ToDictionary(c => c.Key, c => c.Value ?? "");
        return defaults with
        {
            Watch = section.GetValue("Watch", defaults.Watch),
            SweepInterval = section.GetValue("SweepInterval", defaults.SweepInterval),
            EscalationGrace = section.GetValue("EscalationGrace", defaults.EscalationGrace),
            ReportReminderDay = section.GetValue("ReportReminderDay", defaults.ReportReminderDay),
            Superiors = superiors.Count > 0 ? superiors : defaults.Superiors,
        };
    }

    /// <summary>The superior role of the first lane role that has one.</summary>
    public string? SuperiorOf(IEnumerable<string> laneRoles) =>
        laneRoles.Select(r => Superiors.GetValueOrDefault(r)).FirstOrDefault(s => !string.IsNullOrEmpty(s));
}
