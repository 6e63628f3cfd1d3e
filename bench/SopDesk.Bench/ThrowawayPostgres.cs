using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SopDesk.Bench;

/// <summary>
/// A PostgreSQL cluster of the bench's own (tools/pg/start.sh: a temp folder, a free port of 55522–55529), stopped and
/// deleted on dispose; or, with <c>SOPDESK_BENCH_PG</c> set to a server's connection string, that server (left running).
/// Each run gets a database of its own.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string? _folder;

    private ThrowawayPostgres(string server, string? folder) => (Server, _folder) = (server, folder);

    /// <summary>The server's connection string (database postgres).</summary>
    public string Server { get; }

    /// <summary>A server started elsewhere (tests: the one test.sh started), left running on dispose.</summary>
    public static ThrowawayPostgres On(string server) => new(server, null);

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("SOPDESK_BENCH_PG") is { Length: > 0 } given) return new ThrowawayPostgres(given, null);
        var folder = Path.Combine("/tmp", $"pg-pgsql-bench-{Guid.NewGuid():N}");
        var output = await RunAsync(Script("start.sh"), folder, FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ThrowawayPostgres(output.Trim().Split('\n')[^1].Trim(), folder);
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> NewDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is not null) await RunAsync(Script("stop.sh"), _folder, "--delete");
    }

    private static int FreePort()
    {
        for (var port = 55522; port <= 55529; port++)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try the next of this helper's ports
            }
        }
        throw new InvalidOperationException("No free port in 55522–55529 for the bench's PostgreSQL.");
    }

    /// <summary>tools/pg/&lt;name&gt; of the checkout the bench runs from.</summary>
    private static string Script(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "tools", "pg", name))) return Path.Combine(dir.FullName, "tools", "pg", name);
        throw new FileNotFoundException($"tools/pg/{name} not found above {AppContext.BaseDirectory}");
    }

    private static async Task<string> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}");
        return output;
    }
}
