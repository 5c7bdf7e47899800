using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Onboarding.Load.Faults;

/// <summary>
/// The AppHost's resource service — the gRPC service its dashboard uses (<c>aspire.v1.DashboardService</c>, address
/// <c>ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL</c>, unsecured as ./run.sh starts it) — asked to run a resource command
/// such as <c>resource-start</c> or <c>resource-restart</c>, as the dashboard's Start and Restart buttons do. Aspire
/// does not restart an executable that exited on its own; this is how an operator restarts it. Written by hand over
/// HTTP/2 (one unary call with three string fields) rather than with generated gRPC code and its three packages.
/// </summary>
public sealed class ResourceServiceClient(Uri endpoint) : IDisposable
{
    public const string StartCommand = "resource-start";
    public const string RestartCommand = "resource-restart";
    private const string ExecuteCommandPath = "/aspire.v1.DashboardService/ExecuteResourceCommand";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A command's outcome: <c>Kind</c> 1 is succeeded (ResourceCommandResponseKind), with the service's message.</summary>
    public sealed record CommandResult(int Kind, string? Message)
    {
        public bool Succeeded => Kind == 1;
    }

    public async Task<CommandResult> ExecuteAsync(string resourceName, string resourceType, string command, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, ExecuteCommandPath))
        {
            Version = HttpVersion.Version20,
            // http:// with prior knowledge of HTTP/2 (h2c), as gRPC over an unsecured endpoint is.
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(Frame(CommandRequest(command, resourceName, resourceType))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var s) ? s.First()
            : response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : null;
        if (!response.IsSuccessStatusCode || status is not "0")
        {
            var message = response.TrailingHeaders.TryGetValues("grpc-message", out var m) ? m.First()
                : response.Headers.TryGetValues("grpc-message", out var hm) ? hm.First() : "";
            throw new InvalidOperationException($"The resource service answered HTTP {(int)response.StatusCode}, grpc-status {status ?? "none"} {Uri.UnescapeDataString(message)}");
        }
        return ReadCommandResponse(body.Length > 5 ? body.AsSpan(5) : []);
    }

    /// <summary>ResourceCommandRequest: command_name = 1, resource_name = 2, resource_type = 3 (all strings).</summary>
    internal static byte[] CommandRequest(string command, string resourceName, string resourceType)
    {
        using var message = new MemoryStream();
        WriteString(message, 1, command);
        WriteString(message, 2, resourceName);
        WriteString(message, 3, resourceType);
        return message.ToArray();
    }

    /// <summary>ResourceCommandResponse: kind = 1 (enum), error_message = 2, message = 3 (strings); other fields skipped.</summary>
    internal static CommandResult ReadCommandResponse(ReadOnlySpan<byte> message)
    {
        int kind = 0;
        string? text = null;
        var position = 0;
        while (position < message.Length)
        {
            var tag = (int)ReadVarint(message, ref position);
            var (field, wireType) = (tag >> 3, tag & 7);
            switch (wireType)
            {
                case 0:
                    var value = ReadVarint(message, ref position);
                    if (field == 1) kind = (int)value;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    if (field is 2 or 3) text = Encoding.UTF8.GetString(message.Slice(position, length));
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                case 1:
                    position += 8;
                    break;
                default:
                    throw new FormatException($"Unexpected protobuf wire type {wireType}.");
            }
        }
        return new CommandResult(kind, text);
    }

    /// <summary>gRPC's length-prefixed message: not compressed, 4-byte big-endian length, the message.</summary>
    internal static byte[] Frame(byte[] message)
    {
        var framed = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(1), message.Length);
        message.CopyTo(framed, 5);
        return framed;
    }

    private static void WriteString(Stream stream, int field, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteVarint(stream, (ulong)((field << 3) | 2));
        WriteVarint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        stream.WriteByte((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }

    public void Dispose() => _http.Dispose();
}
