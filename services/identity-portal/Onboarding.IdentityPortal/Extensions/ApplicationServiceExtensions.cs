using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Onboarding.IdentityPortal.Apis;
using Onboarding.IdentityPortal.HelpDesk;
using Onboarding.IdentityPortal.Application;
using Onboarding.IdentityPortal.Domain;
using Onboarding.IdentityPortal.Infrastructure;
using Onboarding.IdentityPortal.Messaging;
using Onboarding.Messaging;
using Onboarding.IdentityPortal.Tokens;

namespace Onboarding.IdentityPortal.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>("identitydb");
        builder.AddOnboardingMessaging<IdentityDbContext>(bus =>
        {
            bus.AddConsumer<MemberEmailConfirmedConsumer>().Endpoint(endpoint => endpoint.Name = MemberEmailConfirmedConsumer.QueueName);
            bus.AddConsumer<MemberRemindedConsumer>().Endpoint(endpoint => endpoint.Name = MemberRemindedConsumer.QueueName);
        });

        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);
        // Built on first use, not at start-up: the service and its migrate step keep running without the key.
        builder.Services.AddSingleton(services =>
        {
            var key = services.GetRequiredService<IOptions<PortalOptions>>().Value.CodeKey;
            if (key.Length < VerificationCodeHasher.MinimumKeyLength)
            {
                throw new InvalidOperationException(
                    $"{PortalOptions.Section}:CodeKey must be at least {VerificationCodeHasher.MinimumKeyLength} characters.");
            }
            return new VerificationCodeHasher(Encoding.UTF8.GetBytes(key));
        });
        builder.Services.AddScoped<SignupCodeSender>();
        builder.Services.AddScoped<SignInCodeSender>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<PasswordResetCodeSender>();
        builder.Services.AddScoped<PasswordResetCompletion>();
        builder.Services.AddScoped<PortalAccountDeletion>();
        builder.Services.AddScoped<PasswordAttempts>();
        builder.Services.AddScoped<PasswordReplacement>();
        builder.Services.AddScoped<AccountPasswordChange>();
        builder.Services.AddScoped<EmailChangeCodeSender>();
        builder.Services.AddScoped<EmailChangeConfirmation>();
        builder.Services.AddScoped<AccountPhoneChange>();
        builder.Services.AddScoped<MemberTimelineReader>();
        builder.Services.AddScoped<MemberAccountSummaryReader>();
        builder.Services.AddScoped<MemberPhoneSearch>();
        builder.Services.AddSingleton<PortalMetrics>();
        builder.Services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The address was already normalised and confirmed; it is also the user name.
                options.User.AllowedUserNameCharacters = "";
            })
            .AddEntityFrameworkStores<IdentityDbContext>();
        builder.AddTokenIssuing();
        builder.AddIdentityRetention();
        return builder;
    }
}
