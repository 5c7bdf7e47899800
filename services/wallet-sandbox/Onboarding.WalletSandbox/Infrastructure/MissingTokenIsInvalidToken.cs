using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Onboarding.WalletSandbox.Infrastructure;

/// <summary>
/// The provider's contract answers a missing token like a bad one: 401 with <c>Bearer error="invalid_token"</c>.
/// OpenIddict follows RFC 6750 §3.1 and leaves the error out when no token was sent; this puts it back.
/// </summary>
public sealed class MissingTokenIsInvalidToken : IOpenIddictValidationHandler<ProcessChallengeContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessChallengeContext>()
            .UseSingletonHandler<MissingTokenIsInvalidToken>()
            .SetOrder(OpenIddictValidationHandlers.AttachErrorParameters.Descriptor.Order + 1)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessChallengeContext context)
    {
        if (context.Response.Error is null or Errors.MissingToken)
        {
            context.Response.Error = Errors.InvalidToken;
            context.Response.ErrorDescription = "The access token is missing.";
        }
        return ValueTask.CompletedTask;
    }
}
