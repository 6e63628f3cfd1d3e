using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// Screenshots of the job market pages for docs/img/pasar-kerja/, taken only when SOPDESK_SCREENSHOTS=1 (CI does not need them).
/// Every page a journey passes is also checked for sideways scrolling: that check always runs.
/// </summary>
public static class JobMarketScreens
{
    public static bool Enabled => Environment.GetEnvironmentVariable("SOPDESK_SCREENSHOTS") == "1";

    /// <summary>docs/img/pasar-kerja of the repository: the first folder above the test binaries that holds SopDesk.Tests.</summary>
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "SopDesk.Tests"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "docs", "img", "pasar-kerja");
        }
    }

    /// <summary>Writes <c>{name}-{width}.png</c> of the whole page when enabled.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        if (!Enabled) return;
        Directory.CreateDirectory(Folder);
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true, Scale = ScreenshotScale.Css });
    }

    /// <summary>Nothing on the page is wider than its window (no sideways scrolling), then a screenshot when enabled.</summary>
    public static async Task FitsAndShootAsync(IPage page, string name)
    {
        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        fits.ShouldBeTrue($"{page.Url} scrolls sideways at {page.ViewportSize?.Width} px");
        await ShootAsync(page, name);
    }

    /// <summary>Opens the same address in a desktop page (1366 px) and screenshots it, when enabled.</summary>
    public static async Task DesktopAsync(IPage? desktop, string url, string name)
    {
        if (!Enabled || desktop is null) return;
        await desktop.GotoAsync(url);
        await FitsAndShootAsync(desktop, name);
    }
}
