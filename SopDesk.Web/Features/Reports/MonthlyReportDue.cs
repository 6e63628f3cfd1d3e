namespace SopDesk.Web.Features.Reports;

/// <summary>The monthly report is due to the Wali Kota by the 25th of the following month (Perwali Banjarbaru 29/2015).</summary>
public static class MonthlyReportDue
{
    public const int DayOfMonth = 25;

    public static DateOnly DueDate(int year, int month) => new DateOnly(year, month, DayOfMonth).AddMonths(1);
}
