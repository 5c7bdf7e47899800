using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Onboarding.Messaging.Inbox;

namespace Onboarding.Messaging.Retention;

public static class RetentionRegistration
{
    /// <summary>
    /// How long a handled message's inbox row is kept: far longer than the last redelivery can arrive (the default
    /// schedule ends after about 5 h 20 min) and than a parked message usually waits for an operator's re-drive, so a
    /// copy of a message that was already handled is still recognised. A week also covers a long weekend.
    /// </summary>
    public static readonly TimeSpan InboxKeep = TimeSpan.FromDays(7);

    /// <summary>
    /// The retention pass for <typeparamref name="TDbContext"/>: the inbox rule every service needs, and the
    /// service's own rules. Configured under <c>Retention</c> (<see cref="RetentionOptions"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddRetention&lt;WalletDbContext&gt;(rules => rules
    ///     .Prune&lt;LinkAttempt&gt;("link_attempts", Retention.AfterExpiry, at => a => a.ExpiresAt &lt; at.Cutoff));
    /// </code>
    /// </example>
    public static IHostApplicationBuilder AddRetention<TDbContext>(this IHostApplicationBuilder builder,
        Action<RetentionRules<TDbContext>>? configureRules = null)
        where TDbContext : DbContext
    {
        var rules = new RetentionRules<TDbContext>()
            .Prune<InboxMessage>(MessagingModel.InboxTable, InboxKeep, at => m => m.ProcessedAt < at.Cutoff);
        configureRules?.Invoke(rules);

        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations();
        builder.Services.AddSingleton(services => new RetentionPass(rules.Rules,
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IOptionsMonitor<RetentionOptions>>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<RetentionPass>>()));
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
