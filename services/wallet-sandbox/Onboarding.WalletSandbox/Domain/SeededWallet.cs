using System.Security.Cryptography;

namespace Onboarding.WalletSandbox.Domain;

/// <summary>
/// The believable history a new sandbox user starts with: a first top-up at the co-op, then purchases at the 購買 and
/// 食堂, further top-ups and points. The amounts and order follow from the user id, so a user always gets the same.
/// </summary>
public static class SeededWallet
{
    private static readonly string[] TopUps = ["中央購買部 チャージ", "生協チャージ機（第一食堂）", "生協アプリ チャージ"];
    private static readonly string[] Shops = ["中央購買部 お買い物", "第一食堂 お食事", "第二食堂 お食事", "ブックセンター 書籍", "カフェテリア お食事"];

    public static (WalletAccount Account, IReadOnlyList<WalletTransaction> Transactions) For(Guid userId, DateTimeOffset now)
    {
        var random = new Random(BitConverter.ToInt32(userId.ToByteArray(), 0));
        var accountId = DerivedId(userId, 0);
        var count = random.Next(5, 11);
        var transactions = new List<WalletTransaction>(count);
        decimal money = 0, points = 0;
        // Going forward in time from a few weeks ago; the newest lands before today.
        var doneAt = now.AddDays(-3 * count - 2).Date + TimeSpan.FromHours(random.Next(8, 12));

        for (var index = 0; index < count; index++)
        {
            var (type, description, moneyAmount, pointAmount) = Next(random, index, money);
            money += moneyAmount;
            points += pointAmount;
            transactions.Add(new WalletTransaction
            {
                Id = DerivedId(userId, index + 1),
                AccountId = accountId,
                Type = type,
                Description = description,
                MoneyAmount = moneyAmount,
                PointAmount = pointAmount,
                DoneAt = new DateTimeOffset(doneAt, TimeSpan.Zero),
            });
            doneAt = doneAt.AddDays(random.Next(1, 4)).AddMinutes(random.Next(0, 480));
        }

        var account = new WalletAccount
        {
            Id = accountId,
            UserId = userId,
            Name = CoopMoney.Name,
            MoneyBalance = money,
            PointBalance = points,
        };
        return (account, transactions);
    }

    private static (string Type, string Description, decimal Money, decimal Points) Next(Random random, int index, decimal money)
    {
        var roll = random.Next(100);
        var price = random.Next(20, 121) * 10m;
        if (index == 0 || (roll < 60 && money < price) || (roll >= 60 && roll < 80))
        {
            return ("topup", TopUps[random.Next(TopUps.Length)], random.Next(3, 11) * 1000m, 0m);
        }
        if (roll < 60)
        {
            return ("payment", Shops[random.Next(Shops.Length)], -price, 0m);
        }
        return ("point", "お買い物ポイント付与", 0m, random.Next(5, 51));
    }

    /// <summary>Stable ids for the seeded rows, so the same user always shows the same ids too.</summary>
    private static Guid DerivedId(Guid userId, int index)
    {
        var hash = SHA256.HashData([.. userId.ToByteArray(), .. BitConverter.GetBytes(index)]);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x40); // version 4 layout, so the ids look like the provider's UUIDs
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
