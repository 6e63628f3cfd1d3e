using Microsoft.AspNetCore.Components;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// A request for a page laid out by <see cref="DocumentLayout"/> (print pages, the verification page): static paper that
/// App.razor serves without the desk's MudBlazor stylesheet and scripts (decision 037).
/// </summary>
public static class PrintPages
{
    public static bool Of(HttpContext? http) =>
        http?.GetEndpoint()?.Metadata.GetMetadata<LayoutAttribute>()?.LayoutType == typeof(DocumentLayout);
}
