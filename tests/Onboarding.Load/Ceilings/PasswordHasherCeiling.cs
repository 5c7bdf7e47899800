using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Onboarding.Load.Ceilings;

/// <summary>
/// The floor of STEP 2's password step: ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> hashing on every
/// core at once. identity-portal sets no <see cref="PasswordHasherOptions"/>, so this uses the defaults it gets
/// (V3: PBKDF2 with HMAC-SHA512, <see cref="PasswordHasherOptions.IterationCount"/> iterations).
/// </summary>
public static class PasswordHasherCeiling
{
    public static HasherResult Run(TimeSpan duration)
    {
        var options = new PasswordHasherOptions();
        var hasher = new PasswordHasher<HashedUser>(Options.Create(options));
        var user = new HashedUser();
        var hashes = 0L;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Thread(() =>
        {
            var mine = 0L;
            while (clock.Elapsed < duration)
            {
                hasher.HashPassword(user, "correct horse battery staple");
                mine++;
            }
            Interlocked.Add(ref hashes, mine);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return new HasherResult(hashes / clock.Elapsed.TotalSeconds, threads.Count, options.IterationCount);
    }

    private sealed class HashedUser;
}

public sealed record HasherResult(double HashesPerSecond, int Threads, int Iterations);
