namespace SopDesk.Web.Security;

/// <summary>
/// The 10,000 most common passwords (data/common-passwords-top-10000.txt, SecLists; see data/README.md) and the
/// published demo password: none of them, nor one of them with digits or symbols added at the end, is a staff password.
/// </summary>
public sealed class CommonPasswords
{
    public const string DemoPassword = "SopDesk-Demo-2026";

    private const string Padding = "0123456789!@#$%^&*.,-_+=?~ ";
    private readonly HashSet<string> _common;

    public CommonPasswords(IEnumerable<string> passwords)
    {
        var listed = passwords.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        Count = listed.Count;
        _common = new HashSet<string>(listed.Append(DemoPassword), StringComparer.OrdinalIgnoreCase);
    }

    public static CommonPasswords Load() =>
        new(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "common-passwords-top-10000.txt")));

    /// <summary>How many passwords the list holds.</summary>
    public int Count { get; }

    /// <summary>True for a listed password, also in other letter case or followed by digits or symbols ("Password1234").</summary>
    public bool Contains(string password)
    {
        if (_common.Contains(password)) return true;
        for (var end = password.Length - 1; end >= 4 && Padding.Contains(password[end]); end--)
            if (_common.Contains(password[..end])) return true;
        return false;
    }
}
