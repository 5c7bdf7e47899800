namespace Onboarding.OperatorConsole.Staff;

/// <summary>What a staff user name may be: short, lower-case ASCII letters, digits and <c>. _ -</c>, so it reads the
/// same in the audit log, a CSV and a log line, and cannot carry markup or a formula.</summary>
public static class StaffUserName
{
    public const string AllowedCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
    public const int MinLength = 3;
    public const int MaxLength = 64;

    public static bool IsValid(string? userName) =>
        userName is { Length: >= MinLength and <= MaxLength } && userName.All(AllowedCharacters.Contains);
}
