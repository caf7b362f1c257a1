using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Feeds;

/// <summary>
/// Decompresses gzip and, at the end, checks the size that the gzip trailer records against the bytes that came out:
/// <see cref="GZipStream"/> reports the end of a truncated file as a normal end, and a feed must not pass half a
/// document off as a whole one. Throws <see cref="InvalidDataException"/> when the two differ.
/// </summary>
/// <remarks>
/// The trailer gives the size of the last gzip member only, so a file of several concatenated members is checked
/// against the total and refused; such files are rare among transcripts (<c>docs/feeds.md</c> says so).
/// </remarks>
internal sealed class CheckedGzipStream : Stream
{
    private readonly TailStream _compressed;
    private readonly GZipStream _gzip;
    private long _decompressed;
    private bool _checked;

    public CheckedGzipStream(Stream compressed, bool leaveOpen)
    {
        _compressed = new TailStream(compressed, leaveOpen);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = _gzip.Read(buffer);
        return Account(read, buffer.Length);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await _gzip.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(read, buffer.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Account(int read, int requested)
    {
        _decompressed += read;
        if (read == 0 && requested > 0 && !_checked)
        {
            _checked = true;
            if (!_compressed.TryGetTrailerSize(out uint recorded))
            {
                throw new InvalidDataException("it ends before its trailer.");
            }

            if (recorded != unchecked((uint)_decompressed))
            {
                throw new InvalidDataException($"its trailer records {recorded} bytes (mod 2^32), but {_decompressed} came out.");
            }
        }

        return read;
    }

    /// <summary>Passes reads through and keeps the last 8 bytes read: at the end of a gzip file, its trailer.</summary>
    private sealed class TailStream(Stream inner, bool leaveOpen) : Stream
    {
        private readonly byte[] _tail = new byte[8];
        private long _total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>The trailer's size field (ISIZE), when 8 bytes or more were read.</summary>
        public bool TryGetTrailerSize(out uint size)
        {
            size = BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4));
            return _total >= 8;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            Remember(buffer[..read]);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            Remember(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !leaveOpen)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Remember(ReadOnlySpan<byte> read)
        {
            _total += read.Length;
            if (read.Length >= 8)
            {
                read[^8..].CopyTo(_tail);
            }
            else if (read.Length > 0)
            {
                // Shift the kept bytes left and append the new ones.
                _tail.AsSpan(read.Length).CopyTo(_tail);
                read.CopyTo(_tail.AsSpan(8 - read.Length));
            }
        }
    }
}
