namespace Onboarding.Load.Faults;

/// <summary>
/// A fault the generator does to the running system. <see cref="BeginAsync"/> does it; <see cref="EndAsync"/> undoes it
/// (a held fault) or waits for the system to have recovered from it (a restart, a kill), and returns when it has.
/// </summary>
public interface IFault
{
    Task BeginAsync(FaultTimeline timeline, CancellationToken cancellationToken);

    Task EndAsync(FaultTimeline timeline, CancellationToken cancellationToken);
}
