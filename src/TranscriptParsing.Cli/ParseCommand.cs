using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Cli;

/// <summary><c>transcript parse PATH... [--format json|jsonl] [--output FILE]</c>.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Transcript files, directories (their *.txt files) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented document (one input); jsonl: one compact document per line.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
        };

        var command = new Command("parse", "Parse transcripts to JSON.") { paths, format, output };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "json", result.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, string format, string? outputPath)
    {
        var inputs = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.txt", SearchOption.TopDirectoryOnly);
                Array.Sort(files, StringComparer.Ordinal);
                inputs.AddRange(files);
            }
            else if (File.Exists(path))
            {
                inputs.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"transcript: {path}: no such file or directory");
                return 2;
            }
        }

        bool lines = format == "jsonl";
        if (!lines && inputs.Count != 1)
        {
            Console.Error.WriteLine($"transcript: --format json writes one document, but {inputs.Count} inputs were given; use --format jsonl");
            return 2;
        }

        Stream stream;
        try
        {
            stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"transcript: {outputPath}: {e.Message}");
            return 2;
        }

        int failed = 0;
        using (stream)
        {
            var options = new JsonWriterOptions { Indented = !lines, Encoder = JsonOutput.Encoder };
            using var writer = new Utf8JsonWriter(stream, options);
            foreach (var input in inputs)
            {
                byte[] bytes;
                try
                {
                    bytes = input == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(input);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"transcript: {input}: {e.Message}");
                    failed++;
                    continue;
                }

                var diagnostics = new List<Diagnostic>();
                var text = TranscriptEncoding.Decode(bytes, diagnostics);
                var parseOptions = new TranscriptParseOptions { SourcePath = input };
                if (!Transcript.TryParse(text, out var transcript, out var error, parseOptions) || transcript is null)
                {
                    Console.Error.WriteLine($"transcript: {input}:{error?.LineNumber}:{error?.ColumnNumber}: {error?.Message}");
                    failed++;
                    continue;
                }

                foreach (var d in diagnostics)
                {
                    Console.Error.WriteLine($"transcript: {input}: {d}");
                }

                TranscriptJsonWriter.Write(writer, transcript);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
