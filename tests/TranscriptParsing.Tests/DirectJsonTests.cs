using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The JSON writer encodes blocks and long texts itself and hands them to the <see cref="Utf8JsonWriter"/> as raw
/// values; what it writes so is byte for byte what the writer writes token by token, compact or indented, whatever
/// the writer's indent and new line.
/// </summary>
public class DirectJsonTests
{
    [Theory]
    [MemberData(nameof(EdgeTexts.SamplesAndEdges), MemberType = typeof(EdgeTexts))]
    public void Raw_blocks_are_the_bytes_the_writer_writes_token_by_token(string name)
    {
        string lf = EdgeTexts.Read(name);
        foreach (string text in new[] { lf, lf.Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            var transcript = Transcript.Parse(text, new TranscriptParseOptions { SourcePath = name + ".txt" });
            foreach (var options in Layouts())
            {
                Assert.Equal(Json(transcript, options, direct: false), Json(transcript, options, direct: true));
            }

            Assert.Equal(Json(transcript, Layouts().First(), direct: false), CompactJson(transcript));
        }
    }

    [Fact]
    public void Source_footer_and_diagnostics_in_raw_values_are_the_bytes_the_writer_writes_token_by_token()
    {
        // A path with characters the writer escapes, and samples with a footer and with diagnostics.
        bool footer = false;
        bool diagnostics = false;
        foreach (string name in Samples.Names)
        {
            var transcript = Transcript.Parse(Samples.Read(name), new TranscriptParseOptions { SourcePath = "dir\\\"odd\" \u00e9\u2028<" + name + ">.txt" });
            footer |= transcript.Footer is not null;
            diagnostics |= transcript.Diagnostics.Length > 0;
            foreach (var options in Layouts())
            {
                Assert.Equal(Json(transcript, options, direct: false), Json(transcript, options, direct: true));
            }

            Assert.Equal(Json(transcript, Layouts().First(), direct: false), CompactJson(transcript));
        }

        Assert.True(footer);
        Assert.True(diagnostics);
    }

    [Fact]
    public void A_document_whose_blocks_fill_several_raw_values_is_written_as_token_by_token()
    {
        // Far more blocks than one raw value holds, so the writer gets them in several batches.
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 200_000)
        {
            foreach (string name in Samples.Names)
            {
                builder.Append(Samples.Read(name)).Append("\n\n");
            }
        }

        string lf = builder.ToString();
        foreach (string text in new[] { lf, lf.Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            var transcript = Transcript.Parse(text);
            foreach (var options in Layouts())
            {
                Assert.Equal(Json(transcript, options, direct: false), Json(transcript, options, direct: true));
            }

            Assert.Equal(Json(transcript, Layouts().First(), direct: false), CompactJson(transcript));
        }
    }

    [Fact]
    public void Compact_json_asks_a_buffer_writer_for_about_the_room_it_needs()
    {
        // A buffer writer grows (and clears) an array to the size asked for: a small transcript must not make it grow
        // to a whole batch of blocks.
        foreach (string name in Samples.Names)
        {
            var transcript = Transcript.Parse(Samples.Read(name));
            var output = new ArrayBufferWriter<byte>(4096);
            TranscriptJsonWriter.Write(output, transcript);
            Assert.Equal(CompactJson(transcript), System.Text.Encoding.UTF8.GetString(output.WrittenSpan));
            Assert.True(output.Capacity <= Math.Max(4096, 4 * output.WrittenCount), $"{name}: {output.Capacity} bytes of room for {output.WrittenCount} written");
        }
    }

    [Fact]
    public void Numbers_are_written_as_the_writer_writes_them()
    {
        // Every count of digits, at both ends, and the negative numbers the writer formats its own way.
        var values = new List<int> { 0, int.MaxValue, -1, -10, int.MinValue };
        for (long power = 1; power <= int.MaxValue; power *= 10)
        {
            values.AddRange([(int)power, (int)power - 1, (int)power + 1, (int)Math.Min(int.MaxValue, (power * 10) - 1)]);
        }

        for (int value = 0; value < 200_000_000; value += value < 10_000 ? 1 : 9_973)
        {
            values.Add(value);
        }

        foreach (int value in values)
        {
            var expected = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(expected))
            {
                writer.WriteNumberValue(value);
            }

            var buffer = new byte[32];
            var json = new RawJsonBuilder(buffer, default, propertyValue: true);
            json.Number(value);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.WrittenSpan), System.Text.Encoding.UTF8.GetString(json.Written));
        }
    }

    [Fact]
    public void Digits_are_counted_for_every_highest_bit_and_every_power_of_ten()
    {
        var values = new List<uint> { 0, uint.MaxValue };
        for (int bit = 0; bit < 32; bit++)
        {
            uint power = 1u << bit;
            values.AddRange([power - 1, power, power + 1]);
        }

        for (ulong power = 1; power <= uint.MaxValue; power *= 10)
        {
            values.AddRange([(uint)power - 1, (uint)power, (uint)power + 1]);
        }

        foreach (uint value in values)
        {
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, RawJsonBuilder.CountDigits(value));
        }
    }

    /// <summary>The compact JSON written straight to an output that gives no more room than it is asked for, so that the blocks come in many batches.</summary>
    private static string CompactJson(Transcript transcript)
    {
        var output = new ExactBufferWriter();
        TranscriptJsonWriter.Write(output, transcript);
        return System.Text.Encoding.UTF8.GetString(output.Inner.WrittenSpan);
    }

    private static IEnumerable<JsonWriterOptions> Layouts()
    {
        yield return new JsonWriterOptions { Encoder = JsonOutput.Encoder };
        yield return new JsonWriterOptions { Encoder = JsonOutput.Encoder, Indented = true };
        yield return new JsonWriterOptions { Encoder = JsonOutput.Encoder, Indented = true, IndentSize = 4, NewLine = "\r\n" };
        yield return new JsonWriterOptions { Encoder = JsonOutput.Encoder, Indented = true, IndentCharacter = '\t', IndentSize = 1, NewLine = "\n" };
    }

    private static string Json(Transcript transcript, JsonWriterOptions options, bool direct)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, options))
        {
            var scratch = new JsonScratch(pooled: false);
            TranscriptJsonWriter.Write(writer, transcript.Data, ref scratch, direct);
        }

        // Compared as text (the bytes are UTF-8 either way), so that a failure shows where the two differ.
        return System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>A buffer writer whose spans are exactly as long as asked for.</summary>
    private sealed class ExactBufferWriter : IBufferWriter<byte>
    {
        public ArrayBufferWriter<byte> Inner { get; } = new();

        public void Advance(int count) => Inner.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => Inner.GetMemory(sizeHint)[..Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => Inner.GetSpan(sizeHint)[..Math.Max(sizeHint, 1)];
    }
}
