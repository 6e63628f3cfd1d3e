namespace SopDesk.Web.Layanan.Shell;

public enum Side { All, Public, Staff }

/// <summary>
/// "Sides:Serve" = All (default) | Public | Staff: one build, and an office may expose only the public side to the internet
/// and keep the back-office on its internal network (or the reverse). Public serves /layanan/**, the QR verification
/// (/verifikasi/**), static assets, the error pages and /health; Staff serves everything but /layanan/**. Anything else is
/// a 404, as if the page did not exist — decided here, before routing, in one place.
/// </summary>
public static class ServedSides
{
    public const string HealthPath = "/health";

    private static readonly string[] PublicPrefixes = ["/layanan", "/verifikasi", "/_framework", "/_content", "/not-found", "/Error", HealthPath];
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".png", ".woff2", ".ico", ".svg" };

    public static Side Read(IConfiguration configuration) =>
        Enum.TryParse<Side>(configuration["Sides:Serve"], ignoreCase: true, out var side) ? side : Side.All;

    public static bool Serves(Side side, PathString path) => side switch
    {
        Side.Public => PublicPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || IsAsset(path),
        Side.Staff => !path.StartsWithSegments("/layanan", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    /// <summary>A file of wwwroot (stylesheets, fonts, the favicon); no page has a dot in its address.</summary>
    private static bool IsAsset(PathString path) => AssetExtensions.Contains(Path.GetExtension(path.Value ?? ""));

    public static WebApplication UseServedSides(this WebApplication app)
    {
        var side = Read(app.Configuration);
        app.MapGet(HealthPath, () => Results.Text("OK")).AllowAnonymous();
        if (side == Side.All) return app;
        app.Use(async (context, next) =>
        {
            if (Serves(side, context.Request.Path)) await next(context);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        return app;
    }
}
