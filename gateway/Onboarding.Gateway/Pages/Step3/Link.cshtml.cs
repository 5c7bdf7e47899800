using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Forms;
using Onboarding.Gateway.Services;
using Onboarding.Gateway.Wallet;

namespace Onboarding.Gateway.Pages.Step3;

/// <summary>
/// 続行 / PokePay 認証へ進む: asks wallet-link for the provider's authorize address and sends the browser there, by way
/// of a page of its own (<see cref="OnGet"/> says why). The provider comes back through wallet-link's callback, which
/// ends on the mypage with <c>?link=...</c>.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LinkModel(WalletClient wallet, MemberSession session, ProblemMessages messages) : PageModel
{
    public const string ReturnPath = "/step3/mypage";

    private const string AuthorizationUrlKey = "Step3.AuthorizationUrl";

    public FormErrors Errors { get; } = new();

    /// <summary>The provider's authorize page, once wallet-link has given it; the page moves the browser there.</summary>
    public string? AuthorizationUrl { get; private set; }

    /// <summary>
    /// The second half of 続行. The post cannot simply answer 302 to the provider: Chromium enforces the CSP's
    /// <c>form-action 'self'</c> on every redirect of a form's navigation, and the provider is another origin. So the
    /// post keeps the address for one request and comes here; this page (a navigation of its own) goes on to the
    /// provider by a meta refresh, with a link for browsers that ignore it. A bookmark or a reload lands on the mypage.
    /// </summary>
    public IActionResult OnGet()
    {
        if (TempData[AuthorizationUrlKey] is string address && IsProviderAddress(address))
        {
            AuthorizationUrl = address;
            return Page();
        }
        return LocalRedirect(ReturnPath);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var call = await session.CallAsync(member => wallet.StartLinkAsync(member.AccessToken, ReturnPath, cancellationToken), cancellationToken);
        if (call.SignedOut)
        {
            TempData[IndexModel.SessionExpiredKey] = true;
            return LocalRedirect("/step3");
        }

        var result = call.Result!;
        if (result.Value is { AuthorizationUrl: var address, BrowserBinding: { } binding } && IsProviderAddress(address))
        {
            // wallet-link checks this cookie at its callback (beside the attempt it guards), but only the gateway answers
            // the member's browser here: the link was started server-side with the token from the session cookie.
            // SameSite=Lax so that it comes back on the provider's top-level redirect; only for the callback's path.
            Response.Cookies.Append(binding.CookieName, binding.CookieValue, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                Path = binding.CookiePath,
                Expires = binding.ExpiresAt,
            });
            TempData[AuthorizationUrlKey] = address;
            return LocalRedirect("/step3/link");
        }
        if (result.Problem is { Code: WalletProblemCodes.AlreadyLinked })
        {
            return LocalRedirect(ReturnPath);
        }
        messages.Show(result.Problem ?? ServiceProblem.Unavailable(StatusCodes.Status502BadGateway), Errors);
        return Page();
    }

    /// <summary>Only an absolute http(s) address is followed: the browser must never be sent somewhere odd (javascript:, //host).</summary>
    private static bool IsProviderAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
