using System;
using System.Buffers;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Feeds;

/// <summary>
/// Turns a feed's sources into documents, one at a time and in a fixed order: folders are walked, archives opened,
/// gzip decompressed, JSON Lines cut into lines. Whatever cannot be read becomes an error item, never an exception.
/// </summary>
internal sealed class FeedReader
{
    private const int LineBufferSize = 64 * 1024;

    private readonly IReadOnlyList<FeedSource> _sources;
    private readonly TranscriptFeedOptions _options;
    private readonly GlobPattern[] _globs;
    private readonly HashSet<string> _excluded;
    private Func<ValueTask> _flush = static () => ValueTask.CompletedTask;

    public FeedReader(IReadOnlyList<FeedSource> sources, TranscriptFeedOptions options)
    {
        _sources = sources;
        _options = options;
        _globs = new GlobPattern[options.Globs.Count];
        for (int i = 0; i < _globs.Length; i++)
        {
            _globs[i] = new GlobPattern(options.Globs[i]);
        }

        _excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.ExcludedFiles)
        {
            _excluded.Add(Path.GetFullPath(file));
        }
    }

    private enum Container
    {
        Folder,
        Archive,
    }

    /// <summary>
    /// Hands every document of every source to <paramref name="emit"/>, in order, and calls <paramref name="flush"/>
    /// before it waits on a stream for more lines, so that the documents already read are not held back meanwhile.
    /// </summary>
    public async Task ReadAsync(Func<FeedWorkItem, ValueTask> emit, Func<ValueTask> flush, CancellationToken cancellationToken)
    {
        _flush = flush;
        foreach (var source in _sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (source.Stream is { } stream)
            {
                try
                {
                    await ReadStreamSourceAsync(source, stream, emit, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (!source.LeaveOpen)
                    {
                        await stream.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
            else if (Directory.Exists(source.Name))
            {
                await WalkAsync(source.Name, string.Empty, emit, cancellationToken).ConfigureAwait(false);
            }
            else if (File.Exists(source.Name))
            {
                await ReadFileAsync(source.Name, emit, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await emit(ErrorItem(Document(source.Name), FeedErrorCodes.Unreadable, "No such file or directory.")).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The total size of the sources, in bytes, when every one is an uncompressed file (so that the documents' bytes
    /// add up to it); null otherwise.
    /// </summary>
    public long? GetTotalBytes()
    {
        long total = 0;
        foreach (var source in _sources)
        {
            if (source.Stream is not null)
            {
                return null;
            }

            if (Directory.Exists(source.Name))
            {
                foreach (var file in EnumerateFolder(source.Name, string.Empty))
                {
                    if (!AddPlainFile(file, ref total))
                    {
                        return null;
                    }
                }
            }
            else if (!AddPlainFile(source.Name, ref total))
            {
                return null;
            }
        }

        return total;
    }

    internal static FeedFileKind Classify(string name, FeedInputFormat format)
    {
        if (name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            return FeedFileKind.TarGzip;
        }

        if (name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase))
        {
            return FeedFileKind.Tar;
        }

        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return FeedFileKind.Zip;
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return FeedFileKind.Gzip;
        }

        return format switch
        {
            FeedInputFormat.JsonLines => FeedFileKind.JsonLines,
            FeedInputFormat.Text => FeedFileKind.Text,
            _ => name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                ? FeedFileKind.JsonLines
                : FeedFileKind.Text,
        };
    }

    private bool AddPlainFile(string path, ref long total)
    {
        var kind = Classify(path, _options.InputFormat);
        if (kind is not (FeedFileKind.Text or FeedFileKind.JsonLines))
        {
            return false;
        }

        try
        {
            total += new FileInfo(path).Length;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool IsExcluded(string file) => _excluded.Count > 0 && _excluded.Contains(Path.GetFullPath(file));

    private bool IsSelected(string relativePath, Container container)
    {
        if (_globs.Length == 0)
        {
            return container == Container.Archive || IsFeedFileName(relativePath);
        }

        foreach (var glob in _globs)
        {
            if (glob.IsMatch(relativePath))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFeedFileName(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    // Files of a folder in ordinal order, then its subfolders in ordinal order; linked folders are not followed
    // (a link may lead back up the tree).
    private IEnumerable<string> EnumerateFolder(string folder, string relative)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (IsSelected(relative + Path.GetFileName(file), Container.Folder) && !IsExcluded(file))
            {
                yield return file;
            }
        }

        foreach (var sub in folders)
        {
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in EnumerateFolder(sub, relative + Path.GetFileName(sub) + "/"))
            {
                yield return file;
            }
        }
    }

    private async Task WalkAsync(string folder, string relative, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await emit(ErrorItem(Document(folder), FeedErrorCodes.Unreadable, e.Message)).ConfigureAwait(false);
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsSelected(relative + Path.GetFileName(file), Container.Folder) && !IsExcluded(file))
            {
                await ReadFileAsync(file, emit, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var sub in folders)
        {
            if (new DirectoryInfo(sub).LinkTarget is null)
            {
                await WalkAsync(sub, relative + Path.GetFileName(sub) + "/", emit, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ReadFileAsync(string path, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        var kind = Classify(path, _options.InputFormat);
        if (kind == FeedFileKind.Text)
        {
            // Plain files are read by the workers, in parallel.
            await emit(new FeedWorkItem(Document(path)) { ReadByWorker = true }).ConfigureAwait(false);
            return;
        }

        FileStream file;
        try
        {
            file = OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await emit(ErrorItem(Document(path), FeedErrorCodes.Unreadable, e.Message)).ConfigureAwait(false);
            return;
        }

        await using (file.ConfigureAwait(false))
        {
            switch (kind)
            {
                case FeedFileKind.JsonLines:
                    await SplitLinesAsync(file, path, null, FeedErrorCodes.Unreadable, emit, cancellationToken).ConfigureAwait(false);
                    break;

                case FeedFileKind.Gzip:
                {
                    var gzip = new CheckedGzipStream(file, leaveOpen: true);
                    await using (gzip.ConfigureAwait(false))
                    {
                        await ReadContentAsync(gzip, path, null, path[..^3], null, FeedErrorCodes.BadGzip, emit, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }

                case FeedFileKind.Zip:
                    await ReadZipAsync(file, path, emit, cancellationToken).ConfigureAwait(false);
                    break;

                default:
                {
                    bool gzipped = kind == FeedFileKind.TarGzip;
                    Stream tarStream = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
                    await using (tarStream.ConfigureAwait(false))
                    {
                        await ReadTarAsync(tarStream, path, gzipped, emit, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }
            }
        }
    }

    private async Task ReadStreamSourceAsync(FeedSource source, Stream stream, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        if (_options.InputFormat == FeedInputFormat.JsonLines)
        {
            await SplitLinesAsync(stream, source.Name, null, FeedErrorCodes.Unreadable, emit, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ReadWholeAsync(stream, Document(source.Name), null, FeedErrorCodes.Unreadable, emit, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadZipAsync(FileStream file, string path, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
#pragma warning disable CA1031 // Any failure to open the archive becomes one error record: the feed never throws on input.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await emit(ErrorItem(Document(path), FeedErrorCodes.BadArchive, "Not a readable zip archive: " + e.Message)).ConfigureAwait(false);
            return;
        }

        using (zip)
        {
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.FullName.EndsWith('/') || !IsSelected(entry.FullName, Container.Archive))
                {
                    continue;
                }

                Stream content;
                try
                {
                    content = entry.Open();
                }
#pragma warning disable CA1031 // An entry that cannot be opened is one error record.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    await emit(ErrorItem(EntryDocument(path, entry.FullName), FeedErrorCodes.BadArchive, e.Message)).ConfigureAwait(false);
                    continue;
                }

                await using (content.ConfigureAwait(false))
                {
                    // Zip entries stand alone: a damaged one does not stop the others.
                    await ReadContentAsync(content, path, entry.FullName, entry.FullName, entry.Length, FeedErrorCodes.BadArchive, emit, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task ReadTarAsync(Stream stream, string path, bool gzipped, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        string badData = gzipped ? FeedErrorCodes.BadGzip : FeedErrorCodes.BadArchive;
        var tar = new TarReader(stream, leaveOpen: true);
        await using (tar.ConfigureAwait(false))
        {
            string? last = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TarEntry? entry;
                try
                {
                    entry = await tar.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A damaged archive ends with one error record naming it.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    string code = e is InvalidDataException && gzipped ? FeedErrorCodes.BadGzip : FeedErrorCodes.BadArchive;
                    string where = last is null ? string.Empty : $" after entry '{last}'";
                    await emit(ErrorItem(Document(path), code, $"The archive could not be read{where}: {e.Message}")).ConfigureAwait(false);
                    return;
                }

                if (entry is null)
                {
                    return;
                }

                last = entry.Name;
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)
                    || !IsSelected(entry.Name, Container.Archive))
                {
                    continue;
                }

                var data = entry.DataStream ?? Stream.Null;
                if (!await ReadContentAsync(data, path, entry.Name, entry.Name, entry.Length, badData, emit, cancellationToken).ConfigureAwait(false))
                {
                    // The stream's place is lost: the rest of the archive cannot be trusted.
                    return;
                }
            }
        }
    }

    /// <summary>Reads a file's or entry's content by its name: nested gzip, JSON Lines, or one document.</summary>
    /// <returns>False when the stream failed part way (what was read is reported).</returns>
    private async Task<bool> ReadContentAsync(Stream stream, string path, string? entry, string name, long? knownLength, string badDataCode, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        var kind = Classify(name, _options.InputFormat);
        switch (kind)
        {
            case FeedFileKind.Zip or FeedFileKind.Tar or FeedFileKind.TarGzip when entry is not null:
                await emit(ErrorItem(EntryDocument(path, entry), FeedErrorCodes.NestedArchive, "An archive inside an archive is not opened; extract it first.")).ConfigureAwait(false);
                return true;

            case FeedFileKind.Gzip when entry is not null:
            {
                var gzip = new CheckedGzipStream(stream, leaveOpen: true);
                await using (gzip.ConfigureAwait(false))
                {
                    return await ReadContentAsync(gzip, path, entry, name[..^3], null, FeedErrorCodes.BadGzip, emit, cancellationToken).ConfigureAwait(false);
                }
            }

            case FeedFileKind.JsonLines:
                return await SplitLinesAsync(stream, path, entry, badDataCode, emit, cancellationToken).ConfigureAwait(false);

            default:
                var document = entry is null ? Document(path) : EntryDocument(path, entry);
                return await ReadWholeAsync(stream, document, knownLength, badDataCode, emit, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> ReadWholeAsync(Stream stream, FeedDocument document, long? knownLength, string badDataCode, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        (byte[] Buffer, int Length)? content;
        try
        {
            content = await StreamContent.ReadAllAsync(stream, _options.MaxDocumentBytes, knownLength, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A read failure is the document's error record.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            string code = CodeOf(e, badDataCode);
            await emit(ErrorItem(document, code, Explain(code, e))).ConfigureAwait(false);
            return false;
        }

        if (content is not { } read)
        {
            await emit(TooLargeItem(document)).ConfigureAwait(false);
            return true;
        }

        var item = new FeedWorkItem(document with { ByteCount = read.Length });
        item.SetContent(read.Buffer, read.Length);
        await emit(item).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Cuts JSON Lines into one item per non-blank line. A line longer than the limit is skipped without being held
    /// in memory and reported; a read failure part way is reported once, at the line where it happened.
    /// </summary>
    private async Task<bool> SplitLinesAsync(Stream stream, string path, string? entry, string badDataCode, Func<FeedWorkItem, ValueTask> emit, CancellationToken cancellationToken)
    {
        long limit = _options.MaxDocumentBytes;
        int cap = (int)Math.Min(limit + 1, Array.MaxLength);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(LineBufferSize, cap));
        int start = 0, end = 0;
        long lineNumber = 0;
        bool skipping = false, atStart = true, endOfStream = false;
        try
        {
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0 || (endOfStream && end > start))
                {
                    int lineLength = newline >= 0 ? newline : end - start;
                    lineNumber++;
                    if (!skipping)
                    {
                        var line = buffer.AsSpan(start, lineLength);
                        if (atStart && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                        {
                            line = line[3..];
                        }

                        if (line.Length > limit)
                        {
                            await emit(TooLargeItem(LineDocument(path, entry, lineNumber))).ConfigureAwait(false);
                        }
                        else if (!line.TrimEnd((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty)
                        {
                            await emit(LineItem(path, entry, lineNumber, line)).ConfigureAwait(false);
                        }
                    }

                    atStart = false;
                    skipping = false;
                    start += newline >= 0 ? newline + 1 : lineLength;
                    continue;
                }

                if (endOfStream)
                {
                    return true;
                }

                if (end - start > limit)
                {
                    // The line is already too long: report it now and drop what was read of it.
                    if (!skipping)
                    {
                        await emit(TooLargeItem(LineDocument(path, entry, lineNumber + 1))).ConfigureAwait(false);
                        skipping = true;
                    }

                    start = end = 0;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == Math.Min(buffer.Length, cap))
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                await _flush().ConfigureAwait(false);
                int read;
                try
                {
                    read = await stream.ReadAsync(buffer.AsMemory(end, Math.Min(buffer.Length, cap) - end), cancellationToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A read failure ends the file with one error record at the line it broke.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    string code = CodeOf(e, badDataCode);
                    await emit(ErrorItem(LineDocument(path, entry, lineNumber + 1), code, "The rest of the file could not be read: " + Explain(code, e))).ConfigureAwait(false);
                    return false;
                }

                if (read == 0)
                {
                    endOfStream = true;
                    if (skipping)
                    {
                        return true;
                    }
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FeedWorkItem LineItem(string path, string? entry, long lineNumber, ReadOnlySpan<byte> line)
    {
        byte[] copy = ArrayPool<byte>.Shared.Rent(Math.Max(1, line.Length));
        line.CopyTo(copy);
        var item = new FeedWorkItem(LineDocument(path, entry, lineNumber) with { ByteCount = line.Length }) { IsJsonLine = true };
        item.SetContent(copy, line.Length);
        return item;
    }

    private static string CodeOf(Exception e, string badDataCode) =>
        e is InvalidDataException or NotSupportedException or FormatException ? badDataCode : FeedErrorCodes.Unreadable;

    private static string Explain(string code, Exception e) => code switch
    {
        FeedErrorCodes.BadGzip => "The gzip data is corrupt or truncated: " + e.Message,
        FeedErrorCodes.BadArchive => "The archive data is corrupt or truncated: " + e.Message,
        _ => e.Message,
    };

    private FeedWorkItem TooLargeItem(FeedDocument document) =>
        ErrorItem(document, FeedErrorCodes.TooLarge, $"The document is larger than the limit of {_options.MaxDocumentBytes} bytes (MaxDocumentBytes).");

    private static FeedWorkItem ErrorItem(FeedDocument document, string code, string message) =>
        new(document) { Error = new FeedError(code, message) };

    internal static FeedDocument Document(string path) => new() { Name = path, Path = path };

    private static FeedDocument EntryDocument(string path, string entry)
    {
        entry = TrimEntry(entry);
        return new() { Name = path + "!" + entry, Path = path, Entry = entry };
    }

    // Tar files made with "tar c ." name their entries "./a.txt": the "./" says nothing.
    private static string TrimEntry(string entry)
    {
        while (entry.StartsWith("./", StringComparison.Ordinal))
        {
            entry = entry[2..];
        }

        return entry;
    }

    private static FeedDocument LineDocument(string path, string? entry, long lineNumber)
    {
        entry = entry is null ? null : TrimEntry(entry);
        return new()
        {
            Name = (entry is null ? path : path + "!" + entry) + ":" + lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Path = path,
            Entry = entry,
            LineNumber = lineNumber,
        };
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
}

/// <summary>What a file is, by its name.</summary>
internal enum FeedFileKind
{
    Text,
    JsonLines,
    Gzip,
    Zip,
    Tar,
    TarGzip,
}
