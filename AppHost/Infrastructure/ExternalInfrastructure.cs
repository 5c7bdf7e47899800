namespace Onboarding.AppHost.Infrastructure;

/// <summary>
/// Servers that already run elsewhere: <c>ConnectionStrings:postgres</c> (server level, Npgsql format) and
/// <c>ConnectionStrings:rabbitmq</c> (an <c>amqp://</c> URI). Each service database gets the server's connection
/// string with its own <c>Database</c>.
/// </summary>
internal static class ExternalInfrastructure
{
    public static InfrastructureResources Add(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddConnectionString(ResourceNames.Postgres,
                ReferenceExpression.Create($"{Secrets.FromConnectionStrings(builder, ResourceNames.Postgres)}"))
            .WithPostgresHealthCheck();
        var rabbitMq = builder.AddConnectionString(ResourceNames.RabbitMq,
                ReferenceExpression.Create($"{Secrets.FromConnectionStrings(builder, ResourceNames.RabbitMq)}"))
            .WithRabbitMqHealthCheck();

        return new InfrastructureResources(postgres, Databases.On(builder, postgres), rabbitMq);
    }
}
