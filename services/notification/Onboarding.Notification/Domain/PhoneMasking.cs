namespace Onboarding.Notification.Domain;

/// <summary>
/// A phone number as the delivery log and the logs show it: the <c>+</c> and the first two digits (the country
/// code for Japan, 81) and the last four digits; everything between is <c>*</c>. <c>+819012345678</c> →
/// <c>+81******5678</c>.
/// </summary>
public static class PhoneMasking
{
    private const int Leading = 3; // "+81"
    private const int Trailing = 4;

    public static string Mask(string phoneE164)
    {
        var number = phoneE164.Trim();
        if (number.Length <= Leading + Trailing) return new string('*', Math.Max(number.Length, 4));
        return string.Concat(
            number.AsSpan(0, Leading),
            new string('*', number.Length - Leading - Trailing),
            number.AsSpan(number.Length - Trailing));
    }
}
