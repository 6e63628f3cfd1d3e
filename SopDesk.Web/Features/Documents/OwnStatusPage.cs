using Microsoft.AspNetCore.Http.Metadata;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// Marks a page that explains its own 403/404 in Indonesian (an unknown verification code, a refused print) instead of
/// the app's generic status-code page. Blazor writes no body at all for a 404 set while a page renders, so the page
/// asks for its status through <see cref="OwnStatusPages.Answer"/> and <see cref="OwnStatusPages.UseOwnStatusPages"/> applies it after rendering.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OwnStatusPageAttribute : Attribute, ISkipStatusCodePagesMetadata;

public static class OwnStatusPages
{
    private const string StatusKey = "SopDesk.OwnStatus";

    /// <summary>Called by a page while it renders: the status its response will carry; never cached (personal data, a document's current state).</summary>
    public static void Answer(HttpContext http, int statusCode)
    {
        http.Items[StatusKey] = statusCode;
        http.Response.Headers.CacheControl = "no-store";
    }

    /// <summary>
    /// For pages marked <see cref="OwnStatusPageAttribute"/>: the page renders into a buffer as a 200, then goes out with
    /// the status it asked for. The pages are a few kilobytes; nothing streams.
    /// </summary>
    public static IApplicationBuilder UseOwnStatusPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OwnStatusPageAttribute>() is null)
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        if (context.Items[StatusKey] is int status && !context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status200OK)
            context.Response.StatusCode = status;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    });
}
