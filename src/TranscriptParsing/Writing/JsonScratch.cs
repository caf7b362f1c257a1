using System;
using System.Buffers;

namespace TranscriptParsing.Writing;

/// <summary>
/// The buffers the JSON writer composes into: chars for text it normalises before handing it to the writer, bytes
/// for strings it encodes itself. They grow when too small: through the shared pool when pooled (returned by
/// <see cref="Return"/>), or as plain arrays a reusable context keeps from one document to the next.
/// </summary>
internal struct JsonScratch
{
    private readonly bool _pooled;
    private char[] _chars;
    private byte[] _bytes;

    public JsonScratch(bool pooled)
    {
        _pooled = pooled;
        _chars = [];
        _bytes = [];
    }

    /// <summary>A char buffer of at least <paramref name="length"/> chars.</summary>
    public char[] Chars(int length)
    {
        if (_chars.Length < length)
        {
            Grow(ref _chars, length);
        }

        return _chars;
    }

    /// <summary>A byte buffer of at least <paramref name="length"/> bytes.</summary>
    public byte[] Bytes(int length)
    {
        if (_bytes.Length < length)
        {
            Grow(ref _bytes, length);
        }

        return _bytes;
    }

    /// <summary>Gives pooled buffers back.</summary>
    public void Return()
    {
        if (_pooled)
        {
            Release(ref _chars);
            Release(ref _bytes);
        }
    }

    private readonly void Grow<T>(ref T[] buffer, int length)
    {
        if (_pooled)
        {
            Release(ref buffer);
            buffer = ArrayPool<T>.Shared.Rent(Math.Max(length, 1024));
        }
        else
        {
            buffer = new T[Math.Max(length, Math.Max(1024, buffer.Length * 2))];
        }
    }

    private static void Release<T>(ref T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
