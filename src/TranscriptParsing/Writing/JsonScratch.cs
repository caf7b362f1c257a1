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

    // The JSON of each distinct label's turns up to their text, by label index: where it starts in _headBytes and
    // how long it is (0 for not written yet). Plain arrays, pooled or not: only a reusable context keeps heads.
    private int[] _heads;
    private byte[] _headBytes;
    private int _headBytesUsed;

    public JsonScratch(bool pooled)
    {
        _pooled = pooled;
        _chars = [];
        _bytes = [];
        _heads = [];
        _headBytes = [];
        _headBytesUsed = 0;
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

    /// <summary>Forgets the turn heads kept, and makes room for those of <paramref name="labels"/> distinct labels.</summary>
    public void ClearTurnHeads(int labels)
    {
        if (_heads.Length < labels * 2)
        {
            _heads = new int[Math.Max(labels * 2, Math.Max(64, _heads.Length * 2))];
        }

        _heads.AsSpan(0, labels * 2).Clear();
        _headBytesUsed = 0;
    }

    /// <summary>The JSON kept for the turns of label <paramref name="label"/> by <see cref="KeepTurnHead"/>, or empty.</summary>
    public readonly ReadOnlySpan<byte> TurnHead(int label) => _headBytes.AsSpan(_heads[label * 2], _heads[(label * 2) + 1]);

    /// <summary>Keeps the JSON that every turn of label <paramref name="label"/> starts with.</summary>
    public void KeepTurnHead(int label, ReadOnlySpan<byte> head)
    {
        if (_headBytes.Length - _headBytesUsed < head.Length)
        {
            // Grown with what it holds: the heads kept so far stay where they are.
            var kept = _headBytes;
            _headBytes = new byte[Math.Max(_headBytesUsed + head.Length, Math.Max(1024, kept.Length * 2))];
            kept.AsSpan(0, _headBytesUsed).CopyTo(_headBytes);
        }

        head.CopyTo(_headBytes.AsSpan(_headBytesUsed));
        _heads[label * 2] = _headBytesUsed;
        _heads[(label * 2) + 1] = head.Length;
        _headBytesUsed += head.Length;
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
