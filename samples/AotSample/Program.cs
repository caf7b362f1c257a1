using System;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

// Parses a transcript, writes it in every format, and reads the JSON back through the source-generated context:
// every path a trimmed or NativeAOT app takes through the library.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AotSample TRANSCRIPT.txt");
    return 2;
}

var transcript = Transcript.Parse(File.ReadAllBytes(args[0]), new TranscriptParseOptions { SourcePath = args[0] });
int turns = transcript.Blocks.Count(b => b.Kind == BlockKind.Turn);
Console.WriteLine($"{transcript.Header.Title}");
Console.WriteLine($"speakers: {string.Join(", ", transcript.Speakers.Select(s => $"{s.Name} ({JsonNames.Of(s.Role)})"))}");
Console.WriteLine($"turns: {turns}");

var json = TranscriptJsonWriter.ToJson(transcript);
var document = TranscriptJsonReader.Read(json);
if (document.Blocks.Count != transcript.Blocks.Length || document.Speakers.Count != transcript.Speakers.Length)
{
    Console.Error.WriteLine("the JSON did not read back");
    return 1;
}

Console.WriteLine($"json: {Encoding.UTF8.GetByteCount(json)} bytes, read back {document.Blocks.Count} blocks");
foreach (var format in Enum.GetValues<TranscriptFormat>())
{
    using var output = new MemoryStream();
    TranscriptFormatWriter.Write(output, transcript, format);
    Console.WriteLine($"{TranscriptFormatWriter.NameOf(format)}: {output.Length} bytes");
}

Console.Write(TranscriptTextWriter.ToText(transcript).Split('\n')[2] + "\n");
return 0;
