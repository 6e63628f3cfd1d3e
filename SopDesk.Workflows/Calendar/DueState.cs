namespace SopDesk.Workflows.Calendar;

/// <summary>Where an open step stands against its due time.</summary>
public enum DueState { NoDueTime, OnTime, DueSoon, Overdue }

public static class DueStateRule
{
    /// <summary>
    /// Overdue from the due instant; due soon once a quarter or less of the step's working time is left; measured in
    /// the office's working time, so a weekend or a holiday does not bring a step closer to its due time.
    /// </summary>
    public static DueState StateAt(this WorkingCalendar calendar, DateTimeOffset arrived, DateTimeOffset? due, DateTimeOffset now)
    {
        if (due is not { } dueAt) return DueState.NoDueTime;
        if (now >= dueAt) return DueState.Overdue;
        var total = calendar.WorkingTimeBetween(arrived, dueAt);
        var left = calendar.WorkingTimeBetween(now, dueAt);
        return left <= total / 4 ? DueState.DueSoon : DueState.OnTime;
    }
}
