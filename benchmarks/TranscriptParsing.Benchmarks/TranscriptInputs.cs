using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// Builds the benchmark inputs, deterministically, from the repository's samples (embedded in this assembly).
/// </summary>
public static class TranscriptInputs
{
    /// <summary>The size the long interview grows to, in UTF-8 bytes (50 KiB).</summary>
    public const int LongInterviewBytes = 50 * 1024;

    /// <summary>The size the feed grows to, in UTF-8 bytes (5 MiB).</summary>
    public const int FeedBytes = 5 * 1024 * 1024;

    private const string InterviewSample = "npr-station-interview.txt";

    // The feed cycles through every house style the samples hold.
    private static readonly string[] FeedSamples = [InterviewSample, "npr-classic.txt", "cnn-newsroom.txt", "pbs-newshour.txt"];

    // Each round of the long interview's exchange swaps in different words and figures, so the repeats read
    // like new questions and answers instead of one block of text copied verbatim.
    private static readonly string[] Openers = ["Start with the basics.", "Back to basics for a moment.", "Let me go back to the start.", "One more basic question."];
    private static readonly string[] Vessels = ["freighter", "laker", "bulker", "ore boat"];
    private static readonly string[] WhenPhrases = ["Last fall", "Last spring", "Two summers ago", "This winter"];
    private static readonly string[] Counts = ["three", "four", "two", "five"];

    /// <summary>A seed-sized transcript (~4 KB): <c>samples/npr-station-interview.txt</c> as is.</summary>
    public static TranscriptInput Seed { get; } = new("5KB", 0, () => (Sample(InterviewSample), 1));

    /// <summary>
    /// A long interview (~50 KB): the station interview's opening (chrome, title, intro, guest's first turn), its
    /// host-and-guest exchange repeated with varied wording and figures, then its closing turn and footer. One
    /// transcript: one header at the top, one footer at the end.
    /// </summary>
    public static TranscriptInput LongInterview { get; } = new("50KB", 1, () => (BuildLongInterview(), 1));

    /// <summary>
    /// A feed of many transcripts (~5 MB): the four samples, each whole, one after another with a blank line
    /// between, until the text reaches 5 MiB.
    /// </summary>
    public static TranscriptInput Feed { get; } = new("5MB", 2, BuildFeed);

    /// <summary>The inputs, smallest first.</summary>
    /// <returns>The seed transcript, the long interview and the feed.</returns>
    public static IEnumerable<TranscriptInput> All() => [Seed, LongInterview, Feed];

    /// <summary>Reads an embedded sample, with <c>\n</c> line ends whatever the checkout did to them.</summary>
    /// <param name="fileName">The sample's file name in <c>samples/</c>.</param>
    /// <returns>The sample's text, ending with a line end.</returns>
    public static string Sample(string fileName)
    {
        using var stream = typeof(TranscriptInputs).Assembly.GetManifestResourceStream("samples/" + fileName)
            ?? throw new InvalidOperationException($"The sample '{fileName}' is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");
        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static string BuildLongInterview()
    {
        var sample = Sample(InterviewSample);

        // The host's first labelled turn opens the exchange; the host's last one opens the closing.
        const string HostTurn = "\nMARSDEN:";
        int exchangeStart = sample.IndexOf(HostTurn, StringComparison.Ordinal) + 1;
        int closingStart = sample.LastIndexOf(HostTurn, StringComparison.Ordinal) + 1;
        if (exchangeStart <= 0 || closingStart <= exchangeStart)
        {
            throw new InvalidOperationException($"'{InterviewSample}' no longer has the host turns the long interview is built around.");
        }

        var opening = sample[..exchangeStart];
        var exchange = sample[exchangeStart..closingStart];
        var closing = sample[closingStart..];

        var builder = new StringBuilder(LongInterviewBytes + exchange.Length);
        builder.Append(opening);
        long bytes = Encoding.UTF8.GetByteCount(opening) + Encoding.UTF8.GetByteCount(closing);
        for (int round = 0; bytes < LongInterviewBytes; round++)
        {
            var varied = Vary(exchange, round);
            builder.Append(varied);
            bytes += Encoding.UTF8.GetByteCount(varied);
        }

        builder.Append(closing);
        return builder.ToString();
    }

    private static string Vary(string exchange, int round)
    {
        if (round == 0)
        {
            return exchange;
        }

        var culture = CultureInfo.InvariantCulture;
        return exchange
            .Replace("Start with the basics.", Openers[round % Openers.Length], StringComparison.Ordinal)
            .Replace("lake freighter", Vessels[round % Vessels.Length], StringComparison.Ordinal)
            .Replace("one freighter", "one " + Vessels[round % Vessels.Length], StringComparison.Ordinal)
            .Replace("Last fall", WhenPhrases[round % WhenPhrases.Length], StringComparison.Ordinal)
            .Replace("last three winters", "last " + Counts[round % Counts.Length] + " winters", StringComparison.Ordinal)
            .Replace("250 tons", string.Create(culture, $"{250 + (5 * round)} tons"), StringComparison.Ordinal)
            .Replace("9:30 to 11:00", string.Create(culture, $"{5 + (round % 5)}:30 to {7 + (round % 5)}:00"), StringComparison.Ordinal);
    }

    private static (string Text, int TranscriptCount) BuildFeed()
    {
        var samples = new string[FeedSamples.Length];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = Sample(FeedSamples[i]);
        }

        var builder = new StringBuilder(FeedBytes + 8 * 1024);
        long bytes = 0;
        int count = 0;
        while (bytes < FeedBytes)
        {
            if (count > 0)
            {
                builder.Append('\n');
                bytes++;
            }

            var sample = samples[count % samples.Length];
            builder.Append(sample);
            bytes += Encoding.UTF8.GetByteCount(sample);
            count++;
        }

        return (builder.ToString(), count);
    }
}
