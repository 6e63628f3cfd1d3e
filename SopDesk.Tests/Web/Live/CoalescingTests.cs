using SopDesk.Web.Features.Live;
using Shouldly;
using static SopDesk.Tests.Web.Live.LiveBed;

namespace SopDesk.Tests.Web.Live;

public class CoalescingTests
{
    private readonly Guid _case = Guid.NewGuid();

    [Fact]
    public async Task A_burst_while_a_reload_runs_becomes_one_more_reload_that_sees_the_last_state()
    {
        var events = NewEvents();
        var state = 0;
        var firstStarted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var seen = new List<int>();
        var page = Listener.On(events, CaseInterest.ForCase(_case), async _ =>
        {
            firstStarted.TrySetResult();
            await release.Task;
            lock (seen) seen.Add(Volatile.Read(ref state));
        });

        events.Publish(CaseChange.OnlyCase(_case));
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 1; i <= 50; i++)
        {
            Volatile.Write(ref state, i); // the database moves on, then says so
            events.Publish(CaseChange.OnlyCase(_case));
        }
        release.SetResult();
        await page.SettledAsync();

        page.Reloads.ShouldBe(2);
        seen.Last().ShouldBe(50);
    }

    [Fact]
    public async Task A_change_after_the_page_settled_is_not_lost()
    {
        var events = NewEvents();
        var page = Listener.On(events, CaseInterest.ForCase(_case));

        events.Publish(CaseChange.OnlyCase(_case));
        await page.SettledAsync();
        events.Publish(CaseChange.OnlyCase(_case));
        await page.SettledAsync();

        page.Reloads.ShouldBe(2);
    }

    [Fact]
    public async Task A_throwing_page_does_not_keep_the_others_from_hearing_nor_itself_from_the_next_change()
    {
        var events = NewEvents();
        var broken = Listener.On(events, CaseInterest.ForCase(_case), _ => throw new ObjectDisposedException("circuit"));
        var brokenAtOnce = events.Subscribe(CaseInterest.ForCase(_case), _ => throw new InvalidOperationException("sync"));
        var healthy = Listener.On(events, CaseInterest.ForCase(_case));

        events.Publish(CaseChange.OnlyCase(_case));
        await Task.WhenAll(broken.SettledAsync(), healthy.SettledAsync(), brokenAtOnce.Idle);
        events.Publish(CaseChange.OnlyCase(_case));
        await Task.WhenAll(broken.SettledAsync(), healthy.SettledAsync());

        healthy.Reloads.ShouldBe(2);
        broken.Reloads.ShouldBe(2);
    }
}
