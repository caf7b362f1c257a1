using System;
using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// What the benchmark classes share: the inputs, the current input's text, and the JSON buffer and parse context
/// reused from one operation to the next. Each class's own <c>[GlobalSetup]</c> calls <see cref="PrepareInput"/>.
/// </summary>
public abstract class InputBenchmarks
{
    /// <summary>The inputs, shown by short size names.</summary>
    /// <returns>The seed transcript, the long interview and the feed.</returns>
    public static IEnumerable<TranscriptInput> Inputs() => TranscriptInputs.All();

    /// <summary>The input of the current run.</summary>
    [ParamsSource(nameof(Inputs))]
    public TranscriptInput Input { get; set; } = TranscriptInputs.Seed;

    /// <summary>The input's text.</summary>
    protected string Text { get; private set; } = string.Empty;

    /// <summary>The input's text as memory, for the parser.</summary>
    protected ReadOnlyMemory<char> Memory { get; private set; }

    /// <summary>The JSON output, kept from one operation to the next (<c>ResetWrittenCount</c>, as a pooled writer would be).</summary>
    protected ArrayBufferWriter<byte> JsonBuffer { get; private set; } = new();

    /// <summary>The parse context, kept from one operation to the next, as a bulk worker would keep it.</summary>
    protected TranscriptParser Parser { get; private set; } = null!;

    /// <summary>Builds the input's text, the JSON output and the parse context.</summary>
    protected void PrepareInput()
    {
        Text = Input.Text;
        Memory = Text.AsMemory();
        JsonBuffer = new ArrayBufferWriter<byte>(Text.Length * 4);
        Parser = new TranscriptParser();
    }

    /// <summary>Releases the parse context.</summary>
    protected void ReleaseInput() => Parser.Dispose();

    /// <summary>Reads every token of the input with <see cref="TranscriptReader"/>, touching each token's label and text.</summary>
    /// <param name="options">The reader's options.</param>
    /// <returns>The total length of all labels and texts.</returns>
    protected long ReadAll(TranscriptReaderOptions options)
    {
        var reader = new TranscriptReader(Text.AsSpan(), options);
        long chars = 0;
        while (reader.Read())
        {
            chars += reader.Label.Length + reader.Text.Length;
        }

        return chars;
    }

    /// <summary>Parses the input and writes its JSON through the reused <see cref="Parser"/> into <see cref="JsonBuffer"/>.</summary>
    /// <param name="options">The parse options.</param>
    /// <returns>The number of JSON bytes written.</returns>
    protected int WriteJsonWithContext(TranscriptParseOptions options)
    {
        JsonBuffer.ResetWrittenCount();
        Parser.WriteJson(Memory, JsonBuffer, options);
        return JsonBuffer.WrittenCount;
    }
}
