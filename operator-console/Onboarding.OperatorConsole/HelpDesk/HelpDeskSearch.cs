using Onboarding.OperatorConsole.Services;

namespace Onboarding.OperatorConsole.HelpDesk;

/// <summary>What staff can search by; the phone is identity-portal's, everything else membership's.</summary>
public static class SearchKinds
{
    public const string Number = "number";
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone";

    public static readonly IReadOnlyList<string> All = [Number, Name, Email, Phone];
}

/// <summary>
/// A help-desk search: sent to the service that holds the field (a phone number to identity-portal, which answers
/// member ids that membership then shows masked like any other result). The input is checked by the service, whose
/// field errors come back in the staff member's language.
/// </summary>
public sealed class HelpDeskSearch(OperatorServices services)
{
    public async Task<ServiceAnswer<FoundMembers>> FindAsync(string kind, string query, CancellationToken cancellationToken)
    {
        if (kind != SearchKinds.Phone)
        {
            return await services.Membership.PostAsync<FoundMembers>("/api/membership/operator/member-searches", new { kind, query }, cancellationToken);
        }
        var byPhone = await services.IdentityPortal.PostAsync<MembersFoundByPhone>(
            "/api/portal/operator/member-searches/by-phone", new { phone = query }, cancellationToken);
        if (!byPhone.Succeeded) return ServiceAnswer<FoundMembers>.Failure(byPhone.Problem);
        if (byPhone.Value.MemberIds.Count == 0) return ServiceAnswer<FoundMembers>.Success(new FoundMembers([], false));
        var found = await services.Membership.PostAsync<FoundMembers>("/api/membership/operator/member-searches",
            new { kind = "ids", memberIds = byPhone.Value.MemberIds }, cancellationToken);
        return found.Succeeded ? ServiceAnswer<FoundMembers>.Success(found.Value with { Truncated = byPhone.Value.Truncated }) : found;
    }
}
