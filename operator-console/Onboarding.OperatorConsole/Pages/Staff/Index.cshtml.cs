using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Onboarding.OperatorConsole.Audit;
using Onboarding.OperatorConsole.Forms;
using Onboarding.OperatorConsole.Localization;
using Onboarding.OperatorConsole.Staff;

namespace Onboarding.OperatorConsole.Pages.Staff;

/// <summary>
/// Staff accounts, for administrators: the list, a new account with a role (its generated first password shown once,
/// on this response only: never in a URL, a log or the audit log), and disabling an account (not one's own). Every
/// change is audited.
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public sealed class IndexModel(StaffDirectory staff, UserManager<StaffUser> users, IAuditLog audit, ConsoleLanguage text) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public FieldErrors Errors { get; } = new();

    public IReadOnlyList<StaffSummary> Accounts { get; private set; } = [];

    /// <summary>After a creation: whom, and the first password to hand over.</summary>
    public StaffCreation? Created { get; private set; }

    /// <summary>After a sign-in reset: whom, and the new password to hand over.</summary>
    public (string UserName, string Password)? Reset { get; private set; }

    /// <summary>After disabling: whom.</summary>
    public string? Disabled { get; private set; }

    public async Task OnGetAsync() => Accounts = await staff.ListAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var userName = UserName?.Trim().ToLowerInvariant();
        if (!StaffUserName.IsValid(userName)) Errors.Add("userName", text[ConsoleText.StaffUserNameInvalid]);
        if (Role is null || !StaffRoles.All.Contains(Role)) Errors.Add("role", text[ConsoleText.StaffRoleInvalid]);
        if (!Errors.Any && await staff.FindAsync(userName!) is not null) Errors.Add("userName", text[ConsoleText.StaffUserNameTaken]);
        if (Errors.Any) return await ShowAsync(StatusCodes.Status400BadRequest);

        var created = await staff.CreateAsync(userName!, Role!);
        if (!created.Succeeded)
        {
            // A name taken by a concurrent request between the check and the insert.
            Errors.Add("userName", text[ConsoleText.StaffUserNameTaken]);
            return await ShowAsync(StatusCodes.Status409Conflict);
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.StaffCreated, userName, Details: new { role = Role }));
        Created = created;
        UserName = null;
        Role = null;
        return await ShowAsync(StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id)
    {
        var user = id == Guid.Empty ? null : await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            Errors.Add(null, text[ConsoleText.StaffNotFound]);
            return await ShowAsync(StatusCodes.Status404NotFound);
        }
        if (user.Id.ToString() == users.GetUserId(User))
        {
            Errors.Add(null, text[ConsoleText.StaffCannotDisableSelf]);
            return await ShowAsync(StatusCodes.Status409Conflict);
        }
        if (!await staff.DisableAsync(user))
        {
            Errors.Add(null, text[ConsoleText.StaffAlreadyDisabled]);
            return await ShowAsync(StatusCodes.Status409Conflict);
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.StaffDisabled, user.UserName));
        Disabled = user.UserName;
        return await ShowAsync(StatusCodes.Status200OK);
    }

    /// <summary>
    /// A lost authenticator or a forgotten password: a new first password (shown once, on this response), enrolment
    /// again at the next sign-in, lock-out lifted, open sessions ended. Not one's own (another administrator checks
    /// who is asking), not a disabled account. Audited.
    /// </summary>
    public async Task<IActionResult> OnPostResetAsync(Guid id)
    {
        var user = id == Guid.Empty ? null : await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsDisabled)
        {
            Errors.Add(null, text[user is null ? ConsoleText.StaffNotFound : ConsoleText.StaffAlreadyDisabled]);
            return await ShowAsync(user is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }
        if (user.Id.ToString() == users.GetUserId(User))
        {
            Errors.Add(null, text[ConsoleText.StaffCannotResetSelf]);
            return await ShowAsync(StatusCodes.Status409Conflict);
        }
        await audit.RecordAsync(new AuditRecord(AuditActions.StaffSignInReset, user.UserName));
        Reset = (user.UserName!, await staff.ResetSignInAsync(user));
        return await ShowAsync(StatusCodes.Status200OK);
    }

    private async Task<PageResult> ShowAsync(int status)
    {
        Response.StatusCode = status;
        Accounts = await staff.ListAsync();
        return Page();
    }
}
