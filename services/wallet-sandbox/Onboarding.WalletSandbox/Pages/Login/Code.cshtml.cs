using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Onboarding.WalletSandbox.Domain;
using Onboarding.WalletSandbox.Extensions;
using Onboarding.WalletSandbox.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.WalletSandbox.Pages.Login;

/// <summary>
/// The 認証コード page: a right code starts the provider session, registering the wallet user (with a seeded
/// 生協電子マネー account) the first time the contact logs in.
/// </summary>
public sealed class CodeModel(SandboxDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "challenge")]
    public Guid ChallengeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string MaskedContact { get; private set; } = "";
    public string? CodeError { get; private set; }
    /// <summary>A dead end (expired, used up): the member must ask for a new code.</summary>
    public bool MustRestart { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var challenge = await db.LoginChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ChallengeId, cancellationToken);
        if (challenge is null) return RedirectToLogin();
        MaskedContact = Mask(challenge.Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var challenge = await db.LoginChallenges.SingleOrDefaultAsync(c => c.Id == ChallengeId, cancellationToken);
        if (challenge is null) return RedirectToLogin();
        MaskedContact = Mask(challenge.Contact);

        // Full-width digits and spaces are common on Japanese keyboards.
        var code = string.Concat((Code ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
        if (code.Length == 0)
        {
            CodeError = "「認証コード」を入力してください。";
            return Page();
        }
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            CodeError = "「認証コード」は6桁の数字で入力してください。";
            return Page();
        }

        var check = challenge.Check(code, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        if (check != LoginCodeCheck.Accepted)
        {
            CodeError = check switch
            {
                LoginCodeCheck.Wrong => $"「認証コード」が正しくありません。あと{challenge.RemainingAttempts}回入力できます。",
                LoginCodeCheck.Expired => $"「認証コード」の有効期限（{LoginChallenge.Validity.TotalMinutes:0}分）が切れました。もう一度「ログイン・新規登録」からやり直してください。",
                LoginCodeCheck.TooManyAttempts => $"「認証コード」の入力回数の上限（{LoginChallenge.MaxFailedAttempts}回）に達しました。もう一度「ログイン・新規登録」からやり直してください。",
                _ => "この「認証コード」は使用済みです。もう一度「ログイン・新規登録」からやり直してください。",
            };
            MustRestart = check != LoginCodeCheck.Wrong;
            return Page();
        }

        var user = await FindOrRegisterAsync(challenge.Contact, cancellationToken);
        var identity = new ClaimsIdentity([new Claim(Claims.Subject, user.Id.ToString()), new Claim(Claims.Name, user.Name)],
            ApplicationServiceExtensions.ProviderSessionScheme, Claims.Name, Claims.Role);
        await HttpContext.SignInAsync(ApplicationServiceExtensions.ProviderSessionScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
    }

    private async Task<WalletUser> FindOrRegisterAsync(string contactValue, CancellationToken cancellationToken)
    {
        var existing = await db.Users.SingleOrDefaultAsync(u => u.Contact == contactValue, cancellationToken);
        if (existing is not null) return existing;

        var contact = WalletContact.Parse(contactValue)!;
        var now = clock.GetUtcNow();
        var user = WalletUser.Register(contact, now);
        var (account, transactions) = SeededWallet.For(user.Id, now);
        db.Users.Add(user);
        db.Accounts.Add(account);
        db.Transactions.AddRange(transactions);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public string LoginUrl => Url.Page("/Login/Index", new { returnUrl = ReturnUrls.Safe(ReturnUrl) }) ?? "/login";

    private RedirectResult RedirectToLogin() => Redirect(LoginUrl);

    private static string Mask(string contact) => WalletContact.Parse(contact)?.Masked ?? "";
}
