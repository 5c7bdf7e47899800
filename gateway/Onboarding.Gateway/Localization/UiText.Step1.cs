using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // STEP 1: shared by its screens
    public static readonly LocalizedText ErrorSummaryTitle = new(
        "入力内容をご確認ください",
        "Please check the following");

    public static readonly LocalizedText ErrorPrefix = new(
        "エラー：",
        "Error:");

    /// <summary>Two sentences in a row ({0} then {1}): no space between Japanese sentences, one between English ones.</summary>
    public static readonly LocalizedText SentenceJoinFormat = new(
        "{0}{1}",
        "{0} {1}");

    public static readonly LocalizedText AttemptsRemainingFormat = new(
        "あと{0}回入力できます。",
        "You have {0} attempts left.");

    public static readonly LocalizedText LookupLastAttempt = new(
        "あと1回間違えると、しばらくの間入力できなくなります。",
        "One attempt left: after one more mistake you will have to wait before you can try again.");

    public static readonly LocalizedText PasscodeLastAttempt = new(
        "あと1回間違えると、このパスコードは使えなくなります。",
        "One attempt left: after one more mistake this passcode stops working.");

    public static readonly LocalizedText RetryAfterFormat = new(
        "{0}（約{1}後）以降にご利用いただけます。",
        "You can try again after {0} (in about {1}).");

    /// <summary>After a locked lookup's wait: who can end the lock-out sooner (the help desk, by unlocking the number).</summary>
    public static readonly LocalizedText LookupLockedHelpDesk = new(
        "お待ちいただけない場合や、通知書どおりに入力しても受け付けられない場合は、生協のヘルプデスクにお問い合わせください。組合員番号のロックを解除いたします。",
        "If you cannot wait, or your details from the notice are still not accepted, please contact your co-op's help desk: they can unlock your member number.");

    public static readonly LocalizedText ResendAfterFormat = new(
        "{0}以降に再送信できます。",
        "You can send a new passcode after {0}.");

    public static readonly LocalizedText StartOverButton = new(
        "組合員番号の入力に戻る",
        "Enter my member number again");

    public static readonly LocalizedText LookupMissingTitle = new(
        "確認情報が見つかりません",
        "We could not find your details");

    public static readonly LocalizedText LookupMissingText = new(
        "ご登録者の確認がまだ行われていないか、中断されています。通知書に記載の組合員番号と生年月日の入力からやり直してください。",
        "Your details have not been checked yet, or you cancelled. Please enter the member number and birth date from your notice again.");

    public static readonly LocalizedText LookupExpiredTitle = new(
        "確認の有効期限が切れました",
        "This confirmation has expired");

    public static readonly LocalizedText LookupExpiredText = new(
        "安全のため、ご登録者の確認から30分を過ぎると、続きの操作はできなくなります。お手数ですが、組合員番号と生年月日の入力からやり直してください。",
        "For your security, you have 30 minutes after we find your details to continue. Please enter your member number and birth date again.");

    // STEP 1, screen 1: member number and birth date
    public static readonly LocalizedText LookupTitle = new(
        "組合員番号と生年月日の入力",
        "Enter your member number and birth date");

    public static readonly LocalizedText LookupIntro = new(
        "通知書に記載の組合員番号と生年月日を入力し、「入力内容を確認する」を押してください。",
        "Enter the member number and birth date printed on your notice, then press “Check my details”.");

    public static readonly LocalizedText MemberNumberLabel = new(
        "生協組合員番号",
        "Co-op member number");

    public static readonly LocalizedText MemberNumberHint = new(
        "半角数字で12桁でご入力ください。",
        "The 12 digits printed on your notice.");

    public static readonly LocalizedText BirthDateLegend = new(
        "ご本人さまの生年月日",
        "Your date of birth");

    public static readonly LocalizedText BirthDateHint = new(
        "年は西暦でお選びください。かっこ内は和暦です。",
        "Choose the year in the Western calendar; the Japanese era year is shown in brackets.");

    public static readonly LocalizedText BirthYearLabel = new(
        "年",
        "Year");

    public static readonly LocalizedText BirthMonthLabel = new(
        "月",
        "Month");

    public static readonly LocalizedText BirthDayLabel = new(
        "日",
        "Day");

    public static readonly LocalizedText SelectPlaceholder = new(
        "選択",
        "Select");

    /// <summary>How a month reads in its select (a .NET date format applied to the 1st of that month).</summary>
    public static readonly LocalizedText MonthOptionPattern = new(
        "%M",
        "MMMM");

    public static readonly LocalizedText LookupSubmit = new(
        "入力内容を確認する",
        "Check my details");

    // STEP 1, screen 2: ご登録者の確認
    public static readonly LocalizedText ConfirmTitle = new(
        "ご登録者の確認",
        "Confirm the registered member");

    public static readonly LocalizedText ConfirmIntro = new(
        "いただいた情報で検索した結果、以下の方の情報が見つかりました。",
        "We searched with the details you entered and found the following member.");

    public static readonly LocalizedText MaskedNameLabel = new(
        "氏名 (一部マスキングしています)",
        "Name (partly masked)");

    public static readonly LocalizedText HonorificFormat = new(
        "{0} さま",
        "{0}");

    public static readonly LocalizedText ConfirmInstruction = new(
        "お名前が正しい場合は「メールアドレスを確認する」ボタンをクリックし、登録済メールアドレスの確認または更新・新規登録を行ってください。",
        "If the name is yours, press “Check email address” to confirm the email address we have on file, update it, or register a new one.");

    public static readonly LocalizedText ConfirmWrongName = new(
        "お名前に心当たりがない場合は「中断する」を押し、通知書の組合員番号と生年月日をもう一度ご確認ください。",
        "If this is not you, press “Cancel” and check the member number and birth date on your notice again.");

    public static readonly LocalizedText ConfirmContinue = new(
        "メールアドレスを確認する",
        "Check email address");

    public static readonly LocalizedText ConfirmCancel = new(
        "中断する",
        "Cancel");

    // STEP 1, screen 3: 登録内容確認
    public static readonly LocalizedText EmailTitle = new(
        "登録内容確認",
        "Check your registered details");

    public static readonly LocalizedText EmailIntro = new(
        "メールアドレスの更新・新規登録を行います。",
        "Confirm the email address we have on file, or register a new one.");

    public static readonly LocalizedText RegisteredHeading = new(
        "メールアドレスの更新を行う",
        "Confirm the registered email address");

    public static readonly LocalizedText RegisteredText = new(
        "登録されているメールアドレスがある場合は「更新用パスコードを送信する」ボタンをクリックしてください。登録されているメールアドレスにパスコードを送信します。メールが届きましたら、メール本文のリンクをクリックしてパスコードの入力画面を開いてください。",
        "If we have an email address on file, press “Send passcode to this address”. We will send a passcode to that address. When the email arrives, click the link in it to open the passcode page.");

    public static readonly LocalizedText RegisteredExists = new(
        "登録されているメールアドレスがあります",
        "We have an email address on file");

    public static readonly LocalizedText RegisteredNone = new(
        "登録されているメールアドレスはありません",
        "We have no email address on file");

    public static readonly LocalizedText RegisteredNoneHint = new(
        "メールアドレスの表示がない方や、そのアドレスでメールを受信できない方は「メールアドレスの新規登録を行う」へお進みください。",
        "If no address is shown, or you can no longer receive mail at it, go to “Register a new email address”.");

    public static readonly LocalizedText SendRegisteredButton = new(
        "更新用パスコードを送信する",
        "Send passcode to this address");

    public static readonly LocalizedText NewHeading = new(
        "メールアドレスの新規登録を行う",
        "Register a new email address");

    public static readonly LocalizedText NewText = new(
        "新規登録を行うメールアドレス、または変更後のメールアドレスを入力してください。このアドレスは「大学生協アプリ(公式)」のサインイン用となります。メールが届きましたら、メール本文のリンクをクリックしてパスコードの入力画面を開いてください。",
        "Enter the new email address, or the address you want to change to. You will use it to sign in to the official University Co-op app. When the email arrives, click the link in it to open the passcode page.");

    public static readonly LocalizedText EmailLabel = new(
        "メールアドレス",
        "Email address");

    public static readonly LocalizedText EmailHint = new(
        "半角英数字記号でご入力ください。",
        "For example, name@example.ac.jp (letters, digits and symbols only).");

    public static readonly LocalizedText EmailConfirmationLabel = new(
        "確認用メールアドレス",
        "Confirm email address");

    public static readonly LocalizedText EmailConfirmationHint = new(
        "確認のためにもう一度ご入力ください。",
        "Enter the same address again.");

    public static readonly LocalizedText NewSendNote = new(
        "入力いただいたメールアドレスにパスコードを送信します。",
        "We will send a passcode to the address you entered.");

    public static readonly LocalizedText SendNewButton = new(
        "登録用パスコードを送信する",
        "Send passcode to the new address");

    public static readonly LocalizedText OpenSentPasscodePage = new(
        "送信済みのパスコードを入力する",
        "Enter the passcode already sent");

    // STEP 1, screen 4: パスコードで認証 (also opened from the mail's link, in any browser)
    public static readonly LocalizedText PasscodeTitle = new(
        "パスコードで認証",
        "Verify with a passcode");

    public static readonly LocalizedText PasscodeSentToFormat = new(
        "{0} にパスコードを送信しました。",
        "We sent a passcode to {0}.");

    public static readonly LocalizedText PasscodeIntro = new(
        "メールに記載のパスコードを入力し、「パスコードを確認する」を押してください。",
        "Enter the passcode from the email and press “Verify passcode”.");

    public static readonly LocalizedText PasscodeMailLinkNote = new(
        "この画面は、メール本文のリンクからも開けます。",
        "You can also open this page from the link in the email.");

    public static readonly LocalizedText PasscodeExpiresFormat = new(
        "パスコードの有効期限：{0}まで",
        "The passcode is valid until {0}.");

    public static readonly LocalizedText PasscodeLabel = new(
        "パスコード",
        "Passcode");

    public static readonly LocalizedText PasscodeHint = new(
        "届いたパスコード（半角数字6桁）をご入力ください。",
        "The 6-digit code in the email.");

    public static readonly LocalizedText PasscodeSubmit = new(
        "パスコードを確認する",
        "Verify passcode");

    public static readonly LocalizedText ResendHeading = new(
        "メールが届かない場合",
        "Didn't get the email?");

    public static readonly LocalizedText ResendText = new(
        "迷惑メールフォルダもご確認ください。パスコードを再送信すると、それまでのパスコードは使えなくなります。",
        "Please check your spam folder too. When you send a new passcode, the previous one stops working.");

    public static readonly LocalizedText ResendButton = new(
        "パスコードを再送信する",
        "Send a new passcode");

    public static readonly LocalizedText ResentNotice = new(
        "新しいパスコードを送信しました。最新のメールに記載のパスコードを入力してください。",
        "We sent a new passcode. Please enter the code from the latest email.");

    public static readonly LocalizedText PasscodeExpiredText = new(
        "このパスコードは有効期限が切れています。「パスコードを再送信する」から新しいパスコードを受け取ってください。",
        "This passcode has expired. Press “Send a new passcode” to get a new one.");

    public static readonly LocalizedText PasscodeLockedText = new(
        "パスコードの入力誤りが上限に達したため、このパスコードは使えません。「パスコードを再送信する」から新しいパスコードを受け取ってください。",
        "Too many incorrect entries, so this passcode no longer works. Press “Send a new passcode” to get a new one.");

    public static readonly LocalizedText PasscodeSupersededText = new(
        "新しいパスコードを送信したため、このパスコードは使えなくなりました。最新のメールに記載のリンクから入力画面を開いてください。",
        "A newer passcode was sent, so this one no longer works. Please open the passcode page from the link in the latest email.");

    public static readonly LocalizedText PasscodeAlreadyConfirmedText = new(
        "このパスコードによるメールアドレスの確認は完了しています。STEP 2へお進みください。",
        "Your email address has already been confirmed with this passcode. Please continue with STEP 2.");

    public static readonly LocalizedText ChallengeNotFoundTitle = new(
        "パスコードの確認情報が見つかりません",
        "Passcode request not found");

    public static readonly LocalizedText ChallengeNotFoundText = new(
        "メールのリンクが途中で切れていないかご確認ください。解決しない場合は、組合員番号と生年月日の入力からやり直してください。",
        "Please check that the link from the email was opened in full. If that does not help, enter your member number and birth date again.");

    // STEP 1, done
    public static readonly LocalizedText DoneTitle = new(
        "STEP 1が完了しました",
        "STEP 1 is complete");

    public static readonly LocalizedText DoneText = new(
        "メールアドレスの確認が完了しました。",
        "Your email address is confirmed.");

    public static readonly LocalizedText DoneEmailLabel = new(
        "確認したメールアドレス",
        "Confirmed email address");

    public static readonly LocalizedText DoneNextText = new(
        "次はSTEP 2で、このメールアドレスを使ってマイポータルに登録します。STEP 2ではメールアドレスを変更できません。",
        "Next, in STEP 2, you register with My Portal using this email address. The address cannot be changed in STEP 2.");

    public static readonly LocalizedText DoneNextButton = new(
        "STEP 2 マイポータルへの登録へ進む",
        "Continue to STEP 2: Register with My Portal");

    public static readonly LocalizedText DoneMissingTitle = new(
        "STEP 1の完了を確認できません",
        "We cannot find a completed STEP 1");

    public static readonly LocalizedText DoneMissingText = new(
        "この画面は、STEP 1を完了したブラウザでのみ表示できます。STEP 1がお済みでない方は、組合員番号と生年月日の入力から始めてください。",
        "This page can only be shown in the browser in which STEP 1 was completed. If you have not done STEP 1 yet, start by entering your member number and birth date.");
}
