using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>
/// OpenIddict issues refresh tokens only for the OpenID <c>offline_access</c> scope; the provider's contract has a
/// single scope (<c>read</c>) and returns a refresh token with every token response. Runs right after OpenIddict
/// has chosen which tokens to issue.
/// </summary>
public sealed class RefreshTokenWithEveryTokenResponse : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<RefreshTokenWithEveryTokenResponse>()
            .SetOrder(OpenIddictServerHandlers.EvaluateGeneratedTokens.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType == OpenIddictServerEndpointType.Token)
        {
            context.GenerateRefreshToken = true;
            context.IncludeRefreshToken = true;
        }
        return ValueTask.CompletedTask;
    }
}
