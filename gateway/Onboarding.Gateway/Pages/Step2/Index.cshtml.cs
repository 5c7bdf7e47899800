using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.Gateway.Step1;

namespace Onboarding.Gateway.Pages.Step2;

/// <summary>STEP 2 start (マイポータルへの登録): what happens, the address from STEP 1 if this browser has it, and 今すぐサインアップ.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(Step1State step1) : PageModel
{
    public string? ConfirmedEmail { get; private set; }

    public void OnGet() => ConfirmedEmail = step1.ReadConfirmed(Request)?.Email;
}
