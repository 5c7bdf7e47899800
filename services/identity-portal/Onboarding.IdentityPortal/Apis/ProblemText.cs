// This service's problems: the shared shape with this table's wording, written Problems.Of(...) / Problems.Validation(...).
global using Problems = Onboarding.ServiceDefaults.Problems.LocalizedProblems<Onboarding.IdentityPortal.Apis.ProblemText>;
using Onboarding.ServiceDefaults.Localization;
using Onboarding.ServiceDefaults.Problems;

namespace Onboarding.IdentityPortal.Apis;

/// <summary>Every error a member can meet in STEP 2, in Japanese and English: a title and what to do.</summary>
public sealed class ProblemText : IProblemText
{
    private static readonly Dictionary<string, LocalizedText> Titles = new()
    {
        [CommonProblemText.ValidationCode] = CommonProblemText.ValidationFailed,
        ["step1_not_completed"] = new(
            "このメールアドレスはSTEP 1「メールアドレスの確認」が完了していません。先にSTEP 1でメールアドレスの確認を行い、確認したメールアドレスでサインアップしてください。",
            "This e-mail address has not been confirmed in STEP 1 (\"Confirm your e-mail address\"). Please complete STEP 1 first, then sign up with the address you confirmed there."),
        ["account_exists"] = new(
            "このメールアドレスのマイポータルアカウントはすでに登録されています。サインインしてください。",
            "A My Portal account already exists for this e-mail address. Please sign in."),
        ["resend_too_soon"] = new(
            "確認コードを送信したばかりです。少し待ってから再送信してください。",
            "A verification code was just sent. Please wait a moment before sending another."),
        ["daily_limit_reached"] = new(
            "本日送信できる確認コードの上限に達しました。時間をおいてからお試しください。",
            "You have reached today's limit of verification codes. Please try again later."),
        ["signup_not_found"] = new(
            "サインアップの情報が見つかりません。「今すぐサインアップ」からやり直してください。",
            "We could not find this sign-up. Please start again with \"Sign up now\"."),
        ["signup_expired"] = new(
            "サインアップの有効期限が切れました。「今すぐサインアップ」からやり直してください。",
            "This sign-up has expired. Please start again with \"Sign up now\"."),
        ["invalid_code"] = new("確認コードが正しくありません。", "The verification code is not correct."),
        ["code_expired"] = new(
            "確認コードの有効期限が切れました。新しい確認コードを送信してください。",
            "The verification code has expired. Please send a new code."),
        ["code_locked"] = new(
            "確認コードの入力誤りが上限に達しました。新しい確認コードを送信してください。",
            "Too many incorrect codes. Please send a new code."),
        ["code_used"] = new(
            "この確認コードは使用済みです。メールアドレスの確認はすでに完了しています。",
            "This code has already been used. Your e-mail address is already verified."),
        ["code_superseded"] = new(
            "新しい確認コードを送信したため、このコードは無効になりました。最新のメールの確認コードを入力してください。",
            "A newer code was sent, so this one no longer works. Please use the code in the latest e-mail."),
        ["email_not_verified"] = new(
            "メールアドレスの確認が完了していません。メールで届いた確認コードを入力してから、パスワードとお名前を設定してください。",
            "Your e-mail address is not verified yet. Please enter the code from the e-mail first, then set your password and name."),
        ["profile_not_set"] = new(
            "パスワードとお名前がまだ設定されていません。先にパスワードとお名前を設定してください。",
            "Your password and name are not set yet. Please set them first."),
        ["phone_code_not_sent"] = new(
            "電話番号の確認コードがまだ送信されていません。電話番号を入力して「コードの送信」または「電話する」を押してください。",
            "No phone code has been sent yet. Please enter your phone number and choose \"Send code\" or \"Call me\"."),
        ["phone_daily_limit_reached"] = new(
            "この電話番号に本日送信できる確認コードの上限（5回）に達しました。時間をおいてからお試しください。",
            "This phone number has reached today's limit of 5 codes. Please try again later."),
        ["phone_member_daily_limit_reached"] = new(
            "本日お送りできる電話番号の確認コードの上限（10回）に達しました。時間をおいてからお試しください。",
            "You have reached today's limit of 10 phone codes. Please try again later."),
        ["sign_in_not_found"] = new(
            "サインインの情報が見つかりません。メールアドレスを入力して「確認コードを送信」からやり直してください。",
            "We could not find this sign-in. Please enter your e-mail address and choose \"Send code\" again."),
        ["sign_in_expired"] = new(
            "サインインの有効期限が切れました。メールアドレスを入力して「確認コードを送信」からやり直してください。",
            "This sign-in has expired. Please enter your e-mail address and choose \"Send code\" again."),
        ["invalid_credentials"] = new(
            "メールアドレスまたはパスワードが正しくありません。",
            "The e-mail address or the password is not correct."),
        ["sign_in_locked"] = new(
            "パスワードの入力誤りが続いたため、しばらくサインインできません。時間をおいてお試しいただくか、確認コードでサインインしてください。",
            "Too many incorrect passwords: password sign-in is paused for a while. Please try again later, or sign in with an e-mailed code."),
        ["account_not_found"] = new(
            "マイポータルのアカウントが見つかりません。もう一度サインインしてください。",
            "We could not find your My Portal account. Please sign in again."),
        ["password_reset_not_found"] = new(
            "パスワード再設定の情報が見つかりません。「パスワードをお忘れの方」からやり直してください。",
            "We could not find this password reset. Please start again with \"Forgot your password?\"."),
        ["password_reset_expired"] = new(
            "パスワード再設定の有効期限が切れました。「パスワードをお忘れの方」からやり直してください。",
            "This password reset has expired. Please start again with \"Forgot your password?\"."),
        ["password_reset_used"] = new(
            "このパスワード再設定はすでに完了しています。新しいパスワードでログインしてください。",
            "This password reset is already complete. Please sign in with your new password."),
        ["sign_in_required"] = new(
            "サインインの有効期限が切れました。もう一度サインインしてください。",
            "Your sign-in has ended. Please sign in again."),
        ["email_change_not_found"] = new(
            "メールアドレスの変更の情報が見つかりません。アカウント設定から、もう一度新しいメールアドレスを入力してください。",
            "We could not find this e-mail address change. Please enter the new address again from the account settings."),
        ["email_change_expired"] = new(
            "メールアドレスの変更の有効期限が切れました。アカウント設定から、もう一度新しいメールアドレスを入力してください。",
            "This e-mail address change has expired. Please enter the new address again from the account settings."),
        ["email_change_used"] = new(
            "このメールアドレスの変更はすでに完了しています。",
            "This e-mail address change is already complete."),
        ["email_unavailable"] = new(
            "このメールアドレスは使用できません。別のメールアドレスを入力してください。",
            "This e-mail address cannot be used. Please enter a different address."),
        ["current_password_incorrect"] = new(
            "現在のパスワードが正しくありません。",
            "The current password is not correct."),
        ["member_not_found"] = new(
            "この会員のマイポータルのアカウントもサインアップの記録もありません。",
            "This member has no My Portal account and no sign-up on record."),
    };

    private static readonly Dictionary<string, LocalizedText> FieldErrors = new()
    {
        ["email.required"] = CommonProblemText.EmailRequired,
        ["email.invalid"] = CommonProblemText.EmailInvalid,
        ["email.unchanged"] = new(
            "現在のメールアドレスと同じです。新しいメールアドレスを入力してください。",
            "This is your current address. Please enter the new address."),
        ["code.required"] = new("確認コードを入力してください。", "Please enter the verification code."),
        ["code.format"] = new("確認コードは数字6桁で入力してください。", "The verification code is 6 digits."),
        ["password.required"] = new("パスワードを入力してください。", "Please enter a password."),
        ["password.too_short"] = new("パスワードは8文字以上で入力してください。", "The password must be at least 8 characters."),
        ["password.too_long"] = new("パスワードは64文字以内で入力してください。", "The password must be at most 64 characters."),
        ["password.too_simple"] = new(
            "パスワードには英大文字・英小文字・数字・記号のうち2種類以上を含めてください。",
            "The password must contain at least 2 of: upper-case letters, lower-case letters, digits, symbols."),
        ["password.contains_email"] = new(
            "パスワードにメールアドレスの@より前の部分を含めることはできません。",
            "The password must not contain the part of your e-mail address before the @."),
        ["currentPassword.required"] = new("現在のパスワードを入力してください。", "Please enter your current password."),
        ["passwordConfirmation.required"] = new("確認のためパスワードをもう一度入力してください。", "Please enter the password again to confirm it."),
        ["passwordConfirmation.mismatch"] = new("確認用パスワードが一致しません。", "The two passwords do not match."),
        ["familyName.required"] = new("姓を入力してください。", "Please enter your family name."),
        ["familyName.too_long"] = new("姓は50文字以内で入力してください。", "The family name must be at most 50 characters."),
        ["familyName.invalid"] = new("姓に使用できない文字が含まれています。", "The family name contains characters that cannot be used."),
        ["givenName.required"] = new("名を入力してください。", "Please enter your given name."),
        ["givenName.too_long"] = new("名は50文字以内で入力してください。", "The given name must be at most 50 characters."),
        ["givenName.invalid"] = new("名に使用できない文字が含まれています。", "The given name contains characters that cannot be used."),
        ["phoneNumber.required"] = new("電話番号を入力してください。", "Please enter your phone number."),
        ["phoneNumber.invalid"] = new(
            "電話番号の形式が正しくありません。日本の電話番号（例：090-1234-5678）を入力してください。",
            "This phone number is not valid. Please enter a Japanese number (e.g. 090-1234-5678)."),
        ["phoneNumber.not_mobile"] = new(
            "SMSは携帯電話番号（070・080・090）にのみ送信できます。固定電話の場合は「電話する」を選んでください。",
            "SMS can only go to a mobile number (070, 080, 090). For a landline, choose a voice call."),
        ["phoneNumber.not_callable"] = new(
            "この電話番号には音声通話で確認コードをお知らせできません。携帯電話または固定電話の番号を入力してください。",
            "We cannot call this number with the code. Please enter a mobile or landline number."),
        ["phone.required"] = new("検索する電話番号を入力してください。", "Please enter the phone number to search for."),
        ["phone.format"] = new(
            "電話番号全体（例：090-1234-5678）か、末尾の4～11桁の数字を入力してください。",
            "Enter a whole phone number (e.g. 090-1234-5678) or its last 4 to 11 digits."),
        ["channel.required"] = new("確認コードの受け取り方法（SMSまたは電話）を選んでください。", "Please choose how to receive the code (SMS or voice call)."),
        ["channel.invalid"] = new("確認コードの受け取り方法は「sms」または「voice」です。", "The way to receive the code must be \"sms\" or \"voice\"."),
    };

    public static string Title(string code, string culture) => Titles[code].In(culture);

    public static string Field(string key, string culture) => FieldErrors[key].In(culture);
}
