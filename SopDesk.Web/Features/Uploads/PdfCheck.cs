using PdfSharp.Pdf.IO;

namespace SopDesk.Web.Features.Uploads;

/// <summary>
/// Is the file a PDF a viewer will open, with nothing active in it? PDFsharp parses its structure (import mode: nothing is
/// rendered or run on the server); encrypted, broken, empty, scripted or markup-carrying files are refused. Stored as received.
/// </summary>
public static class PdfCheck
{
    /// <summary>Null when fine, else the reason (Indonesian, to follow "Label: berkas …").</summary>
    public static string? Problem(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (MarkupScan.ContainsMarkup(span)) return "PDF ini berisi kode HTML/skrip dan tidak diterima";
        if (span.IndexOf("/JavaScript"u8) >= 0 || span.IndexOf("/Launch"u8) >= 0) return "PDF ini berisi skrip atau perintah otomatis dan tidak diterima";
        if (span.IndexOf("/Encrypt"u8) >= 0) return "PDF ini terkunci/terenkripsi; unggah PDF tanpa kata sandi";
        var encrypted = false;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import, args => { encrypted = true; args.Abort = true; });
            if (document.PageCount == 0) return "PDF ini tidak memiliki halaman";
        }
        catch (Exception) when (encrypted)
        {
            return "PDF ini terkunci/terenkripsi; unggah PDF tanpa kata sandi";
        }
        catch (Exception)
        {
            return "PDF ini rusak dan tidak dapat dibuka";
        }
        return null;
    }
}
