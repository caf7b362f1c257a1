using System;
using System.IO;
using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

// Usage:
//   PackageConsumer parse TRANSCRIPT.txt   parses the sample NPR interview and checks what the package makes of it
//   PackageConsumer check-json FILE.json   reads JSON written by `transcript parse` through the package's read model
// Exits 0 when everything is as expected, 1 when not, 2 on a usage error.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PackageConsumer parse TRANSCRIPT.txt | check-json FILE.json");
    return 2;
}

// The two people of samples/npr-station-interview.txt: the guest, named in full once, and the host, by surname only.
string[] expectedSpeakers = ["Lidia Haverkamp", "Marsden"];

Console.WriteLine($"TranscriptParsing {typeof(Transcript).Assembly.GetName().Version} from {typeof(Transcript).Assembly.Location}");
switch (args[0])
{
    case "parse":
    {
        var transcript = Transcript.Parse(File.ReadAllBytes(args[1]), new TranscriptParseOptions { SourcePath = args[1] });
        var names = transcript.Speakers.Select(s => s.Name).ToArray();
        int turns = transcript.Blocks.Count(b => b.Kind == BlockKind.Turn);

        // Every turn of the sample starts a line with an upper-case label and a colon; count them independently.
        int labelledLines = File.ReadLines(args[1]).Count(line =>
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 && line[..colon].All(c => char.IsUpper(c) || c == ' ');
        });

        Console.WriteLine($"speakers: {string.Join(", ", names)}");
        Console.WriteLine($"turns: {turns}");
        var document = TranscriptJsonReader.Read(TranscriptJsonWriter.ToJson(transcript));
        Console.WriteLine($"json read back: {document.Blocks.Count} blocks");

        bool ok = names.SequenceEqual(expectedSpeakers) && turns == labelledLines && document.Blocks.Count == transcript.Blocks.Length;
        if (!ok)
        {
            Console.Error.WriteLine($"unexpected: wanted speakers {string.Join(", ", expectedSpeakers)} and {labelledLines} turns");
        }

        return ok ? 0 : 1;
    }

    case "check-json":
    {
        using var stream = File.OpenRead(args[1]);
        var document = TranscriptJsonReader.ReadAsync(stream).AsTask().GetAwaiter().GetResult();
        var names = document.Speakers.Select(s => s.Name).ToArray();
        int turns = document.Blocks.Count(b => b.Kind == BlockKind.Turn);
        Console.WriteLine($"json from {document.Source.Path}: speakers {string.Join(", ", names)}; {turns} turns");
        bool ok = names.SequenceEqual(expectedSpeakers) && turns > 0 && document.Blocks.All(b => b.Kind != BlockKind.Turn || b.SpeakerId is not null);
        if (!ok)
        {
            Console.Error.WriteLine($"unexpected JSON: wanted speakers {string.Join(", ", expectedSpeakers)} and speaker ids on every turn");
        }

        return ok ? 0 : 1;
    }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
