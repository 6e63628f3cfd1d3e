using System.Net;
using SopDesk.Tests.Web.Documents;

namespace SopDesk.Tests.Web.Api;

/// <summary>Calls per minute are counted per key: one institution's burst gets 429 with Retry-After; another key is not touched.</summary>
public sealed class ApiRateLimitTests : IAsyncLifetime
{
    private readonly SopDeskAppFactory _app = new() { Settings = new Dictionary<string, string> { ["Api:CallsPerMinute"] = "3" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public async Task The_fourth_call_in_a_minute_gets_429_with_Retry_After_and_another_key_still_works()
    {
        var (key, keyId) = await ApiBed.KeyAsync(_app);
        var client = ApiBed.Client(_app, key);
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/v1/vacancies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await client.GetAsync("/api/v1/vacancies");
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        (await ApiBed.Client(_app, (await ApiBed.KeyAsync(_app)).Key).GetAsync("/api/v1/vacancies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiBed.JournalAsync(_app, keyId)).Select(l => l.Detail[^3..]).ShouldBe(["200", "200", "200", "429"]);
    }
}
