using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text.Json;
using System.Threading.Tasks;
using Parquet;
using TranscriptParsing.Feeds;
using TranscriptParsing.Model;
using TranscriptParsing.Parquet;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The C# samples of docs/*.md, each inside the test that runs it. DocsTests checks that every ```csharp block of
/// the docs appears here line for line, so a sample that stops compiling or working fails the build or a test.
/// The samples open "samples/NAME.txt", which the test project copies beside the tests.
/// </summary>
public class DocsSamplesTests
{
    [Fact]
    public async Task Feeds_the_api()
    {
        // docs/feeds.md
        var cancellationToken = CancellationToken.None;
        int parsed = 0;
var feed = TranscriptFeed.FromPaths(["samples/"], new TranscriptFeedOptions
{
    Globs = ["**/*.txt", "**/*.jsonl"],   // which files of a folder, which entries of an archive
    MaxDegreeOfParallelism = 4,           // default: Environment.ProcessorCount
    MaxDocumentBytes = 16 * 1024 * 1024,  // default: 64 MiB
});

await foreach (FeedResult result in feed.ParseAsync(cancellationToken))
{
    if (result.Transcript is { } transcript)
    {
        Console.WriteLine($"{result.Document.Name}: {transcript.Blocks.Length} blocks");
    }
    else
    {
        Console.Error.WriteLine($"{result.Document.Name}: {result.Error!.Code} {result.Error.Message}");
    }
}

        await foreach (FeedResult result in feed.ParseAsync(cancellationToken))
        {
            Assert.NotNull(result.Transcript);
            parsed++;
        }

        Assert.Equal(4, parsed);
    }

    [Fact]
    public void Object_model_parsing_in_bulk()
    {
        // docs/object-model.md
using var parser = new TranscriptParser();
var output = new ArrayBufferWriter<byte>();
foreach (string path in Directory.GetFiles("samples", "*.txt"))
{
    output.ResetWrittenCount();
    parser.WriteJson(File.ReadAllText(path), output, new TranscriptParseOptions { SourcePath = path });
    Console.WriteLine($"{path}: {output.WrittenCount} bytes of JSON");
}

        string last = Directory.GetFiles("samples", "*.txt")[^1];
        var expected = new ArrayBufferWriter<byte>();
        TranscriptJsonWriter.Write(expected, Transcript.Parse(File.ReadAllText(last), new TranscriptParseOptions { SourcePath = last }));
        Assert.Equal(expected.WrittenSpan.ToArray(), output.WrittenSpan.ToArray());
    }

    [Fact]
    public async Task Feeds_json_without_the_model()
    {
        // docs/feeds.md
        var cancellationToken = CancellationToken.None;
        var feed = TranscriptFeed.FromPaths(["samples/"], new TranscriptFeedOptions { Globs = ["*.txt"] });
        try
        {
await using var output = File.Create("out.jsonl");
await foreach (FeedJsonResult result in feed.ParseToJsonAsync(indented: false, cancellationToken))
{
    output.Write(result.Json.Span);   // the transcript's JSON with its document object, or the error record
    output.WriteByte((byte)'\n');
    if (result.Error is { } error)
    {
        Console.Error.WriteLine($"{result.Document.Name}: {error.Code} {error.Message}");
    }
}

            await output.DisposeAsync();
            var lines = File.ReadAllLines("out.jsonl");
            Assert.Equal(4, lines.Length);
            Assert.All(lines, line => Assert.DoesNotContain("\"error\"", line, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete("out.jsonl");
        }
    }

    [Fact]
    public void Feeds_a_parser_per_worker()
    {
        // docs/feeds.md
using var parser = new TranscriptParser();
var json = new ArrayBufferWriter<byte>();
parser.WriteJson(File.ReadAllBytes("samples/npr-classic.txt"), json, new TranscriptParseOptions { SourcePath = "npr-classic.txt" });

        using var document = JsonDocument.Parse(json.WrittenMemory);
        Assert.Equal("npr-classic.txt", document.RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void Readme_parse_a_transcript()
    {
        // docs/package-readme.md, docs/getting-started.md
        var transcript = Transcript.Parse(File.ReadAllText("samples/npr-station-interview.txt"));
        foreach (var speaker in transcript.Speakers)
        {
            Console.WriteLine($"{speaker.Id} {speaker.Name} ({speaker.Role})");
        }

        string json = TranscriptJsonWriter.ToJson(transcript, indented: true);

        Assert.Equal(["Lidia Haverkamp", "Marsden"], transcript.Speakers.Select(s => s.Name));
        Assert.StartsWith("{\n  \"source\": {", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Getting_started_turns()
    {
        var transcript = Transcript.Parse(File.ReadAllText("samples/npr-station-interview.txt"));

        // docs/getting-started.md
        foreach (var block in transcript.Blocks)
        {
            if (block.Kind == BlockKind.Turn)
            {
                Console.WriteLine($"{block.Speaker!.Name}: {block.Text}");
            }
        }

        // The sample leans on every turn having a speaker.
        Assert.All(transcript.Blocks.Where(b => b.Kind == BlockKind.Turn), b => Assert.NotNull(b.Speaker));
    }

    [Fact]
    public void Getting_started_bytes_and_options()
    {
        // docs/getting-started.md
        byte[] bytes = File.ReadAllBytes("samples/cnn-newsroom.txt");
        var options = new TranscriptParseOptions { SourcePath = "cnn-newsroom.txt" };
        var cnn = Transcript.Parse(bytes, options);
        Console.WriteLine($"{cnn.Source.Dialect}: {cnn.Header.Program}, {cnn.Header.AirDate}");

        Assert.Equal(TranscriptDialect.Cnn, cnn.Source.Dialect);
        Assert.Equal("cnn-newsroom.txt", cnn.Source.Path);
        Assert.Equal("CNN Newsroom", cnn.Header.Program);
    }

    [Fact]
    public void Getting_started_try_parse()
    {
        string? input = null;

        // docs/getting-started.md
        if (!Transcript.TryParse(input, out var parsed, out var error))
        {
            Console.Error.WriteLine(error);
        }

        Assert.Null(parsed);
        Assert.Equal("TP0003", error?.Code);
    }

    [Fact]
    public void Getting_started_other_formats()
    {
        var transcript = Transcript.Parse(File.ReadAllText("samples/npr-station-interview.txt"));

        // docs/getting-started.md
        using (var output = File.Create("interview.mediasum.json"))
        {
            TranscriptFormatWriter.Write(output, transcript, TranscriptFormat.MediaSum);
        }

        Console.Write(TranscriptTextWriter.ToText(transcript));

        using var record = JsonDocument.Parse(File.ReadAllBytes("interview.mediasum.json"));
        Assert.Equal(record.RootElement.GetProperty("utt").GetArrayLength(), record.RootElement.GetProperty("speaker").GetArrayLength());
    }

    [Fact]
    public void Getting_started_read_back()
    {
        var transcript = Transcript.Parse(File.ReadAllText("samples/npr-station-interview.txt"));

        // docs/getting-started.md, docs/json.md
        string stored = TranscriptJsonWriter.ToJson(transcript);
        TranscriptDocument document = TranscriptJsonReader.Read(stored);
        foreach (var block in document.Blocks.Where(b => b.Kind == BlockKind.Turn))
        {
            var speaker = document.Speakers.First(s => s.Id == block.SpeakerId);
            Console.WriteLine($"{speaker.Name}: {block.Text}");
        }

        Assert.Equal(transcript.Blocks.Length, document.Blocks.Count);
    }

    [Fact]
    public async Task Getting_started_parquet()
    {
        // docs/getting-started.md
        await using (var file = File.Create("corpus.parquet"))
        {
            var transcripts = Directory.GetFiles("samples", "*.txt")
                .Select(path => Transcript.Parse(File.ReadAllBytes(path), new TranscriptParseOptions { SourcePath = path }));
            await TranscriptParquetWriter.WriteAsync(file, transcripts);
        }

        await using var reader = await ParquetReader.CreateAsync(File.OpenRead("corpus.parquet"));
        long rows = 0;
        for (int i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }

        var expected = Directory.GetFiles("samples", "*.txt").Sum(path => Transcript.Parse(File.ReadAllBytes(path)).Blocks.Length);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Object_model_spans()
    {
        var transcript = Transcript.Parse(File.ReadAllText("samples/npr-station-interview.txt"));

        // docs/object-model.md
        var text = transcript.Text.Span;
        var first = transcript.Blocks.First(b => b.Kind == BlockKind.Turn);
        ReadOnlySpan<char> label = first.LabelSpan.Slice(text);
        Console.WriteLine($"line {first.LineNumber}: {label.ToString()} says {first.TextChars.Length} chars");

        Assert.Equal("LIDIA HAVERKAMP", label.ToString());
        Assert.Equal(first.Label, label.ToString());
    }

    [Fact]
    public void Object_model_diagnostics()
    {
        var transcript = Transcript.Parse(File.ReadAllText("samples/cnn-newsroom.txt"));

        // docs/object-model.md
        foreach (var diagnostic in transcript.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        Assert.Contains(transcript.Diagnostics, d => d.Code == "TP0202");
    }

    [Fact]
    public void Object_model_reader()
    {
        // docs/object-model.md
        var reader = new TranscriptReader(File.ReadAllText("samples/pbs-newshour.txt"));
        while (reader.Read())
        {
            if (reader.TokenKind == TranscriptTokenKind.Turn)
            {
                Console.WriteLine($"{reader.Label.ToString()} at {reader.Span}");
            }
        }

        Assert.Equal(TranscriptTokenKind.None, reader.TokenKind);
        Assert.Equal(File.ReadAllText("samples/pbs-newshour.txt").Length, reader.Position);
    }

    [Fact]
    public void Json_lines_read_back()
    {
        using (var corpus = File.Create("corpus.jsonl"))
        {
            foreach (var path in Directory.GetFiles("samples", "*.txt"))
            {
                TranscriptFormatWriter.Write(corpus, Transcript.Parse(File.ReadAllBytes(path), new TranscriptParseOptions { SourcePath = path }), TranscriptFormat.JsonLines);
            }
        }

        // docs/json.md
        using var lines = File.OpenText("corpus.jsonl");
        foreach (TranscriptDocument document in TranscriptJsonReader.ReadLines(lines))
        {
            Console.WriteLine($"{document.Source.Path}: {document.Blocks.Count} blocks");
        }

        // The sample read every line: nothing is left to read.
        Assert.Null(lines.ReadLine());
    }

    [Fact]
    public void Json_own_serializer_call()
    {
        string json = TranscriptJsonWriter.ToJson(Transcript.Parse(File.ReadAllText("samples/npr-classic.txt")));

        // docs/json.md
        TranscriptDocument? document = JsonSerializer.Deserialize(json, TranscriptJsonReader.DocumentTypeInfo);

        Assert.Equal(2004, document?.Footer?.Year);
    }
}
