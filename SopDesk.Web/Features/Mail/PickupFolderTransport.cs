using MimeKit;

namespace SopDesk.Web.Features.Mail;

/// <summary>
/// Development without a mail server: each message becomes an .eml file in the pickup folder (open it with any mail reader).
/// Written under a temporary name and renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderTransport(MailSettings settings) : IMailTransport
{
    public string Folder => settings.PickupFolder;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await using (var file = File.Create(temporary))
            await message.WriteToAsync(file, ct);
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
