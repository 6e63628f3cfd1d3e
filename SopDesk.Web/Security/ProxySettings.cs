using System.Net;

namespace SopDesk.Web.Security;

/// <summary>
/// The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto SopDesk believes: "ForwardedHeaders:KnownProxies"
/// (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR ranges), each a list or one comma-separated value. None
/// configured: the headers are ignored, since anyone could send them to a server reached directly.
/// </summary>
public sealed record ProxySettings(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks)
{
    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    public static ProxySettings Read(IConfiguration configuration) => new(
        [.. Values(configuration.GetSection("ForwardedHeaders:KnownProxies")).Select(IPAddress.Parse)],
        [.. Values(configuration.GetSection("ForwardedHeaders:KnownNetworks")).Select(n => IPNetwork.Parse(n))]);

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Select(v => v.Trim()).Where(v => v.Length > 0);
}
