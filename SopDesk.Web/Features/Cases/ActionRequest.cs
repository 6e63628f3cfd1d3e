using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>What the officer asked on the action form; the server decides whether it may be done.</summary>
public sealed record ActionRequest(Guid WorkItemId, CommandKind Command, string? OutcomeId, Dictionary<string, string> Values, string? Note)
{
    /// <summary>The officer named by a reassignment or disposisi.</summary>
    public string? ToUserId { get; init; }
}
