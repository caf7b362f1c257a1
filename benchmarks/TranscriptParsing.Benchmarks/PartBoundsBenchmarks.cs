using System;
using System.Buffers;
using System.Collections.Generic;
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
public class PartBoundsBenchmarks
{
    private static readonly TranscriptReaderOptions BodyOnlyReading = new() { NoHeader = true, NoFooter = true };
    private static readonly TranscriptParseOptions BodyOnlyParsing = new() { Reader = BodyOnlyReading };

    private string _text = string.Empty;
    private ReadOnlyMemory<char> _memory;
    private ArrayBufferWriter<byte> _jsonBuffer = new();
    private TranscriptParser _parser = null!;

    /// <summary>The inputs of the published suite.</summary>
    /// <returns>The seed transcript, the long interview and the feed.</returns>
    public static IEnumerable<TranscriptInput> Inputs() => TranscriptInputs.All();

    /// <summary>The input of the current run.</summary>
    [ParamsSource(nameof(Inputs))]
    public TranscriptInput Input { get; set; } = TranscriptInputs.Seed;

    /// <summary>Builds the input and the reusable JSON output once per run.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Input.Text;
        _memory = _text.AsMemory();
        _jsonBuffer = new ArrayBufferWriter<byte>(_text.Length * 4);
        _parser = new TranscriptParser();
    }

    /// <summary>Releases the parse context.</summary>
    [GlobalCleanup]
    public void Cleanup() => _parser.Dispose();

    /// <summary>Reads every token, as the published suite's <c>Reader</c> does.</summary>
    /// <returns>The total length of all labels and texts.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Reader")]
    public long Reader() => Read(default);

    /// <summary>Reads every token with the header's layout and the footer's search switched off.</summary>
    /// <returns>The total length of all labels and texts.</returns>
    [Benchmark]
    [BenchmarkCategory("Reader")]
    public long Reader_BodyOnly() => Read(BodyOnlyReading);

    /// <summary>Parses the input into the object model.</summary>
    /// <returns>The transcript.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public Transcript Parse() => Transcript.Parse(_memory);

    /// <summary>Parses the input into the object model with the header's layout and the footer's search switched off.</summary>
    /// <returns>The transcript.</returns>
    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Transcript Parse_BodyOnly() => Transcript.Parse(_memory, BodyOnlyParsing);

    /// <summary>Parses the input and writes its JSON through a reused <see cref="TranscriptParser"/>.</summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ParseToJson_Context")]
    public int ParseToJson_Context() => WriteJson(default);

    /// <summary>The same with the header's layout and the footer's search switched off.</summary>
    /// <returns>The number of JSON bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory("ParseToJson_Context")]
    public int ParseToJson_Context_BodyOnly() => WriteJson(BodyOnlyParsing);

    private long Read(TranscriptReaderOptions options)
    {
        var reader = new TranscriptReader(_text.AsSpan(), options);
        long chars = 0;
        while (reader.Read())
        {
            chars += reader.Label.Length + reader.Text.Length;
        }

        return chars;
    }

    private int WriteJson(TranscriptParseOptions options)
    {
        _jsonBuffer.ResetWrittenCount();
        _parser.WriteJson(_memory, _jsonBuffer, options);
        return _jsonBuffer.WrittenCount;
    }
}
