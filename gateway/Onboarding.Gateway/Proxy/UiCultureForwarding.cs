using Microsoft.AspNetCore.Localization;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Onboarding.Gateway.Proxy;

/// <summary>
/// The services localise their problem details by <c>Accept-Language</c>. The member may have chosen
/// English with the switch on a browser that asks for Japanese (or the other way round), so the gateway
/// sends the language the UI is showing instead of the browser's list.
/// </summary>
public static class UiCultureForwarding
{
    public static void Add(TransformBuilderContext context) =>
        context.AddRequestTransform(transform =>
        {
            var culture = transform.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
            if (culture is not null)
            {
                var headers = transform.ProxyRequest.Headers;
                headers.Remove("Accept-Language");
                headers.TryAddWithoutValidation("Accept-Language", culture.Name);
            }
            return ValueTask.CompletedTask;
        });
}
