using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Onboarding.Messaging.Redrive;

/// <summary>
/// Operator endpoints for parked messages, mapped by each service that consumes messages onto its operator group
/// (<c>/api/&lt;service&gt;/operator</c>, which requires the operator key and is never routed by the member gateway):
/// <c>GET parked-messages</c> counts them, <c>POST parked-messages/redrive</c> moves them back to their queues.
/// </summary>
public static class ParkedMessagesApi
{
    public const string Path = "parked-messages";

    public static RouteGroupBuilder MapParkedMessagesApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapGet(Path, CountAsync);
        operatorApi.MapPost($"{Path}/redrive", RedriveAsync);
        return operatorApi;
    }

    public static async Task<Ok<ParkedMessagesResponse>> CountAsync(ParkedMessages parked, CancellationToken cancellationToken) =>
        TypedResults.Ok(ParkedMessagesResponse.From(await parked.CountAsync(cancellationToken)));

    public static async Task<Ok<ParkedMessagesResponse>> RedriveAsync(ParkedMessages parked, CancellationToken cancellationToken) =>
        TypedResults.Ok(ParkedMessagesResponse.From(await parked.RedriveAsync(cancellationToken)));
}

/// <param name="Total">Parked messages (GET) or messages moved back (POST redrive), over all queues.</param>
public sealed record ParkedMessagesResponse(long Total, IReadOnlyList<QueueParkedMessages> Queues)
{
    public static ParkedMessagesResponse From(ParkedMessagesReport report) => new(report.Total, report.Queues);
}
