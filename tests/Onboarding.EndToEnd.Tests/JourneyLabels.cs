namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The words a member reads and clicks on the co-op's pages (the gateway's UiText), in Japanese — the labels of the
/// printed notice, docs/architecture.md §1 — and in English. The provider's (sandbox's) pages are Japanese only: they are
/// another company's site.
/// </summary>
public sealed record JourneyLabels
{
    public required string Locale { get; init; }
    public required string HomeStart { get; init; }
    public required string MemberNumber { get; init; }
    public required string Year { get; init; }
    public required string Month { get; init; }
    public required string Day { get; init; }
    public required string LookupSubmit { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string HonorificFormat { get; init; }
    public required string ConfirmContinue { get; init; }
    public required string EmailTitle { get; init; }
    public required string SendRegistered { get; init; }
    public required string Email { get; init; }
    public required string EmailConfirmation { get; init; }
    public required string SendNew { get; init; }
    public required string PasscodeTitle { get; init; }
    public required string Passcode { get; init; }
    public required string PasscodeSubmit { get; init; }
    public required string Step1Done { get; init; }
    public required string ToStep2 { get; init; }
    public required string SignupButton { get; init; }
    public required string SendCode { get; init; }
    public required string Code { get; init; }
    public required string VerifyCode { get; init; }
    public required string EmailVerifiedTitle { get; init; }
    public required string ToProfile { get; init; }
    public required string Password { get; init; }
    public required string PasswordConfirmation { get; init; }
    public required string FamilyName { get; init; }
    public required string GivenName { get; init; }
    public required string ProfileSubmit { get; init; }
    public required string PhoneNumber { get; init; }
    public required string SendSms { get; init; }
    public required string Call { get; init; }
    public required string Step2Done { get; init; }
    public required string ToStep3 { get; init; }
    public required string Step3SignInTitle { get; init; }
    public required string Step3Email { get; init; }
    public required string Step3VerifiedTitle { get; init; }
    public required string Continue { get; init; }
    public required string MypageTitle { get; init; }
    public required string LinkedNotice { get; init; }
    public required string DeniedNotice { get; init; }
    public required string ToProvider { get; init; }
    public required string Completed { get; init; }
    public required string TotalBalance { get; init; }
    /// <summary>A whole balance as the mypage writes it (12,345円 / ¥12,345).</summary>
    public required string BalancePattern { get; init; }

    public static readonly JourneyLabels Japanese = new()
    {
        Locale = "ja-JP",
        HomeStart = "STEP 1から登録を始める",
        MemberNumber = "生協組合員番号",
        Year = "年",
        Month = "月",
        Day = "日",
        LookupSubmit = "入力内容を確認する",
        ConfirmTitle = "ご登録者の確認",
        HonorificFormat = "{0} さま",
        ConfirmContinue = "メールアドレスを確認する",
        EmailTitle = "登録内容確認",
        SendRegistered = "更新用パスコードを送信する",
        Email = "メールアドレス",
        EmailConfirmation = "確認用メールアドレス",
        SendNew = "登録用パスコードを送信する",
        PasscodeTitle = "パスコードで認証",
        Passcode = "パスコード",
        PasscodeSubmit = "パスコードを確認する",
        Step1Done = "STEP 1が完了しました",
        ToStep2 = "STEP 2 マイポータルへの登録へ進む",
        SignupButton = "今すぐサインアップ",
        SendCode = "確認コードを送信",
        Code = "確認コード",
        VerifyCode = "コードの確認",
        EmailVerifiedTitle = "メールアドレスの確認が完了しました",
        ToProfile = "パスワードと名前の入力へ進む",
        Password = "パスワード",
        PasswordConfirmation = "パスワード（確認用）",
        FamilyName = "姓",
        GivenName = "名",
        ProfileSubmit = "次へ（電話番号の入力）",
        PhoneNumber = "電話番号",
        SendSms = "コードの送信",
        Call = "電話する",
        Step2Done = "STEP 2 マイポータルへの登録が完了しました",
        ToStep3 = "STEP 3 PokePay認証へ進む",
        Step3SignInTitle = "PokePayマイページにアクセス",
        Step3Email = "メールアドレス",
        Step3VerifiedTitle = "コードの確認が完了しました",
        Continue = "続行",
        MypageTitle = "電子マネーマイページ",
        LinkedNotice = "PokePayとの連携が完了しました。",
        DeniedNotice = "PokePayの画面で「アクセスを許可する」が選ばれなかったため、連携は完了していません。もう一度「PokePay 認証へ進む」からお進みください。",
        ToProvider = "PokePay 認証へ進む",
        Completed = "登録完了",
        TotalBalance = "合計残高",
        BalancePattern = @"^[0-9,]+(\.[0-9]+)?円$",
    };

    public static readonly JourneyLabels English = new()
    {
        Locale = "en-US",
        HomeStart = "Start with STEP 1",
        MemberNumber = "Co-op member number",
        Year = "Year",
        Month = "Month",
        Day = "Day",
        LookupSubmit = "Check my details",
        ConfirmTitle = "Confirm the registered member",
        HonorificFormat = "{0}",
        ConfirmContinue = "Check email address",
        EmailTitle = "Check your registered details",
        SendRegistered = "Send passcode to this address",
        Email = "Email address",
        EmailConfirmation = "Confirm email address",
        SendNew = "Send passcode to the new address",
        PasscodeTitle = "Verify with a passcode",
        Passcode = "Passcode",
        PasscodeSubmit = "Verify passcode",
        Step1Done = "STEP 1 is complete",
        ToStep2 = "Continue to STEP 2: Register with My Portal",
        SignupButton = "Sign up now",
        SendCode = "Send verification code",
        Code = "Verification code",
        VerifyCode = "Verify code",
        EmailVerifiedTitle = "Your e-mail address is verified",
        ToProfile = "Continue to password and name",
        Password = "Password",
        PasswordConfirmation = "Password (again, to confirm)",
        FamilyName = "Family name",
        GivenName = "Given name",
        ProfileSubmit = "Continue (phone number)",
        PhoneNumber = "Phone number",
        SendSms = "Send code",
        Call = "Call me",
        Step2Done = "STEP 2 complete: your My Portal account is registered",
        ToStep3 = "Continue to STEP 3: PokePay authentication",
        Step3SignInTitle = "Access the PokePay mypage",
        Step3Email = "E-mail address",
        Step3VerifiedTitle = "Your code is verified",
        Continue = "Continue",
        MypageTitle = "E-money mypage",
        LinkedNotice = "Your PokePay account is now linked.",
        DeniedNotice = "Access was not allowed on the PokePay screen, so the link is not complete. Please press \"Continue to PokePay authentication\" and try again.",
        ToProvider = "Continue to PokePay authentication",
        Completed = "Registration complete",
        TotalBalance = "Total balance",
        BalancePattern = @"^¥[0-9,]+(\.[0-9]+)?$",
    };
}
