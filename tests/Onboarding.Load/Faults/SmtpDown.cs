using Onboarding.Load.Codes;

namespace Onboarding.Load.Faults;

/// <summary>The mail server down: the generator's SMTP sink stops listening (connections refused), then listens again on the same port.</summary>
public sealed class SmtpDown(SmtpCodeSink sink) : IFault
{
    public async Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        await sink.StopListeningAsync();
        timeline.Note($"SMTP sink off 127.0.0.1:{sink.Port} (connections refused)");
    }

    public Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken)
    {
        sink.ListenAgain();
        return Task.CompletedTask;
    }
}
