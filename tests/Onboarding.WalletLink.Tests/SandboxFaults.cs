using System.Net.Http.Json;

namespace Onboarding.WalletLink.Tests;

/// <summary>The sandbox's fault injection, set as an operator does (<c>PUT /sandbox/faults</c>).</summary>
public static class SandboxFaults
{
    public static async Task SetAsync(SandboxHost sandbox, double errorRate, int[] statusCodes, int addedLatencyMs)
    {
        using var http = sandbox.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/sandbox/faults")
        {
            Content = JsonContent.Create(new { errorRate, statusCodes, addedLatencyMs }),
        };
        request.Headers.Add("X-Operator-Key", SandboxHost.OperatorKey);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public static async Task ClearAsync(SandboxHost sandbox)
    {
        using var http = sandbox.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/sandbox/faults");
        request.Headers.Add("X-Operator-Key", SandboxHost.OperatorKey);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
