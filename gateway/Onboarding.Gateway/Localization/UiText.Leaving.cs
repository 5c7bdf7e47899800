using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // Leaving (issue 13 §5): deleting the portal account, its consequences said before the final button.
    public static readonly LocalizedText MypageLeaveLink = new(
        "マイポータルのアカウントを削除する（退会）",
        "Delete your My Portal account");

    public static readonly LocalizedText LeaveTitle = new(
        "マイポータルのアカウントの削除",
        "Deleting your My Portal account");

    public static readonly LocalizedText LeaveIntro = new(
        "アカウントを削除すると、次のようになります。内容をご確認のうえ、「アカウントを削除する」を押してください。",
        "This is what deleting your account means. Please read it, then press \"Delete my account\".");

    public static readonly LocalizedText LeaveWalletUnlinked = new(
        "PokePayとの連携を解除します。電子マネーの残高はPokePayに残りますが、生協の電子マネーでのお支払いやチャージはできなくなります。",
        "Your PokePay wallet is unlinked. Your e-money balance stays with PokePay, but you can no longer pay with or top up the co-op's e-money.");

    public static readonly LocalizedText LeaveAccountGone = new(
        "マイポータルのアカウントと、そのサインインの記録を削除します。このメールアドレスとパスワードではサインインできなくなります。",
        "Your My Portal account and the record of its sign-ins are deleted. You can no longer sign in with this e-mail address and password.");

    public static readonly LocalizedText LeaveComingBack = new(
        "もう一度ご利用になるには、STEP 2「マイポータルへの登録」からやり直していただく必要があります。",
        "To use My Portal again, you will need to do STEP 2 (\"Register for My Portal\") again.");

    public static readonly LocalizedText LeaveCoopKeeps = new(
        "生協の組合員としての登録（組合員名簿）と、STEP 1で確認したメールアドレスは生協に残ります。組合員の脱退は、ご所属の生協にお申し出ください。",
        "Your co-op membership (the co-op's roster) and the e-mail address you confirmed in STEP 1 stay with the co-op. To leave the co-op itself, please contact your co-op.");

    public static readonly LocalizedText LeaveNoticeMailed = new(
        "削除が終わると、お知らせをメールでお送りします。",
        "Once it is done, we send a notice to your e-mail address.");

    public static readonly LocalizedText LeaveButton = new(
        "アカウントを削除する",
        "Delete my account");

    public static readonly LocalizedText LeaveProviderUnavailable = new(
        "PokePayに接続できなかったため、連携の解除もアカウントの削除も行っていません。しばらくしてからもう一度お試しください。",
        "We could not reach PokePay, so nothing was unlinked or deleted. Please try again in a little while.");

    public static readonly LocalizedText LeftTitle = new(
        "アカウントを削除しました",
        "Your account has been deleted");

    public static readonly LocalizedText LeftText = new(
        "マイポータルのアカウントを削除し、このブラウザーのサインインを終了しました。お知らせのメールをお送りしました。これまでご利用いただき、ありがとうございました。",
        "Your My Portal account is deleted and this browser is signed out. We have sent you a notice by e-mail. Thank you for using My Portal.");

    public static readonly LocalizedText LeftHomeLink = new(
        "トップページへ",
        "Go to the home page");
}
