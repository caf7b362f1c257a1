using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Feeds;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

public class FeedTests
{
    private const string Short = "A short story\n\nHOST: Good morning.\n\nGUEST: Hello there.\n";

    [Fact]
    public async Task A_folder_tree_is_walked_in_order_and_filtered_by_the_glob()
    {
        using var temp = new FeedTempFolder();
        temp.Write("b.txt", Short);
        temp.Write("a.txt", Short);
        temp.Write("notes.md", Short);
        temp.Write("sub/x.txt", Short);
        temp.Write("sub/deep/y.txt", Short);
        temp.Write("sub/deep/y.md", Short);

        var all = await CollectAsync(TranscriptFeed.FromPaths([temp.Root]));
        Assert.Equal(
            ["a.txt", "b.txt", "sub/x.txt", "sub/deep/y.txt"],
            all.Select(r => Path.GetRelativePath(temp.Root, r.Document.Name).Replace('\\', '/')));
        Assert.All(all, r => Assert.True(r.Succeeded));

        var deep = await CollectAsync(TranscriptFeed.FromPaths([temp.Root], new TranscriptFeedOptions { Globs = ["sub/**/*.md"] }));
        Assert.Equal(["sub/deep/y.md"], deep.Select(r => Path.GetRelativePath(temp.Root, r.Document.Name).Replace('\\', '/')));
    }

    [Fact]
    public async Task A_document_is_named_by_the_path_as_given()
    {
        using var temp = new FeedTempFolder();
        string path = temp.Write("one.txt", Short);

        var result = Assert.Single(await CollectAsync(TranscriptFeed.FromPaths([path])));
        Assert.Equal(path, result.Document.Name);
        Assert.Equal(path, result.Transcript!.Source.Path);
        Assert.False(result.Document.HasDetails);
        Assert.Equal(Encoding.UTF8.GetByteCount(Short), result.Document.ByteCount);
    }

    [Theory]
    [InlineData("*.txt", "a/b/c.txt", true)]
    [InlineData("*.txt", "c.txt", true)]
    [InlineData("*.txt", "c.txt.gz", false)]
    [InlineData("**/*.txt", "c.txt", true)]
    [InlineData("**/*.txt", "a/b/c.txt", true)]
    [InlineData("a/*.txt", "a/b/c.txt", false)]
    [InlineData("a/**/c.txt", "a/c.txt", true)]
    [InlineData("a/**/c.txt", "a/x/y/c.txt", true)]
    [InlineData("a/**", "a/x/y/c.txt", true)]
    [InlineData("a/**", "b/c.txt", false)]
    [InlineData("20??/*.jsonl", "2024/x.jsonl", true)]
    [InlineData("20??/*.jsonl", "202/x.jsonl", false)]
    [InlineData("*a*b*c", "xaxxbxxxc", true)]
    [InlineData("*a*b*c", "xaxxbxxxcd", false)]
    [InlineData("./a/*.txt", "./a/c.txt", true)]
    [InlineData("A.TXT", "a.txt", false)]
    public void A_glob_matches_stars_question_marks_and_double_stars(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).IsMatch(path));
    }

    [Fact]
    public void A_glob_with_many_stars_against_a_long_name_finishes()
    {
        // The greedy matcher backtracks to one point only; a pattern of this shape takes exponential time with naive recursion.
        var pattern = new GlobPattern(string.Concat(Enumerable.Repeat("*a", 30)) + "b");
        Assert.False(pattern.IsMatch(new string('a', 5000)));
    }

    [Fact]
    public async Task A_gzip_file_gives_the_same_transcript_as_the_plain_text()
    {
        using var temp = new FeedTempFolder();
        string text = Sample("npr-classic.txt");
        string path = temp.Write("story.txt.gz", Gzip(Encoding.UTF8.GetBytes(text)));

        var result = Assert.Single(await CollectAsync(TranscriptFeed.FromPaths([path])));
        var plain = Model.Transcript.Parse(text);
        Assert.Equal(path, result.Document.Name);
        Assert.Equal(plain.Blocks.Select(b => b.Label), result.Transcript!.Blocks.Select(b => b.Label));
        Assert.Equal(plain.Blocks.Select(b => b.Text), result.Transcript.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task A_zip_archive_gives_its_entries_in_order_named_archive_bang_entry()
    {
        using var temp = new FeedTempFolder();
        string path = temp.PathOf("corpus.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            AddEntry(zip, "z/first.txt", Short);
            AddEntry(zip, "a/second.txt", "Second\n\nANCHOR: Second.\n\nGUEST: Yes.\n");
            zip.CreateEntry("empty-folder/");
            AddEntry(zip, "third.txt.gz", Gzip(Encoding.UTF8.GetBytes("Third\n\nANCHOR: Third.\n\nGUEST: Yes.\n")));
        }

        var results = await CollectAsync(TranscriptFeed.FromPaths([path]));
        Assert.Equal([path + "!z/first.txt", path + "!a/second.txt", path + "!third.txt.gz"], results.Select(r => r.Document.Name));
        Assert.Equal("a/second.txt", results[1].Document.Entry);
        Assert.Equal(path, results[1].Document.Path);
        Assert.Equal("Third.", results[2].Transcript!.Blocks[0].Text);
    }

    [Theory]
    [InlineData("corpus.tar.gz")]
    [InlineData("corpus.tgz")]
    [InlineData("corpus.tar")]
    public async Task A_tar_archive_gives_its_regular_files(string name)
    {
        using var temp = new FeedTempFolder();
        string path = temp.PathOf(name);
        WriteTar(path, gzip: !name.EndsWith(".tar", StringComparison.Ordinal), ("./one.txt", Short), ("two/two.txt", "Two\n\nANCHOR: Two.\n\nGUEST: Yes.\n"));

        var results = await CollectAsync(TranscriptFeed.FromPaths([path]));
        Assert.Equal([path + "!one.txt", path + "!two/two.txt"], results.Select(r => r.Document.Name));
        Assert.Equal("Two.", results[1].Transcript!.Blocks[0].Text);
    }

    [Fact]
    public async Task JSON_Lines_records_carry_the_text_an_id_and_the_other_fields_as_metadata()
    {
        using var temp = new FeedTempFolder();
        string path = temp.Write("feed.jsonl",
            """
            {"id":"npr-1","text":"Hello\n\nHOST: Hello.\n\nGUEST: Hi.\n","date":"2020-01-02","tags":["a","b"],"n":3}

            {"n":1,"text":"Hi\n\nGUEST: Hi.\n\nHOST: Bye.\n","id":42}
            """ + "\n");

        var results = await CollectAsync(TranscriptFeed.FromPaths([path]));
        Assert.Equal(2, results.Count);
        var first = results[0].Document;
        Assert.Equal("npr-1", first.Id);
        Assert.Equal(1, first.LineNumber);
        Assert.Equal(path + ":1", first.Name);
        Assert.Equal(["date", "tags", "n"], first.Metadata.Select(m => m.Key));
        Assert.Equal("2020-01-02", first.Metadata[0].Value.GetString());
        Assert.Equal(2, first.Metadata[1].Value.GetArrayLength());
        Assert.Equal("HOST", results[0].Transcript!.Blocks[0].Label);

        // The blank line is not a document; the second record's line number still counts it.
        Assert.Equal(3, results[1].Document.LineNumber);
        Assert.Equal("42", results[1].Document.Id);
        Assert.Equal(path + ":3", results[1].Transcript!.Source.Path);
    }

    [Fact]
    public async Task Other_text_and_id_fields_can_be_named()
    {
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, TextField = "body", IdField = "key" };
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"key\":\"k1\",\"body\":\"Hi\\n\\nHOST: Hi.\\n\\nGUEST: Yo.\\n\",\"text\":\"kept\"}\n"));
        var result = Assert.Single(await CollectAsync(new TranscriptFeed([FeedSource.FromStream(stream, "-")], options)));
        Assert.Equal("k1", result.Document.Id);
        Assert.Equal("Hi.", result.Transcript!.Blocks[0].Text);
        Assert.Equal("kept", Assert.Single(result.Document.Metadata).Value.GetString());
    }

    [Fact]
    public async Task A_stream_is_one_document_unless_it_is_said_to_be_JSON_Lines()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"text\":\"One\\n\\nHOST: One.\\n\\nGUEST: Yes.\\n\"}\n{\"text\":\"Two\\n\\nHOST: Two.\\n\\nGUEST: Yes.\\n\"}\n");

        var asText = await CollectAsync(new TranscriptFeed([FeedSource.FromStream(new MemoryStream(bytes), "-")]));
        Assert.Equal("-", Assert.Single(asText).Document.Name);

        var asLines = await CollectAsync(new TranscriptFeed(
            [FeedSource.FromStream(new MemoryStream(bytes), "-")],
            new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines }));
        Assert.Equal(["-:1", "-:2"], asLines.Select(r => r.Document.Name));
        Assert.Equal(["One.", "Two."], asLines.Select(r => r.Transcript!.Blocks[0].Text));
    }

    [Fact]
    public async Task Results_come_out_in_input_order_when_parsed_in_parallel()
    {
        // Documents of very different sizes finish out of order on the workers; the output must not.
        var lines = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            string body = $"Story {i}\n\n" + string.Concat(Enumerable.Repeat($"SPEAKER{i % 7}: Words of turn {i}.\n\n", i % 13 == 0 ? 400 : 2));
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "d" + i, ["text"] = body }, FeedJsonContext.Default.DictionaryStringString)).Append('\n');
        }

        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 4, MaxDocumentsInFlight = 16 };
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString()));
        var results = await CollectAsync(new TranscriptFeed([FeedSource.FromStream(stream, "feed")], options));

        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), results.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => "d" + i), results.Select(r => r.Document.Id));
        Assert.All(results, r => Assert.StartsWith("SPEAKER", r.Transcript!.Blocks[0].Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documents_in_equal_records_out_on_a_feed_of_good_and_broken_documents()
    {
        using var temp = new FeedTempFolder();
        temp.Write("01-good.txt", Short);
        temp.Write("02-bad.txt.gz", Encoding.ASCII.GetBytes("this is not gzip data at all"));
        temp.Write("03-truncated.txt.gz", Gzip(Encoding.UTF8.GetBytes(Sample("cnn-newsroom.txt")))[..200]);
        temp.Write("04-feed.jsonl",
            "{\"id\":\"ok\",\"text\":\"HOST: Fine.\\n\"}\n"
            + "{\"id\":\"broken\",\"text\":\n"
            + "{\"id\":\"no-text\",\"body\":\"x\"}\n"
            + "{\"id\":\"number\",\"text\":12}\n"
            + "[1,2,3]\n"
            + "{\"id\":\"huge\",\"text\":\"" + new string('x', 5000) + "\"}\n"
            + "{\"id\":\"last\",\"text\":\"HOST: Last.\\n\"}");
        temp.Write("05-huge.txt", new string('y', 5000));
        temp.Write("06-empty.txt", string.Empty);
        string zip = temp.PathOf("07-archive.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            AddEntry(archive, "inner.txt", Short);
            AddEntry(archive, "nested.zip", "PK not really");
        }

        var options = new TranscriptFeedOptions { MaxDocumentBytes = 4096, MaxDegreeOfParallelism = 2 };
        var results = await CollectAsync(TranscriptFeed.FromPaths([temp.Root], options));

        var expected = new (string Name, string? Code)[]
        {
            ("01-good.txt", null),
            ("02-bad.txt.gz", FeedErrorCodes.BadGzip),
            ("03-truncated.txt.gz", FeedErrorCodes.BadGzip),
            ("04-feed.jsonl:1", null),
            ("04-feed.jsonl:2", FeedErrorCodes.InvalidJson),
            ("04-feed.jsonl:3", FeedErrorCodes.MissingText),
            ("04-feed.jsonl:4", FeedErrorCodes.MissingText),
            ("04-feed.jsonl:5", FeedErrorCodes.InvalidJson),
            ("04-feed.jsonl:6", FeedErrorCodes.TooLarge),
            ("04-feed.jsonl:7", null),
            ("05-huge.txt", FeedErrorCodes.TooLarge),
            ("06-empty.txt", null),
            ("07-archive.zip!inner.txt", null),
            ("07-archive.zip!nested.zip", FeedErrorCodes.NestedArchive),
        };
        Assert.Equal(expected.Select(e => e.Name), results.Select(r => Path.GetRelativePath(temp.Root, r.Document.Name).Replace('\\', '/')));
        Assert.Equal(expected.Select(e => e.Code), results.Select(r => r.Error?.Code));
        Assert.All(results, r => Assert.True(r.Succeeded != (r.Error is not null)));
        Assert.Equal("no-text", results[5].Document.Id);
    }

    [Fact]
    public async Task A_damaged_archive_gives_an_error_record_naming_it()
    {
        using var temp = new FeedTempFolder();
        string notZip = temp.Write("fake.zip", "not a zip");
        string tgz = temp.PathOf("cut.tgz");
        WriteTar(tgz, gzip: true, ("a.txt", Short), ("b.txt", Sample("npr-classic.txt")));
        File.WriteAllBytes(tgz, File.ReadAllBytes(tgz)[..60]);

        var results = await CollectAsync(TranscriptFeed.FromPaths([notZip, tgz]));
        Assert.Equal(FeedErrorCodes.BadArchive, results[0].Error!.Code);
        Assert.Equal(notZip, results[0].Document.Name);
        Assert.All(results.Skip(1), r => Assert.False(r.Succeeded));
        Assert.StartsWith(tgz, results[^1].Document.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_gives_an_error_record()
    {
        using var temp = new FeedTempFolder();
        var result = Assert.Single(await CollectAsync(TranscriptFeed.FromPaths([temp.PathOf("nothing-here.txt")])));
        Assert.Equal(FeedErrorCodes.Unreadable, result.Error!.Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_feed()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"text\":\"HOST: Again.\\n\"}\n", 100_000))));
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "many")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines });
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in feed.ParseAsync(cts.Token))
            {
                if (++seen == 10)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(10, seen);
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_feed_before_the_first_result()
    {
        using var temp = new FeedTempFolder();
        temp.Write("a.txt", Short);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in TranscriptFeed.FromPaths([temp.Root]).ParseAsync(cts.Token))
            {
                Assert.Fail("no result was expected");
            }
        });
    }

    [Fact]
    public async Task The_reader_does_not_run_ahead_of_the_caller()
    {
        const int lineLength = 64;
        string line = "{\"text\":\"HOST: " + new string('w', lineLength - 18) + "\"}\n";
        Assert.Equal(lineLength, line.Length);
        var stream = new CountingStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 200_000))));
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDocumentsInFlight = 4, MaxDegreeOfParallelism = 2 };
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "slow")], options);

        await using var results = feed.ParseAsync().GetAsyncEnumerator();
        Assert.True(await results.MoveNextAsync());
        await Task.Delay(300);

        // However long the caller waits, the reader holds at most the window of documents and one read buffer.
        Assert.True(stream.BytesRead <= 2 * 64 * 1024 + 16 * lineLength, $"{stream.BytesRead} bytes were read ahead");
        Assert.True(stream.BytesRead < stream.Length / 10);
    }

    [Fact]
    public async Task A_selector_runs_on_the_workers_and_its_values_keep_the_input_order()
    {
        using var temp = new FeedTempFolder();
        for (int i = 0; i < 40; i++)
        {
            temp.Write($"f{i:D2}.txt", $"Number {i}\n\nHOST{i}: Number {i}.\n\nGUEST: Yes.\n");
        }

        var labels = new List<string>();
        await foreach (var label in TranscriptFeed.FromPaths([temp.Root], new TranscriptFeedOptions { MaxDegreeOfParallelism = 3 }).ParseAsync(r => r.Transcript!.Blocks[0].Label!))
        {
            labels.Add(label);
        }

        Assert.Equal(Enumerable.Range(0, 40).Select(i => "HOST" + i), labels);
    }

    [Fact]
    public async Task A_feed_over_paths_can_be_enumerated_twice_with_the_same_results()
    {
        var feed = TranscriptFeed.FromPaths([SamplesFolder]);
        var first = await CollectAsync(feed);
        var second = await CollectAsync(feed);
        Assert.Equal(4, first.Count);
        Assert.Equal(first.Select(r => r.Document.Name), second.Select(r => r.Document.Name));
        Assert.Equal(first.Select(r => r.Transcript!.Blocks.Length), second.Select(r => r.Transcript!.Blocks.Length));
    }

    [Fact]
    public void The_total_size_is_known_only_for_uncompressed_files()
    {
        using var temp = new FeedTempFolder();
        temp.Write("a.txt", "12345");
        temp.Write("b/c.jsonl", "123");
        Assert.Equal(8, TranscriptFeed.FromPaths([temp.Root]).GetTotalBytes());
        temp.Write("d.txt.gz", Gzip([1, 2, 3]));
        Assert.Null(TranscriptFeed.FromPaths([temp.Root]).GetTotalBytes());
    }

    [Fact]
    public void The_options_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TranscriptFeedOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TranscriptFeedOptions { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TranscriptFeedOptions { MaxDocumentsInFlight = 0 });
        Assert.Throws<ArgumentException>(() => new TranscriptFeed([], new TranscriptFeedOptions { Globs = [" "] }));
        Assert.Throws<ArgumentException>(() => new TranscriptFeed([], new TranscriptFeedOptions { TextField = "" }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_JSON_of_a_record_with_details_is_the_transcript_and_a_document_member(bool indented)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"T\\n\\nHOST: Hi.\\n\\nGUEST: Yo.\\n\",\"when\":{\"y\":2020}}\n[]\n"));
        var results = await CollectAsync(new TranscriptFeed([FeedSource.FromStream(stream, "in")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines }));

        var output = new System.Buffers.ArrayBufferWriter<byte>();
        FeedJsonWriter.Write(output, results[0], indented);
        using var parsed = JsonDocument.Parse(output.WrittenMemory);
        var root = parsed.RootElement;
        Assert.Equal("in:1", root.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(2, root.GetProperty("blocks").GetArrayLength());
        Assert.Equal("a", root.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(2020, root.GetProperty("document").GetProperty("metadata").GetProperty("when").GetProperty("y").GetInt32());
        Assert.False(root.TryGetProperty("error", out _));

        output.Clear();
        FeedJsonWriter.Write(output, results[1], indented);
        using var error = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("in:2", error.RootElement.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(FeedErrorCodes.InvalidJson, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2, error.RootElement.GetProperty("document").GetProperty("line").GetInt32());
    }

    internal static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    internal static void AddEntry(ZipArchive zip, string name, string text) => AddEntry(zip, name, Encoding.UTF8.GetBytes(text));

    internal static void AddEntry(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(bytes);
    }

    internal static void WriteTar(string path, bool gzip, params (string Name, string Text)[] entries)
    {
        using var file = File.Create(path);
        using Stream stream = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (name, text) in entries)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
            tar.WriteEntry(entry);
        }
    }

    /// <summary>A read-only stream that counts how much has been read from it.</summary>
    /// <remarks>Every read of a type derived from MemoryStream ends in this overload, so counting here counts once.</remarks>
    internal sealed class CountingStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class FeedJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
