namespace Onboarding.Contracts;

/// <summary>Finds a message type of this package by its full name, as stored in an outbox row.</summary>
public static class ContractTypes
{
    public static Type? Find(string fullName) =>
        fullName.StartsWith("Onboarding.Contracts.", StringComparison.Ordinal)
            ? typeof(ContractTypes).Assembly.GetType(fullName, throwOnError: false)
            : null;
}
