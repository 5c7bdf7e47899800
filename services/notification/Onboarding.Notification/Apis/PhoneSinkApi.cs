using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Onboarding.Notification.Infrastructure;
using Onboarding.Notification.Phone;

namespace Onboarding.Notification.Apis;

/// <summary>
/// Read side of the development phone sink, mapped only when <c>Notification:PhoneSink:Enabled</c> is true:
/// <c>GET /dev/phone-messages?to=%2B819012345678&amp;limit=20</c> (newest first; <c>to</c> optional) and
/// <c>GET /dev/phone-messages/latest?to=%2B819012345678</c> (404 when there is none). An unencoded <c>+</c> in
/// <c>to</c> (which arrives as a space) is accepted.
/// </summary>
public static class PhoneSinkApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapPhoneSinkApi(this IEndpointRouteBuilder app)
    {
        // A development stand-in, switched on by configuration: not part of the published contract.
        var group = app.MapGroup("/dev/phone-messages").ExcludeFromDescription();
        group.MapGet("/", ListAsync);
        group.MapGet("/latest", LatestAsync);
        return app;
    }

    public sealed record PhoneMessageView(Guid Id, string Channel, string To, string Text, DateTimeOffset CreatedAt);

    public static async Task<Results<Ok<PhoneMessageView[]>, ValidationProblem>> ListAsync(
        string? to, int? limit, NotificationDbContext db, CancellationToken cancellationToken)
    {
        string? number = null;
        if (!string.IsNullOrWhiteSpace(to) && (number = PhoneNumbers.ParseQueryValue(to)) is null)
        {
            return InvalidNumber();
        }
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {MaxLimit}."],
            });
        }

        var query = db.PhoneMessages.AsNoTracking();
        if (number is not null) query = query.Where(m => m.To == number);
        var messages = await query
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(limit ?? DefaultLimit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(messages.Select(View).ToArray());
    }

    public static async Task<Results<Ok<PhoneMessageView>, ProblemHttpResult, ValidationProblem>> LatestAsync(
        string? to, NotificationDbContext db, CancellationToken cancellationToken)
    {
        if (PhoneNumbers.ParseQueryValue(to) is not { } number)
        {
            return InvalidNumber();
        }

        var latest = await db.PhoneMessages.AsNoTracking()
            .Where(m => m.To == number)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No phone message for this number yet",
                extensions: new Dictionary<string, object?> { ["code"] = "phone_message_not_found" })
            : TypedResults.Ok(View(latest));
    }

    private static ValidationProblem InvalidNumber() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["to"] = ["to must be a phone number in E.164 form, e.g. +819012345678 (encode + as %2B)."],
        });

    private static PhoneMessageView View(PhoneMessage message) =>
        new(message.Id, message.Channel.ToString().ToLowerInvariant(), message.To, message.Text, message.CreatedAt);
}
