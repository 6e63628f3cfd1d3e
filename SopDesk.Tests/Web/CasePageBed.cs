using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web;

/// <summary>What a bUnit test of the berkas page needs: MudBlazor, authorization, the office's services and the six SOPs.</summary>
internal static class CasePageBed
{
    public static async Task<BunitAuthorizationContext> SetUpAsync(BunitContext context, TempDatabase database)
    {
        var auth = context.AddAuthorization();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddOfficeCore(database, TimeProvider.System);
        context.Services.AddScoped<CaseService>();
        context.Services.AddScoped<SopDesk.Web.Features.Uploads.UploadReviewService>(); // the berkas page's upload panel
        await context.Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
        return auth;
    }
}
