namespace SopDesk.Data.Dashboards;

/// <summary>Percentiles as the dashboards and the monthly report state them: the value at rank ⌈p/100 · n⌉ of the ascending list.</summary>
public static class NearestRank
{
    public static T? Percentile<T>(IReadOnlyList<T> sorted, int percent) where T : struct =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
