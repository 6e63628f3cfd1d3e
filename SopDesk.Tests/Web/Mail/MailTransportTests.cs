using MimeKit;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Mail;

namespace SopDesk.Tests.Web.Mail;

/// <summary>The two transports: MailKit to an SMTP server (the test sink), and .eml files in the pickup folder.</summary>
public sealed class MailTransportTests
{
    private const string IndonesianBody = "Yth. Siti Aminah,\n\nBerkas Anda dikembalikan: pas foto kurang jelas — mohon unggah ulang (batas 2 hari kerja).\n";

    private static OutgoingMailRecord Mail(long id) => new()
    {
        Id = id, To = "siti.aminah@contoh.id", Subject = "Berkas 503/48/0007: perlu dilengkapi — pas foto", TextBody = IndonesianBody,
        Kind = "status-berkas", CreatedAt = MailBed.Start,
    };

    [Fact]
    public async Task The_SMTP_transport_delivers_the_subject_the_UTF8_body_and_the_configured_sender()
    {
        using var sink = SmtpSink.Start();
        var settings = MailBed.Settings(sink);

        await new SmtpMailTransport(settings).SendAsync(MailComposer.Compose(settings, Mail(7), MailBed.Start), CancellationToken.None);

        var received = sink.Messages.ShouldHaveSingleItem();
        received.To.ShouldBe(["siti.aminah@contoh.id"]);
        received.Subject.ShouldBe("Berkas 503/48/0007: perlu dilengkapi — pas foto");
        received.Body.Replace("\r\n", "\n").ShouldBe(IndonesianBody);
        received.From.ShouldBe("\"Layanan Online Disnaker\" <layanan@disnaker.contoh.go.id>");
        received.Message.BodyParts.OfType<TextPart>().Single().ContentType.Charset.ShouldBe("utf-8");
    }

    [Fact]
    public async Task The_pickup_folder_gets_one_parseable_eml_file_per_message()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sopdesk-mail-{Guid.NewGuid():N}", "App_Data", "mail");
        try
        {
            var settings = MailBed.Settings() with { Route = MailRoute.PickupFolder, PickupFolder = folder };
            var transport = new PickupFolderTransport(settings);
            await transport.SendAsync(MailComposer.Compose(settings, Mail(1), MailBed.Start), CancellationToken.None);
            await transport.SendAsync(MailComposer.Compose(settings, Mail(2), MailBed.Start), CancellationToken.None);

            var files = Directory.GetFiles(folder);
            files.Length.ShouldBe(2);
            files.ShouldAllBe(f => f.EndsWith(".eml"));
            var parsed = await MimeMessage.LoadAsync(files[0]);
            parsed.Subject.ShouldBe("Berkas 503/48/0007: perlu dilengkapi — pas foto");
            parsed.TextBody!.Replace("\r\n", "\n").ShouldBe(IndonesianBody);
            parsed.To.Mailboxes.Single().Address.ShouldBe("siti.aminah@contoh.id");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, recursive: true);
        }
    }
}
