using System.Collections.Immutable;

namespace SopDesk.Workflows.Engine;

/// <summary>The signed-in officer giving a command: who, and which roles (lanes) they hold.</summary>
public sealed record Actor(string UserId, string Name, ImmutableHashSet<string> Roles)
{
    /// <summary>The officer's NIP, printed with a paraf or a signature (null for accounts without one).</summary>
    public string? Nip { get; init; }

    /// <summary>
    /// A member of the public acting on their own berkas from /layanan: they hold no role and may act only on steps of the
    /// SOP's applicant lane (ownership of the berkas is checked by the caller, as staff access is).
    /// </summary>
    public bool IsApplicant { get; init; }

    /// <summary>The journal's user id of a public account ("layanan:" + its id), never a staff id.</summary>
    public static Actor Applicant(Guid accountId, string name) =>
        new($"layanan:{accountId:N}", name, []) { IsApplicant = true };

    public static Actor Of(string userId, string name, params string[] roles) =>
        new(userId, name, [.. roles]);
}

/// <summary>An official marked absent now, and the officer named to act for them (Plh.), if one was named.</summary>
public sealed record Absence(string Role, string? ActingUserId);

/// <summary>
/// Facts about the office at the moment of the command that the engine cannot know by itself:
/// which officials are absent (so a substitution rule / Plh applies) and which roles supervise others
/// (they may reassign and dispose work items).
/// </summary>
public sealed record OfficeContext(ImmutableArray<Absence> Absences)
{
    /// <summary>Roles that may reassign an item or dispose it to a named officer.</summary>
    public static ImmutableHashSet<string> DefaultSupervisorRoles { get; } = ["kasi", "kabid", "sekretaris", "kepala-dinas"];

    public ImmutableHashSet<string> SupervisorRoles { get; init; } = DefaultSupervisorRoles;

    public static OfficeContext Normal { get; } = new(ImmutableArray<Absence>.Empty);

    /// <summary>These roles are absent; any holder of the substituting role may act (no Plh named).</summary>
    public static OfficeContext WithAbsent(params string[] roles) => new([.. roles.Select(r => new Absence(r, null))]);

    public bool IsSupervisor(Actor actor) => actor.Roles.Overlaps(SupervisorRoles);

    /// <summary>Is the holder of <paramref name="role"/> absent, with <paramref name="actor"/> allowed to stand in (no Plh named, or named them)?</summary>
    public bool MayActFor(string role, Actor actor) =>
        Absences.Any(a => a.Role == role && (a.ActingUserId is null || a.ActingUserId == actor.UserId));
}
