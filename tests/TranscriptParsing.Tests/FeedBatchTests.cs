using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Feeds;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>
/// A feed hands its documents between threads in batches (<see cref="FeedBatch{T}"/>): whatever the batches, every
/// document gives one result, in input order, with the same bytes.
/// </summary>
public class FeedBatchTests
{
    /// <summary>Good records with broken ones among them, of sizes that end batches on either rule (count and bytes).</summary>
    private static string MixedFeed(int records)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < records; i++)
        {
            if (i % 11 == 5)
            {
                lines.Append("{\"id\":\"broken").Append(i).Append("\",\"text\":\n");
                continue;
            }

            if (i % 13 == 7)
            {
                lines.Append("{\"id\":\"no-text").Append(i).Append("\",\"body\":\"x\"}\n");
                continue;
            }

            string turns = string.Concat(Enumerable.Repeat($"HOST{i % 5}: Words of record {i}.\\n\\n", i % 17 == 0 ? 900 : 1 + (i % 4)));
            lines.Append("{\"id\":\"r").Append(i).Append("\",\"text\":\"Title ").Append(i).Append("\\n\\n").Append(turns).Append("\"}\n");
        }

        return lines.ToString();
    }

    private static async Task<List<(long Index, string? Code, string Json)>> CollectJsonLinesAsync(Stream stream, int parallel)
    {
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = parallel };
        var results = new List<(long, string?, string)>();
        await foreach (var result in new TranscriptFeed([FeedSource.FromStream(stream, "feed")], options).ParseToJsonAsync())
        {
            results.Add((result.Index, result.Error?.Code, Encoding.UTF8.GetString(result.Json.Span)));
        }

        return results;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 1)]
    [InlineData(7, 3)]
    [InlineData(4096, 2)]
    public async Task Reads_that_end_mid_record_give_the_results_of_one_read(int chunk, int parallel)
    {
        byte[] feed = Encoding.UTF8.GetBytes(MixedFeed(300));
        var expected = await CollectJsonLinesAsync(new MemoryStream(feed), parallel: 1);
        var actual = await CollectJsonLinesAsync(new ChunkedStream(feed, chunk), parallel);

        Assert.Equal(300, expected.Count);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), actual.Select(r => r.Index));
        Assert.Equal(expected, actual);
        Assert.Contains(actual, r => r.Code is not null);
        Assert.Contains(actual, r => r.Code is null);
    }

    [Fact]
    public async Task Errors_inside_a_batch_stay_at_their_place()
    {
        var results = await CollectJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(MixedFeed(60))), parallel: 2);

        for (int i = 0; i < 60; i++)
        {
            bool broken = i % 11 == 5 || i % 13 == 7;
            Assert.Equal(broken, results[i].Code is not null);
            Assert.Contains($"feed:{i + 1}\"", results[i].Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_feed_of_one_record_gives_one_result()
    {
        var results = await CollectJsonLinesAsync(new MemoryStream("{\"id\":\"only\",\"text\":\"HOST: Alone.\\n\"}"u8.ToArray()), parallel: 2);

        var only = Assert.Single(results);
        Assert.Null(only.Code);
        Assert.Contains("\"only\"", only.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_tiny_documents_keep_their_order_across_workers()
    {
        string feed = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"id\":\"t{i}\",\"text\":\"HOST{i}: Hi.\\n\"}}\n"));
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 3, MaxDocumentsInFlight = 4 };
        var labels = new List<string>();
        await foreach (var label in new TranscriptFeed([FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(feed)), "tiny")], options)
            .ParseAsync(r => r.Transcript!.Blocks[0].Label!))
        {
            labels.Add(label);
        }

        Assert.Equal(Enumerable.Range(0, 2000).Select(i => "HOST" + i), labels);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_a_batch_stops_at_once()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"text\":\"HOST: Again.\\n\"}\n", 1000))));
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "many")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 1 });

        // The first batch holds more than three documents: the fourth must not come out once the caller has cancelled.
        Assert.Equal(3, await ReadJsonUntilCancelledAsync(feed, cancelAt: 3));
    }

    [Fact]
    public async Task A_selector_exception_is_thrown_at_its_document_after_the_ones_before_it()
    {
        string feed = string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"text\":\"HOST{i}: Hi.\\n\"}}\n"));
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 2 };
        var seen = new List<long>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var index in new TranscriptFeed([FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(feed)), "f")], options)
                .ParseAsync(r => r.Index == 9 ? throw new InvalidOperationException("nine") : r.Index))
            {
                seen.Add(index);
            }
        });

        Assert.Equal("nine", error.Message);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task A_record_is_handed_on_before_the_reader_waits_for_the_next()
    {
        // A live stream (a pipe, a socket): each record must come out before the next one is written.
        var stream = new LineByLineStream();
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 2 };
        await using var results = new TranscriptFeed([FeedSource.FromStream(stream, "live")], options).ParseToJsonAsync().GetAsyncEnumerator();
        for (int i = 0; i < 3; i++)
        {
            stream.Offer($"{{\"id\":\"l{i}\",\"text\":\"HOST: Line {i}.\\n\"}}\n");
            var next = results.MoveNextAsync().AsTask();
            Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(20))));
            Assert.True(await next);
            Assert.Equal(i, results.Current.Index);
        }

        stream.End();
        Assert.False(await results.MoveNextAsync());
    }

    [Theory]
    [InlineData(1, 8, 2, 4)]
    [InlineData(2, 8, 4, 2)]
    [InlineData(4, 16, 5, 3)]
    [InlineData(2, 48, 3, 16)]
    [InlineData(2, 64, 4, 16)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(8, 3, 3, 1)]
    public void The_batches_follow_the_workers_and_the_window(int parallel, int inFlight, int batches, int documentsPerBatch)
    {
        var options = new TranscriptFeedOptions { MaxDegreeOfParallelism = parallel, MaxDocumentsInFlight = inFlight };
        Assert.Equal((batches, documentsPerBatch), FeedBatch.Shape(options));
    }

    [Fact]
    public void The_batches_never_hold_more_documents_than_the_window()
    {
        for (int parallel = 1; parallel <= 32; parallel++)
        {
            for (int inFlight = 1; inFlight <= 200; inFlight++)
            {
                var options = new TranscriptFeedOptions { MaxDegreeOfParallelism = parallel, MaxDocumentsInFlight = inFlight };
                var (batches, documentsPerBatch) = FeedBatch.Shape(options);
                Assert.InRange(documentsPerBatch, 1, FeedBatch.MaxDocuments);
                Assert.InRange(batches, 1, inFlight);
                Assert.True(batches * documentsPerBatch <= inFlight, $"{parallel} workers, window {inFlight}: {batches} × {documentsPerBatch}");
            }
        }
    }

    [Theory]
    [InlineData(1, 32)]
    [InlineData(2, 48)]
    [InlineData(8, 144)]
    public void The_default_window_gives_each_worker_a_full_batch(int parallel, int window)
    {
        var options = new TranscriptFeedOptions { MaxDegreeOfParallelism = parallel };
        Assert.Equal(window, options.MaxDocumentsInFlight);
        Assert.Equal((parallel + 1, FeedBatch.MaxDocuments), FeedBatch.Shape(options));
    }

    /// <summary>A stream that gives at most <paramref name="chunk"/> bytes a read, so that records are cut across reads.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    /// <summary>A stream whose reads wait until the test offers the next line, or the end.</summary>
    private sealed class LineByLineStream : Stream
    {
        private readonly SemaphoreSlim _ready = new(0);
        private readonly Queue<byte[]> _lines = new();
        private bool _ended;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Offer(string line)
        {
            lock (_lines)
            {
                _lines.Enqueue(Encoding.UTF8.GetBytes(line));
            }

            _ready.Release();
        }

        public void End()
        {
            _ended = true;
            _ready.Release();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _ready.WaitAsync(cancellationToken);
            lock (_lines)
            {
                if (_lines.Count == 0)
                {
                    return _ended ? 0 : throw new InvalidOperationException("woken without a line");
                }

                byte[] line = _lines.Dequeue();
                line.CopyTo(buffer);
                return line.Length;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _ready.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
