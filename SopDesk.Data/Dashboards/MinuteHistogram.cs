using System.Runtime.InteropServices;

namespace SopDesk.Data.Dashboards;

/// <summary>
/// How many steps took each whole number of working minutes. Histograms add up, so the days and months of a
/// rollup merge into the exact distribution of a period, and its percentiles are the nearest-rank values of
/// <see cref="NearestRank"/> — not estimates. Encoded as ascending (minute gap, count) pairs of 7-bit varints.
/// </summary>
public sealed class MinuteHistogram
{
    private readonly Dictionary<int, int> _counts = [];
    private int[]? _sortedMinutes;

    public int Count { get; private set; }

    public int? Max => Count == 0 ? null : Sorted()[^1];

    public void Add(int minutes, int count = 1)
    {
        // A step cannot take negative time; a clock set back must not corrupt the encoding.
        CollectionsMarshal.GetValueRefOrAddDefault(_counts, Math.Max(0, minutes), out _) += count;
        Count += count;
        _sortedMinutes = null;
    }

    public void Add(MinuteHistogram other)
    {
        foreach (var (minutes, count) in other._counts) Add(minutes, count);
    }

    /// <summary>Adds an encoded histogram (as stored in a rollup row).</summary>
    public void AddEncoded(ReadOnlySpan<byte> encoded)
    {
        var position = 0;
        var minutes = 0;
        while (position < encoded.Length)
        {
            minutes += ReadVarint(encoded, ref position);
            Add(minutes, ReadVarint(encoded, ref position));
        }
    }

    public byte[] Encode()
    {
        var buffer = new List<byte>(_counts.Count * 3);
        var previous = 0;
        foreach (var minutes in Sorted())
        {
            WriteVarint(buffer, minutes - previous);
            WriteVarint(buffer, _counts[minutes]);
            previous = minutes;
        }
        return [.. buffer];
    }

    /// <summary>The value at rank ⌈p/100 · n⌉ of the ascending list of all durations; null when empty.</summary>
    public int? Percentile(int percent)
    {
        if (Count == 0) return null;
        var rank = Math.Max(1, (long)Math.Ceiling(percent / 100.0 * Count));
        long seen = 0;
        foreach (var minutes in Sorted())
            if ((seen += _counts[minutes]) >= rank) return minutes;
        return Sorted()[^1];
    }

    private int[] Sorted()
    {
        if (_sortedMinutes is null)
        {
            _sortedMinutes = [.. _counts.Keys];
            Array.Sort(_sortedMinutes);
        }
        return _sortedMinutes;
    }

    private static void WriteVarint(List<byte> buffer, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            buffer.Add((byte)(rest | 0x80));
            rest >>= 7;
        }
        buffer.Add((byte)rest);
    }

    private static int ReadVarint(ReadOnlySpan<byte> encoded, ref int position)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = encoded[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
    }
}
