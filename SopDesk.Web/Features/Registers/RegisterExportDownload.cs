using System.Security.Claims;
using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Web.Features.Registers;

/// <summary>GET /register/unduhan/{id}: the written export file, only to the officer who started it.</summary>
public static class RegisterExportDownload
{
    public static IResult Handle(Guid id, HttpContext http, RegisterExports exports)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || exports.Find(id, userId) is not { Done: true } job || !File.Exists(job.Path)) return Results.NotFound();
        return Results.File(job.Path, RegisterExcelWriter.ContentType, job.FileName);
    }
}
