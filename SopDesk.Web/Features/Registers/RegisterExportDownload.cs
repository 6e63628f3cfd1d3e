using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Web.Features.Registers;

/// <summary>GET /register/unduhan/{id}: the written export file, once, only to the officer who started it while their roles allow; from any node.</summary>
public static class RegisterExportDownload
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, RegisterExports exports) =>
        await exports.TakeFileAsync(http.User, id, http.RequestAborted) is { } file
            ? Results.File(file.Content, RegisterExcelWriter.ContentType, file.FileName)
            : Results.NotFound();
}
