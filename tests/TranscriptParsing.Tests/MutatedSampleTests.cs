using System;
using System.Buffers;
using System.Text;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>
/// The samples broken at random: pieces that matter to the parser inserted anywhere (labels, cues, time stamps,
/// notices, chars of no width, line breaks of every kind), spans deleted, repeated or moved from another sample,
/// the text cut short. Every result must parse without an exception, keep every char in one node, read to its end
/// with the reader, and give the same JSON through the reusable context as through the object model.
/// </summary>
public class MutatedSampleTests
{
    private const int MutationsPerSeed = 2_500;

    private static readonly string[] Pieces =
    [
        "\u200B", "\uFEFF", "\u00A0", "\u2028", "\u0085", ":", "(", ")", "[", "]", "\n", "\n\n", "\r\n", "\r", "\t", " ", ">>", "#",
        "1", "9:30", "Mr. ", "MS. ", "HOST:", "HOST, host:", "BYLINE:", "(voice-over):", "UNIDENTIFIED MALE:", "Copyright",
        "(c)", "©", "®", "Learn More", "about", "NPR", "Transcript", "Next Up:", "0:00", "[14:00:05]", "(SOUNDBITE OF MUSIC)",
        "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "(Laughter)", "[Applause]", "SPEAKERS:", "Show:", "Date:", "Aired", "AM ET",
        "March 3, 2021", "RUSH TRANSCRIPT", "...", "\u2026", "\u2014", "\"", "'", ",", "|", "\uD800", "\uDC00", "\U0001F600", "\u00C9",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_samples_parse_losslessly_and_alike_both_ways(int seed)
    {
        var random = new Random(seed);
        var samples = new string[Samples.Names.Count];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = Samples.Read(Samples.Names[i]);
        }

        using var context = new TranscriptParser();
        var contextJson = new ArrayBufferWriter<byte>();
        var modelJson = new ArrayBufferWriter<byte>();
        for (int run = 0; run < MutationsPerSeed; run++)
        {
            string text = Mutate(random, samples);
            Assert.True(Transcript.TryParse(text, out var transcript, out var error), $"seed {seed}, run {run}: {error}");
            AssertLossless(transcript!);

            contextJson.ResetWrittenCount();
            context.WriteJson(text, contextJson);
            modelJson.ResetWrittenCount();
            TranscriptJsonWriter.Write(modelJson, transcript!, indented: false);
            Assert.True(contextJson.WrittenSpan.SequenceEqual(modelJson.WrittenSpan), $"seed {seed}, run {run}: the context's JSON differs");

            var reader = new TranscriptReader(text);
            while (reader.Read())
            {
            }

            AssertLossless(Transcript.Parse(Encoding.UTF8.GetBytes(text)));
        }
    }

    private static string Mutate(Random random, string[] samples)
    {
        var text = new StringBuilder(samples[random.Next(samples.Length)]);
        int edits = random.Next(1, 10);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(text.Length + 1);
            int from = Math.Min(at, Math.Max(0, text.Length - 1));
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    text.Remove(from, Math.Min(random.Next(1, 60), text.Length - from));
                    break;
                case 3:
                    text.Insert(random.Next(text.Length + 1), text.ToString(from, Math.Min(random.Next(1, 200), text.Length - from)));
                    break;
                case 4:
                    text.Length = at;
                    break;
                case 5:
                    string other = samples[random.Next(samples.Length)];
                    int start = random.Next(other.Length);
                    text.Insert(at, other.AsSpan(start, Math.Min(random.Next(1, 400), other.Length - start)));
                    break;
                case 6:
                    // The end of a page, where the footer is looked for, gets pieces and white space of its own.
                    text.Append(Pieces[random.Next(Pieces.Length)]).Append(' ', random.Next(3));
                    break;
                default:
                    text.Insert(at, new string(Pieces[random.Next(Pieces.Length)][0], random.Next(1, 300)));
                    break;
            }
        }

        return text.ToString();
    }
}
