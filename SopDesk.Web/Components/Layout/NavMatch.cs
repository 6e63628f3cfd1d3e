using Microsoft.AspNetCore.Components;

namespace SopDesk.Web.Components.Layout;

/// <summary>NavLink's rule for the active link, for menus written as plain anchors: the path (no query, no fragment) equals
/// the link's, or — unless <c>all</c> — continues it after a '/'. Case-insensitive, like NavLink.</summary>
public static class NavMatch
{
    public static bool IsActive(NavigationManager navigation, string href, bool all) => IsActive(navigation.ToBaseRelativePath(navigation.Uri), href, all);

    public static bool IsActive(string relativeUri, string href, bool all)
    {
        var path = relativeUri.Split('?', '#')[0].Trim('/');
        var target = href.Trim('/');
        if (path.Equals(target, StringComparison.OrdinalIgnoreCase)) return true;
        return !all && (target.Length == 0 || path.StartsWith(target + "/", StringComparison.OrdinalIgnoreCase));
    }
}
