using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>One row of the staff list.</summary>
public sealed record StaffSummary(Guid Id, string UserName, string Role, bool Enrolled, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, bool LockedOut);

/// <summary>What creating an account came to: the account and its one-time password, or why not.</summary>
public sealed record StaffCreation(StaffUser? User, string? InitialPassword, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// The staff accounts: created with one role and a generated first password (shown once to the administrator),
/// disabled (never deleted), listed. The seeded administrator is created through here too.
/// </summary>
public sealed class StaffDirectory(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private const int GeneratedPasswordLength = 20;

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole<Guid>(role));
                if (!created.Succeeded) throw new InvalidOperationException($"Role {role} could not be created: {Describe(created.Errors)}");
            }
        }
    }

    public Task<StaffUser?> FindAsync(string userName) => users.FindByNameAsync(userName);

    /// <summary>A new account with a generated password, to be handed to its owner, who enrols TOTP at the first sign-in.</summary>
    public Task<StaffCreation> CreateAsync(string userName, string role) =>
        CreateAsync(userName, role, RandomNumberGenerator.GetString(PasswordAlphabet, GeneratedPasswordLength));

    public async Task<StaffCreation> CreateAsync(string userName, string role, string password)
    {
        if (!StaffRoles.All.Contains(role)) throw new ArgumentOutOfRangeException(nameof(role), role, "Not a staff role.");
        await EnsureRolesAsync();
        var user = new StaffUser { UserName = userName, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return new StaffCreation(null, null, [.. created.Errors]);
        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded) throw new InvalidOperationException($"Role {role} could not be given: {Describe(inRole.Errors)}");
        return new StaffCreation(user, password, []);
    }

    /// <summary>
    /// Disables the account: it can no longer sign in, and its open sign-ins end at their next request (the security
    /// stamp changes). False when it was already disabled.
    /// </summary>
    public async Task<bool> DisableAsync(StaffUser user)
    {
        if (user.IsDisabled) return false;
        user.DisabledAt = clock.GetUtcNow();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException($"Account could not be disabled: {Describe(updated.Errors)}");
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    /// <summary>
    /// A fresh start for a staff member who lost their authenticator or forgot their password: a new generated
    /// password (returned, to be handed over like a first one), the authenticator key replaced and the second factor
    /// off until they enrol again at their next sign-in, any lock-out lifted, and every open sign-in ended.
    /// </summary>
    public async Task<string> ResetSignInAsync(StaffUser user)
    {
        var password = RandomNumberGenerator.GetString(PasswordAlphabet, GeneratedPasswordLength);
        await Check(users.RemovePasswordAsync(user), "password removed");
        await Check(users.AddPasswordAsync(user, password), "password set");
        await Check(users.ResetAuthenticatorKeyAsync(user), "authenticator key replaced");
        await Check(users.SetTwoFactorEnabledAsync(user, false), "second factor reset");
        await Check(users.SetLockoutEndDateAsync(user, null), "lock-out lifted");
        await Check(users.ResetAccessFailedCountAsync(user), "failures reset");
        await Check(users.UpdateSecurityStampAsync(user), "sign-ins ended");
        return password;
    }

    private static async Task Check(Task<IdentityResult> step, string what)
    {
        var result = await step;
        if (!result.Succeeded) throw new InvalidOperationException($"Sign-in reset failed ({what}): {Describe(result.Errors)}");
    }

    public async Task<IReadOnlyList<StaffSummary>> ListAsync()
    {
        var now = clock.GetUtcNow();
        var all = await users.Users.OrderBy(user => user.UserName).ToListAsync();
        var list = new List<StaffSummary>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            list.Add(new StaffSummary(user.Id, user.UserName!, role, user.TwoFactorEnabled, user.CreatedAt, user.DisabledAt,
                user.LockoutEnd is { } end && end > now));
        }
        return list;
    }

    private static string Describe(IEnumerable<IdentityError> errors) => string.Join("; ", errors.Select(error => error.Code));
}
