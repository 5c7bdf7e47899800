namespace Onboarding.Load.Journeys;

/// <summary>A member of the generated roster, with the phone number their journey types in STEP 2.</summary>
public sealed record RosterMember(
    string Number, DateOnly BirthDate, string FamilyName, string GivenName, string Email, string PhoneTyped, string PhoneE164);
