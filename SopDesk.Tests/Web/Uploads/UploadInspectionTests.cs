using System.Text;
using SkiaSharp;
using SopDesk.Web.Features.Uploads;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Uploads;

public sealed class UploadInspectionTests
{
    private static readonly UploadDefinition Ktp = new() { Id = "ktp", Label = "KTP" };
    private static readonly UploadDefinition Photo = new() { Id = "pas-foto", Label = "Pas foto 3×4", Accept = [UploadType.Jpeg, UploadType.Png], Photo = true };

    private static Task<UploadCheck> Inspect(UploadDefinition declared, string name, byte[] bytes) =>
        new UploadService(new UploadSettings(Path.Combine(Path.GetTempPath(), "sopdesk-upload-unit")), Microsoft.Extensions.Logging.Abstractions.NullLogger<UploadService>.Instance)
            .InspectAsync(declared, name, new MemoryStream(bytes));

    [Fact]
    public async Task A_jpeg_is_accepted_and_re_encoded_as_jpeg()
    {
        var check = await Inspect(Ktp, "ktp saya.jpeg", TestFiles.Jpeg());
        check.Message.ShouldBeNull();
        check.ContentType.ShouldBe("image/jpeg");
        check.FileName.ShouldBe("ktp saya.jpg");
        using var decoded = SKBitmap.Decode(check.Bytes);
        (decoded.Width, decoded.Height).ShouldBe((400, 300));
    }

    [Fact]
    public async Task A_png_document_stays_png()
    {
        var check = await Inspect(Ktp, "scan.png", TestFiles.Png());
        check.Message.ShouldBeNull();
        check.ContentType.ShouldBe("image/png");
        SKBitmap.Decode(check.Bytes).Width.ShouldBe(400);
    }

    [Fact]
    public async Task A_pdf_is_accepted_and_kept_as_received()
    {
        var pdf = TestFiles.Pdf();
        var check = await Inspect(Ktp, "../../etc/ijazah.pdf", pdf);
        check.Message.ShouldBeNull();
        check.ContentType.ShouldBe("application/pdf");
        check.Bytes.ShouldBe(pdf);
        check.FileName.ShouldBe("ijazah.pdf");
    }

    [Fact]
    public async Task Html_is_refused_whatever_its_name()
    {
        var check = await Inspect(Ktp, "ktp.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>"u8.ToArray());
        check.Message.ShouldBe("KTP: berkas HTML/SVG (teks berisi kode) tidak diterima; yang diterima: JPEG, PNG atau PDF");
    }

    [Fact]
    public async Task Svg_is_refused()
    {
        var svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>";
        var check = await Inspect(Photo, "foto.png", Encoding.UTF8.GetBytes(svg));
        check.Message.ShouldBe("Pas foto 3×4: berkas HTML/SVG (teks berisi kode) tidak diterima; yang diterima: JPEG atau PNG");
    }

    [Fact]
    public async Task A_jpeg_with_a_script_appended_is_refused_as_a_polyglot()
    {
        var polyglot = TestFiles.Jpeg().Concat("<script>fetch('/berkas')</script>"u8.ToArray()).ToArray();
        var check = await Inspect(Ktp, "ktp.jpg", polyglot);
        check.Message.ShouldBe("KTP: gambar ini membawa kode HTML/skrip di belakang datanya (berkas ganda) dan tidak diterima");
    }

    [Fact]
    public async Task A_png_with_html_after_its_end_is_refused()
    {
        var polyglot = TestFiles.Png().Concat("<html><body>x</body></html>"u8.ToArray()).ToArray();
        (await Inspect(Ktp, "ktp.png", polyglot)).Message!.ShouldContain("di belakang datanya");
    }

    [Fact]
    public async Task A_harmless_trailer_after_a_jpeg_is_dropped_not_refused()
    {
        var withTrailer = TestFiles.Jpeg().Concat(new byte[] { 1, 2, 3, 4, 5 }).ToArray();
        var check = await Inspect(Ktp, "ktp.jpg", withTrailer);
        check.Message.ShouldBeNull();
    }

    [Fact]
    public async Task A_pdf_with_html_before_its_header_is_refused()
    {
        var polyglot = "<html><script>alert(1)</script></html>\n"u8.ToArray().Concat(TestFiles.Pdf()).ToArray();
        (await Inspect(Ktp, "ijazah.pdf", polyglot)).Message.ShouldBe("KTP: berkas HTML/SVG (teks berisi kode) tidak diterima; yang diterima: JPEG, PNG atau PDF");
    }

    [Fact]
    public async Task A_pdf_with_other_data_before_its_header_is_refused()
    {
        var polyglot = new byte[] { 0x50, 0x4B, 3, 4, 0, 0 }.Concat(TestFiles.Pdf()).ToArray();
        (await Inspect(Ktp, "ijazah.pdf", polyglot)).Message.ShouldBe("KTP: ada data lain sebelum awal PDF (berkas ganda) sehingga tidak diterima; simpan ulang sebagai PDF biasa");
    }

    [Fact]
    public async Task A_pdf_carrying_markup_is_refused()
    {
        var pdf = TestFiles.Pdf().Concat("\n% <svg onload=alert(1)>\n"u8.ToArray()).ToArray();
        (await Inspect(Ktp, "ijazah.pdf", pdf)).Message.ShouldBe("KTP: PDF ini berisi kode HTML/skrip dan tidak diterima");
    }

    [Fact]
    public async Task A_broken_pdf_is_refused()
    {
        var broken = "%PDF-1.7\nthis is not a pdf at all\n%%EOF"u8.ToArray();
        (await Inspect(Ktp, "ijazah.pdf", broken)).Message.ShouldBe("KTP: PDF ini rusak dan tidak dapat dibuka");
    }

    [Fact]
    public async Task A_renamed_program_is_refused()
    {
        var exe = "MZ"u8.ToArray().Concat(new byte[200]).ToArray();
        (await Inspect(Ktp, "ktp.jpg", exe)).Message.ShouldBe("KTP: berkas ini adalah program, bukan dokumen; yang diterima: JPEG, PNG atau PDF");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        (await Inspect(Ktp, "ktp.jpg", [])).Message.ShouldBe("KTP: berkas kosong (0 byte); pilih berkas lain");
    }

    [Fact]
    public async Task A_jpeg_skia_cannot_decode_is_refused()
    {
        var fake = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.Concat(Enumerable.Repeat((byte)0x41, 500)).ToArray();
        (await Inspect(Ktp, "ktp.jpg", fake)).Message!.ShouldStartWith("KTP: berkas JPEG ");
    }

    [Fact]
    public async Task A_type_the_declaration_does_not_accept_is_refused()
    {
        (await Inspect(Photo, "foto.pdf", TestFiles.Pdf())).Message.ShouldBe("Pas foto 3×4: berkas PDF tidak diterima untuk dokumen ini; yang diterima: JPEG atau PNG");
    }

    [Fact]
    public async Task A_10_mb_file_is_refused_with_its_size_and_the_limit()
    {
        var big = TestFiles.Jpeg().Concat(new byte[10 * 1024 * 1024]).ToArray();
        var check = await Inspect(Photo, "foto.jpg", big);
        check.Message.ShouldBe("Pas foto 3×4: berkas 10 MB melebihi batas 2 MB");
    }

    [Fact]
    public async Task An_unbounded_stream_is_read_only_to_the_limit_plus_one_byte()
    {
        var endless = new EndlessStream();
        var service = new UploadService(new UploadSettings(Path.Combine(Path.GetTempPath(), "sopdesk-upload-unit")), Microsoft.Extensions.Logging.Abstractions.NullLogger<UploadService>.Instance);
        var check = await service.InspectAsync(Ktp, "ktp.jpg", endless);
        check.Message.ShouldBe("KTP: berkas melebihi batas 2 MB");
        endless.Taken.ShouldBe(2048L * 1024 + 1);
    }

    [Fact]
    public async Task Exif_is_gone_from_a_stored_image_and_its_rotation_applied()
    {
        var jpeg = TestFiles.JpegWithExif(TestFiles.Jpeg(400, 300), orientation: 6, "GPS-SECRET-DESCRIPTION", "SECRET-COMMENT");
        using (var codec = SKCodec.Create(new MemoryStream(jpeg))) codec.EncodedOrigin.ShouldBe(SKEncodedOrigin.RightTop); // the test file is what it claims

        var check = await Inspect(Ktp, "ktp.jpg", jpeg);

        check.Message.ShouldBeNull();
        TestFiles.Contains(check.Bytes, "Exif").ShouldBeFalse();
        TestFiles.Contains(check.Bytes, "GPS-SECRET-DESCRIPTION").ShouldBeFalse();
        TestFiles.Contains(check.Bytes, "SECRET-COMMENT").ShouldBeFalse();
        using var stored = SKCodec.Create(new MemoryStream(check.Bytes));
        stored.EncodedOrigin.ShouldBe(SKEncodedOrigin.TopLeft);
        using var bitmap = SKBitmap.Decode(check.Bytes);
        (bitmap.Width, bitmap.Height).ShouldBe((300, 400)); // turned a quarter clockwise
        IsRed(bitmap.GetPixel(150, 20)).ShouldBeTrue(); // the left (red) half is now on top
        IsBlue(bitmap.GetPixel(150, 380)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_pas_foto_is_exactly_354_by_472_jpeg_without_metadata()
    {
        var png = TestFiles.Png(1000, 600);
        var check = await Inspect(Photo, "foto.png", png);
        check.Message.ShouldBeNull();
        check.ContentType.ShouldBe("image/jpeg");
        check.FileName.ShouldBe("foto.jpg");
        using var bitmap = SKBitmap.Decode(check.Bytes);
        (bitmap.Width, bitmap.Height).ShouldBe((354, 472));
        // Centre crop of a landscape picture: its middle (where red meets blue) stays in the middle.
        IsRed(bitmap.GetPixel(20, 236)).ShouldBeTrue();
        IsBlue(bitmap.GetPixel(334, 236)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_big_scan_is_scaled_down_to_2000_px()
    {
        var check = await Inspect(Ktp, "ktp.jpg", TestFiles.Jpeg(3000, 1500));
        using var bitmap = SKBitmap.Decode(check.Bytes);
        (bitmap.Width, bitmap.Height).ShouldBe((2000, 1000));
    }

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Blue < 60;
    private static bool IsBlue(SKColor c) => c.Blue > 200 && c.Red < 60;

    /// <summary>A stream that never ends (a client that keeps sending): counts what was taken from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Taken { get; private set; }
        public override int Read(byte[] buffer, int offset, int count) { Array.Fill(buffer, (byte)0xFF, offset, count); Taken += count; return count; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
