using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TranscriptParsing.Feeds;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>A folder under the temporary folder, deleted when disposed.</summary>
internal sealed class FeedTempFolder : IDisposable
{
    public FeedTempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "transcript-feed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Helpers shared by the feed, hostile-input and property tests.</summary>
internal static class FeedTestSupport
{
    /// <summary>Runs the <c>transcript</c> command in process; gives its exit code and what it wrote on standard error.</summary>
    public static (int Exit, string Error) RunCli(params string[] args)
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            return (TranscriptParsing.Cli.Program.Main(args), error.ToString());
        }
        finally
        {
            Console.SetError(saved);
        }
    }

    public static string SamplesFolder
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "samples", "npr-classic.txt")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return Path.Combine(dir ?? throw new InvalidOperationException("samples/ not found above the test folder"), "samples");
        }
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(SamplesFolder, name));

    public static async Task<List<FeedResult>> CollectAsync(TranscriptFeed feed)
    {
        var results = new List<FeedResult>();
        await foreach (var result in feed.ParseAsync())
        {
            results.Add(result);
        }

        return results;
    }

    public static List<FeedResult> Collect(TranscriptFeed feed) => CollectAsync(feed).GetAwaiter().GetResult();

    /// <summary>
    /// Reads the feed's JSON results and cancels once <paramref name="cancelAt"/> of them have come out; asserts that
    /// the feed then stops with an <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <returns>How many results came out in all.</returns>
    public static async Task<int> ReadJsonUntilCancelledAsync(TranscriptFeed feed, int cancelAt)
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in feed.ParseToJsonAsync(cancellationToken: cts.Token))
            {
                if (++seen == cancelAt)
                {
                    await cts.CancelAsync();
                }
            }
        });
        return seen;
    }

    /// <summary>
    /// The lossless invariant: the primary spans (chrome lines, title, summary, blocks, footer) lie within the text, never
    /// overlap, and every char outside them is white space (or U+200B, U+FEFF, which the parser reads as space).
    /// </summary>
    public static void AssertLossless(Transcript transcript)
    {
        var text = transcript.Text.Span;
        var spans = new List<(string What, TextSpan Span)>();
        foreach (var line in transcript.Header.Chrome)
        {
            spans.Add(("chrome", line.Span));
        }

        if (transcript.Header.TitleSpan is { } title)
        {
            spans.Add(("title", title));
        }

        if (transcript.Header.SummarySpan is { } summary)
        {
            spans.Add(("summary", summary));
        }

        foreach (var block in transcript.Blocks)
        {
            spans.Add(("block", block.Span));
        }

        if (transcript.Footer is { } footer)
        {
            spans.Add(("footer", footer.Span));
        }

        // Header lines may stand on either side of the title (a page can repeat its title in the furniture): order by place.
        spans.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        int covered = 0;
        foreach (var (what, span) in spans)
        {
            Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{what} {span} lies outside the text of {text.Length} chars");
            Assert.True(span.Start >= covered, $"{what} {span} overlaps or comes before the span ending at {covered}");
            AssertWhiteSpace(text, covered, span.Start);
            covered = span.End;
        }

        AssertWhiteSpace(text, covered, text.Length);
    }

    private static void AssertWhiteSpace(ReadOnlySpan<char> text, int start, int end)
    {
        // The parser counts the zero-width space and the zero-width no-break space (a stray byte-order mark) as space.
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\u200B' or '\uFEFF'))
            {
                Assert.Fail($"char U+{(int)text[i]:X4} at {i} lies in no span");
            }
        }
    }
}
