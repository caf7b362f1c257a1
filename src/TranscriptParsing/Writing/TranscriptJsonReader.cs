using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace TranscriptParsing.Writing;

/// <summary>
/// Loads the JSON that <see cref="TranscriptJsonWriter"/> wrote into the read model (<see cref="TranscriptDocument"/>)
/// through a source-generated serializer context (no reflection, trimming- and NativeAOT-safe).
/// </summary>
public static class TranscriptJsonReader
{
    /// <summary>
    /// The source-generated contract of <see cref="TranscriptDocument"/>, for <see cref="JsonSerializer"/> calls of
    /// your own: <c>JsonSerializer.Deserialize(json, TranscriptJsonReader.DocumentTypeInfo)</c>.
    /// </summary>
    public static JsonTypeInfo<TranscriptDocument> DocumentTypeInfo => TranscriptJsonContext.Default.TranscriptDocument;

    /// <summary>Reads one document.</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one transcript.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The JSON is not a transcript document.</exception>
    public static TranscriptDocument Read(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, TranscriptJsonContext.Default.TranscriptDocument) ?? throw NullDocument();

    /// <summary>Reads one document.</summary>
    /// <param name="json">The JSON of one transcript.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The JSON is not a transcript document.</exception>
    public static TranscriptDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TranscriptJsonContext.Default.TranscriptDocument) ?? throw NullDocument();
    }

    /// <summary>Reads one document from a stream that holds it whole.</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one transcript.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The JSON is not a transcript document.</exception>
    public static async ValueTask<TranscriptDocument> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return await JsonSerializer.DeserializeAsync(utf8Json, TranscriptJsonContext.Default.TranscriptDocument, cancellationToken).ConfigureAwait(false)
            ?? throw NullDocument();
    }

    /// <summary>Reads JSON Lines (<c>transcript parse --format jsonl</c>): one document per line, blank lines skipped.</summary>
    /// <param name="reader">The lines.</param>
    /// <returns>The documents, read as they are enumerated.</returns>
    /// <exception cref="JsonException">A line is not a transcript document; the message gives its line number.</exception>
    public static IEnumerable<TranscriptDocument> ReadLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLinesIterator(reader);
    }

    private static IEnumerable<TranscriptDocument> ReadLinesIterator(TextReader reader)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            TranscriptDocument document;
            try
            {
                document = Read(line);
            }
            catch (JsonException e)
            {
                throw new JsonException($"Line {lineNumber}: {e.Message}", e);
            }

            yield return document;
        }
    }

    private static JsonException NullDocument() => new("The JSON is null, not a transcript document.");
}
