using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Onboarding.Gateway.Pages;

/// <summary>
/// Shown in place of a failed page (exception or an error status other than 404). It must render for any
/// method, including a re-executed POST whose antiforgery token is long gone.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>Lets the co-op find the request in the logs when a member calls about it.</summary>
    public string? RequestId { get; private set; }

    public void OnGet() => RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    public void OnPost() => OnGet();
}
