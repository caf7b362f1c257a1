using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TranscriptParsing.Feeds;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary><see cref="TranscriptFeed.ParseToJsonAsync"/>: the model path's JSON, made without the model.</summary>
public class FeedJsonTests
{
    private static readonly string[] SampleNames = ["pbs-newshour.txt", "npr-classic.txt", "cnn-newsroom.txt", "npr-station-interview.txt"];

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 4)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    public async Task Files_archives_and_JSON_Lines_give_the_bytes_of_the_model_path(bool indented, int parallel)
    {
        using var temp = new FeedTempFolder();
        foreach (var name in SampleNames)
        {
            temp.Write("plain/" + name, Sample(name));
        }

        temp.Write("plain/bad-utf8.txt", [.. "HOST: caf"u8, 0xE9, .. " ok\n"u8]);
        temp.Write("plain/utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("HOST: Hello.\n")]);
        temp.Write("plain/empty.txt", string.Empty);
        using (var file = File.Create(temp.PathOf("one.txt.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Sample("npr-classic.txt")));
        }

        using (var archive = ZipFile.Open(temp.PathOf("few.zip"), ZipArchiveMode.Create))
        {
            FeedTests.AddEntry(archive, "x/one.txt", Sample("pbs-newshour.txt"));
            FeedTests.AddEntry(archive, "two.txt", Sample("cnn-newsroom.txt"));
        }

        var lines = new StringBuilder();
        foreach (var name in SampleNames)
        {
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = name, ["text"] = Sample(name), ["n"] = 3 })).Append('\n');
        }

        temp.Write("feed.jsonl", lines.ToString() + TrickyLines);
        var options = new TranscriptFeedOptions { MaxDegreeOfParallelism = parallel };

        await AssertSameAsModelAsync(TranscriptFeed.FromPaths([temp.Root], options), indented);
    }

    [Fact]
    public async Task Generated_tricky_lines_give_the_bytes_of_the_model_path()
    {
        var random = new Random(20261129);
        var feed = new MemoryStream();
        for (int i = 0; i < 400; i++)
        {
            feed.Write(GenerateLine(random));
            feed.WriteByte((byte)'\n');
        }

        feed.Position = 0;
        var model = new MemoryStream(feed.ToArray());
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 2 };
        var quick = await CollectJsonAsync(new TranscriptFeed([FeedSource.FromStream(feed, "gen")], options), indented: false);
        var expected = await CollectModelJsonAsync(new TranscriptFeed([FeedSource.FromStream(model, "gen")], options), indented: false);

        Assert.Equal(400, quick.Count);
        AssertSame(expected, quick);

        // The generator makes both kinds: parsed records and error records.
        Assert.Contains(quick, r => r.Error is null);
        Assert.Contains(quick, r => r.Error is not null);
    }

    [Fact]
    public async Task Results_come_in_input_order_and_carry_the_record_fields_in_the_document_object()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            text.Append($$"""{"n": {{i}}, "id": "r{{i}}", "text": "HOST: Number {{i}}.\nGUEST: Yes.", "tags": ["a", {"b": null}], "ok": true}""").Append('\n');
        }

        var feed = new TranscriptFeed(
            [FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "lines")],
            new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDegreeOfParallelism = 4 });

        long expected = 0;
        await foreach (var result in feed.ParseToJsonAsync())
        {
            Assert.Equal(expected, result.Index);
            Assert.True(result.Succeeded);
            Assert.Equal($"lines:{expected + 1}", result.Document.Name);
            using var json = JsonDocument.Parse(result.Json);
            var document = json.RootElement.GetProperty("document");
            Assert.Equal($"r{expected}", document.GetProperty("id").GetString());
            Assert.Equal(expected + 1, document.GetProperty("line").GetInt64());
            Assert.Equal(
                $$"""{"n":{{expected}},"tags":["a",{"b":null}],"ok":true}""",
                document.GetProperty("metadata").GetRawText());
            Assert.Equal($"lines:{expected + 1}", json.RootElement.GetProperty("source").GetProperty("path").GetString());
            expected++;
        }

        Assert.Equal(200, expected);
    }

    [Fact]
    public async Task Bad_records_give_error_records_and_the_feed_goes_on()
    {
        const string Lines = "{\"id\": 1, \"text\": \"HOST: Hi.\"}\nnot json\n[1]\n{\"id\": \"x\", \"body\": \"HOST: Hi.\"}\n{\"text\": 5}\n{\"text\": \"HOST: Bye.\"}\n";
        var feed = new TranscriptFeed(
            [FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(Lines)), "mixed")],
            new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines });

        var results = await CollectJsonAsync(feed, indented: false);
        Assert.Equal([null, FeedErrorCodes.InvalidJson, FeedErrorCodes.InvalidJson, FeedErrorCodes.MissingText, FeedErrorCodes.MissingText, null], results.Select(r => r.Error?.Code));

        using var error = JsonDocument.Parse(results[3].Json);
        Assert.Equal(FeedErrorCodes.MissingText, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("x", error.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("HOST: Hi.", error.RootElement.GetProperty("document").GetProperty("metadata").GetProperty("body").GetString());
    }

    [Fact]
    public async Task The_decoder_warning_is_handed_back_beside_the_JSON()
    {
        using var temp = new FeedTempFolder();
        string bad = temp.Write("bad.txt", [.. "HOST: caf"u8, 0xE9, .. " ok\n"u8]);
        string good = temp.Write("good.txt", "HOST: cafe ok\n");

        var results = await CollectJsonAsync(TranscriptFeed.FromPaths([bad, good]), indented: false);
        Assert.Contains("TP0002", results[0].Warning, StringComparison.Ordinal);
        Assert.Contains("\"TP0002\"", Encoding.UTF8.GetString(results[0].Json), StringComparison.Ordinal);
        Assert.Null(results[1].Warning);
        Assert.Equal(new FileInfo(bad).Length, results[0].ByteCount);
    }

    [Fact]
    public async Task Cancelling_stops_the_JSON_feed()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"text\":\"HOST: Again.\\n\"}\n", 100_000))));
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "many")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines });
        Assert.Equal(10, await ReadJsonUntilCancelledAsync(feed, cancelAt: 10));
    }

    [Fact]
    public async Task Leaving_the_loop_early_ends_the_feed_cleanly()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"text\":\"HOST: Again.\\n\"}\n", 10_000))));
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "many")], new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines });
        byte[]? kept = null;
        await foreach (var result in feed.ParseToJsonAsync())
        {
            kept = result.Json.ToArray();
            break;
        }

        Assert.NotNull(kept);
        using var json = JsonDocument.Parse(kept);
        Assert.Equal(1, json.RootElement.GetProperty("document").GetProperty("line").GetInt64());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_document_the_parser_refuses_gives_the_model_paths_error_record_with_its_metadata(bool indented)
    {
        using var temp = new FeedTempFolder();
        temp.Write("long.txt", "HOST: " + new string('x', 100) + "\n");
        temp.Write("feed.jsonl", "{\"id\": \"a\", \"tag\": [1, 2], \"text\": \"HOST: " + new string('y', 100) + "\"}\n{\"id\": \"b\", \"text\": \"HOST: ok\"}\n");
        var options = new TranscriptFeedOptions { ParseOptions = new Model.TranscriptParseOptions { MaxDocumentLength = 50 } };
        var feed = TranscriptFeed.FromPaths([temp.Root], options);

        var quick = await CollectJsonAsync(feed, indented);
        AssertSame(await CollectModelJsonAsync(feed, indented), quick);
        Assert.Equal(["TP0301", null, "TP0301"], quick.Select(r => r.Error?.Code));
        Assert.Contains("\"tag\"", Encoding.UTF8.GetString(quick[0].Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_metadata_string_that_is_not_valid_text_gives_an_error_record_and_the_feed_goes_on()
    {
        string lines = "{\"id\": \"a\", \"text\": \"Host: hi\", \"m\": {\"k\": [\"\\udc00\"]}}\n"
            + "{\"id\": \"b\", \"text\": \"Host: hi\", \"m\": \"\\ud83d\\ude00 fine\"}\n";
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines };
        TranscriptFeed Feed() => new([FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "feed")], options);

        var quick = await CollectJsonAsync(Feed(), indented: false);
        var model = await CollectModelJsonAsync(Feed(), indented: false);

        Assert.Equal(["TP0504", null], quick.Select(r => r.Error?.Code));
        Assert.Contains("lone surrogate", quick[0].Error!.Message, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(quick[1].Json);
        Assert.Equal("\ud83d\ude00 fine", second.RootElement.GetProperty("document").GetProperty("metadata").GetProperty("m").GetString());
        AssertSame(model, quick);
    }

    [Fact]
    public async Task The_reader_does_not_run_ahead_of_the_JSON_caller()
    {
        const int lineLength = 64;
        string line = "{\"text\":\"HOST: " + new string('w', lineLength - 18) + "\"}\n";
        var stream = new FeedTests.CountingStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 200_000))));
        var options = new TranscriptFeedOptions { InputFormat = FeedInputFormat.JsonLines, MaxDocumentsInFlight = 4, MaxDegreeOfParallelism = 2 };
        var feed = new TranscriptFeed([FeedSource.FromStream(stream, "slow")], options);

        await using var results = feed.ParseToJsonAsync().GetAsyncEnumerator();
        Assert.True(await results.MoveNextAsync());
        await Task.Delay(300);

        // However long the caller waits, the reader holds at most the window of documents and one read buffer.
        Assert.True(stream.BytesRead <= 2 * 64 * 1024 + 16 * lineLength, $"{stream.BytesRead} bytes were read ahead");
        Assert.True(results.Current.Json.Length > 0);
    }

    /// <summary>Lines that take the quick path's every turn: escapes, duplicates, odd ids, invalid UTF-8, bad JSON.</summary>
    private const string TrickyLines =
        "{\"te\\u0078t\": \"Host: escaped name\\nGuest: ok\", \"\\u00e9t\\u00e9\": \"\\ud83d\\ude00 \\u0000 \\t\", \"id\": 42e1}\n"
        + "{\"id\": 7, \"id\": \"second\", \"text\": \"A: x\", \"text\": \"B: y\"}\n"
        + "{\"id\": [\"arr\"], \"id\": \"real\", \"text\": \"Host: hi\"}\n"
        + "{\"id\": \"lone\", \"text\": \"Host: \\ud800 lone surrogate\"}\n"
        + "{\"id\": \"ws\"  ,  \"meta\" : { \"a\" : [ 1 , 2.50, -0, 1e400 ] } , \"text\" : \"Host: spaced\"   }   \n"
        + "{\"text\": \"\"}\n"
        + "{\"id\": \"trail\", \"text\": \"Host: hi\"} x\n"
        + "\"just a string\"\n"
        + "{\"id\": \"crlf\", \"text\": \"Host: hi\\r\\nGuest: yo\"}\r\n"
        + "{\"id\":\"\\u00e9\\n\\\"q\\\"\", \"text\":\"Host: <b>&amp;</b> \\u2028 caf\u00e9\", \"k\\\"ey\": \"v\\/al\"}\n"
        + "{\"id\": \"deep\", \"m\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]], \"text\": \"Host: hi\"}\n"
        + "{\"text\": \"Host: hi\", \"text\": 3, \"id\": null, \"id\": true}\n"
        + "{\"id\": \"lone-meta\", \"text\": \"Host: hi\", \"m\": \"\\udc00\"}\n"
        + "{\"id\": \"lone-nested\", \"text\": \"Host: hi\", \"m\": {\"k\": [\"ok\", {\"\\ud800x\": 1}]}}\n"
        + "{\"id\": \"after\", \"text\": \"Host: still read\"}\n";

    private static byte[] GenerateLine(Random random)
    {
        string[] pieces =
        [
            "HOST: ", "GUEST: ", "Good morning", "\\n", "\\n\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\u2028",
            "caf\u00e9 ", "\u4e2d\u6587", "\ud83d\ude00", "<b>", "&", "'", " ", "JOHN SMITH (voice-over): ", "[LAUGHTER]", "\\ud800", "\\u0000",
            "\t", "\\x", "\\u12g4", "\\ud83dx", "\\ud83d\\u0041", "\\uDBFF\\uDFFF", "\\u00", "\u007f", "\u00e9\u0301",
        ];
        string text = Support.RandomText.Join(random, pieces, 0, 39);

        var fields = new List<string>();
        if (random.Next(4) > 0)
        {
            fields.Add((random.Next(5) == 0 ? "\"te\\u0078t\" :  \"" : "\"text\":\"") + text + "\"");
        }

        if (random.Next(3) == 0)
        {
            fields.Add(random.Next(2) == 0 ? "\"id\": \"i" + random.Next(100) + "\"" : "\"id\": " + random.Next(100) + ".5");
        }

        string[] values = ["1", "-2.5e3", "true", "false", "null", "\"s\\u00e9\"", "[1,{\"a\":[]}]", "{\"x\":{\"y\":\"\\ud83d\\ude00\"}}", "\"\\u2028<>\"", "\"text\"", "{\"z\":[\"\\udc00\"]}"];
        int extra = random.Next(0, 4);
        for (int i = 0; i < extra; i++)
        {
            fields.Insert(random.Next(fields.Count + 1), "\"f" + random.Next(5) + "\": " + values[random.Next(values.Length)]);
        }

        if (random.Next(10) == 0)
        {
            fields.Add("\"text\": \"again\"");
        }

        var line = Encoding.UTF8.GetBytes("{" + string.Join(random.Next(2) == 0 ? "," : " , ", fields) + "}");
        switch (random.Next(30))
        {
            case 0:
                return [.. line, (byte)'x'];
            case 1 when line.Length > 4:
                line[random.Next(1, line.Length - 1)] = 0xFF;
                return line;
            case 2:
                return [.. line[..^1], (byte)','];
            default:
                return line;
        }
    }

    private static async Task AssertSameAsModelAsync(TranscriptFeed feed, bool indented)
    {
        var quick = await CollectJsonAsync(feed, indented);
        var model = await CollectModelJsonAsync(feed, indented);
        Assert.True(quick.Count > 10);
        AssertSame(model, quick);
    }

    private static void AssertSame(List<Collected> expected, List<Collected> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(i, a.Index);
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Error, a.Error);
            Assert.Equal(e.ByteCount, a.ByteCount);
            Assert.Equal(e.Warning, a.Warning);
            Assert.True(e.Json.AsSpan().SequenceEqual(a.Json), $"{e.Name}:\nmodel: {Encoding.UTF8.GetString(e.Json)}\nquick: {Encoding.UTF8.GetString(a.Json)}");
        }
    }

    private static async Task<List<Collected>> CollectJsonAsync(TranscriptFeed feed, bool indented)
    {
        var results = new List<Collected>();
        await foreach (var r in feed.ParseToJsonAsync(indented))
        {
            results.Add(new Collected(r.Index, r.Document.Name, r.Error, r.Document.ByteCount, r.DecoderWarning?.ToString(), r.Json.ToArray()));
        }

        return results;
    }

    private static async Task<List<Collected>> CollectModelJsonAsync(TranscriptFeed feed, bool indented)
    {
        var results = new List<Collected>();
        await foreach (var r in feed.ParseAsync())
        {
            var json = new System.Buffers.ArrayBufferWriter<byte>();
            FeedJsonWriter.Write(json, r, indented);
            string? warning = r.Transcript?.Diagnostics.Where(d => d.Code == "TP0002").Select(d => d.ToString()).LastOrDefault();
            results.Add(new Collected(r.Index, r.Document.Name, r.Error, r.Document.ByteCount, warning, json.WrittenSpan.ToArray()));
        }

        return results;
    }

    private sealed record Collected(long Index, string Name, FeedError? Error, long ByteCount, string? Warning, byte[] Json);
}
