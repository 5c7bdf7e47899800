using System.Net;
using System.Net.Http.Headers;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// On Kestrel, whose own limit is 30 MB a request, the roster page takes what membership takes (1 GiB): a 40 MB roster
/// reaches membership whole.
/// </summary>
public sealed class RosterUploadSizeTests : IAsyncLifetime
{
    private OperatorApiStandIn _standIn = null!;
    private ConsoleFactory _console = null!;

    public async Task InitializeAsync()
    {
        _standIn = await OperatorApiStandIn.StartAsync();
        _console = await ConsoleFactory.StartAsync(kestrel: true, settings: _standIn.Settings());
    }

    public async Task DisposeAsync()
    {
        await _console.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task A_roster_larger_than_kestrels_default_limit_reaches_membership_whole()
    {
        var (userName, password) = await _console.CreateStaffAsync(StaffRoles.Administrator);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = _console.BaseAddress };
        await StaffSession.EnrolAsync(client, userName, password);
        var roster = new byte[40 * 1024 * 1024];
        Random.Shared.NextBytes(roster);

        var token = StaffSession.AntiforgeryToken(await client.GetStringAsync("/roster"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("大きな名簿"), "reason" } };
        var part = new ByteArrayContent(roster);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "roster", "roster.csv");
        using var response = await client.PostAsync("/roster?handler=import", form);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.Location} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(roster.Length, _standIn.LastRoster?.Bytes.Length);
        Assert.True(roster.AsSpan().SequenceEqual(_standIn.LastRoster!.Value.Bytes));
    }
}
