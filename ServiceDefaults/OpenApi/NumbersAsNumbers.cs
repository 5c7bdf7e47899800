using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Onboarding.ServiceDefaults.OpenApi;

/// <summary>
/// ASP.NET Core's web JSON defaults also read numbers written as strings, so the generator types every number as
/// "integer or numeric string". The services always write numbers, and clients should send them: say just that.
/// </summary>
internal static class NumbersAsNumbers
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }
}
