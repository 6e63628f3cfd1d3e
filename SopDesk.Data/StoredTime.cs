using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SopDesk.Data;

/// <summary>
/// How every <see cref="DateTimeOffset"/> is stored (decision 042): an instant in UTC. On SQLite, which has no date-time
/// type, an INTEGER of UTC ticks — ordering and range filters run in SQL on a cheap integer index, and two values with
/// different offsets compare as the instants they are. On PostgreSQL a <c>timestamptz</c>, written with offset 0 (Npgsql
/// refuses any other). Values read back carry offset 0: display converts them to the office's zone.
/// </summary>
public static class StoredTime
{
    /// <summary>The SQLite column value of <paramref name="at"/>: its UTC ticks.</summary>
    public static long ToColumn(DateTimeOffset at) => at.UtcTicks;

    /// <summary>The instant a SQLite column value holds, at offset 0.</summary>
    public static DateTimeOffset FromColumn(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    /// <summary>A value as the provider stores it: UTC ticks for SQLite, the instant at offset 0 for PostgreSQL.</summary>
    public static object ToProvider(DateTimeOffset at, bool sqlite) => sqlite ? ToColumn(at) : at.ToUniversalTime();
}

/// <summary>SQLite's <see cref="DateTimeOffset"/> columns: UTC ticks as INTEGER (see <see cref="StoredTime"/>).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(at => at.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>PostgreSQL's <see cref="DateTimeOffset"/> columns: <c>timestamptz</c>, each value written at offset 0 (see <see cref="StoredTime"/>).</summary>
public sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(at => at.ToUniversalTime(), at => at);
