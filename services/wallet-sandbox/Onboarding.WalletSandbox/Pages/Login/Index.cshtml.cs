using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Domain;
using Onboarding.WalletSandbox.Infrastructure;

namespace Onboarding.WalletSandbox.Pages.Login;

/// <summary>ログイン・新規登録: the member types an e-mail address or phone number and gets a 認証コード.</summary>
public sealed class IndexModel(
    SandboxDbContext db,
    LoginCodeMailer mailer,
    PhoneMessageSink phones,
    TimeProvider clock,
    ILogger<IndexModel> logger) : PageModel
{
    /// <summary>Pre-filled from the authorization request's <c>contact</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Contact { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ContactError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Contact))
        {
            ContactError = "「メールアドレスまたは電話番号」を入力してください。";
            return Page();
        }
        if (WalletContact.Parse(Contact) is not { } contact)
        {
            ContactError = "「メールアドレスまたは電話番号」の形式が正しくありません。例: taro@example.jp または 090-1234-5678";
            return Page();
        }

        var (challenge, code) = LoginChallenge.Issue(contact, clock.GetUtcNow());
        db.LoginChallenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);

        if (contact.IsEmail)
        {
            try
            {
                await mailer.SendAsync(contact, code, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The exception text may carry the address: log its type only.
                logger.LogWarning("Could not mail a login code to {Contact}: {Error}", contact.Masked, exception.GetType().Name);
                ContactError = "認証コードのメールを送信できませんでした。しばらくしてからもう一度お試しください。";
                return Page();
            }
        }
        else
        {
            // No SMS from the sandbox: the code goes to the operator sink GET /sandbox/messages?to=.
            phones.Send(contact.Value, $"【Pokepay Sandbox】認証コード: {code}（{LoginChallenge.Validity.TotalMinutes:0}分間有効）");
        }
        return RedirectToPage("/Login/Code", new { challenge = challenge.Id, returnUrl = ReturnUrls.AfterContactChosen(ReturnUrl) });
    }
}
