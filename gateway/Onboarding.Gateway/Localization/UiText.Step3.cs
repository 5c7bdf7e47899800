using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // STEP 3: sign-in (PokePayマイページにアクセス), code, 続行, PokePay 認証, e-money mypage
    public static readonly LocalizedText Step3SignInTitle = new(
        "PokePayマイページにアクセス",
        "Access the PokePay mypage");

    public static readonly LocalizedText Step3SignInIntro = new(
        "STEP 2でマイポータルに登録したメールアドレスでサインインします。メールアドレスを入力して「確認コードを送信」をクリックしてください。",
        "Sign in with the e-mail address you registered with My Portal in STEP 2. Enter it and press \"Send verification code\".");

    public static readonly LocalizedText Step3StepsHeading = new(
        "STEP 3の流れ",
        "How STEP 3 works");

    public static readonly LocalizedText Step3StepSignIn = new(
        "登録したメールアドレスを入力→「確認コードを送信」",
        "Enter your registered e-mail address, then press \"Send verification code\".");

    public static readonly LocalizedText Step3StepCode = new(
        "受信した確認コードを入力→「コードの確認」をクリック。確認が完了したら「続行」をクリック",
        "Enter the code you received and press \"Verify code\". When it is verified, press \"Continue\".");

    public static readonly LocalizedText Step3StepProvider = new(
        "PokePayの画面で登録したメールアドレスを入力して「ログイン・新規登録」、受信した認証コードを入力して「ログイン」",
        "On the PokePay screen, enter your registered e-mail address and press \"Log in / Sign up\", then enter the code you receive and press \"Log in\".");

    public static readonly LocalizedText Step3StepConsent = new(
        "「アクセスを許可する」をクリック。電子マネーマイページが表示されたら登録完了です。",
        "Press \"Allow access\". When the e-money mypage appears, your registration is complete.");

    public static readonly LocalizedText Step3OrderNote = new(
        "必ず先に「コードの確認」を押してください。コードの確認完了後、「続行」をクリックしてください。",
        "Always press \"Verify code\" first. Only after the code is verified, press \"Continue\".");

    public static readonly LocalizedText Step3EmailLabel = new(
        "メールアドレス",
        "E-mail address");

    public static readonly LocalizedText Step3EmailHint = new(
        "マイポータルに登録したメールアドレスを半角英数字記号でご入力ください。",
        "Enter the e-mail address you registered with My Portal.");

    public static readonly LocalizedText Step3SignInSubmit = new(
        "確認コードを送信",
        "Send verification code");

    public static readonly LocalizedText Step3SignedInNote = new(
        "このブラウザではすでにサインインしています。",
        "You are already signed in in this browser.");

    public static readonly LocalizedText Step3OpenMypage = new(
        "電子マネーマイページを開く",
        "Open the e-money mypage");

    public static readonly LocalizedText Step3SessionExpiredNotice = new(
        "サインインの有効期限が切れました。もう一度メールアドレスを入力してサインインしてください。",
        "Your sign-in has expired. Please enter your e-mail address and sign in again.");

    /// <summary>The header's button on every page once signed in to STEP 3, and the sign-in page's confirmation.</summary>
    public static readonly LocalizedText SignOutButton = new(
        "サインアウト",
        "Sign out");

    public static readonly LocalizedText Step3SignedOutNotice = new(
        "サインアウトしました。電子マネーマイページをご覧になるには、もう一度メールアドレスを入力してサインインしてください。",
        "You have signed out. To see the e-money mypage again, enter your e-mail address and sign in.");

    public static readonly LocalizedText Step3CodeTitle = new(
        "確認コードの入力",
        "Enter the verification code");

    public static readonly LocalizedText Step3CodeSentToFormat = new(
        "{0} がマイポータルに登録されたメールアドレスであれば、確認コードを送信しました。",
        "If {0} is registered with My Portal, we have sent a verification code to it.");

    public static readonly LocalizedText Step3CodeIntro = new(
        "受信した確認コードを入力し、「コードの確認」をクリックしてください。",
        "Enter the code you received and press \"Verify code\".");

    public static readonly LocalizedText Step3CodeExpiresFormat = new(
        "確認コードの有効期限：{0}まで",
        "The code is valid until {0}.");

    public static readonly LocalizedText Step3CodeResendText = new(
        "迷惑メールフォルダもご確認ください。確認コードを再送信すると、それまでのコードは使えなくなります。",
        "Please check your spam folder too. Sending a new code makes the previous one stop working.");

    public static readonly LocalizedText Step3ChangeEmail = new(
        "メールアドレスを入力し直す",
        "Enter a different e-mail address");

    public static readonly LocalizedText Step3SignInMissingTitle = new(
        "サインインの情報が見つかりません",
        "We could not find your sign-in");

    public static readonly LocalizedText Step3SignInMissingText = new(
        "このブラウザで始めたサインインがないか、有効期限が切れています。メールアドレスの入力からやり直してください。",
        "There is no sign-in from this browser, or it has expired. Please start again by entering your e-mail address.");

    public static readonly LocalizedText Step3StartOver = new(
        "メールアドレスの入力へ",
        "Go to e-mail address entry");

    public static readonly LocalizedText Step3VerifiedTitle = new(
        "コードの確認が完了しました",
        "Your code is verified");

    public static readonly LocalizedText Step3VerifiedText = new(
        "マイポータルへのサインインが完了しました。「続行」をクリックすると、PokePayの認証画面に移動します。",
        "You are signed in to My Portal. Press \"Continue\" to go to the PokePay authentication screen.");

    public static readonly LocalizedText Step3SignedInAsLabel = new(
        "サインイン中のメールアドレス",
        "Signed in as");

    public static readonly LocalizedText Step3ProviderHeading = new(
        "PokePay 認証へ進む",
        "Continue to PokePay authentication");

    public static readonly LocalizedText Step3ProviderStepLogin = new(
        "PokePayの画面が表示されたら、登録したメールアドレスを入力して「ログイン・新規登録」をクリックします。",
        "When the PokePay screen appears, enter your registered e-mail address and press \"Log in / Sign up\".");

    public static readonly LocalizedText Step3ProviderStepCode = new(
        "受信した認証コードを入力し、「ログイン」をクリックします。",
        "Enter the authentication code you receive and press \"Log in\".");

    public static readonly LocalizedText Step3ProviderStepConsent = new(
        "認証が完了したら、「アクセスを許可する」をクリックします。電子マネーマイページが表示されたら登録完了です。",
        "When you are authenticated, press \"Allow access\". When the e-money mypage appears, your registration is complete.");

    public static readonly LocalizedText Step3ContinueButton = new(
        "続行",
        "Continue");

    public static readonly LocalizedText Step3RedirectingText = new(
        "PokePayの認証画面に移動しています。画面が切り替わらない場合は、下の「PokePay 認証へ進む」をクリックしてください。",
        "Taking you to the PokePay authentication screen. If nothing happens, press \"Continue to PokePay authentication\" below.");

    public static readonly LocalizedText Step3LinkFailedTitle = new(
        "PokePay 認証を開始できませんでした",
        "PokePay authentication could not be started");

    public static readonly LocalizedText Step3LinkFailedText = new(
        "時間をおいて、もう一度お試しください。",
        "Please wait a little and try again.");

    public static readonly LocalizedText MypageTitle = new(
        "電子マネーマイページ",
        "E-money mypage");

    public static readonly LocalizedText MypageCompletedTitle = new(
        "登録完了",
        "Registration complete");

    public static readonly LocalizedText MypageCompletedTextFormat = new(
        "3つのSTEPがすべて完了しました。{0}以降も、お手持ちのICカードで電子マネーを引き続きご利用いただけます。",
        "All three steps are complete. You can keep using the e-money on your IC card from {0} onwards.");

    public static readonly LocalizedText MypageLinkedPendingText = new(
        "PokePayとの連携は完了しています。登録の完了が反映されるまで、少し時間がかかることがあります。このページは数秒ごとに自動で更新されます。",
        "Your PokePay link is in place. It can take a moment before your registration shows as complete; this page refreshes itself every few seconds.");

    public static readonly LocalizedText MypageNotLinkedText = new(
        "PokePayとの連携がまだ完了していません。「PokePay 認証へ進む」から連携してください。",
        "Your PokePay link is not complete yet. Press \"Continue to PokePay authentication\" to link it.");

    public static readonly LocalizedText MypageLinkStateLabel = new(
        "PokePay連携",
        "PokePay link");

    public static readonly LocalizedText MypageLinked = new(
        "連携済み",
        "Linked");

    public static readonly LocalizedText MypageNotLinked = new(
        "未連携",
        "Not linked");

    public static readonly LocalizedText MypageLinkedAtLabel = new(
        "連携日時",
        "Linked on");

    public static readonly LocalizedText MypageBalanceHeading = new(
        "残高",
        "Balance");

    public static readonly LocalizedText MypageTotalBalanceLabel = new(
        "合計残高",
        "Total balance");

    public static readonly LocalizedText MypageMoneyBalanceLabel = new(
        "電子マネー残高",
        "E-money");

    public static readonly LocalizedText MypagePointBalanceLabel = new(
        "ポイント残高",
        "Points");

    /// <summary>An amount of yen, {0} already formatted with its sign and digit grouping.</summary>
    public static readonly LocalizedText YenFormat = new(
        "{0}円",
        "¥{0}");

    public static readonly LocalizedText MypageTransactionsHeading = new(
        "最近のお取引",
        "Recent transactions");

    public static readonly LocalizedText MypageTransactionDateHeader = new(
        "日時",
        "Date");

    public static readonly LocalizedText MypageTransactionDescriptionHeader = new(
        "内容",
        "Description");

    public static readonly LocalizedText MypageTransactionAmountHeader = new(
        "金額",
        "Amount");

    public static readonly LocalizedText MypageNoTransactions = new(
        "お取引はまだありません。",
        "No transactions yet.");

    public static readonly LocalizedText MypageTransactionFallbackDescription = new(
        "お取引",
        "Transaction");

    /// <summary>When a transaction was done, in Japan time (a .NET date/time format).</summary>
    public static readonly LocalizedText TransactionDatePattern = new(
        "yyyy/MM/dd H:mm",
        "MMM d, yyyy h:mm tt");

    public static readonly LocalizedText MypageProviderDownTitle = new(
        "ただいまPokePayに接続できないため、残高とお取引を表示できません",
        "PokePay cannot be reached right now, so your balance and transactions cannot be shown");

    public static readonly LocalizedText MypageProviderDownText = new(
        "PokePayとの連携状態は確認できています。時間をおいて、このページを再読み込みしてください。",
        "Your link to PokePay is confirmed. Please reload this page a little later.");

    public static readonly LocalizedText MypageLinkLinkedNotice = new(
        "PokePayとの連携が完了しました。",
        "Your PokePay account is now linked.");

    public static readonly LocalizedText MypageLinkDeniedNotice = new(
        "PokePayの画面で「アクセスを許可する」が選ばれなかったため、連携は完了していません。もう一度「PokePay 認証へ進む」からお進みください。",
        "Access was not allowed on the PokePay screen, so the link is not complete. Please press \"Continue to PokePay authentication\" and try again.");

    public static readonly LocalizedText MypageLinkExpiredNotice = new(
        "PokePay 認証の有効期限が切れました。もう一度「PokePay 認証へ進む」からやり直してください。",
        "The PokePay authentication took too long and has expired. Please press \"Continue to PokePay authentication\" and start again.");

    public static readonly LocalizedText MypageLinkInvalidNotice = new(
        "この認証結果を確認できませんでした（すでに使われたか、別の画面で始めた認証の可能性があります）。もう一度「PokePay 認証へ進む」からお進みください。",
        "We could not match this authentication result (it may have been used already or started in another window). Please press \"Continue to PokePay authentication\" and try again.");

    public static readonly LocalizedText MypageLinkFailedNotice = new(
        "PokePay側でエラーが発生したため、連携できませんでした。しばらくしてから、もう一度「PokePay 認証へ進む」からお試しください。",
        "PokePay reported an error, so the link could not be made. Please wait a little, then press \"Continue to PokePay authentication\" and try again.");

    public static readonly LocalizedText MypageLinkUnavailableNotice = new(
        "PokePayに接続できなかったため、連携を完了できませんでした。PokePayでの操作はやり直しになります。しばらくしてから、もう一度「PokePay 認証へ進む」からお試しください。",
        "We could not reach PokePay, so the link could not be completed. Please wait a little, then press \"Continue to PokePay authentication\" and go through PokePay again.");

    public static readonly LocalizedText MypageLinkWrongBrowserNotice = new(
        "このPokePay 認証は別のブラウザ（または別の方）が始めたものだったため、連携しませんでした。ほかの方から送られたPokePayのアドレスは使わないでください。ご自身の電子マネーを連携するには、このブラウザでサインインし、「PokePay 認証へ進む」からお進みください。",
        "This PokePay authentication was started in another browser (or by someone else), so nothing was linked. Never use a PokePay address someone sent you. To link your own e-money, sign in in this browser and press \"Continue to PokePay authentication\".");

    public static readonly LocalizedText MypageLinkWalletInUseNotice = new(
        "このPokePayアカウントはすでに別の組合員と連携されているため、連携できませんでした。ご自身のPokePayアカウントでログインし、もう一度「PokePay 認証へ進む」からお進みください。お心当たりがない場合は、生協の窓口にお問い合わせください。",
        "This PokePay account is already linked to another member, so it could not be linked. Please log in to PokePay with your own account and press \"Continue to PokePay authentication\" again. If you do not recognise this, please contact the co-op's help desk.");
}
