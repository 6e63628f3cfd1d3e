using System.Collections.Concurrent;

namespace SopDesk.Web.Security;

/// <summary>
/// ASVS V2.2.1: failed sign-ins make the next attempt wait, per client address and per user name typed, with delays
/// that double (1 s, 2 s, 4 s …) after a few free tries, up to a cap. No account is ever locked: a stranger guessing an
/// officer's password only delays that name by at most <see cref="AccountCap"/>, while their own address waits longer.
/// A name or address without a failure for <see cref="ForgetAfter"/> starts afresh (an office behind one address is
/// not slowed by last week's typos). In memory: a restart forgets, which gives an attacker nothing that waiting would not.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int AccountFreeTries = 3, AddressFreeTries = 20;
    public static readonly TimeSpan AccountCap = TimeSpan.FromMinutes(1), AddressCap = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(30);

    private sealed record Failures(int Count, DateTimeOffset Last);

    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    /// <summary>How long this attempt must still wait (zero: it may try now).</summary>
    public TimeSpan WaitFor(string? address, string userName)
    {
        var now = clock.GetUtcNow();
        var wait = Remaining(AddressKey(address), AddressFreeTries, AddressCap, now);
        var account = Remaining(AccountKey(userName), AccountFreeTries, AccountCap, now);
        return account > wait ? account : wait;
    }

    public void Failed(string? address, string userName)
    {
        var now = clock.GetUtcNow();
        foreach (var key in new[] { AddressKey(address), AccountKey(userName) })
            _failures.AddOrUpdate(key, new Failures(1, now), (_, f) => now - f.Last > ForgetAfter ? new Failures(1, now) : new Failures(f.Count + 1, now));
        if (_failures.Count > 10_000)
            foreach (var (key, f) in _failures)
                if (now - f.Last > ForgetAfter) _failures.TryRemove(key, out _);
    }

    /// <summary>A correct password clears the name's failures (the address keeps its count: one address, many names).</summary>
    public void Succeeded(string userName) => _failures.TryRemove(AccountKey(userName), out _);

    private TimeSpan Remaining(string key, int free, TimeSpan cap, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var f) || f.Count < free || now - f.Last > ForgetAfter) return TimeSpan.Zero;
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, f.Count - free), cap.TotalSeconds));
        var left = f.Last + delay - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static string AddressKey(string? address) => "address:" + (address ?? "-");

    private static string AccountKey(string userName) => "account:" + userName.Trim().ToUpperInvariant();
}
