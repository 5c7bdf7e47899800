using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.Gateway.Localization;

public static partial class UiText
{
    // The co-op to contact: the footer of every page and the list page /coops (Coops/CoopDirectory.cs)

    /// <summary>The footer once the member is identified; <c>{0}</c> is their co-op's name.</summary>
    public static readonly LocalizedText FooterContactOwnCoopFormat = new(
        "認証・登録時のエラーやご不明な点がございましたら、ご所属の{0}までお問い合わせください。",
        "If you run into an error or have any questions, please contact your co-op, {0}.");

    public static readonly LocalizedText CoopContactHeading = new(
        "お問い合わせ先",
        "Who to contact");

    /// <summary>The footer link to /coops (before the member is identified, or when their co-op is not listed).</summary>
    public static readonly LocalizedText CoopListLink = new(
        "各生協の連絡先",
        "Contact details of each co-op");

    /// <summary>The same link under the member's own co-op, for a member who belongs elsewhere now.</summary>
    public static readonly LocalizedText CoopOtherCoopsLink = new(
        "ほかの生協の連絡先",
        "Contact details of the other co-ops");

    public static readonly LocalizedText CoopPhoneLabel = new(
        "電話番号",
        "Phone");

    public static readonly LocalizedText CoopHoursLabel = new(
        "受付時間",
        "Opening hours");

    public static readonly LocalizedText CoopEmailLabel = new(
        "メールアドレス",
        "Email");

    public static readonly LocalizedText CoopWebsiteLabel = new(
        "ウェブサイト",
        "Website");

    public static readonly LocalizedText CoopsTitle = new(
        "生協の連絡先",
        "Co-op contact details");

    public static readonly LocalizedText CoopsIntro = new(
        "認証・登録時のエラーやご不明な点がございましたら、ご所属の大学生協までお問い合わせください。受付時間外は、メールでお問い合わせいただけます。",
        "If you run into an error or have any questions, please contact the university co-op you belong to. Outside its opening hours, you can write to it by email.");

    public static readonly LocalizedText CoopsWhichNote = new(
        "ご所属の生協は、お手元の通知書でご確認いただけます。",
        "The co-op you belong to is named on the notice you received.");

    /// <summary>Marks the member's own co-op in the list, once the member is identified.</summary>
    public static readonly LocalizedText CoopsOwnCoopMark = new(
        "ご所属の生協",
        "Your co-op");

    public static readonly LocalizedText CoopsEmpty = new(
        "現在、連絡先を表示できません。お手元の通知書に記載の生協の窓口までお問い合わせください。",
        "Contact details cannot be shown at the moment. Please contact the co-op office named on the notice you received.");
}
