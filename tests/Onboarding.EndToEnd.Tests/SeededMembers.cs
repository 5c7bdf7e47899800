namespace Onboarding.EndToEnd.Tests;

/// <summary>
/// The development members the membership migrate step seeds (services/membership/.../DevelopmentMembers.cs, listed
/// in the README). The system is fresh for every test run; within a run each member has its own uses, so that no
/// test depends on what another did:
/// 岡田 太郎 — the registered-address path (STEP 1 by API and browser, repeatable; the whole journey in
/// JourneyBrowserTests, the only test that takes him through STEP 2; nothing changes his address),
/// 佐藤 花子 — the whole journey with a new address (JourneyBrowserTests only), 鈴木 一郎 — wrong birth dates and the STEP 2 sign-up by API, 高橋 美咲 — the API's new-address path.
/// </summary>
public static class SeededMembers
{
    public sealed record Member(string Number, string BirthDate, string MaskedName);

    public static readonly Member Okada = new("123456789012", "2004-04-01", "岡*太*");

    public static readonly Member Sato = new("987654321098", "2005-12-24", "佐*花*");

    public static readonly Member Suzuki = new("111122223333", "2003-07-15", "鈴*一*");

    public static readonly Member Takahashi = new("444455556666", "2006-02-28", "高*美*");
}
