using Microsoft.Extensions.Options;

namespace Onboarding.Notification.Phone;

/// <summary>
/// Chooses the one SMS/voice channel from configuration, in this order:
/// <list type="number">
/// <item><c>Notification:TwilioPhone:AccountSid</c> set → <see cref="TwilioPhoneChannel"/>, its options checked at
/// start (a missing token or sender stops the service, naming the key);</item>
/// <item><c>Notification:PhoneSink:Enabled</c> true (as in <c>appsettings.Development.json</c>) →
/// <see cref="DevelopmentPhoneSink"/>;</item>
/// <item>neither → the service refuses to start (<see cref="PhoneChannelNotConfiguredException"/>): silently
/// dropping STEP 2's codes would only show up as members who never get one.</item>
/// </list>
/// Only the host's start is refused: the <c>migrate</c> run does not start the host, so it needs no phone settings.
/// </summary>
public static class PhoneChannelRegistration
{
    public enum Choice
    {
        None,
        DevelopmentSink,
        Twilio,
    }

    public static Choice From(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[TwilioPhoneOptions.AccountSidKey]) ? Choice.Twilio
        : configuration.GetValue<bool>(PhoneSinkOptions.EnabledKey) ? Choice.DevelopmentSink
        : Choice.None;

    public static IHostApplicationBuilder AddPhoneChannel(this IHostApplicationBuilder builder)
    {
        switch (From(builder.Configuration))
        {
            case Choice.Twilio:
                builder.Services.AddOptions<TwilioPhoneOptions>().BindConfiguration(TwilioPhoneOptions.Section).ValidateOnStart();
                builder.Services.AddSingleton<IValidateOptions<TwilioPhoneOptions>, TwilioPhoneOptionsValidation>();
                // One retry policy, DeliveryRunner's: the standard resilience handler would retry 429/5xx on its own,
                // uncounted in the delivery log, multiplying the tries.
#pragma warning disable EXTEXP0001
                builder.Services.AddHttpClient(TwilioPhoneChannel.HttpClientName, (services, http) =>
                        http.Timeout = services.GetRequiredService<IOptions<TwilioPhoneOptions>>().Value.RequestTimeout)
                    .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
                builder.Services.AddSingleton<IPhoneMessageChannel, TwilioPhoneChannel>();
                break;
            case Choice.DevelopmentSink:
                builder.Services.AddSingleton<IPhoneMessageChannel, DevelopmentPhoneSink>();
                break;
            default:
                builder.Services.AddHostedService<RefuseToStartWithoutPhoneChannel>();
                break;
        }
        return builder;
    }

    /// <summary>Fails the start with the exact problem (<see cref="TwilioPhoneOptions.Problem"/>).</summary>
    private sealed class TwilioPhoneOptionsValidation : IValidateOptions<TwilioPhoneOptions>
    {
        public ValidateOptionsResult Validate(string? name, TwilioPhoneOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    private sealed class RefuseToStartWithoutPhoneChannel : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => throw new PhoneChannelNotConfiguredException();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
