using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Onboarding.WalletSandbox.Domain;

namespace Onboarding.WalletSandbox.Application;

/// <summary>Mails a 認証コード from the sandbox's own address, as the real provider mails its own codes.</summary>
public sealed class LoginCodeMailer(IOptions<SmtpOptions> options, ILogger<LoginCodeMailer> logger)
{
    public async Task SendAsync(WalletContact contact, string code, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host)) throw new InvalidOperationException("Smtp:Host is not configured.");

        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Pokepay Sandbox", SmtpOptions.FromAddress));
        message.To.Add(MailboxAddress.Parse(contact.Value));
        message.Subject = "【Pokepay Sandbox】認証コードのお知らせ";
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Pokepay Sandbox をご利用いただきありがとうございます。

                認証コード: {code}

                このコードの有効期限は{LoginChallenge.Validity.TotalMinutes:0}分です。画面に入力して「ログイン」を押してください。
                お心当たりのない場合は、このメールを破棄してください。

                ※ これは開発・テスト用のサンドボックスから送信されたメールです。
                """,
        };

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mailed a login code to {Contact}", contact.Masked);
    }
}
