using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Contracts.Events;
using Onboarding.Testing;
using Onboarding.Testing.Messaging;
using Onboarding.WalletLink.Application;
using Onboarding.WalletLink.Infrastructure;

namespace Onboarding.WalletLink.Tests;

/// <summary>
/// The backstop for 退会 (issue 13 §5): <c>PortalAccountDeleted</c> on wallet-link's own queue unlinks a wallet that is
/// still linked (tokens revoked at the provider, <c>WalletUnlinked</c> published); a redelivery, or a member with
/// nothing linked, changes nothing.
/// </summary>
[Collection(WalletLinkCollection.Name)]
public sealed class PortalAccountDeletedTests(WalletLinkFactory factory)
{
    [Fact]
    public async Task A_deleted_account_still_linked_is_unlinked_with_its_tokens_revoked_and_a_redelivery_changes_nothing()
    {
        await using var events = await EventTap.StartAsync(factory.Infrastructure.Broker.ConnectionString, EventTap.ExchangeOf(nameof(WalletUnlinked)));
        var member = new WalletApiClient(factory, Guid.NewGuid());
        var bystander = new WalletApiClient(factory, Guid.NewGuid());
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, member));
        Assert.Equal("/step3/mypage?link=linked", await LinkedMember.LinkAsync(factory, bystander));
        var wallet = await factory.WithDbAsync(db => db.LinkedWallets.AsNoTracking().SingleAsync(w => w.MemberId == member.MemberId));
        var accessToken = factory.Services.GetRequiredService<ProviderTokenProtector>().Unprotect(wallet.ProtectedAccessToken);

        var messageId = NewId.NextGuid();
        await PublishAsync(new PortalAccountDeleted(Guid.NewGuid(), member.MemberId, factory.Clock.GetUtcNow()), messageId);

        var unlinked = await events.WaitForAsync(e => e.GetProperty("memberId").GetGuid() == member.MemberId);
        Assert.Equal(wallet.WalletAccountId, unlinked.GetProperty("walletAccountId").GetString());
        Assert.False(await factory.WithDbAsync(db => db.LinkedWallets.AnyAsync(w => w.MemberId == member.MemberId)));
        Assert.Equal(HttpStatusCode.Unauthorized, await ProviderStatusAsync(accessToken));
        Assert.True(await factory.WithDbAsync(db => db.LinkedWallets.AnyAsync(w => w.MemberId == bystander.MemberId)));

        // Redelivered, and a deletion of a member with nothing linked: handled, nothing published.
        await PublishAsync(new PortalAccountDeleted(Guid.NewGuid(), member.MemberId, factory.Clock.GetUtcNow()), messageId);
        var nothingLinked = NewId.NextGuid();
        await PublishAsync(new PortalAccountDeleted(Guid.NewGuid(), Guid.NewGuid(), factory.Clock.GetUtcNow()), nothingLinked);
        Assert.True(await Eventually.TrueAsync(async () => await InboxEntriesAsync(nothingLinked) == 1, TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await InboxEntriesAsync(messageId));
        Assert.Equal(1, await events.CountAsync(e => e.GetProperty("memberId").GetGuid() == member.MemberId, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Its_parked_messages_are_counted_and_re_driven_with_the_operator_key_only()
    {
        const string operatorKey = "test-operator-key";
        using var http = factory.WithWebHostBuilder(web => web.UseSetting("Operator:ApiKey", operatorKey)).CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/wallet/operator/parked-messages")).StatusCode);

        foreach (var request in new[] { new HttpRequestMessage(HttpMethod.Get, "/api/wallet/operator/parked-messages"),
                     new HttpRequestMessage(HttpMethod.Post, "/api/wallet/operator/parked-messages/redrive") })
        {
            request.Headers.Add("X-Operator-Key", operatorKey);
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.Equal([Messaging.PortalAccountDeletedConsumer.QueueName],
                body.GetProperty("queues").EnumerateArray().Select(queue => queue.GetProperty("queue").GetString()));
        }
    }

    private Task PublishAsync(PortalAccountDeleted message, Guid messageId) =>
        factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    private Task<int> InboxEntriesAsync(Guid messageId) =>
        factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {messageId}")
            .SingleAsync());

    private async Task<HttpStatusCode> ProviderStatusAsync(string accessToken)
    {
        using var http = new HttpClient { BaseAddress = factory.Sandbox.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        using var response = await http.GetAsync("users/me");
        return response.StatusCode;
    }
}
