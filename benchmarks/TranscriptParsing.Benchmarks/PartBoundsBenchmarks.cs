using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// What a faster header or footer could give at most, measured rather than guessed: the reader, the parse and parse +
/// JSON through a reused context, each as published and again with the header's layout and the footer's search
/// switched off (<see cref="TranscriptReaderOptions.NoHeader"/> and <see cref="TranscriptReaderOptions.NoFooter"/>).
/// The Ratio column compares each pair. With both off, the header's few lines are read as body lines, which costs a
/// little, so the "body only" speed is slightly below what a header and footer costing nothing would allow.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PartBoundsBenchmarks : InputBenchmarks
{
    private static readonly TranscriptReaderOptions BodyOnlyReading = new() { NoHeader = true, NoFooter = true };
    private static readonly TranscriptParseOptions BodyOnlyParsing = new() { Reader = BodyOnlyReading };

    /// <summary>Builds the input and the reusable JSON output once per run.</summary>
    [GlobalSetup]
    public void Setup() => PrepareInput();

    /// <summary>Releases the parse context.</summary>
    [GlobalCleanup]
    public void Cleanup() => ReleaseInput();

    /// <summary>Reads every token, as the published suite's <c>Reader</c> does.</summary>
    /// <returns>The total length of all labels and texts.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Reader")]
    public long Reader() => ReadAll(default);

    /// <summary>Reads every token with the header's layout and the footer's search switched off.</summary>
    /// <returns>The total length of all labels and texts.</returns>
    [Benchmark]
    [BenchmarkCategory("Reader")]
    public long Reader_BodyOnly() => ReadAll(BodyOnlyReading);

    /// <summary>Parses the input into the object model.</summary>
    /// <returns>The transcript.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public Transcript Parse() => Transcript.Parse(Memory);

    /// <summary>Parses the input into the object model with the header's layout and the footer's search switched off.</summary>
    /// <returns>The transcript.</returns>
    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Transcript Parse_BodyOnly() => Transcript.Parse(Memory, BodyOnlyParsing);

    /// <summary>Parses the input and writes its JSON through a reused <see cref="TranscriptParser"/>.</summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ParseToJson_Context")]
    public int ParseToJson_Context() => WriteJsonWithContext(default);

    /// <summary>The same with the header's layout and the footer's search switched off.</summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory("ParseToJson_Context")]
    public int ParseToJson_Context_BodyOnly() => WriteJsonWithContext(BodyOnlyParsing);
}
