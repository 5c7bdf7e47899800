using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Onboarding.Contracts.Commands;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.Domain;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Templates;
using Onboarding.Notification.Tests.Infrastructure;

namespace Onboarding.Notification.Tests;

/// <summary>
/// The help desk's delivery search (docs/api.md, "The help desk"): deliveries are logged with a keyed hash of the
/// recipient, found by the unmasked address or number in any usual form, oldest first, masked, never another
/// recipient's; malformed searches are problems; the operator key is required; without the recipient key the service
/// does not start outside Development.
/// </summary>
[Collection(NotificationServiceCollection.Name)]
public sealed class DeliverySearchTests(NotificationServiceFixture fixture)
{
    private const string Path = "/api/notification/operator/delivery-searches";

    [Fact]
    public async Task A_members_mails_and_calls_are_found_by_the_unmasked_address_and_number_oldest_first_and_nobody_elses()
    {
        var email = Recipients.Email("help-desk");
        var phone = Recipients.Phone();
        var otherPhone = Recipients.Phone();
        var mailed = await fixture.SendAsync(new SendSignInEmailCode(Guid.NewGuid(), email, "418203", DateTimeOffset.UtcNow.AddMinutes(15), "ja"));
        await fixture.WaitForDeliveryAsync(mailed, d => d.Status == DeliveryStatus.Sent);
        var texted = await fixture.SendAsync(new SendPhoneCode(Guid.NewGuid(), phone, "305917", PhoneChannel.Sms, DateTimeOffset.UtcNow.AddMinutes(10), "ja"));
        await fixture.WaitForDeliveryAsync(texted, d => d.Status == DeliveryStatus.Sent);
        var called = await fixture.SendAsync(new SendPhoneCode(Guid.NewGuid(), phone, "305918", PhoneChannel.Voice, DateTimeOffset.UtcNow.AddMinutes(10), "ja"));
        await fixture.WaitForDeliveryAsync(called, d => d.Status == DeliveryStatus.Sent);
        var others = await fixture.SendAsync(new SendPhoneCode(Guid.NewGuid(), otherPhone, "305919", PhoneChannel.Sms, DateTimeOffset.UtcNow.AddMinutes(10), "ja"));
        await fixture.WaitForDeliveryAsync(others, d => d.Status == DeliveryStatus.Sent);
        var rejected = Recipients.Email(NotificationServiceFixture.RejectedRecipientPrefix + "help-desk");
        var failed = await fixture.SendAsync(new SendSignInEmailCode(Guid.NewGuid(), rejected, "418204", DateTimeOffset.UtcNow.AddMinutes(15), "ja"));
        await fixture.WaitForDeliveryAsync(failed, d => d.Status == DeliveryStatus.Failed);

        // Typed as staff would: other case, national form with dashes.
        var national = "0" + phone[3..5] + "-" + phone[5..9] + "-" + phone[9..];
        var (status, text) = await SearchAsync(new { recipients = new[] { email.ToUpperInvariant(), national, rejected } });
        Assert.True(status == HttpStatusCode.OK, text);
        var entries = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["delivery.email", "delivery.sms", "delivery.voice", "delivery.email"], entries.Select(e => e.GetProperty("kind").GetString()));
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);

        var mail = entries[0].GetProperty("facts");
        Assert.Equal(SignInEmailCodeTemplate.Name, mail.GetProperty("template").GetString());
        Assert.Equal("sent", mail.GetProperty("status").GetString());
        Assert.Equal("1", mail.GetProperty("attempts").GetString());
        Assert.Equal(EmailMasking.Mask(email), mail.GetProperty("recipient").GetString());
        Assert.Equal(PhoneMasking.Mask(phone), entries[1].GetProperty("facts").GetProperty("recipient").GetString());
        Assert.Equal(PhoneCodeTemplate.VoiceName, entries[2].GetProperty("facts").GetProperty("template").GetString());
        var refused = entries[3].GetProperty("facts");
        Assert.Equal("failed", refused.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(refused.GetProperty("failureReason").GetString()));

        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(rejected, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(phone, text);
        Assert.DoesNotContain(PhoneMasking.Mask(otherPhone), text);
        Assert.DoesNotContain("30591", text);
        Assert.DoesNotContain("41820", text);
    }

    [Fact]
    public async Task A_row_written_before_the_hash_existed_is_not_found_and_nothing_is_found_for_an_unknown_address()
    {
        var phone = Recipients.Phone();
        await fixture.WithDbAsync(async db =>
        {
            db.Deliveries.Add(new Delivery
            {
                Id = Guid.CreateVersion7(), CommandId = Guid.NewGuid(), Channel = DeliveryChannel.Sms, Template = PhoneCodeTemplate.SmsName,
                RecipientMasked = PhoneMasking.Mask(phone), Status = DeliveryStatus.Sent, Attempts = 1, QueuedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (status, text) = await SearchAsync(new { recipients = new[] { phone, Recipients.Email("never-mailed") } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, JsonDocument.Parse(text).RootElement.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("Taro.Yamada@Example.AC.JP", " taro.yamada@example.ac.jp ")]
    [InlineData("ｔａｒｏ@example.ac.jp", "TARO@EXAMPLE.AC.JP")]
    [InlineData("+819012345678", "090-1234-5678")]
    [InlineData("+819012345678", "０９０ー１２３４ー５６７８")]
    [InlineData("+819012345678", "+81 90 1234 5678")]
    public void One_recipient_written_two_ways_has_one_hash(string first, string second)
    {
        var hasher = new RecipientHasher(NotificationServiceFixture.RecipientKey);
        Assert.Equal(hasher.Hash(RecipientAddress.Parse(first)), hasher.Hash(RecipientAddress.Parse(second)));
        Assert.Equal(32, hasher.Hash(RecipientAddress.Parse(first))!.Length);
    }

    [Theory]
    [InlineData("taro@example.ac.jp")]
    [InlineData("+819012345678")]
    public void The_hash_is_keyed_another_key_gives_another_hash(string recipient)
    {
        var address = RecipientAddress.Parse(recipient);
        var ours = new RecipientHasher(NotificationServiceFixture.RecipientKey).Hash(address)!;
        var theirs = new RecipientHasher(NotificationServiceFixture.RecipientKey + "-other").Hash(address)!;
        Assert.NotEqual(ours, theirs);
        Assert.Equal(ours, new RecipientHasher(NotificationServiceFixture.RecipientKey).Hash(address));
        // Not a plain hash of the address either.
        Assert.NotEqual(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(address!.Normalized)), ours);
    }

    [Fact]
    public async Task The_delivery_row_holds_the_keyed_hash_of_the_recipient_and_no_address()
    {
        var email = Recipients.Email("hash-column");
        var messageId = await fixture.SendAsync(new SendSignInEmailCode(Guid.NewGuid(), email, "418205", DateTimeOffset.UtcNow.AddMinutes(15), "ja"));
        var delivery = await fixture.WaitForDeliveryAsync(messageId, d => d.Status == DeliveryStatus.Sent);
        Assert.Equal(new RecipientHasher(NotificationServiceFixture.RecipientKey).Hash(RecipientAddress.Email(email)), delivery.RecipientHash);
        Assert.DoesNotContain(email, delivery.RecipientMasked);
    }

    [Theory]
    [InlineData("""{"recipients":[]}""", "recipients", "recipients.required")]
    [InlineData("""{}""", "recipients", "recipients.required")]
    [InlineData("""{"recipients":["a@b.jp","c@d.jp","e@f.jp","g@h.jp","i@j.jp","k@l.jp"]}""", "recipients", "recipients.too_many")]
    [InlineData("""{"recipients":["not an address"]}""", "recipients[0]", "recipients.invalid")]
    [InlineData("""{"recipients":["a@b.jp","090-12"]}""", "recipients[1]", "recipients.invalid")]
    [InlineData("""{"recipients":["a@b"]}""", "recipients[0]", "recipients.invalid")]
    [InlineData("""{"recipients":[null]}""", "recipients[0]", "recipients.invalid")]
    [InlineData("""{"recipients":["+81 90 1234 5678 9999 9999"]}""", "recipients[0]", "recipients.invalid")]
    public async Task A_malformed_search_is_a_validation_problem(string body, string field, string error)
    {
        var response = await PostAsync(body, NotificationServiceFixture.OperatorKey);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToString());
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.Equal(error, problem.GetProperty("errorCodes").GetProperty(field).GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"recipients":"a@b.jp"}""")]
    [InlineData("""{"recipients":[1,2]}""")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var response = await PostAsync(body, NotificationServiceFixture.OperatorKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var response = await PostAsync($$"""{"recipients":["{{new string('a', 100_000)}}@b.jp"]}""", NotificationServiceFixture.OperatorKey);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task The_operator_key_is_required(string? key)
    {
        var response = await PostAsync("""{"recipients":["a@b.jp"]}""", key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("operator_credential_required", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Without_a_recipient_key_the_service_refuses_to_start_outside_development()
    {
        using var service = fixture.CreateService(new Dictionary<string, string?> { ["Notification:RecipientKey"] = "" })
            .WithWebHostBuilder(web => web.UseEnvironment(Environments.Production));
        var refused = Assert.ThrowsAny<Exception>(() => service.Server);
        Assert.Contains(RecipientHasher.KeySetting, refused.ToString());
    }

    private async Task<(HttpStatusCode Status, string Text)> SearchAsync(object body)
    {
        var response = await PostAsync(JsonSerializer.Serialize(body), NotificationServiceFixture.OperatorKey);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? key)
    {
        using var client = fixture.Service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("X-Operator-Key", key);
        return await client.SendAsync(request);
    }
}
