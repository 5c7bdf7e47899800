namespace Onboarding.ServiceDefaults.Problems;

/// <summary>
/// A service's problem wording: its typed table of titles (by problem <c>code</c>) and field messages (by message
/// key), each a <see cref="Localization.LocalizedText"/>. <see cref="LocalizedProblems{TText}"/> answers with it.
/// </summary>
public interface IProblemText
{
    /// <summary>The title of a problem code in a culture (<c>ja</c> or <c>en</c>).</summary>
    static abstract string Title(string code, string culture);

    /// <summary>The message for a field error key such as <c>email.invalid</c> in a culture.</summary>
    static abstract string Field(string key, string culture);
}
