namespace Onboarding.LocalServers;

/// <summary>A program to start, with its arguments, extra environment variables and the signal that stops it quickly.</summary>
public sealed record ServerCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string StopSignal = "TERM");
