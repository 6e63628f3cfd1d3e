using System.Net;
using Microsoft.Data.Sqlite;

namespace SopDesk.Tests.Web.Operations;

/// <summary>/healthz says whether the database answers, anonymously and without detail; /healthz/live only that the process serves.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_200_with_a_healthy_database_and_503_once_the_database_cannot_be_opened()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-health-{Guid.NewGuid():N}.db");
        await using var app = new SopDeskAppFactory { SharedDatabasePath = path };
        var client = app.CreateClient();
        var healthy = await client.GetAsync("/healthz");
        healthy.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await healthy.Content.ReadAsStringAsync()).ShouldBe("Healthy");

        // The database file becomes a folder: nothing can open it any more (pooled connections closed first).
        SqliteConnection.ClearAllPools();
        SopDeskAppFactory.DeleteDatabase(path);
        Directory.CreateDirectory(path);
        try
        {
            var down = await client.GetAsync("/healthz");
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await down.Content.ReadAsStringAsync()).ShouldBe("Unhealthy"); // no exception text, no path
            (await client.GetAsync("/healthz/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            Directory.Delete(path);
        }
    }
}
