using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using netDumbster.smtp;

namespace SopDesk.Tests.Web.Mail;

/// <summary>
/// A local SMTP server for tests (netDumbster) on a free loopback port, and what it received, parsed with MimeKit.
/// <code>
/// using var sink = SmtpSink.Start();
/// var app = new SopDeskAppFactory { Settings = sink.AppSettings(pollInterval: "00:00:00.200") };
/// … // the app queues a mail; its dispatcher sends it
/// var mail = await sink.WaitForAsync(to: "siti@contoh.id", subjectContains: "Konfirmasi");
/// var link = mail.FirstUrl; // e.g. the confirmation link, to open in the browser
/// </code>
/// <see cref="Stop"/> and <see cref="Start()"/> again (same port) play a mail server that is down for a while.
/// </summary>
public sealed partial class SmtpSink : IDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);
    private readonly List<SinkMail> _earlier = [];
    private SimpleSmtpServer? _server;

    private SmtpSink(int port) => (_server, Port) = (SimpleSmtpServer.Start(port), port);

    public string Host => "127.0.0.1";
    public int Port { get; }

    /// <summary>A sink listening on a free port.</summary>
    public static SmtpSink Start() => new(FreePort());

    /// <summary>Listens again on the same port after <see cref="Stop"/> (what it received before is kept).</summary>
    public void Restart()
    {
        if (_server is not null) return;
        _server = SimpleSmtpServer.Start(Port);
    }

    /// <summary>Stops listening: a send fails as with a mail server that is down.</summary>
    public void Stop()
    {
        if (_server is null) return;
        lock (_earlier) _earlier.AddRange(Parse(_server));
        _server.Stop();
        _server.Dispose();
        _server = null;
    }

    /// <summary>
    /// The configuration that sends the app's mail here (for <c>SopDeskAppFactory.Settings</c> or environment variables with "__"):
    /// Mail:Smtp:Host/Port/UseSsl, and optionally the dispatcher's poll interval and the public base URL for links.
    /// </summary>
    public Dictionary<string, string> AppSettings(string? pollInterval = null, string? publicBaseUrl = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Mail:Smtp:Host"] = Host, ["Mail:Smtp:Port"] = Port.ToString(), ["Mail:Smtp:UseSsl"] = "None",
        };
        if (pollInterval is not null) settings["Mail:PollInterval"] = pollInterval;
        if (publicBaseUrl is not null) settings["Mail:PublicBaseUrl"] = publicBaseUrl;
        return settings;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<SinkMail> Messages
    {
        get
        {
            lock (_earlier) return [.. _earlier, .. _server is null ? [] : Parse(_server)];
        }
    }

    /// <summary>
    /// The first message to <paramref name="to"/> (any recipient when null) whose subject contains <paramref name="subjectContains"/>,
    /// waiting for it up to <paramref name="timeout"/> (15 s by default); throws with what was received when none arrives.
    /// </summary>
    public async Task<SinkMail> WaitForAsync(string? to = null, string? subjectContains = null, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            var found = Messages.FirstOrDefault(m => (to is null || m.To.Contains(to, StringComparer.OrdinalIgnoreCase))
                && (subjectContains is null || m.Subject.Contains(subjectContains, StringComparison.Ordinal)));
            if (found is not null) return found;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"No mail to {to ?? "anyone"} with \"{subjectContains}\" in the subject; received: "
                    + string.Join("; ", Messages.Select(m => $"{string.Join(",", m.To)}: {m.Subject}")));
            await Task.Delay(50);
        }
    }

    public void Dispose() => Stop();

    /// <summary>A loopback port free now (also one nothing listens on, for a server that is down).</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static IEnumerable<SinkMail> Parse(SimpleSmtpServer server) => server.ReceivedEmail.Select(m => SinkMail.Parse(m.Data));
}

/// <summary>One received message: who from and to, the subject, the decoded text body, and the MimeKit message itself.</summary>
public sealed partial record SinkMail(string From, IReadOnlyList<string> To, string Subject, string Body, MimeMessage Message)
{
    /// <summary>The first http(s) address in the body (a confirmation or status link), or null.</summary>
    public string? FirstUrl => Url().Match(Body) is { Success: true } match ? match.Value : null;

    public static SinkMail Parse(string raw)
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
        return new SinkMail(message.From.Mailboxes.First().ToString(), [.. message.To.Mailboxes.Select(m => m.Address)], message.Subject ?? "",
            message.TextBody ?? "", message);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();
}
