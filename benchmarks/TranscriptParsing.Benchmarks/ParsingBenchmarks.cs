using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// The published suite: the library's reader, parser and JSON writer against a line-scan floor and the hand-written
/// parsers they replace, at three input sizes. Every case gets the whole input as one text; the 5 MB feed is parsed
/// as one document (its first transcript's header is the header, the rest is body), which keeps the cases
/// comparable and shows whether the cost per byte stays flat as a document grows.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ParsingBenchmarks : InputBenchmarks
{
    // What users write by hand: a speaker label is a capital letter, then capitals, spaces and . ' -, then a colon.
    private static readonly Regex LabelPattern = new("^[A-Z][A-Z .'-]+:", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private Utf8JsonWriter _jsonWriter = null!;

    /// <summary>Builds the input and the reusable JSON output once per run, and prints the input's size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PrepareInput();
        _jsonWriter = new Utf8JsonWriter(JsonBuffer, new JsonWriterOptions { Encoder = JsonOutput.Encoder });
        Console.WriteLine(
            $"// Input {Input.Name}: {Input.Utf8ByteCount:N0} UTF-8 bytes, {Text.Length:N0} chars, "
            + $"{Floor_IndexOfLines():N0} lines, {Input.TranscriptCount:N0} transcript(s)");
    }

    /// <summary>Releases the JSON writer and the parse context.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _jsonWriter.Dispose();
        ReleaseInput();
    }

    /// <summary>The scan floor: finds every line end with vectorised <c>IndexOf('\n')</c> and does nothing else.</summary>
    /// <returns>The number of lines.</returns>
    [Benchmark(Baseline = true)]
    public int Floor_IndexOfLines()
    {
        var rest = Text.AsSpan();
        int lines = 0;
        int end;
        while ((end = rest.IndexOf('\n')) >= 0)
        {
            lines++;
            rest = rest[(end + 1)..];
        }

        return rest.IsEmpty ? lines : lines + 1;
    }

    /// <summary>Reads every token with <see cref="TranscriptReader"/>, touching each token's label and text.</summary>
    /// <returns>The total length of all labels and texts.</returns>
    [Benchmark]
    public long Reader() => ReadAll(default);

    /// <summary>Parses the input into the object model.</summary>
    /// <returns>The transcript.</returns>
    [Benchmark]
    public Transcript Parse() => Transcript.Parse(Memory);

    /// <summary>Parses the input and writes it as JSON into a buffer reused from one operation to the next.</summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark]
    public int ParseToJson()
    {
        var transcript = Transcript.Parse(Memory);

        // Keep the buffer's memory, as a pooled writer would; Clear() would also zero it on every operation.
        JsonBuffer.ResetWrittenCount();
        _jsonWriter.Reset(JsonBuffer);
        TranscriptJsonWriter.Write(_jsonWriter, transcript);
        _jsonWriter.Flush();
        return JsonBuffer.WrittenCount;
    }

    /// <summary>
    /// Parses the input and writes its JSON with one <see cref="TranscriptParser"/> reused from one operation to the
    /// next, as a bulk worker would: no object model, and once warm nothing allocated.
    /// </summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark]
    public int ParseToJson_Context() => WriteJsonWithContext(default);

    /// <summary>The parser users write by hand: split into lines, match the label with a compiled Regex, keep strings.</summary>
    /// <returns>The labelled lines found.</returns>
    [Benchmark]
    public List<(string Label, string Text)> Baseline_RegexLines()
    {
        var turns = new List<(string Label, string Text)>();
        foreach (var line in Text.Split('\n'))
        {
            var match = LabelPattern.Match(line);
            if (match.Success)
            {
                turns.Add((match.Value[..^1], line[match.Length..].Trim()));
            }
        }

        return turns;
    }

    /// <summary>The same without Regex: split into lines, take what comes before the first colon as the label.</summary>
    /// <returns>The labelled lines found.</returns>
    [Benchmark]
    public List<(string Label, string Text)> Baseline_SplitLines()
    {
        var turns = new List<(string Label, string Text)>();
        foreach (var line in Text.Split('\n'))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && char.IsAsciiLetterUpper(line[0]))
            {
                turns.Add((line[..colon], line[(colon + 1)..].Trim()));
            }
        }

        return turns;
    }
}
