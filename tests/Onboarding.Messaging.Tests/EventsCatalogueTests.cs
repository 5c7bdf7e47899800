using System.Reflection;
using System.Text.Json;
using Onboarding.Contracts;

namespace Onboarding.Messaging.Tests;

/// <summary>
/// docs/events.md is the published catalogue of our messages: every public event and command of
/// <c>Onboarding.Contracts</c>, each property (as sent: camelCase) and each value of its enum fields is in it, and
/// nothing in it is missing from the assembly.
/// </summary>
public sealed class EventsCatalogueTests
{
    private static readonly string[] MessageNamespaces = ["Onboarding.Contracts.Events", "Onboarding.Contracts.Commands"];

    private readonly EventsCatalogue _catalogue = EventsCatalogue.Load();

    [Fact]
    public void Every_event_and_command_and_each_of_its_fields_is_in_the_catalogue()
    {
        var undocumented = new List<string>();
        foreach (var message in ContractMessages())
        {
            if (!_catalogue.Messages.TryGetValue(message.Name, out var documented))
            {
                undocumented.Add($"{message.FullName}: not in the catalogue");
                continue;
            }
            foreach (var property in Fields(message))
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (!documented.TryGetValue(field, out var values)) undocumented.Add($"{message.Name}.{field}: field not documented");
                else if (property.PropertyType.IsEnum)
                {
                    undocumented.AddRange(Enum.GetNames(property.PropertyType).Except(values)
                        .Select(value => $"{message.Name}.{field}: value `{value}` not documented"));
                }
            }
        }
        Assert.True(undocumented.Count == 0, Failure("The Onboarding.Contracts assembly has what docs/events.md does not list:", undocumented));
    }

    [Fact]
    public void Everything_in_the_catalogue_is_in_the_contracts()
    {
        var messages = ContractMessages().ToDictionary(type => type.Name);
        var unknown = new List<string>();
        foreach (var (name, fields) in _catalogue.Messages)
        {
            if (!messages.TryGetValue(name, out var message))
            {
                unknown.Add($"{name}: no such public event or command");
                continue;
            }
            var properties = Fields(message).ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
            foreach (var (field, values) in fields)
            {
                if (!properties.TryGetValue(field, out var property)) unknown.Add($"{name}.{field}: no such property");
                else if (values.Count > 0 && property.PropertyType.IsEnum)
                {
                    unknown.AddRange(values.Except(Enum.GetNames(property.PropertyType))
                        .Select(value => $"{name}.{field}: no such value `{value}`"));
                }
            }
        }
        Assert.NotEmpty(_catalogue.Messages);
        Assert.True(unknown.Count == 0, Failure("docs/events.md lists what the Onboarding.Contracts assembly does not have:", unknown));
    }

    private static IEnumerable<Type> ContractMessages() =>
        typeof(QueueNames).Assembly.GetExportedTypes()
            .Where(type => type.IsClass && MessageNamespaces.Contains(type.Namespace));

    private static IEnumerable<PropertyInfo> Fields(Type message) =>
        message.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static string Failure(string headline, IEnumerable<string> problems) =>
        $"{headline}\n  " +
        string.Join("\n  ", problems) +
        $"\nUpdate the tables of {EventsCatalogue.RelativePath} (the `fields` column) along with the contract.";
}
