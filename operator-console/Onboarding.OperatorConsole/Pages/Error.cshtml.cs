using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.OperatorConsole.Pages;

/// <summary>
/// Shown in place of a failed request (an exception, or an error status such as 400 or 404), for any method: a
/// re-executed POST whose antiforgery token failed must still get this page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int? Status { get; private set; }

    public string RequestId { get; private set; } = "";

    public void OnGet(int? statusCode)
    {
        Status = statusCode;
        RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        // Opened directly (not re-executed), the page still answers with the status it describes.
        if (statusCode is >= 400 and < 600) Response.StatusCode = statusCode.Value;
    }

    public void OnPost(int? statusCode) => OnGet(statusCode);
}
