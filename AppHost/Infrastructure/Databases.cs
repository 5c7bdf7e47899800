namespace Onboarding.AppHost.Infrastructure;

internal static class Databases
{
    /// <summary>
    /// One connection string per service database on <paramref name="server"/> (its connection string with
    /// <c>Database</c> set; Npgsql takes the last value of a repeated key). The databases themselves are created by
    /// each service's migrate step, which runs once the server is healthy.
    /// </summary>
    public static IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> On(
        IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> server) =>
        ResourceNames.Databases.ToDictionary(
            name => name,
            name => (IResourceBuilder<IResourceWithConnectionString>)builder
                .AddConnectionString(name, ReferenceExpression.Create($"{server.Resource};Database={name}"))
                .WithParentRelationship(server)
                .WaitFor(server));
}
