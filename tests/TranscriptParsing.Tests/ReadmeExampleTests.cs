using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>Keeps the README honest: its C# example compiles and runs here, and its commands are the ones CI runs.</summary>
public class ReadmeExampleTests
{
    private const string Begin = "// README example: begin";
    private const string End = "// README example: end";

    [Fact]
    public void The_library_example_runs()
    {
        string path = Samples.PathOf("npr-station-interview");

        // README example: begin
        // (This region mirrors the C# example in README.md line for line; the test below checks that they agree.)
        string text = File.ReadAllText(path);

        // The object model: header, speakers, blocks in source order, footer.
        Transcript transcript = Transcript.Parse(text, new TranscriptParseOptions { SourcePath = path });
        Console.WriteLine(transcript.Header.Title);
        foreach (Block block in transcript.Blocks)
        {
            if (block.Kind == BlockKind.Turn)
            {
                Console.WriteLine($"L{block.LineNumber} {block.Speaker!.Name}: {block.Text}");
            }
        }

        string json = TranscriptJsonWriter.ToJson(transcript, indented: true);

        // The reader underneath: one token at a time, each a span of the input; reading allocates nothing.
        var reader = new TranscriptReader(text);
        int guestTurns = 0;
        while (reader.Read())
        {
            if (reader.TokenKind == TranscriptTokenKind.Turn && reader.Label.EndsWith("HAVERKAMP", StringComparison.Ordinal))
            {
                guestTurns++;
            }
        }

        Console.WriteLine($"{guestTurns} turns by Lidia Haverkamp; {json.Length} chars of JSON");
        // README example: end

        Assert.Equal("Shallow Water on the Great Lakes Leaves Freighters Light and Ports Worried", transcript.Header.Title);

        // Lines 14, 18, 22, 26, 30, 39, 42, 46 and 50 of the sample open with her label.
        Assert.Equal(9, guestTurns);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(transcript.Blocks.Length, document.RootElement.GetProperty("blocks").GetArrayLength());
    }

    [Fact]
    public void The_readme_shows_the_same_example()
    {
        var readme = CodeBlock(File.ReadAllLines(RepositoryFile("README.md")), "```csharp");
        var test = File.ReadAllLines(RepositoryFile("tests/TranscriptParsing.Tests/ReadmeExampleTests.cs"));
        int begin = Array.FindIndex(test, l => l.Trim() == Begin);
        int end = Array.FindIndex(test, l => l.Trim() == End);
        var region = Unindent(test[(begin + 1)..end].Where(l => !l.TrimStart().StartsWith("// (This region", StringComparison.Ordinal)));

        // The README declares the path itself ("samples/..."); the test takes it from the copied samples.
        int pathLine = readme.FindIndex(l => l.StartsWith("string path = ", StringComparison.Ordinal));
        Assert.True(pathLine >= 0, "The README's example has no `string path = ...` line.");
        Assert.Equal(region, readme.Skip(pathLine + 1).ToList());
    }

    [Fact]
    public void The_readme_shows_the_commands_that_ci_runs()
    {
        string readme = File.ReadAllText(RepositoryFile("README.md"));
        var ciCommands = File.ReadAllLines(RepositoryFile(".ci/run"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet test ", StringComparison.Ordinal) || l.StartsWith("dotnet run ", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2, ciCommands.Count);
        foreach (string command in ciCommands)
        {
            // .ci/run may redirect the output or catch the exit code; the README shows the command itself.
            string shown = command.Split([" >", " ||", " &&", "; "], 2, StringSplitOptions.None)[0].Trim();
            Assert.Contains("\n" + shown + "\n", readme.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static List<string> CodeBlock(string[] lines, string fence)
    {
        int start = Array.FindIndex(lines, l => l.Trim() == fence);
        Assert.True(start >= 0, $"README.md has no {fence} block.");
        int end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
        return lines[(start + 1)..end].Select(l => l.TrimEnd()).ToList();
    }

    private static List<string> Unindent(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd()).ToList();
        int indent = list.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return list.Select(l => l.Length == 0 ? l : l[indent..]).ToList();
    }

    private static string RepositoryFile(string relative, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", relative));
}
