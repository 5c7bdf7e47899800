using System.Text;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Onboarding.Gateway.Proxy;

/// <summary>
/// Operator endpoints are for the AppHost's dashboard commands and staff tools inside the system, never for the
/// internet. Every service puts them under <c>/api/&lt;service&gt;/operator/</c>, so the gateway refuses any path
/// with an <c>operator</c> segment, whatever the route: a service that adds an operator endpoint is covered without
/// anyone touching the gateway. The segment is compared the way a lenient server might read it (percent-decoded
/// more than once, either slash, any case, full-width letters, trailing dots or spaces, <c>;params</c>), so no
/// spelling slips past. And the operator credential itself is never forwarded, so an operator-or-member endpoint
/// (a member's onboarding progress) can only be reached as a member from outside.
/// </summary>
public static class OperatorEndpointRefusal
{
    public const string Segment = "operator";

    public static IApplicationBuilder UseOperatorEndpointRefusal(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsOperatorPath(context.Request.Path))
            {
                // An empty 404: the status-code pages answer it as the gateway's own not_found, like any unknown path,
                // so nothing tells the caller that something lives there.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(context);
        });

    /// <summary>Drops <c>X-Operator-Key</c> from every forwarded request.</summary>
    public static void RemoveOperatorCredential(TransformBuilderContext context) =>
        context.AddRequestHeaderRemove(OperatorAccess.HeaderName);

    public static bool IsOperatorPath(PathString path)
    {
        var text = path.Value ?? "";
        // Kestrel has decoded everything but %2F once; a backend or a second proxy might decode again.
        for (var round = 0; round < 3 && text.Contains('%'); round++)
        {
            text = Uri.UnescapeDataString(text);
        }
        foreach (var segment in text.Split('/', '\\'))
        {
            if (string.Equals(Normalise(segment), Segment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static string Normalise(string segment)
    {
        var parameters = segment.IndexOf(';');
        if (parameters >= 0)
        {
            segment = segment[..parameters];
        }
        return segment.Normalize(NormalizationForm.FormKC)
            .Trim()
            .Trim('.', '\0', '\t', ' ');
    }
}
