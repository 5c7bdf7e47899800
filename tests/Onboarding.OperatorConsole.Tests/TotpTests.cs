using Onboarding.Testing;
using Onboarding.OperatorConsole.Tests.Infrastructure;

namespace Onboarding.OperatorConsole.Tests;

/// <summary>The tests' own authenticator agrees with RFC 6238, so a code the console accepts is a real one.</summary>
public sealed class TotpTests
{
    [Fact]
    public void The_RFC_6238_test_vector_gives_its_code() =>
        // RFC 6238 appendix B: key "12345678901234567890" (Base32 below), T = 59 s, SHA-1 → 94287082 (6 digits: 287082).
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
}
