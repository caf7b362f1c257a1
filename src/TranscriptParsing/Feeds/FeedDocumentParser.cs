using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Model;

namespace TranscriptParsing.Feeds;

/// <summary>A worker's part: reads a plain file when asked to, then parses the document into a result. Never throws on input.</summary>
internal sealed class FeedDocumentParser(TranscriptFeedOptions options)
{
    public async ValueTask<FeedResult> ParseAsync(FeedWorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            if (item.Error is { } error)
            {
                return FeedResult.Failure(item.Index, item.Document, error);
            }

            var document = item.Document;
            if (item.ReadByWorker)
            {
                var failure = await ReadFileAsync(item, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    return FeedResult.Failure(item.Index, document, failure);
                }

                document = document with { ByteCount = item.Length };
            }

            return ParseContent(item, document);
        }
#pragma warning disable CA1031 // The feed gives a record for every document, whatever goes wrong with it.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return ParserFailed(item, e);
        }
        finally
        {
            item.Release();
        }
    }

    /// <summary>Parses the content of an item that has been read into the object model; never throws on input.</summary>
    /// <param name="item">The item, its content read.</param>
    /// <param name="document">The item's document, with its byte count once read.</param>
    public FeedResult ParseContent(FeedWorkItem item, FeedDocument document)
    {
        try
        {
            var content = item.Buffer.AsMemory(0, item.Length);
            return item.IsJsonLine ? ParseJsonLine(item.Index, document, content) : ParseBytes(item.Index, document, content.Span);
        }
#pragma warning disable CA1031 // The feed gives a record for every document, whatever goes wrong with it.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return ParserFailed(item, e);
        }
    }

    public static FeedResult ParserFailed(FeedWorkItem item, Exception e) =>
        FeedResult.Failure(item.Index, item.Document, new FeedError(FeedErrorCodes.ParserFailed, $"The parser failed: {e.GetType().Name}: {e.Message}"));

    /// <summary>Reads a plain file into the item; returns why it could not be read, or null.</summary>
    public async ValueTask<FeedError?> ReadFileAsync(FeedWorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileStream(item.Document.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                long? known = file.CanSeek ? file.Length : null;
                var content = await StreamContent.ReadAllAsync(file, options.MaxDocumentBytes, known, cancellationToken).ConfigureAwait(false);
                if (content is not { } read)
                {
                    return new FeedError(FeedErrorCodes.TooLarge, $"The document is larger than the limit of {options.MaxDocumentBytes} bytes (MaxDocumentBytes).");
                }

                item.SetContent(read.Buffer, read.Length);
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FeedError(FeedErrorCodes.Unreadable, e.Message);
        }
    }

    private FeedResult ParseBytes(long index, FeedDocument document, ReadOnlySpan<byte> content)
    {
        try
        {
            var transcript = Transcript.Parse(content, options.ParseOptions with { SourcePath = document.Name });
            return FeedResult.Success(index, document, transcript);
        }
        catch (TranscriptParseException e)
        {
            return FeedResult.Failure(index, document, new FeedError(e.Code, e.Message));
        }
    }

    private FeedResult ParseJsonLine(long index, FeedDocument document, ReadOnlyMemory<byte> line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return FeedResult.Failure(index, document, new FeedError(FeedErrorCodes.InvalidJson, "The line is not valid JSON: " + e.Message));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return FeedResult.Failure(index, document, new FeedError(FeedErrorCodes.InvalidJson, $"The line is a JSON {Describe(root.ValueKind)}, not an object."));
            }

            string? text = null, id = null;
            JsonValueKind textKind = JsonValueKind.Undefined;
            var metadata = new List<KeyValuePair<string, JsonElement>>();
            try
            {
                foreach (var property in root.EnumerateObject())
                {
                    if (textKind == JsonValueKind.Undefined && property.NameEquals(options.TextField))
                    {
                        textKind = property.Value.ValueKind;
                        text = textKind == JsonValueKind.String ? property.Value.GetString() : null;
                    }
                    else if (id is null && property.NameEquals(options.IdField) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    }
                    else
                    {
                        // The value is written back out as text later: a string that cannot be read must fail here, as
                        // a record's error, not in the writer.
                        EnsureReadable(property.Value);
                        metadata.Add(new KeyValuePair<string, JsonElement>(property.Name, property.Value.Clone()));
                    }
                }
            }
            catch (InvalidOperationException e)
            {
                // A string holding invalid UTF-8, or an escaped lone surrogate, cannot be read as text.
                return FeedResult.Failure(index, document, new FeedError(FeedErrorCodes.InvalidJson, "The line holds a string that is not valid Unicode text (invalid UTF-8 or a lone surrogate): " + e.Message));
            }

            document = document with { Id = id, Metadata = metadata };
            if (text is null)
            {
                string why = textKind == JsonValueKind.Undefined
                    ? $"The record has no '{options.TextField}' field."
                    : $"The record's '{options.TextField}' field is a JSON {Describe(textKind)}, not a string.";
                return FeedResult.Failure(index, document, new FeedError(FeedErrorCodes.MissingText, why));
            }

            try
            {
                var transcript = Transcript.Parse(text, options.ParseOptions with { SourcePath = document.Name });
                return FeedResult.Success(index, document, transcript);
            }
            catch (TranscriptParseException e)
            {
                return FeedResult.Failure(index, document, new FeedError(e.Code, e.Message));
            }
        }
    }

    /// <summary>
    /// Reads every string and property name in <paramref name="value"/>, throwing <see cref="InvalidOperationException"/>
    /// on one that is not valid text (invalid UTF-8, or an escaped lone surrogate such as <c>"\udc00"</c>).
    /// </summary>
    private static void EnsureReadable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _ = value.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    _ = property.Name;
                    EnsureReadable(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    EnsureReadable(item);
                }

                break;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.String => "string",
        _ => "object",
    };
}
