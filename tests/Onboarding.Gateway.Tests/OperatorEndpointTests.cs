using System.Net;
using System.Net.Sockets;
using System.Text;
using Onboarding.Gateway.Tests.Infrastructure;

namespace Onboarding.Gateway.Tests;

/// <summary>
/// Operator endpoints (roster import, test mails, help-desk unlocks, re-drives, ...) are not routable through the member
/// gateway, however the path is spelt. The requests are written byte for byte on a real Kestrel connection, because
/// HttpClient would tidy dot segments and escapes before they ever reached the gateway.
/// </summary>
public sealed class OperatorEndpointTests : IAsyncLifetime
{
    private readonly Dictionary<string, FakeService> _services = [];
    private KestrelGatewayFactory _gateway = null!;

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "membership", "identity-portal", "wallet-link" })
        {
            _services[name] = await FakeService.StartAsync(name);
        }
        _gateway = KestrelGatewayFactory.WithSettings(_services.ToDictionary(
            service => $"services:{service.Key}:http:0", service => (string?)service.Value.BaseAddress.ToString()));
    }

    [Fact]
    public async Task No_spelling_of_an_operator_path_reaches_a_service()
    {
        (string method, string target)[] rows =
        [
            ("POST", "/api/membership/operator/roster-imports"),
            ("POST", "/api/membership/operator/test-emails"),
            ("GET", "/api/membership/operator"),
            ("POST", "/api/portal/operator/anything-added-later"),
            ("POST", "/api/wallet/operator/anything-added-later"),
            ("POST", "/API/Membership/OPERATOR/roster-imports"),
            ("POST", "/api/membership/Operator/roster-imports"),
            ("POST", "/api/membership/operator%2Froster-imports"),
            ("POST", "/api/membership/operator%2froster-imports"),
            ("POST", "/api/membership/operator%252Froster-imports"),
            ("POST", "/api/membership/%6Fperator/roster-imports"),
            ("POST", "/api/membership//operator/roster-imports"),
            ("POST", "/api/membership/./operator/roster-imports"),
            ("POST", "/api/membership/x/../operator/roster-imports"),
            ("POST", "/api/membership/%2e/operator/roster-imports"),
            ("POST", "/api/membership/operator./roster-imports"),
            ("POST", "/api/membership/operator%20/roster-imports"),
            ("POST", "/api/membership/operator;x=1/roster-imports"),
            ("POST", "/api/membership/operator%5Croster-imports"),
            ("POST", "/api/membership/%EF%BD%8F%EF%BD%90%EF%BD%85%EF%BD%92%EF%BD%81%EF%BD%94%EF%BD%8F%EF%BD%92/roster-imports"),
            ("POST", "http://localhost/api/membership/operator/roster-imports"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (method, target) = row;
            var (status, body) = await SendRawAsync(method, target);

            Assert.Equal(404, status);
            Assert.Contains("\"code\":\"not_found\"", body);
            Assert.All(_services.Values, service => Assert.Equal(0, service.RequestCount));
        });
    }

    [Fact]
    public async Task Member_paths_are_still_forwarded_and_never_carry_an_operator_key()
    {
        using var client = new HttpClient { BaseAddress = _gateway.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/membership/onboarding/7f1c");
        request.Headers.Add("X-Operator-Key", "guessed-or-stolen");

        var response = await client.SendAsync(request);
        var forwarded = ForwardedRequest.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/membership/onboarding/7f1c", forwarded.PathAndQuery);
        Assert.Equal("", forwarded.OperatorKey);
    }

    [Fact]
    public void Only_a_whole_operator_segment_is_refused()
    {
        string[] rows =
        [
            "/api/membership/operators-guide",
            "/api/membership/lookups/operator-x",
        ];

        Assert.All(rows, path =>
        {
            Assert.False(Onboarding.Gateway.Proxy.OperatorEndpointRefusal.IsOperatorPath(path));
        });
    }

    private async Task<(int Status, string Body)> SendRawAsync(string method, string target)
    {
        var address = _gateway.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var service in _services.Values)
        {
            await service.DisposeAsync();
        }
    }
}
