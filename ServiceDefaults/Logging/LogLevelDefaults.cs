using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Log levels every service starts from, for the libraries that log each request or call at Information: ASP.NET Core, HttpClient (four lines
/// per outgoing request), Polly (one per attempt), EF Core's executed commands and YARP (one per proxied request).
/// At load they were most of what the services wrote, and YARP's line carries the whole proxied URL — the OAuth
/// callback's <c>code</c> and <c>state</c> with it. They are defaults, not rules: the sources are put first, so any
/// <c>appsettings*.json</c>, environment variable or argument can still turn a category up to look at it.
/// </summary>
public static class LogLevelDefaults
{
    public static IReadOnlyDictionary<string, string> Levels { get; } = new Dictionary<string, string>
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Yarp"] = "Warning",
    };

    public static TBuilder AddLogLevelDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels! });
        return builder;
    }
}
