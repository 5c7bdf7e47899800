namespace Onboarding.Notification.Templates;

/// <summary>A mail as a template wrote it: subject and plain-text body, in one language.</summary>
public sealed record RenderedEmail(string Subject, string TextBody);
