namespace SopDesk.Tests.Web.Layanan;

/// <summary>One app for the public-account tests that need no special settings (each test uses its own NIK, email and phone).</summary>
public sealed class LayananAppFixture : IAsyncLifetime
{
    public SopDeskAppFactory App { get; } = new();

    public Task InitializeAsync()
    {
        App.CreateClient().Dispose(); // starts and seeds the app once
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
