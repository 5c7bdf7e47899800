using Onboarding.Contracts.Commands;
using Onboarding.IdentityPortal.Domain;

namespace Onboarding.IdentityPortal.Tests;

public sealed class ProfileAndPhoneRulesTests
{
    [Fact]
    public void Passwords()
    {
        (string? password, string? error)[] rows =
        [
            ("Passw0rd", null),
            ("password1", null),
            // Letters without case (kana, kanji) are neither upper, lower, digit nor symbol.
            ("パスワードpassword", "password.too_simple"),
            ("abcdefg!", null),
            (null, "password.required"),
            ("", "password.required"),
            ("Abc123!", "password.too_short"),
            ("abcdefgh", "password.too_simple"),
            ("12345678", "password.too_simple"),
            ("ABCDEFGHIJ", "password.too_simple"),
            ("Hanako.Portal", "password.contains_email"),
            ("my-HANAKO.portal-1", "password.contains_email"),
        ];

        Assert.All(rows, row =>
        {
            var (password, error) = row;
            Assert.Equal(error, ProfileRules.CheckPassword(password, "hanako.portal@example.ac.jp"));
        });
    }

    [Fact]
    public void Passwords_are_8_to_64_characters()
    {
        Assert.Null(ProfileRules.CheckPassword("a1" + new string('x', 62), "m@example.jp"));
        Assert.Equal("password.too_long", ProfileRules.CheckPassword("a1" + new string('x', 63), "m@example.jp"));
    }

    [Fact]
    public void A_short_local_part_is_refused_only_as_the_whole_password()
    {
        Assert.Equal("password.contains_email", ProfileRules.CheckPassword("AB12cd34", "ab12cd34@example.jp"));
        Assert.Null(ProfileRules.CheckPassword("Kabuto12", "ab@example.jp"));
    }

    [Fact]
    public void Names_are_nfkc_trimmed_and_required()
    {
        (string? input, string? normalized, string? error)[] rows =
        [
            ("  岡田 ", "岡田", null),
            ("ｵｶﾀﾞ", "オカダ", null),
            ("Ｏｋａｄａ", "Okada", null),
            (null, null, "familyName.required"),
            ("   ", null, "familyName.required"),
            ("　", null, "familyName.required"),
        ];

        Assert.All(rows, row =>
        {
            var (input, normalized, error) = row;
            var name = ProfileRules.NormalizeName(input);
            Assert.Equal(normalized, name);
            Assert.Equal(error, ProfileRules.CheckName("familyName", name));
        });
    }

    [Fact]
    public void Names_count_text_elements_up_to_50()
    {
        // "👨‍👩‍👧" is one text element of 8 UTF-16 units.
        Assert.Null(ProfileRules.CheckName("givenName", string.Concat(Enumerable.Repeat("👨‍👩‍👧", 50))));
        Assert.Equal("givenName.too_long", ProfileRules.CheckName("givenName", new string('あ', 51)));
    }

    [Fact]
    public void Japanese_numbers_become_e164()
    {
        (string input, string channel, string e164, string masked)[] rows =
        [
            ("090-1234-5678", "sms", "+819012345678", "090-****-5678"),
            ("09012345678", "sms", "+819012345678", "090-****-5678"),
            ("０９０－１２３４－５６７８", "sms", "+819012345678", "090-****-5678"),
            ("０９０ー１２３４ー５６７８", "sms", "+819012345678", "090-****-5678"),
            ("+81 90 1234 5678", "sms", "+819012345678", "090-****-5678"),
            ("+81-90-1234-5678", "voice", "+819012345678", "090-****-5678"),
            (" 080 9876 5432 ", "sms", "+818098765432", "080-****-5432"),
            ("03-1234-5678", "voice", "+81312345678", "03-****-5678"),
        ];

        Assert.All(rows, row =>
        {
            var (input, channel, e164, masked) = row;
            var (number, error) = JapanesePhoneNumber.Parse(input, Channel(channel));
            Assert.Null(error);
            Assert.Equal(e164, number!.E164);
            Assert.Equal(masked, number.Masked);
        });
    }

    [Fact]
    public void Bad_numbers_are_refused()
    {
        (string? input, string channel, string error)[] rows =
        [
            (null, "sms", "phoneNumber.required"),
            (" ", "sms", "phoneNumber.required"),
            ("abc", "sms", "phoneNumber.invalid"),
            ("090-1234-567", "sms", "phoneNumber.invalid"),
            ("090-1234-56789", "sms", "phoneNumber.invalid"),
            ("+1 202 555 0123", "sms", "phoneNumber.invalid"),
            ("03-1234-5678", "sms", "phoneNumber.not_mobile"),
            ("0120-123-456", "voice", "phoneNumber.not_callable"),
            ("0120-123-456", "sms", "phoneNumber.not_mobile"),
        ];

        Assert.All(rows, row =>
        {
            var (input, channel, error) = row;
            Assert.Equal(error, JapanesePhoneNumber.Parse(input, Channel(channel)).Error);
        });
    }

    private static PhoneChannel Channel(string channel) => channel == "sms" ? PhoneChannel.Sms : PhoneChannel.Voice;
}
