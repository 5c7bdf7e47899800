namespace Onboarding.OperatorConsole.Staff;

/// <summary>A typed authenticator code: 6 ASCII digits, with the space some apps show in the middle allowed.</summary>
public static class AuthenticatorCode
{
    public static string? Normalise(string? typed)
    {
        var code = typed?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code is { Length: 6 } && code.All(char.IsAsciiDigit) ? code : null;
    }
}
