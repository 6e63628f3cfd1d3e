namespace SopDesk.Web.Features.Shared;

/// <summary>One page of a paged list and the total count of rows matching the filter.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
