using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Apis;

/// <summary>Operator jobs of the membership service; every endpoint needs the operator credential.</summary>
public static class OperatorApi
{
    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var operatorApi = app.MapGroup("/api/membership/operator").RequireOperatorKey();
        operatorApi.MapPost("/test-emails", SendTestEmail);
        return app;
    }

    /// <summary>
    /// Proves the mail path end to end: the command goes through this service's outbox and RabbitMQ to
    /// <c>notification</c>, which sends it over SMTP.
    /// </summary>
    public static async Task<Results<Accepted<TestEmailAccepted>, ValidationProblem>> SendTestEmail(
        TestEmailRequest request, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.To) || !new EmailAddressAttribute().IsValid(request.To))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = ["A valid e-mail address is required."],
            });
        }

        var command = new SendTestEmail(Guid.CreateVersion7(), request.To.Trim(), request.Culture is "en" ? "en" : "ja");
        db.SendThroughOutbox(QueueNames.Notification, command, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new TestEmailAccepted(command.RequestId));
    }

    public sealed record TestEmailRequest(string? To, string? Culture);

    public sealed record TestEmailAccepted(Guid RequestId);
}
