using Microsoft.AspNetCore.Diagnostics;

namespace SopDesk.Web.Layanan;

/// <summary>Is this request on the public side (/layanan) — also when it is the error page shown for a /layanan address?</summary>
public static class PublicSide
{
    public const string Root = "/layanan";

    public static bool Of(HttpContext? http) =>
        http is not null && (http.Request.Path.StartsWithSegments(Root)
            || http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } original && original.StartsWith(Root, StringComparison.OrdinalIgnoreCase));
}
