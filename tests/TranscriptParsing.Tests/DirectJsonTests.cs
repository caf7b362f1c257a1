using System;
using System.Buffers;
using System.Collections.Generic;
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
    private static readonly string[] Edges =
    [
        string.Empty,
        "   \n\n  ",
        "JOHN SMITH: Hello there.\n\nJANE SMITH: Hi. (LAUGHTER)\n\nSMITH: Which one of us?\n\n(APPLAUSE)\n\nJOHN SMITH: Me.\n",
        "Just a paragraph of narration with no speaker at all.\n\nAnd another one.\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ari Shapiro>Hello and welcome.\n\n00:00:04.000 --> 00:00:06.000\n<v Ari Shapiro>It is good to be here.\n",
        "[20:00:15] JUDY WOODRUFF (on camera): Good evening.\n\nMr. BILL MOYERS (Author, Journalist): Thank you, Judy.\n",
        "HOST: She said \"no\" \u2014 twice \u2018really\u2019 \\ slash.\n\nJUAN GONZ\u00c1LEZ: Caf\u00e9 \ud83d\ude00 \u4e2d\u6587\ttab\u0001.\n\n(SOUNDBITE OF MUSIC) [CROSSTALK]\n",
        "RENEE\nMONTAGNE: A label wrapped over two lines.\n\nMONTAGNE (laughing): Delivery [inaudible] and (ph) cues.\n",
    ];

    public static TheoryData<string> Texts
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in Samples.Names)
            {
                data.Add(name);
            }

            for (int i = 0; i < Edges.Length; i++)
            {
                data.Add("edge" + i);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Raw_blocks_are_the_bytes_the_writer_writes_token_by_token(string name)
    {
        string lf = name.StartsWith("edge", StringComparison.Ordinal) ? Edges[int.Parse(name.AsSpan(4), provider: null)] : Samples.Read(name);
        foreach (string text in new[] { lf, lf.Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            var transcript = Transcript.Parse(text, new TranscriptParseOptions { SourcePath = name + ".txt" });
            foreach (var options in Layouts())
            {
                Assert.Equal(Json(transcript, options, direct: false), Json(transcript, options, direct: true));
            }
        }
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
}
