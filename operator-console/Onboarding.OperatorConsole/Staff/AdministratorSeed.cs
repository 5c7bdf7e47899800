using Onboarding.OperatorConsole.Audit;

namespace Onboarding.OperatorConsole.Staff;

/// <summary>
/// The first administrator, from configuration (<c>OperatorConsole:Administrator:UserName</c> and <c>:Password</c>;
/// the AppHost passes its parameters to the migrate step only). Idempotent: an existing account of that name is left
/// exactly as it is — its password is never reset from configuration, and the password is never logged.
/// </summary>
public static class AdministratorSeed
{
    public const string Section = "OperatorConsole:Administrator";

    public static async Task SeedAdministratorAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var userName = configuration[$"{Section}:UserName"];
        var password = configuration[$"{Section}:Password"];
        await using var scope = services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        await staff.EnsureRolesAsync();
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            logger.LogInformation("No administrator to seed ({Section} not set)", Section);
            return;
        }
        if (!StaffUserName.IsValid(userName))
        {
            throw new InvalidOperationException($"{Section}:UserName must be {StaffUserName.MinLength}–{StaffUserName.MaxLength} characters of '{StaffUserName.AllowedCharacters}'.");
        }
        if (await staff.FindAsync(userName) is not null)
        {
            logger.LogInformation("Administrator {UserName} already exists; left unchanged", userName);
            return;
        }
        var created = await staff.CreateAsync(userName, StaffRoles.Administrator, password);
        if (!created.Succeeded)
        {
            // The error codes only (e.g. PasswordTooShort), never the password.
            throw new InvalidOperationException($"The administrator could not be seeded: {string.Join(", ", created.Errors.Select(error => error.Code))}");
        }
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordForAsync(AuditLog.SystemActor, null,
            new AuditRecord(AuditActions.StaffSeeded, userName, Details: new { role = StaffRoles.Administrator }));
        logger.LogInformation("Administrator {UserName} seeded; TOTP is enrolled at the first sign-in", userName);
    }
}
