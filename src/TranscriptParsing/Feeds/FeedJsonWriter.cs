using System;
using System.Buffers;
using System.Text.Json;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Feeds;

/// <summary>
/// Writes a <see cref="FeedResult"/> as one JSON object (the shape in <c>docs/feeds.md</c>): a parsed document as the
/// transcript's JSON, with a <c>document</c> object when the document has an archive entry, a line, an id or
/// metadata; a failed document as <c>{"source":{"path":...},"error":{"code":...,"message":...}}</c>.
/// Both have <c>source.path</c>, the document's name. No reflection is used.
/// </summary>
public static class FeedJsonWriter
{
    internal static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    internal static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    internal static readonly JsonEncodedText DocumentName = JsonEncodedText.Encode("document");
    internal static readonly JsonEncodedText EntryName = JsonEncodedText.Encode("entry");
    internal static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    internal static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    internal static readonly JsonEncodedText MetadataName = JsonEncodedText.Encode("metadata");
    internal static readonly JsonEncodedText ErrorName = JsonEncodedText.Encode("error");
    internal static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    internal static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    /// <summary>Writes <paramref name="result"/> as one JSON object (no line break after it).</summary>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    /// <param name="result">The result.</param>
    /// <param name="indented">True for indented JSON, false for one compact line.</param>
    public static void Write(IBufferWriter<byte> output, FeedResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var options = new JsonWriterOptions { Indented = indented, Encoder = JsonOutput.Encoder };
        if (result.Transcript is not { } transcript)
        {
            using var writer = new Utf8JsonWriter(output, options);
            writer.WriteStartObject();
            writer.WriteStartObject(SourceName);
            writer.WriteString(PathName, result.Document.Name);
            writer.WriteEndObject();
            if (result.Document.HasDetails)
            {
                WriteDocument(writer, result.Document);
            }

            writer.WriteStartObject(ErrorName);
            writer.WriteString(CodeName, result.Error!.Code);
            writer.WriteString(MessageName, result.Error.Message);
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        if (!result.Document.HasDetails)
        {
            TranscriptJsonWriter.Write(output, transcript, indented);
            return;
        }

        // The transcript's JSON is the writer's to shape; the document object is joined on after its last member.
        var body = new ArrayBufferWriter<byte>(4096);
        TranscriptJsonWriter.Write(body, transcript, indented);
        var tail = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(tail, options))
        {
            writer.WriteStartObject();
            WriteDocument(writer, result.Document);
            writer.WriteEndObject();
        }

        output.Write(body.WrittenSpan[..MembersEnd(body.WrittenSpan)]);
        output.Write(","u8);
        output.Write(tail.WrittenSpan[1..]);
    }

    /// <summary>
    /// The length of a JSON object's text without its closing brace and the white space around it: where more
    /// members can be joined on after a comma.
    /// </summary>
    internal static int MembersEnd(ReadOnlySpan<byte> json)
    {
        var head = json.TrimEnd(" \t\r\n"u8);
        return head[..^1].TrimEnd(" \t\r\n"u8).Length;
    }

    /// <summary>Returns <paramref name="result"/> as UTF-8 JSON followed by a line feed: one line of a JSON Lines file.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The bytes of the line.</returns>
    public static ReadOnlyMemory<byte> ToJsonLine(FeedResult result)
    {
        var output = new ArrayBufferWriter<byte>(4096);
        Write(output, result);
        output.Write("\n"u8);
        return output.WrittenMemory;
    }

    private static void WriteDocument(Utf8JsonWriter writer, FeedDocument document)
    {
        WriteDocumentStart(writer, document, document.Id);
        writer.WriteStartObject(MetadataName);
        foreach (var field in document.Metadata)
        {
            writer.WritePropertyName(field.Key);
            field.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Opens the <c>document</c> object and writes its members up to the metadata: path, entry, line and
    /// <paramref name="id"/>. The caller writes <c>metadata</c> and closes the object.
    /// </summary>
    internal static void WriteDocumentStart(Utf8JsonWriter writer, FeedDocument document, string? id)
    {
        writer.WriteStartObject(DocumentName);
        writer.WriteString(PathName, document.Path);
        if (document.Entry is null)
        {
            writer.WriteNull(EntryName);
        }
        else
        {
            writer.WriteString(EntryName, document.Entry);
        }

        if (document.LineNumber is { } line)
        {
            writer.WriteNumber(LineName, line);
        }
        else
        {
            writer.WriteNull(LineName);
        }

        if (id is null)
        {
            writer.WriteNull(IdName);
        }
        else
        {
            writer.WriteString(IdName, id);
        }
    }
}
