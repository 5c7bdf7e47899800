using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.Testing.Messaging;

namespace Onboarding.Notification.Tests.Infrastructure;

/// <summary>
/// The real notification service (its own Program) with configuration overrides: a test database, the shared
/// broker, the test SMTP server. A <see cref="ProbeObserver"/> counts what the bus received, per message id.
/// </summary>
public sealed class NotificationServiceFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public ProbeObserver Observer => Services.GetRequiredService<ProbeObserver>();

    public IBus Bus => Services.GetRequiredService<IBus>();

    /// <summary>Every log line the service wrote (at the configured levels), formatted, to check what never appears.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ProbeObserver>();
            services.AddReceiveObserver(provider => provider.GetRequiredService<ProbeObserver>());
            // Tests send right after start-up: let the host finish starting only once the queue is consumed.
            services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        });
    }
}
