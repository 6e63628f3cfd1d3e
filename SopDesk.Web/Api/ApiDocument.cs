using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SopDesk.Web.Api;

/// <summary>
/// The OpenAPI document of /api/v1 (only those endpoints) at /openapi/v1.json, with the key's two header forms as security
/// schemes, and the Scalar reference page at /scalar served from this app alone (its bundled script, no CDN, no web fonts).
/// Both are public: they describe what decision 047 publishes anyway, and calling still needs a key.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/scalar";
    public const string BearerScheme = "Bearer", HeaderScheme = "X-Api-Key";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, o =>
        {
            o.ShouldInclude = d => ("/" + d.RelativePath).StartsWith(ApiEndpoints.Prefix + "/", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SopDesk API untuk instansi lain", Version = Name,
                    Description = "Interoperabilitas G2G/G2C/G2B. Setiap panggilan memerlukan kunci API instansi (dibuat administrator), dibatasi per menit, dan dicatat dalam jurnal.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [BearerScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Authorization: Bearer sdk_…",
                    },
                    [HeaderScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyFormat.HeaderName, Description = "X-Api-Key: sdk_…",
                    },
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] },
                ];
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        // Per request: the page's inline start-up script carries this response's CSP nonce (Security/SecurityHeaders).
        app.MapScalarApiReference(PagePath, (o, http) => o
                .WithTitle("SopDesk API — referensi")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(Name)
                .WithNonce(Security.SecurityHeaders.NonceOf(http))
                .DisableDefaultFonts() // the default fonts come from Scalar's CDN
                .DisableTelemetry().DisableAgent().DisableMcp())
            .AllowAnonymous();
        return app;
    }
}
