using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // STEP 2: start, sign-up, e-mail code, e-mail verified
    public static readonly LocalizedText Step2StartTitle = new(
        "マイポータルへの登録",
        "Register for My Portal");

    public static readonly LocalizedText Step2StartIntro = new(
        "マイポータルへの登録を行います。登録にはSTEP 1で確認したメールアドレスと電話番号が必要です。",
        "Here you register for My Portal. You need the e-mail address you confirmed in STEP 1 and a phone number.");

    public static readonly LocalizedText Step2StartFirstTime = new(
        "初めての方は、サインインではなく、「今すぐサインアップ」から入ります。",
        "If this is your first time, do not sign in: start with \"Sign up now\".");

    public static readonly LocalizedText Step2StartStepsHeading = new(
        "STEP 2の流れ",
        "How STEP 2 works");

    public static readonly LocalizedText Step2StartStepEmail = new(
        "メールアドレスで確認コードを受け取り、「コードの確認」を行います。",
        "Receive a verification code at your e-mail address and confirm it (\"Verify code\").");

    public static readonly LocalizedText Step2StartStepProfile = new(
        "任意のパスワード（2回）と名前（姓/名）を入力します。",
        "Enter a password of your choice (twice) and your name (family / given).");

    public static readonly LocalizedText Step2StartStepPhone = new(
        "電話番号を確認します。携帯電話はSMSのコードで、SMSが受信できない方は音声電話で（固定電話も可）。",
        "Verify your phone number: a mobile by a code in an SMS, or by a voice call if you cannot receive SMS (landlines too).");

    public static readonly LocalizedText Step2KnownEmailLabel = new(
        "STEP 1で確認したメールアドレス",
        "E-mail address confirmed in STEP 1");

    public static readonly LocalizedText Step2UnknownEmailText = new(
        "このブラウザではSTEP 1の完了を確認できません。次の画面で、STEP 1で確認したメールアドレスを入力してください。",
        "This browser has no record of STEP 1. On the next screen, enter the e-mail address you confirmed in STEP 1.");

    public static readonly LocalizedText Step2SignupButton = new(
        "今すぐサインアップ",
        "Sign up now");

    public static readonly LocalizedText SignupTitle = new(
        "サインアップ",
        "Sign up");

    public static readonly LocalizedText SignupIntro = new(
        "STEP 1で確認したメールアドレスに確認コードを送信します。",
        "We will send a verification code to the e-mail address you confirmed in STEP 1.");

    public static readonly LocalizedText SignupEmailFixedNote = new(
        "STEP 2ではメールアドレスを変更できません。別のアドレスを使う場合は、先にSTEP 1でそのアドレスを確認してください。",
        "The e-mail address cannot be changed in STEP 2. To use another address, confirm it in STEP 1 first.");

    public static readonly LocalizedText SignupEmailLabel = new(
        "メールアドレス",
        "E-mail address");

    public static readonly LocalizedText SignupEmailHint = new(
        "STEP 1で確認したメールアドレスを半角英数字記号でご入力ください。",
        "Enter the e-mail address you confirmed in STEP 1.");

    public static readonly LocalizedText SignupSubmit = new(
        "確認コードを送信",
        "Send verification code");

    public static readonly LocalizedText SignupGoToStep1 = new(
        "STEP 1 メールアドレスの確認へ",
        "Go to STEP 1: Confirm your e-mail address");

    public static readonly LocalizedText SignupSignInNote = new(
        "サインインは、STEP 3の画面から行えます。",
        "You can sign in from the STEP 3 screens.");

    public static readonly LocalizedText EmailCodeTitle = new(
        "確認コードの入力",
        "Enter the verification code");

    public static readonly LocalizedText EmailCodeSentToFormat = new(
        "{0} に確認コードを送信しました。",
        "We sent a verification code to {0}.");

    public static readonly LocalizedText EmailCodeIntro = new(
        "メールに記載の確認コードを入力し、「コードの確認」を押してください。",
        "Enter the code from the e-mail and press \"Verify code\".");

    public static readonly LocalizedText EmailCodeExpiresFormat = new(
        "確認コードの有効期限：{0}まで",
        "The code is valid until {0}.");

    public static readonly LocalizedText EmailCodeLabel = new(
        "確認コード",
        "Verification code");

    public static readonly LocalizedText EmailCodeHint = new(
        "届いた確認コード（半角数字6桁）をご入力ください。",
        "Enter the 6-digit code you received.");

    public static readonly LocalizedText EmailCodeSubmit = new(
        "コードの確認",
        "Verify code");

    public static readonly LocalizedText EmailCodeLastAttempt = new(
        "あと1回間違えると、この確認コードは使えなくなります。",
        "One attempt left: after one more mistake this code stops working.");

    public static readonly LocalizedText EmailCodeResendHeading = new(
        "メールが届かない場合",
        "If the e-mail does not arrive");

    public static readonly LocalizedText EmailCodeResendText = new(
        "迷惑メールフォルダもご確認ください。確認コードを再送信すると、それまでのコードは使えなくなります。",
        "Please check your spam folder too. Sending a new code makes the previous one stop working.");

    public static readonly LocalizedText EmailCodeResendButton = new(
        "確認コードを再送信",
        "Send the code again");

    public static readonly LocalizedText EmailCodeResentNotice = new(
        "新しい確認コードを送信しました。最新のメールに記載のコードを入力してください。",
        "A new code has been sent. Please enter the code from the latest e-mail.");

    public static readonly LocalizedText SignupMissingTitle = new(
        "サインアップの情報が見つかりません",
        "We could not find your sign-up");

    public static readonly LocalizedText SignupMissingText = new(
        "このブラウザで始めたサインアップがないか、有効期限が切れています。「今すぐサインアップ」からやり直してください。",
        "There is no sign-up from this browser, or it has expired. Please start again with \"Sign up now\".");

    public static readonly LocalizedText EmailVerifiedTitle = new(
        "メールアドレスの確認が完了しました",
        "Your e-mail address is verified");

    public static readonly LocalizedText EmailVerifiedText = new(
        "マイポータルに登録するメールアドレスを確認しました。",
        "We have verified the e-mail address for your My Portal account.");

    public static readonly LocalizedText EmailVerifiedNextHeading = new(
        "このあとの手順",
        "What comes next");

    public static readonly LocalizedText EmailVerifiedNextProfile = new(
        "任意のパスワード（2回）と名前（姓/名）を入力します。パスワードはマイポータルへのログインに必要です。忘れないように控えておいてください。",
        "Enter a password of your choice (twice) and your name (family / given). You need the password to sign in to My Portal; keep a note of it.");

    public static readonly LocalizedText EmailVerifiedNextPhoneFormat = new(
        "携帯電話番号を入力し「{0}」を押して、SMSで届くコードを入力します。SMSが受信できない方は「{1}」を押すと、音声電話でコードをお知らせします。",
        "Enter your mobile number and press \"{0}\", then enter the code you receive by SMS. If you cannot receive SMS, press \"{1}\" and a voice call will read you the code.");

    public static readonly LocalizedText PhoneSmsButton = new(
        "コードの送信",
        "Send code");

    public static readonly LocalizedText PhoneVoiceButton = new(
        "電話する",
        "Call me");

    public static readonly LocalizedText EmailVerifiedNextLink = new(
        "パスワードと名前の入力へ進む",
        "Continue to password and name");

    public static readonly LocalizedText ProfileTitle = new(
        "パスワードと名前の入力",
        "Password and name");

    public static readonly LocalizedText ProfileIntro = new(
        "任意のパスワード（2回）と名前（姓/名）をご入力ください。",
        "Enter a password of your choice (twice) and your name (family / given).");

    public static readonly LocalizedText ProfilePasswordReminder = new(
        "パスワードはマイポータルへのログインに必要です。忘れないように控えておいて下さい。",
        "You need the password to sign in to My Portal. Keep a note of it so you do not forget it.");

    public static readonly LocalizedText ProfilePasswordLabel = new(
        "パスワード",
        "Password");

    public static readonly LocalizedText ProfilePasswordHint = new(
        "8文字以上でご入力ください。",
        "At least 8 characters.");

    public static readonly LocalizedText ProfilePasswordConfirmationLabel = new(
        "パスワード（確認用）",
        "Password (again, to confirm)");

    public static readonly LocalizedText ProfileFamilyNameLabel = new(
        "姓",
        "Family name");

    public static readonly LocalizedText ProfileGivenNameLabel = new(
        "名",
        "Given name");

    public static readonly LocalizedText ProfileSubmit = new(
        "次へ（電話番号の入力）",
        "Continue (phone number)");

    public static readonly LocalizedText ProfileMissingTitle = new(
        "先にメールアドレスの確認が必要です",
        "Verify your e-mail address first");

    public static readonly LocalizedText PhoneTitle = new(
        "電話番号の確認（SMS・音声電話）",
        "Verify your phone number (SMS or voice call)");

    public static readonly LocalizedText PhoneIntro = new(
        "携帯電話番号を入力し「コードの送信」をクリックしてください。SMSで確認コードが届きます。",
        "Enter your mobile number and press \"Send code\". We will send you a verification code by SMS.");

    public static readonly LocalizedText PhoneVoiceHint = new(
        "※SMSが受信できない方は、「電話する」をクリックしてください。音声電話でコードをお知らせします（固定電話の番号も使えます）。",
        "If you cannot receive SMS, press \"Call me\". We will read the code out in a voice call (a landline number works too).");

    public static readonly LocalizedText PhoneNumberLabel = new(
        "電話番号",
        "Phone number");

    public static readonly LocalizedText PhoneNumberHint = new(
        "SMSは携帯電話番号、「電話する」は携帯電話・固定電話のどちらの番号でも受けられます。例：09012345678（ハイフンなしでも可）",
        "SMS needs a mobile number; \"Call me\" works with a mobile or a landline number. For example 09012345678 (hyphens are optional).");

    public static readonly LocalizedText PhoneProfileMissingTitle = new(
        "先にパスワードと名前を入力してください",
        "Enter your password and name first");

    public static readonly LocalizedText PhoneProfileMissingLink = new(
        "パスワードと名前の入力へ",
        "Go to password and name");

    public static readonly LocalizedText PhoneCodeTitle = new(
        "SMSで送られてきたコードを入力",
        "Enter the code we sent you");

    public static readonly LocalizedText PhoneCodeSentSmsFormat = new(
        "{0} にSMSで確認コードを送信しました。",
        "We sent a verification code by SMS to {0}.");

    public static readonly LocalizedText PhoneCodeSentVoiceFormat = new(
        "{0} に電話をかけて確認コードをお知らせしました。",
        "We called {0} and read out a verification code.");

    public static readonly LocalizedText PhoneCodeExpiresFormat = new(
        "確認コードの有効期限：{0}まで",
        "The code is valid until {0}.");

    public static readonly LocalizedText PhoneCodeLabel = new(
        "確認コード",
        "Verification code");

    public static readonly LocalizedText PhoneCodeHint = new(
        "届いた6桁の数字をご入力ください。",
        "Enter the 6-digit code you received.");

    public static readonly LocalizedText PhoneCodeSubmit = new(
        "コードの確認",
        "Verify code");

    public static readonly LocalizedText PhoneCodeResendHeading = new(
        "コードが届かない場合",
        "If the code does not arrive");

    public static readonly LocalizedText PhoneCodeResendText = new(
        "新しいコードを送信すると、前のコードは使えなくなります。SMSが受信できない方は「電話する」をクリックしてください。",
        "Sending a new code makes the previous one stop working. If you cannot receive SMS, press \"Call me\".");

    public static readonly LocalizedText PhoneCodeResentNotice = new(
        "新しい確認コードを送信しました。最新のコードを入力してください。",
        "A new code has been sent. Please enter the latest code.");

    public static readonly LocalizedText PhoneCodeChangeNumber = new(
        "電話番号を変更する",
        "Change the phone number");

    public static readonly LocalizedText PhoneCodeMissingTitle = new(
        "先に電話番号を入力してください",
        "Enter your phone number first");

    public static readonly LocalizedText PhoneCodeMissingLink = new(
        "電話番号の入力へ",
        "Go to the phone number");

    public static readonly LocalizedText Step2DoneTitle = new(
        "STEP 2 マイポータルへの登録が完了しました",
        "STEP 2 complete: your My Portal account is registered");

    public static readonly LocalizedText Step2DoneText = new(
        "マイポータルのアカウントを登録しました。ログインには確認したメールアドレスと、設定したパスワードを使います。",
        "Your My Portal account is registered. You sign in with the e-mail address you verified and the password you chose.");

    public static readonly LocalizedText Step2DoneNextText = new(
        "続いてSTEP 3でPokePay（電子マネー機能）の認証を行います。",
        "Next, in STEP 3, you authenticate the PokePay e-money function.");

    public static readonly LocalizedText Step2DoneNextLink = new(
        "STEP 3 PokePay認証へ進む",
        "Continue to STEP 3: PokePay authentication");
}
