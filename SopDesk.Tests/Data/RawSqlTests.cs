using Microsoft.EntityFrameworkCore;
using SopDesk.Data;

namespace SopDesk.Tests.Data;

/// <summary>
/// RawSql's turn-taking on the run's provider (decision 044): a second writer of a key waits until the first commits —
/// SQLite by its single writer (any key), PostgreSQL by an advisory lock on the key (other keys go on at once).
/// </summary>
public sealed class RawSqlTests : IAsyncLifetime
{
    private static readonly TimeSpan Blocked = TimeSpan.FromMilliseconds(400);
    private TempDatabase _database = default!;

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Begins a transaction and takes the key's turn on a new context; the context and its transaction stay open.</summary>
    private async Task<SopDeskDbContext> TakeTurnAsync(string key)
    {
        var db = _database.NewContext();
        await db.Database.BeginTransactionAsync();
        await db.Database.TakeTurnAsync(key, default);
        return db;
    }

    [Fact]
    public async Task A_second_writer_of_the_same_key_waits_until_the_first_commits()
    {
        await using var first = await TakeTurnAsync("turn:a");

        var second = Task.Run(() => TakeTurnAsync("turn:a")); // SQLite waits for its lock synchronously
        (await Task.WhenAny(second, Task.Delay(Blocked))).ShouldNotBe(second);
        await first.Database.CommitTransactionAsync();

        await using var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await granted.Database.CommitTransactionAsync();
    }

    [Fact]
    public async Task Another_key_waits_only_where_the_database_has_one_writer()
    {
        await using var first = await TakeTurnAsync("turn:a");

        var other = Task.Run(() => TakeTurnAsync("turn:b"));
        var finished = await Task.WhenAny(other, Task.Delay(Blocked));
        (finished == other).ShouldBe(TempDatabase.OnPostgres);
        await first.Database.CommitTransactionAsync();

        await using var granted = await other.WaitAsync(TimeSpan.FromSeconds(10));
        await granted.Database.CommitTransactionAsync();
    }
}
