using System.Threading.Channels;

namespace SopDesk.Web.Features.Mail;

/// <summary>
/// "A mail was queued": whoever committed an outbox row may <see cref="Poke"/> so the dispatcher sends it in a moment instead of
/// at its next poll. Pokes while one is pending collapse into one; a lost poke only delays the mail to the next poll.
/// </summary>
public sealed class MailSignal
{
    private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Poke() => _pokes.Writer.TryWrite(true);

    /// <summary>Returns when poked or after <paramref name="timeout"/> on <paramref name="clock"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var poked = _pokes.Reader.WaitToReadAsync(wait.Token).AsTask();
        var elapsed = Task.Delay(timeout, clock, wait.Token);
        await Task.WhenAny(poked, elapsed);
        wait.Cancel();
        _pokes.Reader.TryRead(out _); // the pass that follows sends whatever this poke was for
        ct.ThrowIfCancellationRequested();
    }
}
