using System.Buffers.Binary;

namespace Onboarding.Membership.Import;

/// <summary>
/// UUIDv7 ids for the members one import inserts, in increasing order (RFC 9562 §6.2, method 1: a 42-bit counter,
/// randomly seeded, after the millisecond timestamp, then 32 random bits). <see cref="Guid.CreateVersion7(DateTimeOffset)"/>
/// with one timestamp would give ids in random order, and a million random inserts into the primary-key index cost
/// the upsert about 40 % more (page splits all over the index, more WAL).
/// </summary>
public sealed class RosterMemberIds
{
    private const long CounterMask = (1L << 42) - 1;

    private readonly long _milliseconds;
    private long _counter;

    public RosterMemberIds(DateTimeOffset now)
    {
        _milliseconds = now.ToUnixTimeMilliseconds();
        // Seeded in the lower half of the range, so even a very large import does not wrap around.
        _counter = Random.Shared.NextInt64(0, 1L << 41);
    }

    public Guid Next()
    {
        var counter = _counter++ & CounterMask;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, _milliseconds << 16); // 48-bit timestamp in bytes 0-5
        bytes[6] = (byte)(0x70 | (int)(counter >> 38) & 0x0F);            // version 7, counter bits 41-38
        bytes[7] = (byte)(counter >> 30);                                  // counter bits 37-30
        bytes[8] = (byte)(0x80 | (int)(counter >> 24) & 0x3F);             // variant 10, counter bits 29-24
        bytes[9] = (byte)(counter >> 16);
        bytes[10] = (byte)(counter >> 8);
        bytes[11] = (byte)counter;
        BinaryPrimitives.WriteUInt32BigEndian(bytes[12..], (uint)Random.Shared.NextInt64(0, 1L << 32));
        return new Guid(bytes, bigEndian: true);
    }
}
