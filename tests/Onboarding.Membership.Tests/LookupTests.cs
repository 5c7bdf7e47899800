using System.Net;
using System.Text.Json;

namespace Onboarding.Membership.Tests;

[Collection(MembershipCollection.Name)]
public sealed class LookupTests(MembershipApiFactory factory) : IClassFixture<MembershipApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        (string? memberNumber, string? birthDate, string field, string errorCode)[] rows =
        [
            ("12345678901", "2004-04-01", "memberNumber", "memberNumber.format"), // 11 digits
            ("1234567890123", "2004-04-01", "memberNumber", "memberNumber.format"), // 13 digits
            ("12345678901a", "2004-04-01", "memberNumber", "memberNumber.format"), // a letter
            ("１２３４５６７８９０１", "2004-04-01", "memberNumber", "memberNumber.format"), // 11 full-width digits
            ("", "2004-04-01", "memberNumber", "memberNumber.required"),
            (null, "2004-04-01", "memberNumber", "memberNumber.required"),
            ("123456789012", "2004-02-30", "birthDate", "birthDate.invalid"), // no such day
            ("123456789012", "2005-02-29", "birthDate", "birthDate.invalid"), // not a leap year
            ("123456789012", "2026-11-25", "birthDate", "birthDate.invalid"), // tomorrow in Japan
            ("123456789012", "1899-12-31", "birthDate", "birthDate.invalid"),
            ("123456789012", "2004/04/01", "birthDate", "birthDate.invalid"),
            ("123456789012", "", "birthDate", "birthDate.required"),
        ];

        await Assert.AllAsync(rows, async row =>
        {
            var (memberNumber, birthDate, field, errorCode) = row;
            var response = await _api.LookupAsync(memberNumber, birthDate);
            var problem = await ApiClient.JsonAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
            Assert.Equal(errorCode, problem.GetProperty("errorCodes").GetProperty(field).GetString());
            Assert.NotEmpty(problem.GetProperty("errors").GetProperty(field)[0].GetString()!);
        });
    }

    [Fact]
    public async Task Bad_input_in_English_is_explained_in_English()
    {
        _api.Language = "en";
        var problem = await ApiClient.JsonAsync(await _api.LookupAsync("12345", "2004-04-01"));

        Assert.Equal("The co-op member number must be 12 digits.", problem.GetProperty("errors").GetProperty("memberNumber")[0].GetString());
        Assert.Equal("Please check what you entered.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_member_number_is_accepted_as_people_type_it()
    {
        string[] rows =
        [
            "123456789012",
            "１２３４５６７８９０１２", // full-width digits
            "1234-5678-9012",
            "1234ー5678ー9012", // katakana long vowel mark typed as a dash
            "１２３４−５６７８―９０１２", // minus sign and horizontal bar
            " 1234 5678 9012 ",
            "1234　5678　9012", // ideographic spaces
        ];

        await Assert.AllAsync(rows, async typed =>
        {
            var response = await _api.LookupAsync(typed, ApiClient.Member1BirthDate);
            var body = await ApiClient.JsonAsync(response);

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal("岡*太*", body.GetProperty("maskedName").GetString());
            Assert.Equal("sho*****@univcoop-tokai.jp", body.GetProperty("maskedRegisteredEmail").GetString());
            Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(30), body.GetProperty("expiresAt").GetDateTimeOffset());
            // The roster's coop value: the gateway shows that co-op's contact from its directory.
            Assert.Equal("東海大学生協", body.GetProperty("coop").GetString());
        });
    }

    [Fact]
    public async Task A_member_without_a_registered_address_is_found_without_one()
    {
        var body = await ApiClient.JsonAsync(await _api.LookupAsync(ApiClient.Member2, ApiClient.Member2BirthDate));

        Assert.Equal("佐*花*", body.GetProperty("maskedName").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("maskedRegisteredEmail").ValueKind);
        Assert.Equal("東京大学生協", body.GetProperty("coop").GetString());
    }

    [Fact]
    public async Task An_unknown_number_and_a_wrong_birth_date_get_the_same_answer()
    {
        var unknown = await _api.LookupAsync("555555555555", "2004-04-01");
        var wrongDate = await _api.LookupAsync("111122223333", "2003-07-16"); // a seeded member, one day off

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongDate.StatusCode);
        var first = await ApiClient.JsonAsync(unknown);
        var second = await ApiClient.JsonAsync(wrongDate);
        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal("member_not_found", first.GetProperty("code").GetString());
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
        Assert.Equal(4, first.GetProperty("attemptsRemaining").GetInt32());
        Assert.Equal(4, second.GetProperty("attemptsRemaining").GetInt32());
    }

    private static string Shape(JsonElement problem) =>
        string.Join(",", problem.EnumerateObject().Select(p => p.Name).Where(name => name != "traceId").Order());
}
