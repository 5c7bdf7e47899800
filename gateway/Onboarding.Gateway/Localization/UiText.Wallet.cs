using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // The wallet from the mypage (issue 13 §4): unlinking PokePay, with what it means for e-money use, and linking again.
    public static readonly LocalizedText MypageUnlinkLink = new(
        "PokePayとの連携を解除する",
        "Unlink your PokePay wallet");

    public static readonly LocalizedText UnlinkTitle = new(
        "PokePayとの連携の解除",
        "Unlinking your PokePay wallet");

    public static readonly LocalizedText UnlinkIntro = new(
        "連携を解除すると、次のようになります。内容をご確認のうえ、「連携を解除する」を押してください。",
        "This is what unlinking means. Please read it, then press \"Unlink\".");

    public static readonly LocalizedText UnlinkBalanceStays = new(
        "電子マネーの残高とポイントはPokePayに残ります。解除しても失われることはありません。",
        "Your e-money balance and points stay with PokePay. Unlinking does not remove them.");

    public static readonly LocalizedText UnlinkPaymentsNeedLink = new(
        "連携を解除している間は、生協の電子マネーでのお支払いやチャージはご利用いただけません。",
        "While your wallet is unlinked, you cannot pay with or top up the co-op's e-money.");

    public static readonly LocalizedText UnlinkTokensRevoked = new(
        "生協のシステムがPokePayから受け取ったアクセス権（トークン）は取り消されます。",
        "The access (tokens) PokePay granted to the co-op's system is revoked.");

    public static readonly LocalizedText UnlinkRelinkAnyTime = new(
        "連携は、電子マネーマイページの「PokePay 認証へ進む」からいつでもやり直せます。",
        "You can link again at any time with \"Continue to PokePay authentication\" on your e-money mypage.");

    public static readonly LocalizedText UnlinkButton = new(
        "連携を解除する",
        "Unlink");

    public static readonly LocalizedText BackToMypage = new(
        "電子マネーマイページに戻る",
        "Back to your e-money mypage");

    public static readonly LocalizedText UnlinkProviderUnavailable = new(
        "PokePayに接続できなかったため、連携は解除されていません。しばらくしてからもう一度お試しください。",
        "We could not reach PokePay, so your wallet is still linked. Please try again in a little while.");

    public static readonly LocalizedText MypageUnlinkedNotice = new(
        "PokePayとの連携を解除しました。電子マネーの残高はPokePayに残っています。",
        "Your PokePay wallet is unlinked. Your e-money balance stays with PokePay.");

    public static readonly LocalizedText MypageRelinkText = new(
        "PokePayとは連携していません。生協の電子マネーをお使いいただくには、「PokePay 認証へ進む」からもう一度連携してください。",
        "Your PokePay wallet is not linked. To use the co-op's e-money, link it again with \"Continue to PokePay authentication\".");
}
