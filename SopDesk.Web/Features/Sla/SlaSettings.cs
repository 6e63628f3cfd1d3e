namespace SopDesk.Web.Features.Sla;

/// <summary>
/// How the SLA watcher runs ("Sla" section of appsettings): how often it looks and how long a late step may stay late
/// before the lane's superior is told. Who is whose superior is office structure: the office profile's.
/// </summary>
public sealed record SlaSettings
{
    public bool Watch { get; init; } = true;
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Office working time after the due instant before escalation.</summary>
    public TimeSpan EscalationGrace { get; init; } = TimeSpan.FromHours(4);
    /// <summary>Day of the month from which the report recipient is reminded of the monthly report due on the 25th.</summary>
    public int ReportReminderDay { get; init; } = 18;

    public static SlaSettings Read(IConfiguration configuration)
    {
        var defaults = new SlaSettings();
        var section = configuration.GetSection("Sla");
        return defaults with
        {
            Watch = section.GetValue("Watch", defaults.Watch),
            SweepInterval = section.GetValue("SweepInterval", defaults.SweepInterval),
            EscalationGrace = section.GetValue("EscalationGrace", defaults.EscalationGrace),
            ReportReminderDay = section.GetValue("ReportReminderDay", defaults.ReportReminderDay),
        };
    }
}
