using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>Keeps the docs honest: their C# samples run in DocsSamplesTests, their examples match the writers.</summary>
public partial class DocsTests
{
    private static readonly string DocsFolder = Path.Combine(FormatSamples.RepositoryRoot, "docs");

    private static readonly string SamplesSource =
        File.ReadAllText(Path.Combine(FormatSamples.RepositoryRoot, "tests", "TranscriptParsing.Tests", "DocsSamplesTests.cs"));

    private static readonly string[] PageNames =
        Directory.GetFiles(DocsFolder, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Pages => new(PageNames);

    private sealed record Fence(string Info, int Line, IReadOnlyList<string> Lines, string? Marker);

    [GeneratedRegex(@"^<!--\s*docs-example:\s*(\w+)\s*-->$")]
    private static partial Regex ExampleMarker();

    [GeneratedRegex(@"^using\s+[\w.]+(\s*=\s*[\w.<>]+)?\s*;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\]\((?<target>[^)\s#]+)(#[^)\s]*)?\)")]
    private static partial Regex MarkdownLink();

    private static List<Fence> Fences(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(DocsFolder, page));
        var fences = new List<Fence>();
        string? marker = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (ExampleMarker().Match(lines[i].Trim()) is { Success: true } m)
            {
                marker = m.Groups[1].Value;
                continue;
            }

            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                if (lines[i].Trim().Length > 0)
                {
                    marker = null;
                }

                continue;
            }

            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            Assert.True(i < lines.Length, $"{page}:{start + 1}: the fence is never closed");
            fences.Add(new Fence(lines[start][3..].Trim(), start + 1, body, marker));
            marker = null;
        }

        return fences;
    }

    private static bool IsCSharp(Fence fence) => fence.Info is "csharp" or "cs" or "c#";

    private static List<string> Code(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static bool ContainsRun(List<string> haystack, List<string> needle)
    {
        for (int i = 0; i + needle.Count <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Count).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_csharp_sample_is_run_by_a_test(string page)
    {
        var source = Code(SamplesSource.Split('\n'));
        foreach (var fence in Fences(page).Where(IsCSharp))
        {
            var usings = fence.Lines.Select(l => l.Trim()).Where(l => UsingDirective().IsMatch(l)).ToList();
            var code = Code(fence.Lines.Where(l => !UsingDirective().IsMatch(l.Trim())));
            Assert.True(code.Count > 0, $"{page}:{fence.Line}: an empty C# sample");
            Assert.True(ContainsRun(source, code), $"{page}:{fence.Line}: this C# sample is not in DocsSamplesTests.cs line for line:\n{string.Join("\n", code)}");
            Assert.All(usings, u => Assert.Contains(u, source));
        }
    }

    [Fact]
    public void The_docs_have_csharp_samples_to_check()
    {
        // Guards the test above against passing because the pages, or the way fences are found, went missing.
        int samples = PageNames.Sum(page => Fences(page).Count(IsCSharp));
        Assert.True(samples >= 10, $"only {samples} C# samples found in docs/");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_fence_names_its_language(string page)
    {
        // An unlabelled fence could hide a C# sample from the check above.
        Assert.All(Fences(page), fence => Assert.False(fence.Info.Length == 0, $"{page}:{fence.Line}: a fence with no language"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Relative_links_point_to_files(string page)
    {
        foreach (Match link in MarkdownLink().Matches(File.ReadAllText(Path.Combine(DocsFolder, page))))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(DocsFolder, target));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{page}: the link {target} points to nothing");
        }
    }

    [Fact]
    public void The_json_page_examples_are_what_the_writers_write()
    {
        var examples = Fences("json.md").Where(f => f.Marker is not null).ToDictionary(f => f.Marker!, f => string.Join("\n", f.Lines));
        Assert.Equal(["input", "json", "mediasum", "podcast", "text"], examples.Keys.Order(StringComparer.Ordinal));

        var transcript = Transcript.Parse(examples["input"] + "\n", new TranscriptParseOptions { SourcePath = "example.txt" });

        static string Written(Transcript transcript, TranscriptFormat format)
        {
            var output = new ArrayBufferWriter<byte>();
            TranscriptFormatWriter.Write(output, transcript, format, indented: true);
            return Encoding.UTF8.GetString(output.WrittenSpan);
        }

        foreach (var (marker, format) in new[] { ("json", TranscriptFormat.Json), ("mediasum", TranscriptFormat.MediaSum), ("podcast", TranscriptFormat.Podcast) })
        {
            var written = Written(transcript, format);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(examples[marker]), JsonNode.Parse(written)), $"json.md's {marker} example is not what the writer writes:\n{written}");
        }

        Assert.Equal(examples["text"] + "\n", Written(transcript, TranscriptFormat.Text));
    }
}
