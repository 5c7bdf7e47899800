using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // アカウント設定 after sign-in (issue 13 §3): the account's details and a page for each change.
    public static readonly LocalizedText SettingsLink = new(
        "アカウント設定（パスワード・お名前・電話番号・メールアドレスの変更）",
        "Account settings (password, name, phone number, e-mail address)");

    public static readonly LocalizedText SettingsTitle = new(
        "アカウント設定",
        "Account settings");

    public static readonly LocalizedText SettingsIntro = new(
        "マイポータルアカウントの登録内容です。変更する項目を選んでください。",
        "These are your My Portal account's details. Choose what you want to change.");

    public static readonly LocalizedText SettingsEmailLabel = new(
        "メールアドレス",
        "E-mail address");

    public static readonly LocalizedText SettingsNameLabel = new(
        "お名前",
        "Name");

    public static readonly LocalizedText SettingsPhoneLabel = new(
        "電話番号",
        "Phone number");

    public static readonly LocalizedText SettingsPasswordLabel = new(
        "パスワード",
        "Password");

    public static readonly LocalizedText SettingsPasswordHidden = new(
        "（表示されません）",
        "(not shown)");

    public static readonly LocalizedText SettingsNameFormat = new(
        "{0} {1}",
        "{1} {0}");

    public static readonly LocalizedText SettingsChangeEmailLink = new(
        "メールアドレスを変更",
        "Change e-mail address");

    public static readonly LocalizedText SettingsChangeNameLink = new(
        "お名前を変更",
        "Change name");

    public static readonly LocalizedText SettingsChangePhoneLink = new(
        "電話番号を変更",
        "Change phone number");

    public static readonly LocalizedText SettingsChangePasswordLink = new(
        "パスワードを変更",
        "Change password");

    public static readonly LocalizedText SettingsBackToMypage = new(
        "マイページに戻る",
        "Back to the mypage");

    public static readonly LocalizedText SettingsBackToSettings = new(
        "変更せずにアカウント設定に戻る",
        "Back to account settings without changing anything");

    public static readonly LocalizedText SettingsPasswordSaved = new(
        "パスワードを変更しました。ほかの端末やブラウザでのサインインはすべて終了しました。このブラウザではこのままご利用いただけます。",
        "Your password was changed. Every sign-in on other devices and browsers has ended; you can go on here.");

    public static readonly LocalizedText SettingsNameSaved = new(
        "お名前を変更しました。",
        "Your name was changed.");

    public static readonly LocalizedText SettingsEmailSaved = new(
        "メールアドレスを変更しました。次回からは新しいメールアドレスでサインインしてください。以前のメールアドレスには変更のお知らせを送信しました。",
        "Your e-mail address was changed. From now on, sign in with the new address. A notice of the change was sent to the previous address.");

    public static readonly LocalizedText SettingsPhoneSaved = new(
        "電話番号を変更しました。",
        "Your phone number was changed.");

    // パスワードの変更
    public static readonly LocalizedText ChangePasswordTitle = new(
        "パスワードの変更",
        "Change your password");

    public static readonly LocalizedText ChangePasswordIntro = new(
        "現在のパスワードと新しいパスワード（2回）を入力して「パスワードを変更」をクリックしてください。変更すると、このブラウザ以外でのサインインはすべて終了します。",
        "Enter your current password and the new one (twice), then press \"Change password\". Every sign-in other than this browser then ends.");

    public static readonly LocalizedText CurrentPasswordLabel = new(
        "現在のパスワード",
        "Current password");

    public static readonly LocalizedText ChangePasswordSubmit = new(
        "パスワードを変更",
        "Change password");

    public static readonly LocalizedText CurrentPasswordLastAttempt = new(
        "あと1回間違えると、しばらくパスワードを変更できず、パスワードでログインすることもできなくなります。",
        "One attempt left: after one more mistake, changing the password and password sign-in are paused for a while.");

    // お名前の変更
    public static readonly LocalizedText ChangeNameTitle = new(
        "お名前の変更",
        "Change your name");

    public static readonly LocalizedText ChangeNameIntro = new(
        "新しいお名前（姓/名）を入力して「お名前を変更」をクリックしてください。",
        "Enter your new name (family name and given name), then press \"Change name\".");

    public static readonly LocalizedText ChangeNameSubmit = new(
        "お名前を変更",
        "Change name");

    // メールアドレスの変更
    public static readonly LocalizedText ChangeEmailTitle = new(
        "メールアドレスの変更",
        "Change your e-mail address");

    public static readonly LocalizedText ChangeEmailIntro = new(
        "新しいメールアドレスを入力して「確認コードを送信」をクリックしてください。新しいメールアドレスに確認コードをお送りします。確認が終わるまで、今のメールアドレスのままです。",
        "Enter the new e-mail address and press \"Send code\". We will mail a verification code to the new address. Until you confirm it, your current address stays.");

    public static readonly LocalizedText ChangeEmailCurrentLabel = new(
        "現在のメールアドレス",
        "Current e-mail address");

    public static readonly LocalizedText ChangeEmailNewLabel = new(
        "新しいメールアドレス",
        "New e-mail address");

    public static readonly LocalizedText ChangeEmailSubmit = new(
        "確認コードを送信",
        "Send code");

    public static readonly LocalizedText ConfirmEmailTitle = new(
        "新しいメールアドレスの確認",
        "Confirm your new e-mail address");

    public static readonly LocalizedText ConfirmEmailSentToFormat = new(
        "{0} に確認コードを送信しました。",
        "We sent a verification code to {0}.");

    public static readonly LocalizedText ConfirmEmailIntro = new(
        "メールに記載された確認コード（数字6桁）を入力して「メールアドレスを変更」をクリックしてください。",
        "Enter the 6-digit code from the e-mail and press \"Change e-mail address\".");

    public static readonly LocalizedText ConfirmEmailSubmit = new(
        "メールアドレスを変更",
        "Change e-mail address");

    public static readonly LocalizedText ConfirmEmailMissingTitle = new(
        "メールアドレスの変更が始まっていません",
        "No e-mail address change in progress");

    public static readonly LocalizedText ConfirmEmailMissingText = new(
        "このブラウザで進行中のメールアドレスの変更はありません。アカウント設定から、もう一度新しいメールアドレスを入力してください。",
        "There is no e-mail address change in progress in this browser. Please enter the new address again from the account settings.");

    public static readonly LocalizedText ChangeEmailOtherAddress = new(
        "別のメールアドレスを入力する",
        "Enter a different address");

    // 電話番号の変更
    public static readonly LocalizedText ChangePhoneTitle = new(
        "電話番号の変更",
        "Change your phone number");

    public static readonly LocalizedText ChangePhoneIntro = new(
        "新しい電話番号を入力し、確認コードの受け取り方法を選んでください。SMSは携帯電話番号のみ、電話は携帯電話・固定電話のどちらにもおかけします。確認が終わるまで、今の電話番号のままです。",
        "Enter the new phone number and choose how to receive the code: SMS goes to mobile numbers only, a voice call to mobile or landline numbers. Until you confirm it, your current number stays.");

    public static readonly LocalizedText ChangePhoneCurrentLabel = new(
        "現在の電話番号",
        "Current phone number");

    public static readonly LocalizedText ChangePhoneNewLabel = new(
        "新しい電話番号",
        "New phone number");

    public static readonly LocalizedText ConfirmPhoneTitle = new(
        "新しい電話番号の確認",
        "Confirm your new phone number");

    public static readonly LocalizedText ConfirmPhoneSubmit = new(
        "電話番号を変更",
        "Change phone number");

    public static readonly LocalizedText ConfirmPhoneMissingTitle = new(
        "電話番号の変更が始まっていません",
        "No phone number change in progress");

    public static readonly LocalizedText ConfirmPhoneMissingText = new(
        "このブラウザで進行中の電話番号の変更はありません。アカウント設定から、もう一度新しい電話番号を入力してください。",
        "There is no phone number change in progress in this browser. Please enter the new number again from the account settings.");
}
