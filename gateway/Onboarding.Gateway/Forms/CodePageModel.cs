using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Localization;
using Onboarding.Gateway.Services;

namespace Onboarding.Gateway.Forms;

/// <summary>
/// The shape every "enter the code we sent" page shares (STEP 2's e-mail and phone codes, STEP 3's sign-in code): what
/// is pending comes from this browser's protected cookie, never the URL; the code is bound for the post only and never
/// written back; a resend says so once after its redirect; a wrong code shows the attempts left next to the field.
/// </summary>
/// <typeparam name="TPending">What the code was sent for (a sign-up, a sign-in).</typeparam>
public abstract class CodePageModel<TPending>(ProblemMessages messages, UiLanguage text, string resentKey,
    params (string Field, string Anchor)[] fields) : PageModel where TPending : class
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Resent { get; private set; }

    public FormErrors Errors { get; } = new(fields);

    public abstract DateTimeOffset Now { get; }

    /// <summary>What the code is for, from this browser's cookie; null once it is gone or done (the page then says so).</summary>
    protected TPending? Pending { get; set; }

    protected ProblemMessages Messages => messages;

    protected UiLanguage Text => text;

    protected abstract TPending? ReadPending();

    /// <summary>Sends <paramref name="code"/> to the service and answers the post (a redirect, or this page with errors).</summary>
    protected abstract Task<IActionResult> VerifyAsync(TPending pending, string? code, CancellationToken cancellationToken);

    protected abstract Task<IActionResult> ResendAsync(TPending pending, CancellationToken cancellationToken);

    public void OnGet()
    {
        Pending = ReadPending();
        Resent = TempData[resentKey] is true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Pending = ReadPending();
        if (Pending is null)
        {
            return Page();
        }
        var code = Code;
        Code = null;
        return await VerifyAsync(Pending, code, cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        Pending = ReadPending();
        return Pending is null ? Page() : await ResendAsync(Pending, cancellationToken);
    }

    /// <summary>After a resend: back to this page (<paramref name="path"/>), which then shows the "sent again" notice.</summary>
    protected IActionResult ShowResent(string path)
    {
        TempData[resentKey] = true;
        return LocalRedirect(path);
    }

    /// <summary>A wrong code: the service's title and the attempts left, next to the field.</summary>
    protected void ShowWrongCode(ServiceProblem problem) =>
        Errors.AddField("code", messages.AttemptsLeft(TitleOf(problem), problem.AttemptsRemaining, UiText.EmailCodeLastAttempt));

    protected string TitleOf(ServiceProblem problem) => problem.Title ?? Text[UiText.ProblemGenericTitle];
}
