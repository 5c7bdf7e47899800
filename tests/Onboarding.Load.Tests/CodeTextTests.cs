using Onboarding.Load.Codes;

namespace Onboarding.Load.Tests;

public sealed class CodeTextTests
{
    [Theory]
    [InlineData("パスコード: 305917\n有効期限は2026年12月6日 10:30です。", "305917")]
    [InlineData("会員番号 800000000001 の方\n確認コード: 408259", "408259")]
    [InlineData("Verification code: 170063", "170063")]
    [InlineData("認証コード: 000123", "000123")]
    [InlineData("Your code is below.\n\n  654321\n", "654321")]
    [InlineData("確認コードは、1、2、3、4、5、6、です。", "123456")]
    public void Finds_the_code_and_not_the_other_digits(string text, string code) => Assert.Equal(code, CodeText.Find(text));

    [Theory]
    [InlineData("Welcome! No code here, 2026-12-06.")]
    [InlineData("https://localhost:8080/step1/passcode/0190a1b2-c3d4-7e5f-8a9b-123456abcdef")]
    public void Finds_nothing_where_there_is_no_code(string text) => Assert.Null(CodeText.Find(text));
}
