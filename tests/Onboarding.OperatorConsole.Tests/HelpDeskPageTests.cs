using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Staff;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>
/// The help desk's pages against a stand-in of the services' operator APIs (their real paths and shapes; the real
/// services are exercised in their own tests and in the end-to-end browser test): what is shown masked and what in
/// full, that every search, opening and action is audited before the service is called, that staff's bad input never
/// reaches a service, and that a service that fails leaves a clear message rather than an error page.
/// </summary>
public sealed class HelpDeskPageTests : IAsyncLifetime
{
    private static readonly Guid MemberId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private OperatorApiStandIn _services = null!;
    private ConsoleFactory _console = null!;
    private HttpClient _staff = null!;
    private string _staffName = "";

    private string MemberPage => $"/members/{MemberId}";

    public async Task InitializeAsync()
    {
        _services = await OperatorApiStandIn.StartAsync();
        _console = await ConsoleFactory.StartAsync(settings: _services.Settings());
        _services.AuditEntryCount = async () =>
        {
            await using var db = _console.NewDbContext();
            return await db.AuditEntries.CountAsync(e => e.Subject == MemberId.ToString() || e.Action == AuditActions.MembersSearched);
        };
        (_staffName, var password) = await _console.CreateStaffAsync(StaffRoles.HelpDesk);
        _staff = _console.NewClient();
        await StaffSession.EnrolAsync(_staff, _staffName, password);
        AnswerMember();
    }

    public async Task DisposeAsync()
    {
        _staff.Dispose();
        await _console.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task A_search_shows_masked_results_and_is_audited_by_kind_and_count_not_by_what_was_typed()
    {
        _services.AnswerJson("POST", "/api/membership/operator/member-searches", new
        {
            members = new[] { new { id = MemberId, memberNumber = "********0001", name = "山*花*", kana = "ヤ**ハ**", coop = "東海大学生協", stage = "step1" } },
            truncated = false,
        });

        var response = await PostAsync("/members", "/members", new() { ["Kind"] = "name", ["Query"] = "ヤマダ" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("********0001", html);
        Assert.Contains("山*花*", html);
        Assert.Contains($"href=\"/members/{MemberId}\"", html);
        var call = Assert.Single(_services.Calls, c => c.Path.EndsWith("/member-searches"));
        Assert.Equal("name", JsonDocument.Parse(call.Body).RootElement.GetProperty("kind").GetString());
        var entry = Assert.Single(await AuditEntries.OfAsync(_console, _staffName), e => e.Action == AuditActions.MembersSearched);
        Assert.Contains("\"found\": 1", entry.Details);
        Assert.DoesNotContain("ヤマダ", entry.Details);
    }

    [Fact]
    public async Task A_phone_search_asks_identity_portal_then_shows_membership_s_masked_members()
    {
        _services.AnswerJson("POST", "/api/portal/operator/member-searches/by-phone", new { memberIds = new[] { MemberId }, truncated = false });
        _services.AnswerJson("POST", "/api/membership/operator/member-searches", new
        {
            members = new[] { new { id = MemberId, memberNumber = "********0001", name = "山*花*", kana = (string?)null, coop = "東海大学生協", stage = "step3" } },
            truncated = false,
        });

        var html = await (await PostAsync("/members", "/members", new() { ["Kind"] = "phone", ["Query"] = "5678" })).Content.ReadAsStringAsync();

        Assert.Contains("********0001", html);
        Assert.Equal("5678", JsonDocument.Parse(_services.Calls.Single(c => c.Path.EndsWith("/by-phone")).Body).RootElement.GetProperty("phone").GetString());
        var ids = JsonDocument.Parse(_services.Calls.Single(c => c.Path.EndsWith("/member-searches")).Body).RootElement;
        Assert.Equal("ids", ids.GetProperty("kind").GetString());
        Assert.Equal(MemberId, ids.GetProperty("memberIds")[0].GetGuid());
    }

    [Fact]
    public async Task Opening_a_member_needs_a_reason_and_the_entry_is_written_before_anything_is_read()
    {
        var form = await _staff.GetStringAsync(MemberPage);
        Assert.DoesNotContain("山田", form);                       // a GET shows nothing of the member
        Assert.Empty(_services.Calls);

        var refused = await PostAsync(MemberPage, MemberPage + "?handler=open", new() { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(_services.Calls);
        Assert.DoesNotContain(await AuditEntries.ActionsOfAsync(_console, _staffName), a => a == AuditActions.MemberOpened);

        var opened = await PostAsync(MemberPage, MemberPage + "?handler=open", new() { ["Reason"] = "電話でのお問い合わせ" });
        var html = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("山田 花子", html);
        Assert.Contains("556600000001", html);
        Assert.Contains("hanako@example.ac.jp", html);
        Assert.All(_services.Calls, call => Assert.True(call.AuditEntriesAtCall >= 1, $"{call.Path} was called before the audit entry"));
        var entry = Assert.Single(await AuditEntries.OfAsync(_console, _staffName), e => e.Action == AuditActions.MemberOpened);
        Assert.Equal(MemberId.ToString(), entry.Subject);
        Assert.Equal("電話でのお問い合わせ", entry.Reason);

        // The timeline merges every service's entries, newest first; the notification search asks for the member's addresses.
        var kinds = new[] { "名簿に登録", "step2.completed-by-portal", "step3.linked-by-wallet" }.Select(k => html.IndexOf(k, StringComparison.Ordinal)).ToList();
        Assert.All(kinds, index => Assert.True(index > 0));
        Assert.True(kinds[2] < kinds[1] && kinds[1] < kinds[0], "newest first");
        var recipients = JsonDocument.Parse(_services.Calls.Single(c => c.Path.EndsWith("/delivery-searches")).Body).RootElement.GetProperty("recipients");
        Assert.Equal(["hanako@example.ac.jp", "+819012345678"], recipients.EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Unlock_resend_and_a_note_are_each_audited_with_their_reason_before_the_service_is_called()
    {
        var calls = 0;
        _services.Answer("POST", "/api/membership/operator/lookup-lockouts/556600000001/unlock", _ =>
        {
            calls++;
            return Task.FromResult(Results.Json(new { memberNumber = "556600000001", knownMember = true, wasLocked = true, lockedUntil = DateTimeOffset.UtcNow }));
        });
        _services.AnswerJson("POST", $"/api/membership/operator/members/{MemberId}/passcode-resend",
            new { challengeId = Guid.NewGuid(), sentTo = "han*****@example.ac.jp", expiresAt = DateTimeOffset.UtcNow, resendAvailableAt = DateTimeOffset.UtcNow }, 202);

        var unlocked = await (await PostAsync(MemberPage, MemberPage + "?handler=unlock", new() { ["Reason"] = "本人確認済み" })).Content.ReadAsStringAsync();
        Assert.Contains("ロックを解除しました", unlocked);
        Assert.Equal(1, calls);
        var resent = await (await PostAsync(MemberPage, MemberPage + "?handler=resend", new() { ["Reason"] = "メールが届かない" })).Content.ReadAsStringAsync();
        Assert.Contains("han*****@example.ac.jp に新しいパスコードを送りました", resent);
        var noted = await (await PostAsync(MemberPage, MemberPage + "?handler=note", new() { ["Reason"] = "STEP 2 の手順を案内した" })).Content.ReadAsStringAsync();
        Assert.Contains("対応を記録しました", noted);
        Assert.Contains("STEP 2 の手順を案内した", noted);                    // the page's history of what staff did

        var entries = (await AuditEntries.OfAsync(_console, _staffName)).Where(e => e.Subject == MemberId.ToString()).ToList();
        Assert.Equal([(AuditActions.MemberUnlocked, "本人確認済み"), (AuditActions.MemberPasscodeResent, "メールが届かない"), (AuditActions.MemberHelped, "STEP 2 の手順を案内した")],
            entries.Select(e => (e.Action, e.Reason!)));
        Assert.True(_services.Calls.Single(c => c.Path.EndsWith("/unlock")).AuditEntriesAtCall >= 1);
        Assert.True(_services.Calls.Single(c => c.Path.EndsWith("/passcode-resend")).AuditEntriesAtCall >= 2);
    }

    [Fact]
    public async Task Bad_input_reaches_no_service_and_changes_nothing()
    {
        (string Path, Dictionary<string, string> Form, HttpStatusCode Status)[] rows =
        [
            ("/members", new() { ["Kind"] = "birthdate", ["Query"] = "2006" }, HttpStatusCode.BadRequest),
            ("/members", new() { ["Kind"] = "name", ["Query"] = "" }, HttpStatusCode.BadRequest),
            ("/members", new() { ["Kind"] = "name", ["Query"] = new string('山', 101) }, HttpStatusCode.BadRequest),
            (MemberPage + "?handler=unlock", new() { ["Reason"] = "" }, HttpStatusCode.BadRequest),
            (MemberPage + "?handler=note", new() { ["Reason"] = new string('x', 501) }, HttpStatusCode.BadRequest),
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var page = row.Path.StartsWith("/members/") ? MemberPage : "/members";
            Assert.Equal(row.Status, (await PostAsync(page, row.Path, row.Form)).StatusCode);
        });
        Assert.Empty(_services.Calls);
        Assert.DoesNotContain(await AuditEntries.ActionsOfAsync(_console, _staffName), a => a.StartsWith("member"));

        // Not a member id: no page at all. A form without the antiforgery token: refused.
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync("/members/not-a-guid")).StatusCode);
        var forged = await _staff.PostAsync(MemberPage + "?handler=unlock", new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(_services.Calls);
    }

    [Fact]
    public async Task A_service_that_fails_leaves_a_clear_message_not_an_error_page()
    {
        // identity-portal down: the member is shown, its part is named as missing.
        _services.Answer("GET", $"/api/portal/operator/members/{MemberId}", _ => Task.FromResult(Results.StatusCode(500)));
        _services.Answer("GET", $"/api/portal/operator/members/{MemberId}/timeline", _ => Task.FromResult(Results.StatusCode(500)));
        var partial = await PostAsync(MemberPage, MemberPage + "?handler=open", new() { ["Reason"] = "問い合わせ" });
        var html = await partial.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Contains("山田 花子", html);
        Assert.Contains("identity-portal", html);

        // membership's refusal (a 429) is the staff member's message, in their language.
        _services.AnswerProblem("POST", $"/api/membership/operator/members/{MemberId}/passcode-resend", 429, "resend_too_soon", "パスコードを送信したばかりです。");
        var refused = await (await PostAsync(MemberPage, MemberPage + "?handler=resend", new() { ["Reason"] = "再送" })).Content.ReadAsStringAsync();
        Assert.Contains("パスコードを送信したばかりです。", refused);

        // membership not answering at all: 503 with the console's own message.
        await _services.DisposeAsync();
        var down = await PostAsync("/members", "/members", new() { ["Kind"] = "name", ["Query"] = "山田" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("サービスが応答していません", await down.Content.ReadAsStringAsync());
        _services = await OperatorApiStandIn.StartAsync();   // for DisposeAsync
    }

    private void AnswerMember()
    {
        var now = DateTimeOffset.UtcNow;
        _services.AnswerJson("GET", $"/api/membership/operator/members/{MemberId}", new
        {
            id = MemberId, memberNumber = "556600000001", familyName = "山田", givenName = "花子", familyNameKana = "ヤマダ", givenNameKana = "ハナコ",
            birthDate = "2006-05-17", coop = "東海大学生協", email = "hanako@example.ac.jp", emailConfirmedAt = now.AddHours(-3),
            firstIdentifiedAt = now.AddHours(-3), stage = "step3", portalAccountCreatedAt = now.AddHours(-2), walletLinkedAt = (DateTimeOffset?)null,
            walletUnlinkedAt = (DateTimeOffset?)null, completedAt = (DateTimeOffset?)null,
            lookupLockout = new { failedAttempts = 0, lockouts = 1, lockedUntil = now.AddMinutes(10), locked = true },
        });
        _services.AnswerJson("GET", $"/api/membership/operator/members/{MemberId}/timeline",
            new { entries = new[] { new { at = now.AddHours(-4), kind = "member.imported", facts = new Dictionary<string, string> { ["coop"] = "東海大学生協" } } } });
        _services.AnswerJson("GET", $"/api/portal/operator/members/{MemberId}", new
        {
            memberId = MemberId, accountExists = true, deletedAt = (DateTimeOffset?)null, latestSignup = (object?)null,
            account = new
            {
                accountId = Guid.NewGuid(), createdAt = now.AddHours(-2), email = "hanako@example.ac.jp", phoneNumber = "+819012345678",
                familyName = "山田", givenName = "花子", phoneVerifiedAt = now.AddHours(-2),
                passwordSignIn = new { failedAttempts = 0, locked = false, lockedUntil = (DateTimeOffset?)null },
            },
        });
        _services.AnswerJson("GET", $"/api/portal/operator/members/{MemberId}/timeline",
            new { entries = new[] { new { at = now.AddHours(-2), kind = "step2.completed-by-portal", facts = (object?)null } } });
        _services.AnswerJson("GET", $"/api/wallet/operator/members/{MemberId}/timeline",
            new { entries = new[] { new { at = now.AddHours(-1), kind = "step3.linked-by-wallet", facts = (object?)null } } });
        _services.AnswerJson("POST", "/api/notification/operator/delivery-searches", new { entries = Array.Empty<object>() });
    }

    private Task<HttpResponseMessage> PostAsync(string page, string action, Dictionary<string, string> form) =>
        StaffSession.PostFormAsync(_staff, page, action, form);
}
