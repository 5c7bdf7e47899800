using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Onboarding.Load.Codes;

namespace Onboarding.Load.Tests;

public sealed class TwilioSinkTests : IAsyncLifetime
{
    private readonly CodeMailbox _mailbox = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapTwilioSink(_mailbox);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task An_sms_in_twilios_shape_is_accepted_like_twilio_and_its_code_handed_on()
    {
        var waiting = _mailbox.NextAsync("+819012345678", TimeSpan.FromSeconds(5));

        using var response = await PostAsync("Messages.json", ("To", "+819012345678"), ("From", "+15005550006"), ("Body", "【大学生協】確認コード: 305917"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("SM", json.RootElement.GetProperty("sid").GetString());
        Assert.Equal("ACtest", json.RootElement.GetProperty("account_sid").GetString());
        Assert.Equal("305917", (await waiting).Code);
    }

    [Fact]
    public async Task A_voice_call_is_accepted_and_its_spoken_digits_read()
    {
        var waiting = _mailbox.NextAsync("+81312345678", TimeSpan.FromSeconds(5));

        using var response = await PostAsync("Calls.json", ("To", "+81312345678"), ("From", "+15005550006"),
            ("Twiml", "<Response><Say language=\"ja-JP\">確認コードは、4、0、8、2、5、9、です。</Say></Response>"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("408259", (await waiting).Code);
    }

    [Fact]
    public async Task A_message_without_a_number_is_refused_with_twilios_400()
    {
        using var response = await PostAsync("Messages.json", ("From", "+15005550006"), ("Body", "確認コード: 305917"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(21211, json.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(0, _mailbox.Received);
    }

    private Task<HttpResponseMessage> PostAsync(string resource, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/2010-04-01/Accounts/ACtest/{resource}")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("ACtest:token"u8.ToArray()));
        return _client.SendAsync(request);
    }
}
