using System.Security.Claims;
using Microsoft.AspNetCore.Components;

namespace SopDesk.Web.Features.Documents;

/// <summary>A print page of one berkas: opens its document once per request (static rendering, so one journal line per view).</summary>
public abstract class DocumentPage<T> : ComponentBase where T : class
{
    [Parameter] public Guid CaseId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    protected DocumentOpening<T>? Opening { get; private set; }

    protected abstract Task<DocumentOpening<T>> OpenAsync(ClaimsPrincipal user, string? ipAddress);

    protected override async Task OnInitializedAsync()
    {
        Opening = await OpenAsync(HttpContext.User, HttpContext.Connection.RemoteIpAddress?.ToString());
        OwnStatusPages.Answer(HttpContext, Opening.StatusCode);
    }
}
