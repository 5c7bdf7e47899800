using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Onboarding.Membership.Tests;

/// <summary>
/// The help desk's reads (docs/architecture.md §9.9): search by part of a number, name, kana or address with masked
/// results; a member opened in full; their timeline from membership's records. Members imported from a real roster
/// and taken through STEP 1 by the real API.
/// </summary>
[Collection(MembershipCollection.Name)]
public sealed class HelpDeskTests(ImportApiFixture fixture) : IClassFixture<ImportApiFixture>
{
    private const string Coop = "ヘルプデスク大学生協";
    private readonly MemberStages _stages = new(fixture);
    private readonly ApiClient _api = new(fixture.Service.CreateClient());

    [Fact]
    public async Task Members_are_found_by_part_of_number_name_kana_or_address_with_masked_results()
    {
        await ImportAsync("55660000", ("01", "山田", "花子", "ヤマダ", "ハナコ", "hanako.yamada@example.ac.jp"), ("02", "山本", "太郎", "ヤマモト", "タロウ", null));

        (string Kind, string Query, string[] Expected)[] rows =
        [
            ("number", "556600000001", ["556600000001"]),
            ("number", "００００２", ["556600000002"]),       // full-width digits, as typed on a Japanese keyboard
            ("number", "5566-0000", ["556600000001", "556600000002"]),
            ("name", "山田", ["556600000001"]),
            ("name", "山田 花子", ["556600000001"]),            // spaces ignored: the roster keeps family and given apart
            ("name", "やまもと", ["556600000002"]),            // hiragana finds katakana
            ("name", "ﾔﾏﾀﾞ", ["556600000001"]),                // half-width kana, NFKC
            ("name", "ヤマ", ["556600000001", "556600000002"]),
            ("email", "HANAKO.YAMADA@", ["556600000001"]),
            ("email", "100%_", []),                           // LIKE's wildcards are taken literally
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var found = await SearchAsync(row.Kind, row.Query);
            var members = found.GetProperty("members").EnumerateArray().ToList();
            Assert.Equal(row.Expected.Select(Masked), members.Select(m => m.GetProperty("memberNumber").GetString()));
            Assert.False(found.GetProperty("truncated").GetBoolean());
        });

        var hanako = (await SearchAsync("name", "ハナコ")).GetProperty("members")[0];
        Assert.Equal("山*花*", hanako.GetProperty("name").GetString());
        Assert.Equal("ヤ**ハ**", hanako.GetProperty("kana").GetString());
        Assert.Equal(Coop, hanako.GetProperty("coop").GetString());
        Assert.Equal("not_started", hanako.GetProperty("stage").GetString());
        Assert.DoesNotContain("hanako.yamada", hanako.ToString());
    }

    [Fact]
    public async Task An_opened_member_shows_everything_and_the_timeline_tells_what_happened_in_order()
    {
        await ImportAsync("55661111", ("01", "佐藤", "一郎", "サトウ", "イチロウ", "ichiro.sato@example.ac.jp"), ("02", "鈴木", "次郎", null, null, null));
        fixture.Membership.Clock.Advance(TimeSpan.FromMinutes(1));
        await _stages.ConfirmAsync("556611110001");                                   // STEP 1 done
        for (var i = 0; i < 5; i++) await _api.LookupAsync("556611110002", "1999-01-01"); // five wrong birth dates lock the number

        var id = await IdOfAsync("556611110001");
        var member = await GetAsync($"/members/{id}");
        Assert.Equal("556611110001", member.GetProperty("memberNumber").GetString());
        Assert.Equal("サトウ", member.GetProperty("familyNameKana").GetString());
        Assert.Equal(MemberStages.BirthDate, member.GetProperty("birthDate").GetString());
        Assert.Equal("ichiro.sato@example.ac.jp", member.GetProperty("email").GetString());
        Assert.Equal("step2", member.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("lookupLockout").ValueKind);

        var timeline = (await GetAsync($"/members/{id}/timeline")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["member.imported", "member.identified", "lookup.succeeded", "passcode.sent", "passcode.confirmed", "step1.completed"],
            timeline.Select(e => e.GetProperty("kind").GetString()));
        var sent = timeline[3].GetProperty("facts");
        Assert.Equal("ich*****@example.ac.jp", sent.GetProperty("email").GetString());
        Assert.Equal("confirmed", sent.GetProperty("status").GetString());
        Assert.Equal("registered", sent.GetProperty("target").GetString());
        Assert.DoesNotContain("ichiro.sato@", JsonSerializer.Serialize(timeline));

        // The locked member: the lock-out on the page and in the timeline; nothing of the first member's.
        var locked = await IdOfAsync("556611110002");
        var lockout = (await GetAsync($"/members/{locked}")).GetProperty("lookupLockout");
        Assert.True(lockout.GetProperty("locked").GetBoolean());
        Assert.Equal(1, lockout.GetProperty("lockouts").GetInt32());
        var entries = (await GetAsync($"/members/{locked}/timeline")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["member.imported", "lookup.locked"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("1", entries[1].GetProperty("facts").GetProperty("lockout").GetString());
        Assert.True(entries[1].GetProperty("facts").GetProperty("lockedUntil").GetDateTimeOffset() > fixture.Membership.Clock.GetUtcNow());

        // Lifted by the help desk: the budget starts over, the timeline keeps the lock-out and tells when it was lifted;
        // a wrong birth date after that is counted.
        fixture.Membership.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/lookup-lockouts/556611110002/unlock")).StatusCode);
        await _api.LookupAsync("556611110002", "1999-01-02");
        entries = (await GetAsync($"/members/{locked}/timeline")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["member.imported", "lookup.locked", "lookup.unlocked", "lookup.failed"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("1", entries[3].GetProperty("facts").GetProperty("failedAttempts").GetString());
    }

    [Fact]
    public async Task The_help_desk_replaces_a_pending_code_under_the_members_own_limits()
    {
        await ImportAsync("55662222", ("01", "高橋", "三郎", "タカハシ", "サブロウ", "saburo@example.ac.jp"), ("02", "田中", "四郎", null, null, null));
        var first = await _api.ChallengeIdAsync(await _api.LookupIdAsync("556622220001", MemberStages.BirthDate), new { target = "registered" });
        var oldCode = await _stages.Notifications.PasscodeForAsync(first);
        var id = await IdOfAsync("556622220001");

        // Within the minute after a send the member's own resend would wait: so does the help desk's.
        var tooSoon = await SendAsync(HttpMethod.Post, $"/members/{id}/passcode-resend");
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("resend_too_soon", (await ApiClient.JsonAsync(tooSoon)).GetProperty("code").GetString());

        fixture.Membership.Clock.Advance(TimeSpan.FromSeconds(61));
        var resent = await SendAsync(HttpMethod.Post, $"/members/{id}/passcode-resend");
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var second = (await ApiClient.JsonAsync(resent)).GetProperty("challengeId").GetGuid();
        Assert.NotEqual(first, second);
        var newCode = await _stages.Notifications.PasscodeForAsync(second);
        Assert.NotEqual(HttpStatusCode.OK, (await _api.VerifyAsync(first, oldCode)).StatusCode);   // the older code is void
        Assert.Equal(HttpStatusCode.OK, (await _api.VerifyAsync(second, newCode)).StatusCode);

        // Nothing pending any more (confirmed), and a member who never asked for one: nothing to resend.
        foreach (var member in new[] { id, await IdOfAsync("556622220002") })
        {
            var none = await SendAsync(HttpMethod.Post, $"/members/{member}/passcode-resend");
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Equal("no_pending_passcode", (await ApiClient.JsonAsync(none)).GetProperty("code").GetString());
        }

        // Members another service found (identity-portal, by phone) come back masked like any search's.
        var byIds = await SendAsync(HttpMethod.Post, "/member-searches", JsonContent.Create(new { kind = "ids", memberIds = new[] { id, Guid.NewGuid() } }));
        var found = Assert.Single((await ApiClient.JsonAsync(byIds)).GetProperty("members").EnumerateArray());
        Assert.Equal("********0001", found.GetProperty("memberNumber").GetString());
    }

    [Fact]
    public async Task Malformed_searches_and_ids_are_refused_naming_the_field_and_operators_only()
    {
        (object? Body, string Field, string Code)[] rows =
        [
            (new { kind = "phone", query = "09012345678" }, "kind", "kind.unknown"),
            (new { kind = "name", query = "" }, "query", "query.required"),
            (new { kind = "name", query = "山" }, "query", "query.name.tooShort"),
            (new { kind = "name", query = new string('山', 101) }, "query", "query.tooLong"),
            (new { kind = "number", query = "123" }, "query", "query.number.tooShort"),
            (new { kind = "number", query = "12ab56" }, "query", "query.number.digits"),
            (new { kind = "email", query = "a@" }, "query", "query.email.tooShort"),
            (new { kind = "ids", memberIds = Array.Empty<Guid>() }, "memberIds", "memberIds.count"),
            (new { kind = "ids", memberIds = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()).ToArray() }, "memberIds", "memberIds.count"),
            (new { kind = 5, query = "x" }, "", ""),       // mistyped JSON: a 400 from the binder
        ];
        await Assert.AllAsync(rows, async row =>
        {
            var response = await SendAsync(HttpMethod.Post, "/member-searches", JsonContent.Create(row.Body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            if (row.Code != "") Assert.Equal(row.Code, (await ApiClient.JsonAsync(response)).GetProperty("errorCodes").GetProperty(row.Field).GetString());
        });
        Assert.Equal(HttpStatusCode.BadRequest,
            (await SendAsync(HttpMethod.Post, "/member-searches", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/members/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/members/not-a-guid/passcode-resend")).StatusCode);
        var unknown = await SendAsync(HttpMethod.Get, $"/members/{Guid.NewGuid()}/timeline");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("member_not_on_roster", (await ApiClient.JsonAsync(unknown)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await SendAsync(HttpMethod.Post, "/member-searches", JsonContent.Create(new { kind = "name", query = "山田" }), operatorKey: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, $"/members/{Guid.NewGuid()}", operatorKey: "wrong-key")).StatusCode);
    }

    private async Task<Guid> IdOfAsync(string number) =>
        (await SearchAsync("number", number)).GetProperty("members")[0].GetProperty("id").GetGuid();

    private static string Masked(string number) => "********" + number[^4..];

    private Task ImportAsync(string prefix, params (string Suffix, string Family, string Given, string? FamilyKana, string? GivenKana, string? Email)[] members)
    {
        var csv = new StringBuilder("member_number,birth_date,family_name,given_name,family_name_kana,given_name_kana,coop,email\n");
        foreach (var m in members) csv.Append($"{prefix}00{m.Suffix},{MemberStages.BirthDate},{m.Family},{m.Given},{m.FamilyKana},{m.GivenKana},{Coop},{m.Email}\n");
        return fixture.ImportAsync(Encoding.UTF8.GetBytes(csv.ToString()));
    }

    private async Task<JsonElement> SearchAsync(string kind, string query)
    {
        var response = await SendAsync(HttpMethod.Post, "/member-searches", JsonContent.Create(new { kind, query }));
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);
        var body = await ApiClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? operatorKey = ImportApiFixture.OperatorKey)
    {
        using var request = new HttpRequestMessage(method, "/api/membership/operator" + path) { Content = content };
        if (operatorKey is not null) request.Headers.Add("X-Operator-Key", operatorKey);
        request.Headers.AcceptLanguage.ParseAdd("ja");
        return await fixture.Service.CreateClient().SendAsync(request);
    }
}
