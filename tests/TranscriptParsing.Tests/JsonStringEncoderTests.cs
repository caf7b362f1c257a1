using System;
using System.Buffers;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The JSON writer's own string encoder writes what <see cref="Utf8JsonWriter"/> writes with
/// <see cref="JsonOutput.Encoder"/>, for every UTF-16 code unit, for pairs and for unpaired surrogates; and a block's normalised text as the writer
/// writes the text <see cref="BlockText.Normalize(ReadOnlySpan{char}, Span{char})"/> gives.
/// </summary>
public class JsonStringEncoderTests
{
    [Fact]
    public void Every_code_unit_is_written_as_the_json_writer_writes_it()
    {
        var chars = new char[3];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            chars[0] = 'a';
            chars[1] = (char)c;
            chars[2] = 'z';
            AssertSame(chars);
            AssertSame(chars.AsSpan(1, 1));
            AssertSame(chars.AsSpan(1, 2));
        }

        for (int scalar = 0x10000; scalar <= 0x10FFFF; scalar += 0x7F)
        {
            AssertSame(char.ConvertFromUtf32(scalar));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII, with (parentheses) and 'quotes' & <tags> + `ticks`")]
    [InlineData("\"quoted\" \\ back\\slash / slash \u007f del")]
    [InlineData("curly \u2018quotes\u2019 \u201cand\u201d dashes \u2014 \u2013 and \u2026 ellipses")]
    [InlineData("Juan Gonz\u00e1lez, Fran\u00e7ois, \u00fcber, \u00df, \u0416, \u4e2d\u6587, \u05e9\u05dc\u05d5\u05dd")]
    [InlineData("emoji \ud83d\ude00 and \ud83c\udf89 flag \ud83c\uddfa\ud83c\uddf8")]
    [InlineData("lone \ud83d high, lone \ude00 low, reversed \ude00\ud83d, high at end \ud83d")]
    [InlineData("controls \u0000 \u0001 \u001f \b \t \n \f \r \u0085 \u2028 \u2029 \ufeff \ufffe \uffff")]
    public void Mixed_text_is_written_as_the_json_writer_writes_it(string text) => AssertSame(text);

    [Fact]
    public void A_char_to_escape_is_found_at_every_place_of_a_long_plain_run()
    {
        // Long runs are checked many chars at a time, the last block overlapping the one before: each char that stops
        // a run (controls, the quote and backslash, DEL, Latin-1, wide and signed-negative units, surrogates) at each place.
        char[] stops = ['\u0000', '\n', '\u001f', '"', '\\', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u2014', '\u7fff', '\u8000', '\ud83d', '\ude00', '\uffff'];
        foreach (int length in new[] { 8, 9, 15, 16, 17, 31, 32, 33, 47, 64, 100 })
        {
            var chars = new char[length];
            for (int at = 0; at < length; at++)
            {
                foreach (char stop in stops)
                {
                    for (int i = 0; i < length; i++)
                    {
                        chars[i] = (char)('a' + (i % 26));
                    }

                    chars[at] = stop;
                    AssertSame(chars);
                }
            }

            chars[^1] = 'z';
            AssertSame(chars);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("One paragraph.")]
    [InlineData("  First line  \r\nsecond line \"quoted\"\r\n\r\n\r\nNew paragraph \u2014 caf\u00e9.\n")]
    [InlineData("00:00:01.000 --> 00:00:04.000\n<v Ari Shapiro>Hello and welcome.\n\n00:00:04.000 --> 00:00:06.000\n<v Ari>Again.\r")]
    [InlineData("\ttabbed\tline\u0001\n\n\n\nlast \ud83d\ude00")]
    public void Normalized_text_is_written_as_the_json_writer_writes_it(string raw)
    {
        var normalized = new char[raw.Length];
        int length = BlockText.Normalize(raw, normalized);
        var destination = new byte[JsonStringEncoder.MaxQuotedLength(raw.Length)];
        int written = JsonStringEncoder.WriteNormalizedQuoted(raw, destination);
        Assert.Equal(Expected(normalized.AsSpan(0, length)), destination.AsSpan(0, written).ToArray());
    }

    [Fact]
    public void Random_lines_are_normalized_and_written_as_the_json_writer_writes_them()
    {
        // Pieces that reach every rule: blank lines, CR LF and lone CR, trailing and leading white space of each
        // kind, cue timings, voice tags, escapes, non-ASCII, pairs and lone surrogates, and long plain runs.
        string[] pieces =
        [
            "a", "Hello there, friend", "plain text that runs on for more than sixteen chars", " ", "  ", "\t", "\n", "\n\n", "\r",
            "\r\n", "\u00a0", "\u2028", "\u3000", "<v Ari>", "<v ", "00:00:01.000 --> 00:00:02.000", "-", "1", ":", ".", ",",
            ">", "\"", "\\", "\u00e9", "\ud83d\ude00", "\ud83d", "\ude00", "\u0001", "\u007f", "\u0085",
        ];
        var random = new Random(20241129);
        for (int round = 0; round < 5000; round++)
        {
            AssertNormalizedSame(Support.RandomText.Join(random, pieces, 0, 23));
        }
    }

    [Fact]
    public void A_long_first_line_is_written_whole_or_resumed_where_its_plain_run_stops()
    {
        // A block of one plain line of 32 chars or more is narrowed in one call; where that stops early (a break, an
        // escape, a char beyond ASCII, trailing white space), the line goes on from there, at every place.
        string[] stops = ["\n", "\r\n", "\r", "\n\nnext paragraph", " ", "  \nnext line", "\t", "\"", "\\", "\u00e9", "\ud83d\ude00", "\ud83d", "\u0001", "\u00a0", "\u2028"];
        foreach (int length in new[] { 31, 32, 33, 40, 64, 65 })
        {
            for (int at = 1; at <= length; at++)
            {
                foreach (string stop in stops)
                {
                    var line = new char[length];
                    for (int i = 0; i < length; i++)
                    {
                        line[i] = (char)('a' + (i % 26));
                    }

                    string raw = new string(line, 0, at) + stop + new string(line, at, length - at);
                    AssertNormalizedSame(raw);
                    AssertNormalizedSame(new string(line, 0, at) + stop);
                }
            }
        }
    }

    /// <summary>Asserts that the normalised, quoted UTF-8 of <paramref name="raw"/> is what normalising it first, then escaping, gives.</summary>
    private static void AssertNormalizedSame(string raw)
    {
        var normalized = new char[raw.Length];
        int length = BlockText.Normalize(raw, normalized);
        var destination = new byte[JsonStringEncoder.MaxQuotedLength(raw.Length)];
        int written = JsonStringEncoder.WriteNormalizedQuoted(raw, destination);
        byte[] expected = Expected(normalized.AsSpan(0, length));
        if (!destination.AsSpan(0, written).SequenceEqual(expected))
        {
            Assert.Fail($"{Convert.ToHexString(System.Text.Encoding.Unicode.GetBytes(raw))}: expected {Convert.ToHexString(expected)}, got {Convert.ToHexString(destination, 0, written)}");
        }
    }

    private static void AssertSame(ReadOnlySpan<char> text)
    {
        var destination = new byte[JsonStringEncoder.MaxQuotedLength(text.Length)];
        int written = JsonStringEncoder.WriteQuoted(text, destination);
        byte[] expected = Expected(text);
        if (!destination.AsSpan(0, written).SequenceEqual(expected))
        {
            Assert.Fail($"U+{(int)text[0]:X4} (length {text.Length}): expected {Convert.ToHexString(expected)}, got {Convert.ToHexString(destination, 0, written)}");
        }
    }

    private static byte[] Expected(ReadOnlySpan<char> text)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonOutput.Encoder }))
        {
            writer.WriteStringValue(text);
        }

        return output.WrittenSpan.ToArray();
    }
}
