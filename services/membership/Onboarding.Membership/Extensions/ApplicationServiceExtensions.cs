using Microsoft.Extensions.Options;
using Onboarding.Membership.Application;
using Onboarding.Membership.Domain;
using Onboarding.Membership.Import;
using Onboarding.Membership.Infrastructure;
using Onboarding.Membership.Messaging;
using Onboarding.Messaging;
using Onboarding.Messaging.Retention;

namespace Onboarding.Membership.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>("membershipdb");
        // Each consumer has a queue of membership's own, so other services' subscribers to the same events never compete.
        builder.AddOnboardingMessaging<MembershipDbContext>(bus =>
        {
            bus.AddConsumer<PortalAccountCreatedConsumer>().Endpoint(endpoint => endpoint.Name = PortalAccountCreatedConsumer.QueueName);
            bus.AddConsumer<WalletLinkedConsumer>().Endpoint(endpoint => endpoint.Name = WalletLinkedConsumer.QueueName);
            bus.AddConsumer<WalletUnlinkedConsumer>().Endpoint(endpoint => endpoint.Name = WalletUnlinkedConsumer.QueueName);
            bus.AddConsumer<PortalAccountDeletedConsumer>().Endpoint(endpoint => endpoint.Name = PortalAccountDeletedConsumer.QueueName);
            bus.AddConsumer<PortalEmailChangedConsumer>().Endpoint(endpoint => endpoint.Name = PortalEmailChangedConsumer.QueueName);
        });

        builder.AddMembershipRetention();
        builder.AddClientAddresses();
        builder.Services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.Section).ValidateDataAnnotations();
        builder.Services.AddSingleton(services =>
        {
            var key = services.GetRequiredService<IOptions<MembershipOptions>>().Value.PasscodeKey;
            if (key.Length < 32) throw new InvalidOperationException("Membership:PasscodeKey must be at least 32 characters.");
            return new PasscodeHasher(System.Text.Encoding.UTF8.GetBytes(key));
        });
        builder.Services.AddSingleton<MembershipMetrics>();
        builder.Services.AddScoped<PasscodeSender>();
        builder.Services.AddScoped<OnboardingProgressRecorder>();
        builder.Services.AddOptions<FunnelOptions>().BindConfiguration(FunnelOptions.Section).ValidateDataAnnotations();
        builder.Services.AddSingleton<FunnelGauge>();
        builder.Services.AddScoped<FunnelReader>();
        builder.Services.AddScoped<MemberSearch>();
        builder.Services.AddScoped<MemberTimelineReader>();
        builder.Services.AddHostedService<FunnelReadings>();
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations();
        builder.Services.AddScoped<ReminderSender>();
        builder.Services.AddHostedService<ReminderDispatcher>();
        builder.Services.AddScoped<DevelopmentMembers>();
        builder.Services.AddSingleton<RosterImportMetrics>();
        builder.Services.AddScoped<RosterImporter>();
        // Members read their own onboarding progress with the access token identity-portal issued.
        builder.AddPortalTokenValidation(audience: "membership");
        return builder;
    }
}
