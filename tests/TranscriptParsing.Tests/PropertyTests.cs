using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using TranscriptParsing.Feeds;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>
/// Invariants that hold for any input, checked on random text from a small grammar of transcript-like lines mixed
/// with random chars. Iteration counts are kept small so that the suite stays quick; CsCheck prints the seed of a
/// failing case, which reproduces it.
/// </summary>
public class PropertyTests
{
    private const int Iterations = 400;

    private static readonly Gen<string> Words =
        Gen.Char["abcdefghij KLMNOP.,;:'\"-?!()[]#0123456789\u00A0\t"].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> Label = Gen.OneOf(
        "HOST", "SHAPIRO", "Mr. OSTRANDER", "Ms. OSTRANDER (Author)", "UNIDENTIFIED MALE", "Unidentified Man #1",
        "Miriam Castellanos", "LIDIA HAVERKAMP", "DENMARK (voice-over)", "O. ABERNATHY", "NPR", "A", "[14:00:05] HOST");

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Gen.Select(Label, Words, (label, words) => label + ": " + words)),
        (2, Gen.OneOf("(SOUNDBITE OF MUSIC)", "(LAUGHTER)", "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "(CROSSTALK)", "[Applause]", "(COMMERCIAL BREAK)", "[14:00:05]").Select(s => s)),
        (1, Gen.OneOf(
            "Play Live Radio", "Next Up:", "0:00 0:00", "Return to Transcripts main page", "Aired March 8, 2023 - 14:00 ET",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", "Show: Morning Edition",
            "Copyright \u00A9 2020 NPR. All rights reserved.", "Transcript provided by NPR, Copyright NPR.").Select(s => s)),
        (4, Words),
        (3, Gen.Const(string.Empty)),
        (1, Gen.String[0, 30]));

    private static readonly Gen<string> Newline = Gen.OneOf("\n", "\n", "\r\n", "\r");

    private static readonly Gen<string> Document =
        Gen.Select(Line, Newline, (line, newline) => line + newline).Array[0, 40].Select(lines => string.Concat(lines));

    [Fact]
    public void Spans_lie_within_the_input_never_overlap_and_cover_every_non_space_char()
    {
        Document.Sample(text => AssertLossless(Transcript.Parse(text)), iter: Iterations, print: Show);
    }

    [Fact]
    public void Parsing_is_deterministic_and_the_JSON_is_valid()
    {
        Document.Sample(
            text =>
            {
                string first = TranscriptJsonWriter.ToJson(Transcript.Parse(text));
                string second = TranscriptJsonWriter.ToJson(Transcript.Parse(text));
                Assert.Equal(first, second);
                using var json = JsonDocument.Parse(first);
                Assert.Equal(text.Length, json.RootElement.GetProperty("source").GetProperty("length").GetInt32());
            },
            iter: Iterations,
            print: Show);
    }

    [Fact]
    public void Random_bytes_never_make_the_parser_throw_and_keep_the_invariants()
    {
        Gen.Byte.Array[0, 600].Sample(
            bytes =>
            {
                var transcript = Transcript.Parse(bytes);
                AssertLossless(transcript);
                using var json = JsonDocument.Parse(TranscriptJsonWriter.ToJson(transcript));
            },
            iter: Iterations);
    }

    [Fact]
    public void A_feed_gives_one_record_per_JSON_line_and_its_JSON_is_valid()
    {
        // Lines that are JSON objects with text, objects without it, and arbitrary strings.
        var record = Gen.Frequency(
            (4, Document.Select(text => JsonSerializer.Serialize(text, FeedPropertyJsonContext.Default.String)).Select(text => "{\"id\":\"x\",\"text\":" + text + ",\"n\":1}")),
            (1, Gen.Const("{\"id\":\"no-text\"}")),
            (1, Gen.Char["{}[]\":,abc 0123456789\\"].Array[1, 30].Select(chars => new string(chars).Replace("\n", string.Empty, StringComparison.Ordinal))));
        record.Array[1, 12].Sample(
            lines =>
            {
                // A line that is blank after trimming is not a document.
                int expected = lines.Count(line => !string.IsNullOrWhiteSpace(line.Replace("\r", string.Empty, StringComparison.Ordinal)));
                var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                var feed = new TranscriptFeed([FeedSource.FromStream(stream, "p")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 2 });
                var results = Collect(feed);
                Assert.Equal(expected, results.Count);
                foreach (var result in results)
                {
                    var output = new System.Buffers.ArrayBufferWriter<byte>();
                    FeedJsonWriter.Write(output, result);
                    using var json = JsonDocument.Parse(output.WrittenMemory);
                    Assert.Equal(result.Document.Name, json.RootElement.GetProperty("source").GetProperty("path").GetString());
                    Assert.Equal(result.Succeeded, !json.RootElement.TryGetProperty("error", out _));
                }
            },
            iter: 150);
    }

    private static string Show(string text) => JsonSerializer.Serialize(text, FeedPropertyJsonContext.Default.String);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class FeedPropertyJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
