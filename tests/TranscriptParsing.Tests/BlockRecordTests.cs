using System;
using System.Buffers;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// A block's record keeps its text as small offsets from its span's ends and its speaker as a 16-bit index; what does
/// not fit goes to the block's extra. Either way the block reads back exactly: span, label, text and speaker, in the
/// views and in the JSON.
/// </summary>
public class BlockRecordTests
{
    private const int LineLength = 1000;

    [Theory]
    [InlineData(0, 0, -1, true)]
    [InlineData(254, 254, 0, true)]
    [InlineData(255, 0, 1, false)]
    [InlineData(0, 255, 2, false)]
    [InlineData(-1, 0, 3, false)]
    [InlineData(3, 4, 65_533, true)]
    [InlineData(3, 4, 65_534, false)]
    [InlineData(300, 300, 1_000_000, false)]
    public void A_record_packs_what_fits_and_says_what_does_not(int offset, int gap, int speaker, bool fits)
    {
        var span = new TextSpan(5000, LineLength);
        var text = TextSpan.FromBounds(span.Start + offset, span.End - gap);
        var record = new BlockRecord(span, text, speaker, out bool packed);

        Assert.Equal(fits, packed);
        Assert.Equal((span.Start, span.End), (record.Start, record.End));
        if (record.TextFits)
        {
            Assert.Equal(text, record.PackedText);
        }

        if (record.SpeakerFits)
        {
            Assert.Equal(speaker, record.PackedSpeaker);
        }

        Assert.Equal(fits, record.TextFits && record.SpeakerFits);
    }

    [Fact]
    public void Blocks_whose_text_or_speaker_does_not_fit_their_record_read_back_exactly()
    {
        // One block per line; each case gives the text's offset from the line's start, its gap before the line's
        // end and the speaker's index.
        (int Offset, int Gap, int Speaker)[] cases =
        [
            (0, 0, -1), (254, 254, 0), (255, 0, 1), (0, 255, 65_533), (3, 4, 65_534), (600, 300, 70_000), (10, 10, 7),
        ];
        const int speakerCount = 70_001;
        string source = string.Concat(Lines(cases.Length));
        var drafts = new BlockDraft[cases.Length];
        var speakerOfLabel = new int[cases.Length];
        for (int i = 0; i < cases.Length; i++)
        {
            int start = i * (LineLength + 1);
            drafts[i] = new BlockDraft
            {
                Kind = BlockKind.Narration,
                Span = new TextSpan(start, LineLength),
                TextSpan = TextSpan.FromBounds(start + cases[i].Offset, start + LineLength - cases[i].Gap),
                LineNumber = i + 1,
                ColumnNumber = 1,
                LabelIndex = cases[i].Speaker < 0 ? -1 : i,
            };
            speakerOfLabel[i] = cases[i].Speaker;
        }

        var data = new TranscriptData();
        data.Clear(source.AsMemory(), null);
        TranscriptData.Grow(ref data.Work.Speakers, speakerCount);
        for (int s = 0; s < speakerCount; s++)
        {
            data.Speakers[s] = new SpeakerRecord { Honorific = TextRef.Null, Affiliation = TextRef.Null, Title = TextRef.Null };
        }

        data.SpeakerCount = speakerCount;
        TranscriptBuilder.WriteBlocks(data, drafts, speakerOfLabel, DraftLineStarts.Of(source, drafts));

        // Only the blocks with a value out of range have an extra.
        Assert.Equal(4, data.ExtraCount);
        var transcript = new Transcript(data.ToCompact());
        using var byToken = JsonDocument.Parse(Json(transcript, direct: false));
        using var raw = JsonDocument.Parse(Json(transcript, direct: true));
        for (int i = 0; i < cases.Length; i++)
        {
            var block = transcript.Blocks[i];
            var draft = drafts[i];
            Assert.Equal(draft.Span, block.Span);
            Assert.Equal(draft.TextSpan, block.TextSpan);
            Assert.Equal(source.Substring(draft.TextSpan.Start, draft.TextSpan.Length), block.Text);
            Assert.Equal((i + 1, 1), (block.LineNumber, block.ColumnNumber));
            string? id = cases[i].Speaker < 0 ? null : "s" + (cases[i].Speaker + 1);
            Assert.Equal(id, block.SpeakerId);
            foreach (var json in new[] { byToken, raw })
            {
                var written = json.RootElement.GetProperty("blocks")[i];
                Assert.Equal(block.Text, written.GetProperty("text").GetString());
                Assert.Equal(id, written.GetProperty("speakerId").GetString());
                Assert.Equal(draft.Span.Start, written.GetProperty("span").GetProperty("start").GetInt32());
                Assert.Equal(draft.Span.Length, written.GetProperty("span").GetProperty("length").GetInt32());
            }
        }
    }

    [Theory]
    [InlineData(240)]
    [InlineData(253)]
    [InlineData(254)]
    [InlineData(300)]
    [InlineData(5000)]
    public void A_turn_whose_label_or_text_starts_far_from_its_start_reads_back_exactly(int labelLength)
    {
        // A label of the given length: a name and an affiliation long enough to fill it.
        string filler = string.Concat(Repeat("Harbor Board ", (labelLength / 13) + 1));
        string label = "NORA QUILL (" + filler[..(labelLength - 13)].TrimEnd().PadRight(labelLength - 13, 's') + ")";
        Assert.Equal(labelLength, label.Length);
        string source = $"{label}: The ferry was late.\n\nTOVE ARDEN: Why?\n\n{label}: Fog.\n";
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { MaxLabelLength = labelLength + 10 } };

        var transcript = Transcript.Parse(source, options);

        Assert.Equal(3, transcript.Blocks.Length);

        // From 253 chars on, the text starts too far from the block's start for its record.
        Assert.Equal(labelLength >= 253, transcript.Data.ExtraCount > 0);
        var first = transcript.Blocks[0];
        var last = transcript.Blocks[2];
        Assert.Equal(BlockKind.Turn, first.Kind);
        Assert.Equal(label, first.Label);
        Assert.Equal(new TextSpan(0, labelLength), first.LabelSpan);
        Assert.Equal(new TextSpan(labelLength + 2, "The ferry was late.".Length), first.TextSpan);
        Assert.Equal("The ferry was late.", first.Text);
        Assert.Equal(new TextSpan(0, labelLength + 2 + "The ferry was late.".Length), first.Span);
        Assert.Equal("Fog.", last.Text);
        Assert.Equal(label, last.Label);
        Assert.NotNull(first.Speaker);
        Assert.Same(first.Speaker, last.Speaker);
        Assert.NotSame(first.Speaker, transcript.Blocks[1].Speaker);
        foreach (bool direct in new[] { false, true })
        {
            using var json = JsonDocument.Parse(Json(transcript, direct));
            var written = json.RootElement.GetProperty("blocks")[0];
            Assert.Equal(label, written.GetProperty("label").GetString());
            Assert.Equal("The ferry was late.", written.GetProperty("text").GetString());
            Assert.Equal(first.SpeakerId, written.GetProperty("speakerId").GetString());
        }
    }

    [Theory]
    [InlineData("\n", 1)]
    [InlineData("\n", 253)]
    [InlineData("\n", 254)]
    [InlineData("\n", 255)]
    [InlineData("\n", 1000)]
    [InlineData("\r\n", 300)]
    [InlineData("\r", 300)]
    public void Blocks_keep_their_lines_and_columns_however_far_apart(string newLine, int gap)
    {
        // The gap of blank lines puts a block more lines below the one before than its record keeps.
        string blank = string.Concat(Repeat(newLine, gap));
        string source = $"HOST: Good evening.{newLine}{newLine}GUEST: Thank you.{newLine}{blank}HOST: And after the gap.{newLine}"
            + $"{newLine}A paragraph of narration.{newLine}{blank}(LAUGHTER){newLine}{newLine}GUEST: Still here.{newLine}";

        var transcript = Transcript.Parse(source);

        Assert.True(transcript.Blocks.Length >= 4);
        Assert.Equal((2 * gap) + 9, transcript.Blocks[^1].LineNumber);
        using var byToken = JsonDocument.Parse(Json(transcript, direct: false));
        using var raw = JsonDocument.Parse(Json(transcript, direct: true));
        var output = new ArrayBufferWriter<byte>();
        using (var context = new TranscriptParser())
        {
            context.WriteJson(source, output);
        }

        using var fromContext = JsonDocument.Parse(output.WrittenMemory);
        for (int i = 0; i < transcript.Blocks.Length; i++)
        {
            var block = transcript.Blocks[i];
            Assert.Equal(CountedPosition(source, block.Span.Start), (block.LineNumber, block.ColumnNumber));
            foreach (var json in new[] { byToken, raw, fromContext })
            {
                var written = json.RootElement.GetProperty("blocks")[i];
                Assert.Equal(block.LineNumber, written.GetProperty("line").GetInt32());
                Assert.Equal(block.ColumnNumber, written.GetProperty("column").GetInt32());
            }
        }
    }

    /// <summary>The line and column of a place, counted char by char: a break is a <c>\n</c>, or a <c>\r</c> not before one.</summary>
    private static (int Line, int Column) CountedPosition(string text, int position)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < position; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    private static string[] Lines(int count)
    {
        var lines = new string[count];
        for (int i = 0; i < count; i++)
        {
            lines[i] = new string((char)('a' + i), LineLength) + "\n";
        }

        return lines;
    }

    private static string[] Repeat(string text, int count)
    {
        var parts = new string[count];
        Array.Fill(parts, text);
        return parts;
    }

    private static string Json(Transcript transcript, bool direct)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonOutput.Encoder }))
        {
            var scratch = new JsonScratch(pooled: false);
            TranscriptJsonWriter.Write(writer, transcript.Data, ref scratch, direct);
        }

        return System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
