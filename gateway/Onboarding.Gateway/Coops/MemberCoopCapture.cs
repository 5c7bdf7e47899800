using Microsoft.AspNetCore.Mvc.Filters;
using Onboarding.Gateway.Pages.Step3;

namespace Onboarding.Gateway.Coops;

/// <summary>
/// Remembers a signed-in member's co-op from the progress the mypage reads from membership anyway, so that the
/// mypage and every page after it name the member's co-op without another call to membership (and without the mypage
/// having to know about co-ops). Runs after the page handler, before its result, while cookies can still be set.
/// </summary>
public sealed class MemberCoopCapture(MemberCoop memberCoop, MemberSession session) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.HandlerInstance is MypageModel { Progress: { Coop: { Length: > 0 } coop, MemberId: { } memberId } }
            && session.Current is { } signedIn
            && string.Equals(memberId, signedIn.MemberId, StringComparison.OrdinalIgnoreCase)
            && memberCoop.Coop != coop)
        {
            memberCoop.Remember(signedIn.MemberId, coop);
        }
    }
}
