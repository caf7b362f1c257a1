using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using TranscriptParsing.Model;
using TranscriptParsing.Parquet;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

public class FormatParquetTests
{
    private sealed record Row(string DocumentId, int BlockIndex, string Kind, string? SpeakerId, string? SpeakerName, string? Role, string? Label, string Text, int Start, int Length, int Line);

    private static async Task<List<Row>> ReadRows(Stream stream)
    {
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true);
        Assert.Equal(
            ["document_id", "block_index", "kind", "speaker_id", "speaker_name", "role", "label", "text", "start", "length", "line"],
            reader.Schema.GetDataFields().Select(f => f.Name));

        var rows = new List<Row>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int count = checked((int)group.RowCount);
            async Task<string?[]> Strings(string name)
            {
                var values = new string?[count];
                await group.ReadAsync(reader.Schema.FindDataField(name), values.AsMemory(), null, default);
                return values;
            }

            async Task<int[]> Ints(string name)
            {
                var values = new int[count];
                await group.ReadAsync<int>(reader.Schema.FindDataField(name), values.AsMemory(), null, default);
                return values;
            }

            var ids = await Strings("document_id");
            var indexes = await Ints("block_index");
            var kinds = await Strings("kind");
            var speakerIds = await Strings("speaker_id");
            var speakerNames = await Strings("speaker_name");
            var roles = await Strings("role");
            var labels = await Strings("label");
            var texts = await Strings("text");
            var starts = await Ints("start");
            var lengths = await Ints("length");
            var lines = await Ints("line");
            for (int i = 0; i < count; i++)
            {
                rows.Add(new Row(ids[i]!, indexes[i], kinds[i]!, speakerIds[i], speakerNames[i], roles[i], labels[i], texts[i]!, starts[i], lengths[i], lines[i]));
            }
        }

        return rows;
    }

    [Fact]
    public async Task A_corpus_reads_back_one_row_per_block()
    {
        var transcripts = FormatSamples.Names.Select(FormatSamples.Load).ToList();
        using var stream = new MemoryStream();
        await TranscriptParquetWriter.WriteAsync(stream, transcripts);

        var rows = await ReadRows(stream);
        Assert.Equal(transcripts.Sum(t => t.Blocks.Length), rows.Count);

        int r = 0;
        foreach (var transcript in transcripts)
        {
            for (int i = 0; i < transcript.Blocks.Length; i++, r++)
            {
                var (block, row) = (transcript.Blocks[i], rows[r]);
                Assert.Equal(transcript.Source.Path, row.DocumentId);
                Assert.Equal(i, row.BlockIndex);
                Assert.Equal(JsonNames.Of(block.Kind), row.Kind);
                Assert.Equal(block.Speaker?.Id, row.SpeakerId);
                Assert.Equal(block.Speaker?.Name, row.SpeakerName);
                Assert.Equal(block.Speaker is null ? null : JsonNames.Of(block.Speaker.Role), row.Role);
                Assert.Equal(block.Label, row.Label);
                Assert.Equal(block.Text, row.Text);
                Assert.Equal(block.Span.Start, row.Start);
                Assert.Equal(block.Span.Length, row.Length);
                Assert.Equal(block.LineNumber, row.Line);
            }
        }

        // Narration without a speaker and annotations give real nulls, which is what readers count and filter on.
        Assert.Contains(rows, row => row.Kind == "narration" && row.SpeakerId is null && row.Role is null);
        Assert.Contains(rows, row => row.Kind == "annotation" && row.Label is null);
    }

    [Fact]
    public async Task Small_row_groups_split_the_rows_without_losing_any()
    {
        var transcripts = FormatSamples.Names.Select(FormatSamples.Load).ToList();
        using var stream = new MemoryStream();
        var writer = await TranscriptParquetWriter.CreateAsync(stream, rowGroupSize: 10);
        await using (writer)
        {
            int n = 0;
            foreach (var transcript in transcripts)
            {
                await writer.AddAsync(transcript, documentId: $"doc-{n++}");
            }
        }

        stream.Position = 0;
        await using (var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true))
        {
            Assert.True(reader.RowGroupCount > 1);
        }

        var rows = await ReadRows(stream);
        Assert.Equal(transcripts.Sum(t => t.Blocks.Length), rows.Count);
        Assert.Equal(["doc-0", "doc-1", "doc-2", "doc-3"], rows.Select(row => row.DocumentId).Distinct());
    }

    [Fact]
    public async Task A_transcript_without_a_path_is_numbered()
    {
        using var stream = new MemoryStream();
        await TranscriptParquetWriter.WriteAsync(stream, [Transcript.Parse("SMITH: One.\n"), Transcript.Parse("JONES: Two.\n\nSMITH: Three.\n")]);
        var rows = await ReadRows(stream);
        Assert.Equal(["0", "1", "1"], rows.Select(row => row.DocumentId));
        Assert.Equal(["One.", "Two.", "Three."], rows.Select(row => row.Text));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_takes_the_file()
    {
        // Standard output cannot seek; the file is written forward only, so `transcript ... > corpus.parquet` works.
        using var memory = new MemoryStream();
        using (var pipe = new ForwardOnlyStream(memory))
        {
            await TranscriptParquetWriter.WriteAsync(pipe, [FormatSamples.Load("pbs-newshour")]);
        }

        var rows = await ReadRows(memory);
        Assert.Equal(FormatSamples.Load("pbs-newshour").Blocks.Length, rows.Count);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Fact]
    public async Task The_writer_refuses_use_after_dispose()
    {
        using var stream = new MemoryStream();
        var writer = await TranscriptParquetWriter.CreateAsync(stream);
        await writer.DisposeAsync();
        await writer.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.AddAsync(Transcript.Parse("SMITH: Hi.\n")));
        Assert.True(stream.Length > 0, "an empty file still has its footer");
    }
}
