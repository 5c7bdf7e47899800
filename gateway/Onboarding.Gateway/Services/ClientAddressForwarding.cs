namespace Onboarding.Gateway.Services;

/// <summary>
/// The pages call the services server-side, so without this every member would reach them from the gateway's own
/// address. Names the member's address (as <c>UseForwardedHeaders</c> established it, trusting only known proxies) in
/// <c>X-Forwarded-For</c>, as YARP does for the proxied API routes, so that membership's per-client lookup budget
/// counts each member, not the gateway. Whatever the member sent in their own <c>X-Forwarded-For</c> is not passed on.
/// </summary>
public sealed class ClientAddressForwarding(IHttpContextAccessor httpContext) : DelegatingHandler
{
    public const string HeaderName = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        if (httpContext.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, address.ToString());
        }
        return base.SendAsync(request, cancellationToken);
    }
}
