using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Feeds;
using TranscriptParsing.Model;
using TranscriptParsing.Parquet;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;

namespace TranscriptParsing.Cli;

/// <summary>
/// <c>transcript parse PATH... [--format json|jsonl] [--output FILE] [--glob G]... [--input-format auto|text|jsonl]
/// [--text-field F] [--id-field F] [--parallel N] [--max-document-length SIZE] [--max-label-length N]</c>.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (walked, files chosen by --glob), archives (.zip, .tar, .tar.gz, .tgz), .gz files, JSON Lines (.jsonl), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented document (the input must hold one); jsonl: one compact line per document, errors included; "
                + "mediasum: MediaSum records; podcast: Podcasting 2.0 JSON transcripts (both one line per document); text: \"Name: text\" lines; "
                + "parquet: one row per block (write it to a file with -o).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "mediasum", "podcast", "text", "parquet");
        var shard = new Option<string?>("--shard")
        {
            Description = "Parse only shard I of N (0-based): the documents whose position in the input, modulo N, is I. N runs over the same input share it out (for example Kubernetes indexed jobs: --shard $JOB_COMPLETION_INDEX/N).",
            HelpName = "I/N",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "FILE",
        };
        var globs = new Option<string[]>("--glob")
        {
            Description = "Choose a folder's files and an archive's entries by this pattern (*, ?, **; repeat for several). Default: *.txt, *.jsonl, *.ndjson, *.gz, *.tgz, *.tar, *.zip in folders, every file in archives.",
            HelpName = "PATTERN",
        };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "auto: by file name (.jsonl and .ndjson are JSON Lines; standard input is one document); text: every input is one document; jsonl: every input is JSON Lines.",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var textField = new Option<string>("--text-field")
        {
            Description = "The JSON Lines field that holds the transcript.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "text",
        };
        var idField = new Option<string>("--id-field")
        {
            Description = "The JSON Lines field that holds the document's id.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "id",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents to parse at once; the default is the number of cores.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var maxDocument = new Option<string?>("--max-document-length")
        {
            Description = "The largest document read, in bytes after decompression (a JSON Lines record counts whole); k, M and G multiply by 1024. Default 64M.",
            HelpName = "SIZE",
        };
        var maxLabel = new Option<int?>("--max-label-length")
        {
            Description = "The longest speaker label looked for, in chars (default 200); longer candidates are read as text.",
            HelpName = "N",
        };
        maxLabel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--max-label-length must be at least 1.");
            }
        });

        var command = new Command("parse", "Parse transcripts to JSON or JSON Lines.")
        {
            paths, format, output, globs, inputFormat, textField, idField, parallel, maxDocument, maxLabel, shard,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new Settings
            {
                Paths = result.GetValue(paths) ?? [],
                Lines = result.GetValue(format) != "json",
                Format = result.GetValue(format) ?? "json",
                Shard = result.GetValue(shard),
                OutputPath = result.GetValue(output),
                Globs = result.GetValue(globs) ?? [],
                InputFormat = result.GetValue(inputFormat) switch
                {
                    "text" => FeedInputFormat.Text,
                    "jsonl" => FeedInputFormat.JsonLines,
                    _ => FeedInputFormat.Auto,
                },
                TextField = result.GetValue(textField) ?? "text",
                IdField = result.GetValue(idField) ?? "id",
                Parallel = result.GetValue(parallel),
                MaxDocument = result.GetValue(maxDocument),
                MaxLabel = result.GetValue(maxLabel),
            };
            return RunAsync(settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (Validate(settings) is { } usage)
        {
            Console.Error.WriteLine("transcript: " + usage);
            return ExitCodes.Usage;
        }

        long maxBytes = TranscriptFeedOptions.DefaultMaxDocumentBytes;
        if (settings.MaxDocument is { } size && !TryParseSize(size, out maxBytes))
        {
            Console.Error.WriteLine($"transcript: --max-document-length: '{size}' is not a size between 1 and {MaxSize} bytes (a whole number, optionally followed by k, M or G).");
            return ExitCodes.Usage;
        }

        var parseOptions = new TranscriptParseOptions();
        if (settings.MaxLabel is { } maxLabel)
        {
            parseOptions = parseOptions with { Reader = new TranscriptReaderOptions { MaxLabelLength = maxLabel } };
        }

        int shardIndex = 0, shardCount = 1;
        if (settings.Shard is { } shardText && !TryParseShard(shardText, out shardIndex, out shardCount))
        {
            Console.Error.WriteLine($"transcript: --shard: '{shardText}' is not I/N with 0 <= I < N (for example 0/4).");
            return ExitCodes.Usage;
        }

        var options = new TranscriptFeedOptions
        {
            ShardIndex = shardIndex,
            ShardCount = shardCount,
            Globs = settings.Globs,
            ExcludedFiles = settings.OutputPath is null ? [] : [settings.OutputPath],
            InputFormat = settings.InputFormat,
            TextField = settings.TextField,
            IdField = settings.IdField,
            MaxDegreeOfParallelism = settings.Parallel,
            MaxDocumentBytes = maxBytes,
            ParseOptions = parseOptions,
        };
        var sources = new List<FeedSource>();
        foreach (var path in settings.Paths)
        {
            sources.Add(path == "-" ? FeedSource.FromStream(Console.OpenStandardInput(), "-") : FeedSource.FromPath(path));
        }

        var feed = new TranscriptFeed(sources, options);

        Stream output;
        try
        {
            output = settings.OutputPath is null ? Console.OpenStandardOutput() : File.Create(settings.OutputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"transcript: {settings.OutputPath}: {e.Message}");
            return ExitCodes.Usage;
        }

        var progress = new ProgressDisplay(Console.Error, enabled: !Console.IsErrorRedirected);
        if (progress.Enabled)
        {
            progress.Total = feed.GetTotalBytes();
        }

        var run = new FeedRun(progress);
        int exit;
        await using (var buffered = new BufferedStream(output, 64 * 1024))
        {
            try
            {
                exit = settings.Format switch
                {
                    "json" => await WriteSingleAsync(feed, buffered, run, cancellationToken).ConfigureAwait(false),
                    "parquet" => await WriteParquetAsync(feed, buffered, run, cancellationToken).ConfigureAwait(false),
                    "jsonl" => await WriteJsonLinesAsync(feed, buffered, run, cancellationToken).ConfigureAwait(false),
                    _ => await WriteLinesAsync(feed, buffered, run, TranscriptFormatWriter.Parse(settings.Format), cancellationToken).ConfigureAwait(false),
                };
                await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                progress.Clear();
                Console.Error.WriteLine("transcript: cancelled");
                exit = ExitCodes.Cancelled;
            }
            catch (IOException e)
            {
                // Writing failed (a full disk, a closed pipe): say so once, without a stack trace.
                progress.Clear();
                Console.Error.WriteLine($"transcript: {settings.OutputPath ?? "standard output"}: {e.Message}");
                exit = ExitCodes.Failed;
            }
#pragma warning disable CA1031 // A defect is reported in one line, not as a stack trace; the exit code says it failed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                progress.Clear();
                Console.Error.WriteLine($"transcript: internal error: {e.GetType().Name}: {e.Message}");
                exit = ExitCodes.Failed;
            }
        }

        progress.Clear();
        if (exit == ExitCodes.Usage)
        {
            return exit;
        }

        Console.Error.WriteLine("transcript: " + run.Summary());
        return exit != ExitCodes.Success ? exit : run.Errors == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static async Task<int> WriteJsonLinesAsync(TranscriptFeed feed, Stream output, FeedRun run, CancellationToken cancellationToken)
    {
        // The JSON is written on the workers without the object model; each line is copied out before the next is asked for.
        await foreach (var result in feed.ParseToJsonAsync(indented: false, cancellationToken).ConfigureAwait(false))
        {
            run.Report(Outcome.Of(result, result.Json));
            output.Write(result.Json.Span);
            output.WriteByte((byte)'\n');
            run.Records++;
        }

        return ExitCodes.Success;
    }

    private static async Task<int> WriteLinesAsync(TranscriptFeed feed, Stream output, FeedRun run, TranscriptFormat format, CancellationToken cancellationToken)
    {
        // The output is written on the workers, in parallel; only copying it out happens here, in input order.
        await foreach (var outcome in feed.ParseAsync(r => Outcome.Of(r, indented: false, format), cancellationToken).ConfigureAwait(false))
        {
            run.Report(outcome);
            if (outcome.Json.Length > 0)
            {
                output.Write(outcome.Json.Span);
                if (format != TranscriptFormat.Text)
                {
                    output.WriteByte((byte)'\n');
                }

                run.Records++;
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<int> WriteParquetAsync(TranscriptFeed feed, Stream output, FeedRun run, CancellationToken cancellationToken)
    {
        // Parquet is one file: row groups are added in input order as the transcripts come; errors go to standard error.
        var parquet = await TranscriptParquetWriter.CreateAsync(output, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (parquet.ConfigureAwait(false))
        {
            await foreach (var result in feed.ParseAsync(static r => r, cancellationToken).ConfigureAwait(false))
            {
                run.Report(Outcome.Of(result, indented: false, TranscriptFormat.JsonLines, writeOutput: false));
                if (result.Transcript is { } transcript)
                {
                    await parquet.AddAsync(transcript, result.Document.Name, cancellationToken).ConfigureAwait(false);
                    run.Records++;
                }
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads "I/N" with 0 &lt;= I &lt; N.</summary>
    internal static bool TryParseShard(string text, out int index, out int count)
    {
        index = 0;
        count = 1;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count)
            && count >= 1 && index < count;
    }

    private static async Task<int> WriteSingleAsync(TranscriptFeed feed, Stream output, FeedRun run, CancellationToken cancellationToken)
    {
        Outcome? single = null;
        await foreach (var result in feed.ParseToJsonAsync(indented: true, cancellationToken).ConfigureAwait(false))
        {
            // The result's buffer is the feed's again once the next is asked for: keep a copy.
            var outcome = Outcome.Of(result, result.Json.ToArray());
            if (single is not null)
            {
                run.Progress.Clear();
                Console.Error.WriteLine("transcript: --format json writes one document, but the input holds more than one; use --format jsonl");
                return ExitCodes.Usage;
            }

            single = outcome;
        }

        if (single is { } only)
        {
            run.Report(only);
            if (only.Error is null)
            {
                output.Write(only.Json.Span);
                output.WriteByte((byte)'\n');
                run.Records++;
            }
        }

        return ExitCodes.Success;
    }

    private static string? Validate(Settings settings)
    {
        if (!settings.Lines && settings.Paths.Length != 1)
        {
            return $"--format json writes one document, but {settings.Paths.Length} inputs were given; use --format jsonl";
        }

        int stdin = 0;
        foreach (var path in settings.Paths)
        {
            if (path == "-")
            {
                stdin++;
            }
            else if (!File.Exists(path) && !Directory.Exists(path))
            {
                return $"{path}: no such file or directory";
            }
        }

        if (stdin > 1)
        {
            return "standard input (-) can be given once";
        }

        if (string.IsNullOrEmpty(settings.TextField) || string.IsNullOrEmpty(settings.IdField))
        {
            return "--text-field and --id-field must not be empty";
        }

        foreach (var glob in settings.Globs)
        {
            if (string.IsNullOrWhiteSpace(glob))
            {
                return "--glob must not be empty";
            }
        }

        return null;
    }

    private const long MaxSize = int.MaxValue - 64;

    internal static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var digits = text.AsSpan().Trim();
        long multiplier = 1;
        if (digits.Length > 0)
        {
            switch (digits[^1])
            {
                case 'k' or 'K':
                    multiplier = 1024;
                    break;
                case 'm' or 'M':
                    multiplier = 1024 * 1024;
                    break;
                case 'g' or 'G':
                    multiplier = 1024 * 1024 * 1024;
                    break;
            }

            if (multiplier > 1)
            {
                digits = digits[..^1];
            }
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < 1 || value > MaxSize / multiplier)
        {
            return false;
        }

        bytes = value * multiplier;
        return true;
    }

    private sealed class Settings
    {
        public required string[] Paths { get; init; }

        public bool Lines { get; init; }

        public string Format { get; init; } = "json";

        public string? Shard { get; init; }

        public string? OutputPath { get; init; }

        public required string[] Globs { get; init; }

        public FeedInputFormat InputFormat { get; init; }

        public required string TextField { get; init; }

        public required string IdField { get; init; }

        public int Parallel { get; init; }

        public string? MaxDocument { get; init; }

        public int? MaxLabel { get; init; }
    }
}

/// <summary>What the command keeps of one document's result: its JSON, and what to say on standard error.</summary>
internal readonly record struct Outcome(string Name, FeedError? Error, ReadOnlyMemory<byte> Json, long ByteCount, Diagnostic[] Warnings)
{
    public static Outcome Of(FeedJsonResult result, ReadOnlyMemory<byte> json) =>
        new(result.Document.Name, result.Error, json, result.Document.ByteCount, result.DecoderWarning is { } warning ? [warning] : []);

    public static Outcome Of(FeedResult result, bool indented, TranscriptFormat format = TranscriptFormat.Json, bool writeOutput = true)
    {
        var json = new ArrayBufferWriter<byte>(4096);
        if (writeOutput && (format is TranscriptFormat.Json or TranscriptFormat.JsonLines || result.Transcript is null))
        {
            // Error records are JSON lines in every JSON format; plain text gets errors on standard error only.
            if (format != TranscriptFormat.Text)
            {
                FeedJsonWriter.Write(json, result, indented);
            }
        }
        else if (writeOutput && result.Transcript is not null)
        {
            var document = new ArrayBufferWriter<byte>(4096);
            TranscriptFormatWriter.Write(document, result.Transcript, format, indented: false);
            var written = document.WrittenSpan;
            if (format != TranscriptFormat.Text && written.Length > 0 && written[^1] == (byte)'\n')
            {
                written = written[..^1];
            }

            json.Write(written);
        }

        Diagnostic[] warnings = [];
        if (result.Transcript is { } transcript)
        {
            // Only the decoder's warning is repeated on standard error; the others are in the JSON.
            foreach (var d in transcript.Diagnostics)
            {
                if (d.Code == "TP0002")
                {
                    warnings = [d];
                }
            }
        }

        return new Outcome(result.Document.Name, result.Error, json.WrittenMemory, result.Document.ByteCount, warnings);
    }
}

/// <summary>Counts of a run, reported as it goes and summed up at the end.</summary>
internal sealed class FeedRun(ProgressDisplay progress)
{
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    public ProgressDisplay Progress { get; } = progress;

    public long Documents { get; private set; }

    public long Errors { get; private set; }

    public long Bytes { get; private set; }

    public long Records { get; set; }

    public void Report(in Outcome outcome)
    {
        Documents++;
        Bytes += outcome.ByteCount;
        if (outcome.Error is { } error)
        {
            Errors++;
            Progress.Clear();
            Console.Error.WriteLine($"transcript: {outcome.Name}: error {error.Code}: {error.Message}");
        }

        foreach (var warning in outcome.Warnings)
        {
            Progress.Clear();
            Console.Error.WriteLine($"transcript: {outcome.Name}: {warning}");
        }

        Progress.Update(Documents, Errors, Bytes, Elapsed);
    }

    public TimeSpan Elapsed => System.Diagnostics.Stopwatch.GetElapsedTime(_started);

    /// <summary>One line: documents in, how many parsed and failed, records out, time, throughput.</summary>
    public string Summary()
    {
        double seconds = Elapsed.TotalSeconds;
        double rate = seconds > 0 ? Bytes / 1e6 / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Documents} documents, {Documents - Errors} parsed, {Errors} errors, {Records} records written, {seconds:F2} s, {rate:F1} MB/s");
    }
}

/// <summary>The exit codes of the command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;
}
