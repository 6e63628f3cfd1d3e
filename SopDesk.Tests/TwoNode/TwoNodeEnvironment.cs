namespace SopDesk.Tests.TwoNode;

/// <summary>
/// What tools/two-node/test.sh started, handed to the tests by environment variables. The normal run leaves these tests
/// out by their category (<c>--filter "Category!=TwoNode"</c>); run without the script they fail and say why, never pass
/// silently.
/// </summary>
public static class TwoNodeEnvironment
{
    public const string Category = "TwoNode";

    /// <summary>The shared PostgreSQL's connection string (SOPDESK_TWO_NODE_PG).</summary>
    public static string Postgres => Required("SOPDESK_TWO_NODE_PG");
    /// <summary>Node A's and node B's own addresses, and the sticky proxy's (SOPDESK_TWO_NODE_A, _B, _PROXY).</summary>
    public static string NodeA => Required("SOPDESK_TWO_NODE_A");
    public static string NodeB => Required("SOPDESK_TWO_NODE_B");
    public static string Proxy => Required("SOPDESK_TWO_NODE_PROXY");
    /// <summary>The folder where the script keeps each node's current process id (node-a.pid, node-b.pid); it restarts a killed node.</summary>
    public static string RunFolder => Required("SOPDESK_TWO_NODE_RUN");

    public static int ProcessId(string node) => int.Parse(File.ReadAllText(Path.Combine(RunFolder, $"{node}.pid")).Trim());

    private static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value
        : throw new InvalidOperationException($"{name} is not set: the two-node tests run from tools/two-node/test.sh (the normal run filters Category!=TwoNode).");
}
