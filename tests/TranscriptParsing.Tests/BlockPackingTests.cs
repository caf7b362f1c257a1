using System;
using System.Runtime.InteropServices;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The blocks' records are written by a quick loop for the blocks that fit their record whole, and the general way for
/// the others: the records and extras must be byte for byte those of the general way for every block.
/// </summary>
public class BlockPackingTests
{
    /// <summary>Values at and around the bounds of a record's fields.</summary>
    private static readonly int[] Edges = [-2, -1, 0, 1, 2, 253, 254, 255, 256, 257, 300];

    [Theory]
    [MemberData(nameof(EdgeTexts.SamplesAndEdges), MemberType = typeof(EdgeTexts))]
    public void Every_sample_and_edge_text_gets_the_records_of_the_general_way(string name)
    {
        string text = EdgeTexts.Read(name);
        var data = new TranscriptData();
        data.Clear(text.AsMemory(), null);
        var builder = new TranscriptBuilder();
        builder.Build(data, default, records: false);

        AssertLikeGeneralWay(text, builder.Drafts, builder.SpeakerOfLabel);
    }

    [Fact]
    public void Random_drafts_at_the_bounds_of_every_field_get_the_records_of_the_general_way()
    {
        var random = new Random(1717);
        for (int round = 0; round < 3000; round++)
        {
            string text = RandomText.Join(random, ["a", "bc", "Q: ", "\n", "\r\n", "\r", "  ", "xyz"], 100, 3000);
            int count = random.Next(0, 40);
            var drafts = new BlockDraft[count];
            var speakerOfLabel = new int[count + 1];
            for (int s = 0; s < speakerOfLabel.Length; s++)
            {
                speakerOfLabel[s] = random.Next(4) switch { 0 => -1, 1 => 65_533 + random.Next(3), 2 => random.Next(70_000), _ => random.Next(8) };
            }

            int start = 0;
            int line = 1;
            for (int i = 0; i < count; i++)
            {
                start = random.Next(8) == 0 ? random.Next(text.Length) : Math.Min(text.Length - 1, start + random.Next(0, 400));
                int length = random.Next(3) == 0 ? Pick(random, 0, 600) : random.Next(0, 600);
                var kind = (BlockKind)random.Next(3);
                line += random.Next(10) == 0 ? Pick(random, -3, 400) : random.Next(0, 4);
                int labelStart = start + (random.Next(3) == 0 ? Pick(random, -3, 300) : random.Next(0, 20));
                int labelLength = random.Next(3) == 0 ? Pick(random, 0, 300) : random.Next(1, 40);
                var label = kind == BlockKind.Turn || random.Next(5) == 0 ? new TextSpan(labelStart, labelLength) : default;
                int offset = random.Next(3) == 0 ? Pick(random, -3, 300) : random.Next(0, 40);
                int gap = random.Next(3) == 0 ? Pick(random, -3, 300) : random.Next(0, 4);
                drafts[i] = new BlockDraft
                {
                    Kind = kind,
                    Span = new TextSpan(start, length),
                    LabelSpan = label,
                    TextSpan = TextSpan.FromBounds(start + offset, start + length - gap),
                    TimeSpan = random.Next(8) == 0 ? new TextSpan(random.Next(2), random.Next(2)) : default,
                    DeliverySpan = random.Next(8) == 0 ? new TextSpan(random.Next(2), random.Next(2)) : default,
                    AnnotationKind = (AnnotationKind)random.Next(32),
                    LineNumber = line,
                    ColumnNumber = random.Next(4) == 0 ? random.Next(1, 50) : 0,
                    LabelIndex = random.Next(4) == 0 ? -1 : random.Next(speakerOfLabel.Length),
                };
            }

            // Most columns are the counted ones, as the reader gives them.
            var lineStarts = DraftLineStarts.Of(text, drafts);
            for (int i = 0; i < count; i++)
            {
                if (drafts[i].ColumnNumber == 0)
                {
                    drafts[i].ColumnNumber = drafts[i].Span.Start - lineStarts[i] + 1 + (random.Next(10) == 0 ? 1 : 0);
                }
            }

            AssertLikeGeneralWay(text, drafts, speakerOfLabel);
        }
    }

    [Fact]
    public void A_block_after_one_written_the_general_way_counts_its_line_from_it()
    {
        // The second block needs an extra (a time); the third's line is counted from the second's.
        string text = "A: one\nB: two\nC: three\n";
        BlockDraft Turn(int start, int line) => new()
        {
            Kind = BlockKind.Turn,
            Span = new TextSpan(start, 6),
            LabelSpan = new TextSpan(start, 1),
            TextSpan = new TextSpan(start + 3, 3),
            LineNumber = line,
            ColumnNumber = 1,
            LabelIndex = 0,
        };
        BlockDraft[] drafts = [Turn(0, 1), Turn(7, 2), Turn(14, 3)];
        drafts[1].TimeSpan = new TextSpan(8, 1);

        AssertLikeGeneralWay(text, drafts, [0]);

        var data = new TranscriptData();
        data.Clear(text.AsMemory(), null);
        TranscriptBuilder.WriteBlocks(data, drafts, [0], DraftLineStarts.Of(text, drafts));
        Assert.Equal(1, data.ExtraCount);
        Assert.Equal(1, data.Blocks[2].LineDelta);
    }

    /// <summary>A value at a field's bounds, or any in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    private static int Pick(Random random, int min, int max) =>
        random.Next(2) == 0 ? Edges[random.Next(Edges.Length)] : random.Next(min, max);

    private static void AssertLikeGeneralWay(string text, ReadOnlySpan<BlockDraft> drafts, ReadOnlySpan<int> speakerOfLabel)
    {
        var lineStarts = DraftLineStarts.Of(text, drafts);
        var quick = new TranscriptData();
        quick.Clear(text.AsMemory(), null);
        TranscriptBuilder.WriteBlocks(quick, drafts, speakerOfLabel, lineStarts);

        // The general way for every block.
        var general = new TranscriptData();
        general.Clear(text.AsMemory(), null);
        TranscriptData.Grow(ref general.Work.Blocks, drafts.Length);
        general.BlockCount = drafts.Length;
        int previousLine = 1;
        for (int i = 0; i < drafts.Length; i++)
        {
            int speaker = drafts[i].LabelIndex >= 0 ? speakerOfLabel[drafts[i].LabelIndex] : -1;
            bool columnCounted = drafts[i].Span.Start - lineStarts[i] + 1 == drafts[i].ColumnNumber;
            TranscriptBuilder.WriteBlock(general, i, drafts[i], speaker, drafts[i].LineNumber - previousLine, columnCounted);
            previousLine = drafts[i].LineNumber;
        }

        Assert.Equal(general.BlockCount, quick.BlockCount);
        Assert.Equal(general.ExtraCount, quick.ExtraCount);
        Assert.True(Bytes(general.Work.Blocks.AsSpan(0, drafts.Length)).SequenceEqual(Bytes(quick.Work.Blocks.AsSpan(0, drafts.Length))), "records differ");
        Assert.True(Bytes(general.Work.Extras.AsSpan(0, general.ExtraCount)).SequenceEqual(Bytes(quick.Work.Extras.AsSpan(0, quick.ExtraCount))), "extras differ");
    }

    private static ReadOnlySpan<byte> Bytes<T>(Span<T> records)
        where T : struct => MemoryMarshal.AsBytes(records);
}
