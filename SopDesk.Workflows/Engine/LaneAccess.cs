using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// Who may act on a step: a holder of one of the lane's roles, or — under a substitution rule while the
/// official is absent — the acting role, recorded as "Plh. &lt;role&gt;". When the absence names a Plh,
/// only that officer acts; otherwise any holder of the substituting role does.
/// </summary>
public static class LaneAccess
{
    /// <summary>The capacity the actor acts in on <paramref name="step"/>, or null when they may not.</summary>
    public static string? ActingAs(SopDefinition definition, Step step, Actor actor, OfficeContext office)
    {
        var lane = definition.Lane(step.Lane);
        if (actor.IsApplicant)
            return lane.Party == LaneParty.Applicant && definition.Online is not null ? lane.Id : null;
        var own = lane.Roles.FirstOrDefault(actor.Roles.Contains);
        if (own is not null) return own;

        var substitution = definition.Substitutions.FirstOrDefault(s =>
            actor.Roles.Contains(s.ActingRole)
            && lane.Roles.Contains(s.Role)
            && (s.Steps.IsDefaultOrEmpty || s.Steps.Contains(step.Id))
            && office.MayActFor(s.Role, actor));
        return substitution is null ? null : $"Plh. {substitution.Role}";
    }
}
