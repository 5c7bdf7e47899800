using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Onboarding.WalletSandbox.Application;
using Onboarding.WalletSandbox.Domain;
using Onboarding.WalletSandbox.Extensions;
using Onboarding.WalletSandbox.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Onboarding.WalletSandbox.Pages;

/// <summary>
/// <c>/oauth/authorize</c> after OpenIddict has validated the request (client, exact redirect_uri, S256 PKCE, scope):
/// sends a member without a provider session to the login page, then asks for consent. The consent form posts the
/// request's parameters back here; allowing issues the code, denying returns <c>error=access_denied</c> with the state.
/// </summary>
public sealed class AuthorizeModel(IOpenIddictApplicationManager applications, SandboxDbContext db) : PageModel
{
    /// <summary>Form fields of the consent page that are not OAuth parameters.</summary>
    private static readonly HashSet<string> PageFields = ["__RequestVerificationToken", "decision"];

    public string ClientName { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string MaskedContact { get; private set; } = "";
    public IReadOnlyList<KeyValuePair<string, string>> RequestParameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenIddict request.");
        var user = await SessionUserAsync(cancellationToken);
        // A session for someone else than the contact the client named (a shared PC): log in again as that contact.
        var named = WalletContact.Parse(request.GetParameter("contact")?.ToString());
        if (user is null || (named is not null && named.Value != user.Contact))
        {
            return RedirectToLogin(request, Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())));
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        ClientName = await applications.GetLocalizedDisplayNameAsync(application, cancellationToken) ?? request.ClientId!;
        UserName = user.Name;
        MaskedContact = WalletContact.Parse(user.Contact)?.Masked ?? "";
        RequestParameters = Request.Query.Where(p => !PageFields.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? decision, CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenIddict request.");
        var user = await SessionUserAsync(cancellationToken);
        if (user is null) return RedirectToLogin(request, Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())));

        if (decision != "accept")
        {
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user denied access.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString()).SetClaim(Claims.Name, user.Name);
        // The only scope there is; granted when the client asked for none (the contract's default).
        identity.SetScopes(ClientRegistration.ReadScope);
        identity.SetResources(ApplicationServiceExtensions.WalletApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<WalletUser?> SessionUserAsync(CancellationToken cancellationToken)
    {
        var session = await HttpContext.AuthenticateAsync(ApplicationServiceExtensions.ProviderSessionScheme);
        if (!session.Succeeded || !Guid.TryParse(session.Principal.FindFirstValue(Claims.Subject), out var userId)) return null;
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
    }

    private RedirectResult RedirectToLogin(OpenIddictRequest request, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var authorizeUrl = "/oauth/authorize" + QueryString.Create(parameters.Where(p => !PageFields.Contains(p.Key))!);
        var contact = request.GetParameter("contact")?.ToString();
        return Redirect(Url.Page("/Login/Index", new { returnUrl = authorizeUrl, contact })!);
    }
}
