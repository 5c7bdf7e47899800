namespace Onboarding.WalletSandbox.Application;

/// <summary>The <c>WalletSandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string Section = "WalletSandbox";

    /// <summary>The OAuth clients to register (<c>WalletSandbox:Clients:0:ClientId</c>, ...).</summary>
    public List<SandboxClientOptions> Clients { get; set; } = [];

    /// <summary>Faults in force from start-up; <c>PUT /sandbox/faults</c> replaces them at run time.</summary>
    public FaultSettings Faults { get; set; } = new();
}

public sealed class SandboxClientOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> RedirectUris { get; set; } = [];
}

/// <summary>Where the sandbox's mail goes (<c>Smtp:Host</c>, <c>Smtp:Port</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    public const string FromAddress = "no-reply@sandbox.pokepay.example";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
}
