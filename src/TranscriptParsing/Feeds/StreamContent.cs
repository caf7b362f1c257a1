using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Feeds;

/// <summary>Reads a whole document from a stream into a pooled buffer, never more than the size limit allows.</summary>
internal static class StreamContent
{
    private const int InitialCapacity = 64 * 1024;

    /// <summary>
    /// Reads <paramref name="stream"/> to its end. Returns null (having read at most <paramref name="limit"/> + 1 bytes)
    /// when it holds more than <paramref name="limit"/> bytes.
    /// </summary>
    public static async ValueTask<(byte[] Buffer, int Length)?> ReadAllAsync(Stream stream, long limit, long? knownLength, CancellationToken cancellationToken)
    {
        if (knownLength > limit)
        {
            return null;
        }

        int cap = (int)Math.Min(limit + 1, Array.MaxLength);
        int initial = knownLength is { } known ? (int)Math.Min(known + 1, cap) : Math.Min(InitialCapacity, cap);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, initial));
        int length = 0;
        try
        {
            while (true)
            {
                if (length == Math.Min(buffer.Length, cap))
                {
                    // Grow by doubling, but never past limit + 1: one byte more than allowed is enough to refuse.
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
