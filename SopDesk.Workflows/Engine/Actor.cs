using System.Collections.Immutable;

namespace SopDesk.Workflows.Engine;

/// <summary>The signed-in officer giving a command: who, and which roles (lanes) they hold.</summary>
public sealed record Actor(string UserId, string Name, ImmutableHashSet<string> Roles)
{
    public static Actor Of(string userId, string name, params string[] roles) =>
        new(userId, name, [.. roles]);
}

/// <summary>
/// Facts about the office at the moment of the command that the engine cannot know by itself:
/// which officials are absent (so a substitution rule / Plh applies).
/// </summary>
public sealed record OfficeContext(ImmutableHashSet<string> AbsentRoles)
{
    public static OfficeContext Normal { get; } = new(ImmutableHashSet<string>.Empty);

    public static OfficeContext WithAbsent(params string[] roles) => new([.. roles]);
}
