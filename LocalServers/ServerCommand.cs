namespace Onboarding.LocalServers;

/// <summary>A program to start, with its arguments and extra environment variables.</summary>
public sealed record ServerCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment);
