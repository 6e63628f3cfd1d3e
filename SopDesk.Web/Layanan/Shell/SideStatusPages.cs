namespace SopDesk.Web.Layanan.Shell;

/// <summary>
/// An error status without a body (404 …) is answered by a page of the side it was asked on: the public side's own page
/// (its layout, no link into the back-office) under /layanan, the staff page elsewhere.
/// </summary>
public static class SideStatusPages
{
    public const string PublicNotFoundPath = "/layanan/tidak-ditemukan";

    public static WebApplication UseSideStatusPages(this WebApplication app)
    {
        var side = ServedSides.Read(app.Configuration);
        // On a staff-only instance /layanan does not exist, so its refusal gets the staff page too.
        bool IsPublic(HttpContext c) => c.Request.Path.StartsWithSegments("/layanan") && ServedSides.Serves(side, c.Request.Path);
        app.UseWhen(IsPublic, branch => branch.UseStatusCodePagesWithReExecute(PublicNotFoundPath, createScopeForStatusCodePages: true));
        app.UseWhen(c => !IsPublic(c), branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        return app;
    }
}
