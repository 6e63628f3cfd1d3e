namespace SopDesk.Data.Registers;

/// <summary>Until when an issued document is valid: its signing moment plus whole months, counted on the office's calendar.</summary>
public static class DocumentValidity
{
    /// <summary>
    /// Months are added to the office-local date and time, so a card signed on 31 March at 05:00 WIB runs to 30 April at
    /// 05:00 WIB (in UTC it was still 30 March, which would give 30 April 22:00 UTC = 1 May WIB). A month without the
    /// signing day ends on its last day: 31 January + 1 month = 28 (or 29) February.
    /// </summary>
    public static DateTimeOffset Until(DateTimeOffset signedAt, int months, TimeZoneInfo officeZone)
    {
        var local = TimeZoneInfo.ConvertTime(signedAt, officeZone).DateTime.AddMonths(months);
        return new DateTimeOffset(local, officeZone.GetUtcOffset(local)).ToOffset(signedAt.Offset); // stored as the signature is
    }
}
