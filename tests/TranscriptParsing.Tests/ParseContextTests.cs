using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using TranscriptParsing.Model;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The reusable parse context: its JSON is byte for byte that of <see cref="Transcript.Parse(string, TranscriptParseOptions)"/>
/// and <see cref="TranscriptJsonWriter"/>, and once its buffers have grown it parses and writes a document without
/// allocating. The allocation test counts bytes with the thread's counter, not time.
/// </summary>
public class ParseContextTests
{
    [Theory]
    [MemberData(nameof(EdgeTexts.SamplesAndEdges), MemberType = typeof(EdgeTexts))]
    public void The_context_writes_the_same_json_as_the_object_model(string name)
    {
        using var context = new TranscriptParser();
        using var indentedContext = new TranscriptParser(indented: true);
        var options = new TranscriptParseOptions { SourcePath = name + ".txt" };
        foreach (string text in Variants(name))
        {
            var transcript = Transcript.Parse(text, options);
            Assert.Equal(Json(transcript, indented: false), ContextJson(context, text, options));
            Assert.Equal(Json(transcript, indented: true), ContextJson(indentedContext, text, options));

            var fromBytes = Transcript.Parse(Encoding.UTF8.GetBytes(text), options);
            var output = new ArrayBufferWriter<byte>();
            context.WriteJson(Encoding.UTF8.GetBytes(text), output, options);
            Assert.Equal(Json(fromBytes, indented: false), output.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void Invalid_utf8_is_reported_the_same_way_by_both()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("HOST: Caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" is open.\n")];
        using var context = new TranscriptParser();
        var output = new ArrayBufferWriter<byte>();
        context.WriteJson(bytes, output);

        var transcript = Transcript.Parse(bytes);
        Assert.Equal("TP0002", transcript.Diagnostics[0].Code);
        Assert.Equal(Json(transcript, indented: false), output.WrittenSpan.ToArray());
    }

    [Fact]
    public void A_warm_context_parses_and_writes_json_without_allocating()
    {
        var texts = new List<string>();
        foreach (string name in EdgeTexts.SamplesAndEdges)
        {
            texts.AddRange(Variants(name));
        }

        using var context = new TranscriptParser();
        var output = new ArrayBufferWriter<byte>(1 << 20);
        var options = new TranscriptParseOptions { SourcePath = "doc.txt" };

        // The first round grows the buffers to the largest document and pays for JIT compilation.
        long warmUp = WriteAll(context, texts, output, options);

        long before = GC.GetAllocatedBytesForCurrentThread();
        long measured = WriteAll(context, texts, output, options);
        measured += WriteAll(context, texts, output, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(warmUp > 0);
        Assert.Equal(warmUp * 2, measured);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_transcript_from_the_context_is_the_transcript_parse_gives()
    {
        using var context = new TranscriptParser();
        string text = EdgeTexts.All[2];
        var transcript = context.Parse(text);
        var expected = Transcript.Parse(text);

        // The context's next document must not disturb the transcript it gave before.
        context.Parse(Samples.Read(Samples.Names[0]));
        Assert.Equal(Json(expected, indented: true), Json(transcript, indented: true));
        Assert.Equal(["s1", "s2", "s3"], [.. Ids(transcript)]);
        Assert.Equal(2, transcript.Diagnostics.Length);
    }

    [Fact]
    public void Turns_of_many_labels_written_from_kept_heads_match_the_object_model()
    {
        // Each label's turns after its first are written from the JSON kept for the first; hundreds of labels grow
        // what is kept, and the next document must not see the heads of the last one.
        using var context = new TranscriptParser();
        foreach (int labels in new[] { 400, 3 })
        {
            var text = new StringBuilder();
            for (int round = 0; round < 3; round++)
            {
                for (int i = 0; i < labels; i++)
                {
                    text.Append("SPEAKER NUMBER ").Append(labels - i).Append(i % 5 == 0 ? " (voice-over)" : string.Empty).Append(": Words of round ").Append(round).Append(".\n\n");
                }
            }

            var transcript = Transcript.Parse(text.ToString());
            Assert.Equal(Json(transcript, indented: false), ContextJson(context, text.ToString(), default));
        }
    }

    /// <summary>Parses and writes every text; returns the JSON bytes written so the work cannot be skipped.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WriteAll(TranscriptParser context, List<string> texts, ArrayBufferWriter<byte> output, TranscriptParseOptions options)
    {
        long written = 0;
        foreach (string text in texts)
        {
            output.ResetWrittenCount();
            context.WriteJson(text, output, options);
            written += output.WrittenCount;
        }

        return written;
    }

    private static IEnumerable<string> Ids(Transcript transcript)
    {
        foreach (var speaker in transcript.Speakers)
        {
            yield return speaker.Id;
        }
    }

    private static string[] Variants(string name)
    {
        string lf = EdgeTexts.Read(name);
        return [lf, lf.Replace("\n", "\r\n", StringComparison.Ordinal)];
    }

    private static byte[] ContextJson(TranscriptParser context, string text, TranscriptParseOptions options)
    {
        var output = new ArrayBufferWriter<byte>();
        context.WriteJson(text, output, options);
        return output.WrittenSpan.ToArray();
    }

    private static byte[] Json(Transcript transcript, bool indented)
    {
        var output = new ArrayBufferWriter<byte>();
        TranscriptJsonWriter.Write(output, transcript, indented);
        return output.WrittenSpan.ToArray();
    }
}
