using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SopDesk.Tests.Web.Api;

/// <summary>The OpenAPI document describes /api/v1 alone with its key schemes; the Scalar page loads nothing from another origin.</summary>
public sealed partial class ApiDocumentTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    [Fact]
    public async Task The_document_lists_the_four_endpoints_and_the_api_key_schemes()
    {
        var response = await ApiBed.Client(app, null).GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ShouldBe(
            ["/api/v1/cases/status", "/api/v1/documents/verify", "/api/v1/reports/monthly", "/api/v1/vacancies"]);
        var schemes = json.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        schemes.GetProperty("X-Api-Key").GetProperty("in").GetString().ShouldBe("header");
        json.GetProperty("security").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task The_reference_page_loads_its_scripts_from_this_app_under_its_nonce_and_no_web_fonts()
    {
        var client = ApiBed.Client(app, null);
        var response = await client.GetAsync("/scalar/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldContain("\"withDefaultFonts\":false");
        var nonce = Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([0-9A-F]+)'").Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        var scripts = Script().Matches(html);
        scripts.Count.ShouldBe(3);
        scripts.ShouldAllBe(s => s.Groups["nonce"].Value == nonce);
        foreach (var src in scripts.Select(s => s.Groups["src"].Value).Where(s => s.Length > 0))
            (await client.GetAsync($"/scalar/{src}")).StatusCode.ShouldBe(HttpStatusCode.OK, src);
    }

    [GeneratedRegex("<script(?: type=\"module\")?(?: src=\"(?<src>[^\"]*)\")? nonce=\"(?<nonce>[^\"]*)\"")]
    private static partial Regex Script();
}
