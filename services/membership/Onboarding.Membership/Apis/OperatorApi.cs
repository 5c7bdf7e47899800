using Onboarding.ServiceDefaults.OpenApi;
using Onboarding.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Onboarding.Contracts;
using Onboarding.Contracts.Commands;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Import;
using Onboarding.Membership.Infrastructure;
using Onboarding.Messaging.Outbox;

namespace Onboarding.Membership.Apis;

/// <summary>Operator jobs of the membership service; every endpoint needs the operator credential.</summary>
public static class OperatorApi
{
    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var operatorApi = app.MapGroup("/api/membership/operator").RequireOperatorKey();
        operatorApi.MapPost("/test-emails", SendTestEmail)
            .WithSummary("Send a delivery-check mail through the outbox, RabbitMQ and notification").ProducesProblems(DocumentedProblems.ValidationFailed);
        operatorApi.MapPost(LookupUnlockApi.Route, LookupUnlockApi.Unlock)
            .WithSummary("Lift a member number's lookup lock-out").ProducesProblems(DocumentedProblems.ValidationFailed);
        // No .Accepts(...): its matcher policy would answer other content types with a bare 415 before the handler
        // can explain in the operator's language.
        operatorApi.MapPost("/roster-imports", ImportRoster)
            .WithMetadata(new RosterUpload.SizeLimit())
            .WithFormOptions(multipartBodyLengthLimit: RosterUpload.MaxBytes)
            .WithSummary("Import a roster CSV (the body, text/csv, or a multipart form file; UTF-8 or Shift_JIS)")
            .ProducesProblems((400, "roster_file_empty / roster_header_unrecognised (missingColumns)"), (415, "roster_file_unsupported"));
        operatorApi.MapFunnelApi();
        operatorApi.MapReminderApi();
        operatorApi.MapHelpDeskApi();
        return app;
    }

    /// <summary>
    /// Imports a roster CSV (UTF-8 with or without BOM, or Shift_JIS) sent as the body or as a multipart form file.
    /// 200 with the report however many rows were rejected; a problem (localised, nothing changed) when the file as
    /// a whole is unusable: 400 <c>roster_file_empty</c> / <c>roster_header_unrecognised</c>, 415 <c>roster_file_unsupported</c>.
    /// </summary>
    public static async Task<Results<Ok<RosterImportResponse>, ProblemHttpResult>> ImportRoster(
        HttpContext http, RosterImporter importer, CancellationToken cancellationToken)
    {
        var culture = MemberCulture.Of(http.Request);
        await using var upload = await RosterUpload.ReadAsync(http.Request, cancellationToken);
        if (upload is null) return RosterProblem(culture, StatusCodes.Status415UnsupportedMediaType, RosterImportText.UnsupportedUpload);
        try
        {
            var report = await importer.ImportAsync(upload.File, cancellationToken);
            return TypedResults.Ok(RosterImportResponse.From(report, culture));
        }
        catch (RosterFileException problem)
        {
            return RosterProblem(culture, StatusCodes.Status400BadRequest, problem.Code, problem.MissingColumns);
        }
    }

    private static ProblemHttpResult RosterProblem(string culture, int status, string code, IReadOnlyList<string>? missingColumns = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (missingColumns is { Count: > 0 }) extensions["missingColumns"] = missingColumns;
        return TypedResults.Problem(statusCode: status, title: RosterImportText.Title(code, culture),
            detail: RosterImportText.Detail(code, culture), extensions: extensions);
    }

    /// <param name="Rejected">All rejected rows; <paramref name="Rejections"/> lists the first 1,000 of them.</param>
    public sealed record RosterImportResponse(
        Guid ImportId, string Encoding, int Rows, int Inserted, int Updated, int Unchanged, int Rejected,
        bool RejectionsTruncated, IReadOnlyList<RosterRejectionResponse> Rejections)
    {
        public static RosterImportResponse From(RosterImportReport report, string culture) =>
            new(report.ImportId, report.Encoding, report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected,
                report.RejectionsTruncated,
                report.Rejections.Select(r => new RosterRejectionResponse(
                    r.Line, r.MemberNumber, r.Field, r.Reason, r.DuplicateOfLine, RosterImportText.Message(r, culture))).ToList());
    }

    /// <param name="MemberNumber">Only when the row had a valid one (never the raw text of a bad one).</param>
    public sealed record RosterRejectionResponse(int Line, string? MemberNumber, string Field, string Reason, int? DuplicateOfLine, string Message);

    /// <summary>
    /// Proves the mail path end to end: the command goes through this service's outbox and RabbitMQ to
    /// <c>notification</c>, which sends it over SMTP.
    /// </summary>
    public static async Task<Results<Accepted<TestEmailAccepted>, ProblemHttpResult>> SendTestEmail(
        TestEmailRequest request, HttpContext http, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var to = EmailAddress.Normalize(request.To);
        if (to is null)
        {
            return Problems.Validation(http, new Dictionary<string, string>
            {
                ["to"] = string.IsNullOrWhiteSpace(request.To) ? "email.required" : "email.invalid",
            });
        }

        var command = new SendTestEmail(Guid.CreateVersion7(), to, request.Culture is "en" ? "en" : "ja");
        db.SendThroughOutbox(QueueNames.Notification, command, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new TestEmailAccepted(command.RequestId));
    }

    public sealed record TestEmailRequest(string? To, string? Culture);

    public sealed record TestEmailAccepted(Guid RequestId);
}
