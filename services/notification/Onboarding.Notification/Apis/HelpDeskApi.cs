using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.Notification.Dispatch;
using Onboarding.Notification.HelpDesk;
using Onboarding.ServiceDefaults.HelpDesk;
using Onboarding.ServiceDefaults.OpenApi;

namespace Onboarding.Notification.Apis;

/// <summary>
/// The operator console's help desk on notification's operator API (docs/architecture.md §9.9): the deliveries to a
/// member's addresses and numbers. A POST, so the addresses stay out of URLs and access logs.
/// </summary>
public static class HelpDeskApi
{
    public sealed record DeliverySearchRequest(IReadOnlyList<string?>? Recipients);

    public static RouteGroupBuilder MapHelpDeskApi(this RouteGroupBuilder operatorApi)
    {
        operatorApi.MapPost("/delivery-searches", Search)
            .WithSummary("The newest 200 deliveries (e-mail, SMS, voice) to up to 5 addresses or numbers, as a timeline, oldest first, masked")
            .ProducesProblems(DocumentedProblems.ValidationFailed, (503, "recipient_search_unavailable: no recipient key (Development only)"));
        return operatorApi;
    }

    public static async Task<Results<Ok<MemberTimeline>, ProblemHttpResult>> Search(
        DeliverySearchRequest request, HttpContext http, RecipientHasher hasher, DeliverySearch search, CancellationToken ct)
    {
        var typed = request.Recipients ?? [];
        if (typed.Count == 0) return Invalid(http, "recipients", "recipients.required");
        if (typed.Count > DeliverySearch.MaxRecipients) return Invalid(http, "recipients", "recipients.too_many");
        var recipients = typed.Select(RecipientAddress.Parse).ToList();
        var errors = recipients.Select((recipient, index) => (recipient, index)).Where(r => r.recipient is null)
            .ToDictionary(r => $"recipients[{r.index}]", _ => "recipients.invalid");
        if (errors.Count > 0) return Problems.Validation(http, errors);
        if (!hasher.HasKey) return Problems.Of(http, StatusCodes.Status503ServiceUnavailable, "recipient_search_unavailable");

        return TypedResults.Ok(await search.FindAsync(recipients.OfType<RecipientAddress>().ToList(), ct));
    }

    private static ProblemHttpResult Invalid(HttpContext http, string field, string key) =>
        Problems.Validation(http, new Dictionary<string, string> { [field] = key });
}
