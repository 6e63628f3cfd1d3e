using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SopDesk.Web.Features.Live;

namespace SopDesk.Web.Features.Nodes;

/// <summary>
/// A <see cref="CaseChange"/> as it travels between nodes: JSON with the sending node's id, so a node skips its own echo.
/// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a change too wide for it (hundreds of holders) travels as
/// "everyone" instead — more pages reload than needed, none misses it.
/// </summary>
public static class CaseChangeWire
{
    /// <summary>Below PostgreSQL's 8000-byte NOTIFY limit, with room to spare.</summary>
    public const int MaxBytes = 7800;

    private sealed record Message(string Node, Guid Case, string[] Roles, string[] Users, bool Everyone);

    public static string Write(string nodeId, CaseChange change)
    {
        var text = JsonSerializer.Serialize(new Message(nodeId, change.CaseId, [.. change.Roles], [.. change.UserIds], change.Everyone));
        return Encoding.UTF8.GetByteCount(text) <= MaxBytes ? text
            : JsonSerializer.Serialize(new Message(nodeId, change.CaseId, [], [], Everyone: true));
    }

    /// <summary>The change and the node that sent it; null for a payload that is not one.</summary>
    public static (string Node, CaseChange Change)? Read(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<Message>(payload) is not { Node: { } node } m) return null;
            return (node, new CaseChange(m.Case, [.. m.Roles ?? []], [.. m.Users ?? []]) { Everyone = m.Everyone });
        }
        catch (JsonException) { return null; }
    }
}
