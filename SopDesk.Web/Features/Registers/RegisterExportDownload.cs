using System.Security.Claims;
using SopDesk.Web.Features.Registers.Export;

namespace SopDesk.Web.Features.Registers;

/// <summary>GET /register/unduhan/{id}: the written export file, once, only to the officer who started it; deleted once sent.</summary>
public static class RegisterExportDownload
{
    public static IResult Handle(Guid id, HttpContext http, RegisterExports exports)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || exports.Find(id, userId) is not { Done: true } job || exports.TakeFile(id, userId) is not { } file) return Results.NotFound();
        return Results.Stream(file, RegisterExcelWriter.ContentType, job.FileName);
    }
}
