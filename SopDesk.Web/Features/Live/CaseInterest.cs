using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Live;

/// <summary>
/// What an open page listens for: changes in the lanes of these roles, changes to items this officer holds or gave, or
/// changes to one berkas. <see cref="CaseChange.Everyone"/> reaches every interest.
/// </summary>
public sealed record CaseInterest(IReadOnlyCollection<string> Roles, string? UserId, Guid? CaseId)
{
    /// <summary>
    /// An officer's inbox, counts or bell: their roles, the roles they may stand in for as Plh under any SOP's substitution
    /// rule (whether or not the official is absent now — a wider net, so an absence starting or ending needs no
    /// re-subscription), and their own user id.
    /// </summary>
    public static CaseInterest ForOfficer(Actor actor, IEnumerable<SopDefinition> definitions) =>
        new([.. actor.Roles.Concat(definitions.SelectMany(d => d.Substitutions).Where(s => actor.Roles.Contains(s.ActingRole)).Select(s => s.Role)).Distinct()],
            actor.UserId, null);

    /// <summary>The berkas page of one berkas.</summary>
    public static CaseInterest ForCase(Guid caseId) => new([], null, caseId);

    /// <summary>Does <paramref name="change"/> concern this interest? (The dispatcher answers the same by index.)</summary>
    public bool IsConcernedBy(CaseChange change) =>
        change.Everyone || CaseId == change.CaseId || (UserId is not null && change.UserIds.Contains(UserId)) || Roles.Any(change.Roles.Contains);
}
