using System;
using System.IO;
using System.Text.Json;
using SharpFuzz;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Fuzz;

/// <summary>
/// The fuzz target: any bytes go through <see cref="Transcript.Parse(ReadOnlySpan{byte}, TranscriptParseOptions)"/> and
/// <see cref="Transcript.TryParse(string?, out Transcript?, out Diagnostic?, TranscriptParseOptions)"/>; an exception,
/// a broken span invariant or invalid JSON is a finding. Run it under AFL++ (the default: input on standard input or
/// as a file argument) or libFuzzer (<c>--libfuzzer</c>); docs/fuzzing.md says how.
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(Check);
        }
        else if (args.Length > 0 && File.Exists(args[0]))
        {
            // Replays one input, such as a crash AFL++ saved: the exception, if any, ends the process with its trace.
            Check(File.ReadAllBytes(args[0]));
        }
        else
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                Check(memory.ToArray());
            });
        }
    }

    private static void Check(ReadOnlySpan<byte> input)
    {
        var fromBytes = Transcript.Parse(input);
        Invariants.Check(fromBytes);
        using (JsonDocument.Parse(TranscriptJsonWriter.ToJson(fromBytes)))
        {
        }

        string text = TranscriptEncoding.Decode(input, null);
        if (!Transcript.TryParse(text, out var transcript, out var error) || transcript is null)
        {
            throw new InvalidOperationException("TryParse refused a short input: " + error);
        }

        Invariants.Check(transcript);
        if (TranscriptJsonWriter.ToJson(transcript) != TranscriptJsonWriter.ToJson(Transcript.Parse(text)))
        {
            throw new InvalidOperationException("Two parses of the same text differ.");
        }
    }
}
