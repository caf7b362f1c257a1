using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptParsing.Cli;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>
/// The command as a streaming map step (JSON Lines in on standard input, JSON Lines out on standard output, as
/// Spark's RDD.pipe and Hadoop Streaming use it), its shards, and its output formats.
/// </summary>
[Collection(nameof(ConsoleUsers))]
public class CliMapStepTests
{
    private static readonly string[] SampleNames = ["cnn-newsroom", "npr-classic", "npr-station-interview", "pbs-newshour"];

    [Fact]
    public void JSON_Lines_on_standard_input_come_out_as_JSON_Lines_on_standard_output_in_order()
    {
        var input = new StringBuilder();
        foreach (var name in SampleNames)
        {
            var record = new { id = name, text = File.ReadAllText(Path.Combine(SamplesFolder, name + ".txt")), show = "sample" };
            input.Append(JsonSerializer.Serialize(record)).Append('\n');
        }

        var (exit, output, error) = RunProcess(input.ToString(), "parse", "-", "--input-format", "jsonl", "--format", "jsonl");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SampleNames.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var document = JsonDocument.Parse(lines[i]);
            var root = document.RootElement;
            Assert.Equal(SampleNames[i], root.GetProperty("document").GetProperty("id").GetString());
            Assert.Equal("sample", root.GetProperty("document").GetProperty("metadata").GetProperty("show").GetString());
            Assert.True(root.GetProperty("blocks").GetArrayLength() > 0);
        }

        Assert.Contains($"{SampleNames.Length} documents, {SampleNames.Length} parsed, 0 errors, {SampleNames.Length} records written", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_share_the_documents_out_so_each_is_parsed_exactly_once()
    {
        using var temp = new FeedTempFolder();
        var seen = new System.Collections.Generic.List<string>();
        for (int shard = 0; shard < 3; shard++)
        {
            string output = temp.PathOf($"part-{shard}.jsonl");
            var (exit, error) = Run("parse", SamplesFolder, "--format", "jsonl", "-o", output, "--shard", $"{shard}/3");
            Assert.True(exit == 0, error);
            foreach (var line in File.ReadAllLines(output))
            {
                using var document = JsonDocument.Parse(line);
                seen.Add(Path.GetFileName(document.RootElement.GetProperty("source").GetProperty("path").GetString()!));
            }
        }

        Assert.Equal(SampleNames.Select(n => n + ".txt").OrderBy(n => n, StringComparer.Ordinal), seen.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(2, Run("parse", SamplesFolder, "--format", "jsonl", "--shard", "3/3").Exit);
    }

    [Theory]
    [InlineData("mediasum", "utt")]
    [InlineData("podcast", "segments")]
    public void JSON_formats_write_one_line_per_document(string format, string property)
    {
        using var temp = new FeedTempFolder();
        string output = temp.PathOf("out." + format);
        var (exit, error) = Run("parse", SamplesFolder, "--format", format, "-o", output);

        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(SampleNames.Length, lines.Length);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.True(document.RootElement.GetProperty(property).GetArrayLength() > 0);
        }
    }

    [Fact]
    public void Text_and_parquet_formats_write_their_files()
    {
        using var temp = new FeedTempFolder();
        string text = temp.PathOf("out.txt");
        Assert.Equal(0, Run("parse", Path.Combine(SamplesFolder, "npr-station-interview.txt"), "--format", "text", "-o", text).Exit);
        Assert.StartsWith("Lidia Haverkamp: ", File.ReadAllLines(text).First(l => l.Contains(':', StringComparison.Ordinal)), StringComparison.Ordinal);

        string parquet = temp.PathOf("out.parquet");
        Assert.Equal(0, Run("parse", SamplesFolder, "--format", "parquet", "-o", parquet).Exit);
        var bytes = File.ReadAllBytes(parquet);
        Assert.Equal("PAR1", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("PAR1", Encoding.ASCII.GetString(bytes, bytes.Length - 4, 4));
    }

    private static (int Exit, string Error) Run(params string[] args) => RunCli(args);

    /// <summary>Runs the built command in a process of its own, with text on its standard input.</summary>
    private static (int Exit, string Output, string Error) RunProcess(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "transcript.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var outputTask = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(60_000), "the command did not finish in a minute");
        return (process.ExitCode, outputTask.Result, errorTask.Result);
    }
}
