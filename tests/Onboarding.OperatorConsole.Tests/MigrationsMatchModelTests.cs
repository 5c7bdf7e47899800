using Onboarding.OperatorConsole.Infrastructure;
using Onboarding.Testing;

namespace Onboarding.OperatorConsole.Tests;

public sealed class MigrationsMatchModelTests
{
    [Fact]
    public void The_latest_migration_builds_the_model_the_code_maps() =>
        MigrationsMatchModel.Verify(new ConsoleDbContextDesignFactory());
}
