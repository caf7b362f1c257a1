using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptParsing.Cli;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>Console.Error is process-wide: tests that capture it run alone.</summary>
[CollectionDefinition(nameof(ConsoleUsers), DisableParallelization = true)]
public sealed class ConsoleUsers;

/// <summary>The <c>transcript parse</c> command over feeds, run in process with its output sent to a file.</summary>
[Collection(nameof(ConsoleUsers))]
public class FeedCliTests
{
    private static (int Exit, string Error) Run(params string[] args) => RunCli(args);

    [Fact]
    public void JSON_Lines_over_several_files_gives_one_line_per_file_with_the_path_as_given()
    {
        using var temp = new FeedTempFolder();
        string a = Path.Combine(SamplesFolder, "npr-classic.txt");
        string b = Path.Combine(SamplesFolder, "cnn-newsroom.txt");
        string output = temp.PathOf("out.jsonl");

        var (exit, error) = Run("parse", a, b, "--format", "jsonl", "-o", output);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal([a, b], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("path").GetString()));
        Assert.Contains("2 documents, 2 parsed, 0 errors, 2 records written", error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_gives_one_indented_document()
    {
        using var temp = new FeedTempFolder();
        string output = temp.PathOf("out.json");
        var (exit, _) = Run("parse", Path.Combine(SamplesFolder, "npr-station-interview.txt"), "-o", output);

        Assert.Equal(0, exit);
        string json = File.ReadAllText(output);
        Assert.StartsWith("{\n  \"source\": {", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("npr", JsonDocument.Parse(json).RootElement.GetProperty("source").GetProperty("dialect").GetString());
    }

    [Fact]
    public void Broken_documents_become_error_lines_and_exit_code_1()
    {
        using var temp = new FeedTempFolder();
        temp.Write("a.txt", Sample("npr-classic.txt"));
        temp.Write("b.txt.gz", "not gzip");
        temp.Write("c.jsonl", "{\"id\":\"x\",\"text\":\"Title\\n\\nHOST: Hi.\\n\\nGUEST: Yo.\\n\",\"show\":\"ME\"}\n{oops\n");
        // The output lies inside the folder being read: the walk must pass over it.
        string output = temp.PathOf("out/out.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var (exit, error) = Run("parse", temp.Root, "--format", "jsonl", "--output", output, "--parallel", "2");

        Assert.Equal(1, exit);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("TP0502", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("ME", lines[2].GetProperty("document").GetProperty("metadata").GetProperty("show").GetString());
        Assert.Equal("x", lines[2].GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(2, lines[3].GetProperty("document").GetProperty("line").GetInt32());
        Assert.Equal("TP0504", lines[3].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("b.txt.gz: error TP0502:", error, StringComparison.Ordinal);
        Assert.Contains("4 documents, 2 parsed, 2 errors, 4 records written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_named_on_the_command_line_gives_its_entries()
    {
        using var temp = new FeedTempFolder();
        string zip = temp.PathOf("c.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            FeedTests.AddEntry(archive, "x/one.txt", Sample("pbs-newshour.txt"));
            FeedTests.AddEntry(archive, "two.txt", Sample("npr-classic.txt"));
        }

        string output = temp.PathOf("out.jsonl");
        var (exit, _) = Run("parse", zip, "--format", "jsonl", "-o", output, "--glob", "x/*.txt");

        Assert.Equal(0, exit);
        var line = Assert.Single(File.ReadAllLines(output));
        Assert.Equal(zip + "!x/one.txt", JsonDocument.Parse(line).RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--max-document-length", "lots")]
    [InlineData("--max-document-length", "0")]
    [InlineData("--max-label-length", "-3")]
    [InlineData("--format", "xml")]
    [InlineData("--input-format", "csv")]
    public void A_bad_option_value_is_a_usage_error(string option, string value)
    {
        var (exit, error) = Run("parse", Path.Combine(SamplesFolder, "npr-classic.txt"), option, value);
        Assert.Equal(2, exit);
        Assert.StartsWith("transcript: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_and_json_over_many_inputs_are_usage_errors()
    {
        using var temp = new FeedTempFolder();
        Assert.Equal(2, Run("parse", temp.PathOf("missing.txt")).Exit);
        var (exit, error) = Run("parse", SamplesFolder, "-o", temp.PathOf("out.json"));
        Assert.Equal(2, exit);
        Assert.Contains("use --format jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_takes_suffixes_and_refuses_a_larger_document()
    {
        Assert.True(AcceptsSize("64M", 64L * 1024 * 1024));
        Assert.True(AcceptsSize("10k", 10 * 1024));
        Assert.True(AcceptsSize("123", 123));

        using var temp = new FeedTempFolder();
        string output = temp.PathOf("out.jsonl");
        var (exit, error) = Run("parse", Path.Combine(SamplesFolder, "npr-classic.txt"), "--format", "jsonl", "-o", output, "--max-document-length", "1k");
        Assert.Equal(1, exit);
        Assert.Contains("TP0506", error, StringComparison.Ordinal);
        Assert.Equal("TP0506", JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private static bool AcceptsSize(string text, long expected)
    {
        // A document exactly as large as the limit (at most 4 KiB) is accepted.
        using var temp = new FeedTempFolder();
        string path = temp.Write("tiny.txt", Encoding.UTF8.GetBytes(new string('x', (int)Math.Min(expected, 4096))));
        var (exit, _) = Run("parse", path, "--format", "jsonl", "-o", temp.PathOf("o.jsonl"), "--max-document-length", text);
        return exit == 0;
    }
}
