using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Onboarding.ServiceDefaults.Localization;

namespace Onboarding.ServiceDefaults.Problems;

/// <summary>
/// Requests that cannot be read — malformed or mistyped JSON, invalid UTF-8, nesting deeper than the reader allows,
/// a body over the size limit, a content type the endpoint does not take — and bare error statuses (404, 405, 401)
/// are answered with <c>application/problem+json</c>, a stable <c>code</c> and a title in the member's language, the
/// same in every environment. None of them reaches a handler, so nothing changes.
/// </summary>
public static class RequestProblems
{
    /// <summary>Every JSON body of the member journey fits in a few hundred bytes; larger endpoints say so with
    /// <see cref="IRequestSizeLimitMetadata"/> (e.g. the roster upload).</summary>
    public const long DefaultMaxBodyBytes = 64 * 1024;

    public static IHostApplicationBuilder AddRequestProblems(this IHostApplicationBuilder builder)
    {
        // By default minimal APIs throw on unreadable input only in Development and answer a bare 400 elsewhere;
        // throwing everywhere lets one handler answer both environments alike.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<UnreadableRequestHandler>();
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = DefaultMaxBodyBytes);
        builder.Services.Configure<ProblemDetailsOptions>(options =>
        {
            var earlier = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                NameBareStatus(context);
            };
        });
        return builder;
    }

    /// <summary>
    /// Refuses a declared <c>Content-Length</c> over the endpoint's limit before anything reads it (Kestrel enforces
    /// the same limit on bodies without a length while they are read).
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                        ?? DefaultMaxBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
            if (context.Request.ContentLength > limit)
            {
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, RequestTooLarge);
                return;
            }
            await next(context);
        });

    public const string MalformedJson = "malformed_json";
    public const string MalformedRequest = "malformed_request";
    public const string RequestTooLarge = "request_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";

    private static readonly Dictionary<string, LocalizedText> Titles = new()
    {
        [MalformedJson] = new("送信された内容を読み取れません。項目の形式（JSON）を確認してください。",
            "The request body could not be read: it is not JSON of the expected shape."),
        [MalformedRequest] = new("リクエストの形式が正しくありません。", "The request is malformed."),
        [RequestTooLarge] = new("送信された内容が大きすぎます。", "The request body is too large."),
        [UnsupportedMediaType] = new("この形式の送信は受け付けていません。application/json で送信してください。",
            "This content type is not accepted; send application/json."),
        ["not_found"] = new("お探しのものは見つかりませんでした。", "Not found."),
        ["method_not_allowed"] = new("この操作はここでは使えません。", "This method is not allowed here."),
        ["authentication_required"] = new("ログインが必要です。", "Sign-in required."),
        ["forbidden"] = new("この操作は許可されていません。", "This is not allowed."),
        ["internal_error"] = new("処理できませんでした。しばらくしてからもう一度お試しください。",
            "Something went wrong on our side. Please try again later."),
        ["error"] = new("リクエストを処理できませんでした。", "The request could not be processed."),
    };

    private static string Title(string code, HttpContext http) => Titles[code].In(MemberCulture.Of(http.Request));

    /// <summary>A problem written without a code (a bare status from routing, authentication or a status-code page).</summary>
    private static void NameBareStatus(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code")) return;
        var code = (problem.Status ?? context.HttpContext.Response.StatusCode) switch
        {
            StatusCodes.Status400BadRequest => MalformedRequest,
            StatusCodes.Status401Unauthorized => "authentication_required",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => "not_found",
            StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
            StatusCodes.Status413PayloadTooLarge => RequestTooLarge,
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
            >= 500 => "internal_error",
            _ => "error",
        };
        problem.Extensions["code"] = code;
        problem.Title = Title(code, context.HttpContext);
    }

    private static async Task WriteAsync(HttpContext http, int status, string code, Exception? exception = null)
    {
        http.Response.StatusCode = status;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = Title(code, http), Extensions = { ["code"] = code } },
        });
    }

    /// <summary>Turns the binding failures of minimal APIs (and Kestrel's body limit) into their 4xx problem.</summary>
    private sealed class UnreadableRequestHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            if (http.Response.HasStarted) return false;
            var (status, code) = exception switch
            {
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, RequestTooLarge),
                BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => (415, UnsupportedMediaType),
                BadHttpRequestException { InnerException: JsonException } or JsonException => (400, MalformedJson),
                BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => (bad.StatusCode, MalformedRequest),
                _ => (0, ""),
            };
            if (status == 0) return false;
            await WriteAsync(http, status, code, exception);
            return true;
        }
    }
}
