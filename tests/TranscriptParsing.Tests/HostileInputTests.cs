using System;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptParsing.Feeds;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;
using static TranscriptParsing.Tests.FeedTestSupport;

namespace TranscriptParsing.Tests;

/// <summary>
/// Inputs meant to break a parser. Each goes through <see cref="Transcript.TryParse(string?, out Transcript?, out Diagnostic?, TranscriptParseOptions)"/>
/// (or the byte overload) and through a feed; neither may throw, and every transcript made keeps the lossless invariant.
/// </summary>
public class HostileInputTests
{
    private const int Million = 1_000_000;

    /// <summary>Parses <paramref name="text"/> with TryParse and through a feed, checks both, and returns the first.</summary>
    private static Transcript ParseBothWays(string text)
    {
        Assert.True(Transcript.TryParse(text, out var transcript, out var error), error?.ToString());
        AssertLossless(transcript!);
        var viaFeed = ParseThroughFeed(Encoding.UTF8.GetBytes(text));
        Assert.Equal(transcript!.Blocks.Length, viaFeed.Blocks.Length);
        return transcript;
    }

    private static Transcript ParseThroughFeed(byte[] bytes, TranscriptFeedOptions? options = null)
    {
        var feed = new TranscriptFeed([FeedSource.FromStream(new MemoryStream(bytes), "hostile")], options ?? new TranscriptFeedOptions { MaxDocumentBytes = 128L * 1024 * 1024 });
        var result = Assert.Single(Collect(feed));
        Assert.True(result.Succeeded, result.ToString());
        AssertLossless(result.Transcript!);
        return result.Transcript!;
    }

    [Fact]
    public void Empty_input_gives_an_empty_transcript_and_says_so()
    {
        var transcript = ParseBothWays(string.Empty);
        Assert.Empty(transcript.Blocks);
        Assert.Contains(transcript.Diagnostics, d => d.Code == "TP0001");
    }

    [Fact]
    public void Null_input_is_an_error_not_an_exception()
    {
        Assert.False(Transcript.TryParse((string?)null, out var transcript, out var error));
        Assert.Null(transcript);
        Assert.Equal("TP0003", error!.Value.Code);
    }

    [Fact]
    public void White_space_only_gives_no_blocks()
    {
        var transcript = ParseBothWays(" \t\r\n\n \u00A0\u2003\r\r\n\t ");
        Assert.Empty(transcript.Blocks);
        Assert.Contains(transcript.Diagnostics, d => d.Code == "TP0001");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_binary_bytes_are_parsed_without_an_exception(int seed)
    {
        var bytes = new byte[256 * 1024];
        new Random(seed).NextBytes(bytes);
        var transcript = Transcript.Parse(bytes);
        AssertLossless(transcript);
        ParseThroughFeed(bytes);
    }

    [Fact]
    public void Invalid_UTF8_is_replaced_and_reported_with_its_byte_offset()
    {
        byte[] bytes = [.. "Caf\u00E9s\n\nHOST: caf\u00E9 "u8, 0xC3, 0x28, .. " and \u00FCber.\n\nGUEST: Yes.\n"u8];
        int offset = "Caf\u00E9s\n\nHOST: caf\u00E9 "u8.Length;
        foreach (var transcript in new[] { Transcript.Parse(bytes), ParseThroughFeed(bytes) })
        {
            AssertLossless(transcript);
            var warning = Assert.Single(transcript.Diagnostics, d => d.Code == "TP0002");
            Assert.Contains($"byte offset {offset}", warning.Message, StringComparison.Ordinal);
            Assert.Contains('\uFFFD', transcript.Blocks[0].Text);
            Assert.Equal("HOST", transcript.Blocks[0].Label);
        }
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_skipped()
    {
        string text = Sample("npr-station-interview.txt");
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        AssertSameModel(Transcript.Parse(text), ParseThroughFeed(withBom));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_reads_as_the_same_text()
    {
        string text = Sample("cnn-newsroom.txt");
        byte[] littleEndian = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        byte[] bigEndian = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
        var expected = Transcript.Parse(text);
        AssertSameModel(expected, Transcript.Parse(littleEndian));
        AssertSameModel(expected, ParseThroughFeed(littleEndian));
        AssertSameModel(expected, ParseThroughFeed(bigEndian));
    }

    [Theory]
    [InlineData("npr-station-interview.txt")]
    [InlineData("npr-classic.txt")]
    [InlineData("cnn-newsroom.txt")]
    [InlineData("pbs-newshour.txt")]
    public void CRLF_and_CR_line_endings_give_the_model_of_LF(string sample)
    {
        string lf = Sample(sample).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = ParseBothWays(lf);
        AssertSameModel(expected, ParseBothWays(lf.Replace("\n", "\r\n", StringComparison.Ordinal)));
        AssertSameModel(expected, ParseBothWays(lf.Replace('\n', '\r')));
    }

    [Fact]
    public void NBSP_tabs_and_zero_width_chars_do_not_break_the_parse()
    {
        string text = "Play\u00A0Live Radio\n\n\tHOST:\u00A0Good\u200Bmorning.\n\nGUEST:\tHello\u200D there\uFEFF.\n\u00A0\n\u200B\n\t\tHOST: And\u2060 goodbye.\n";
        var transcript = ParseBothWays(text);
        Assert.NotEmpty(transcript.Blocks);
    }

    [Theory]
    [InlineData("HOST: Good morning.\n\u200B   ")]
    [InlineData("HOST: Good morning.\n\n  \u200B\uFEFF \t ")]
    [InlineData("HOST: Good morning.\n\nCopyright 2020 NPR.\n \u200B  \n")]
    [InlineData("\u200B ")]
    public void A_last_line_of_zero_width_chars_before_trailing_spaces_is_parsed(string text)
    {
        // The footer's search trims the text's end by white space, which chars of no width are not, and then skipped
        // them with the spaces that follow, past the end it had trimmed to.
        var transcript = ParseBothWays(text);
        Assert.Equal(text.Length, transcript.Text.Length);
    }

    [Fact]
    public void A_hundred_megabyte_single_line_is_parsed()
    {
        var transcript = ParseBothWays(Repeat("word: and more words, ", 100 * Million));
        Assert.NotEmpty(transcript.Blocks);
    }

    [Fact]
    public void A_million_lines_of_colons_are_parsed()
    {
        ParseBothWays(string.Concat(Enumerable.Repeat(":\n", Million)));
    }

    [Fact]
    public void A_million_unclosed_parentheses_on_their_own_lines_are_parsed()
    {
        ParseBothWays(string.Concat(Enumerable.Repeat("(\n", Million)));
        ParseBothWays(string.Concat(Enumerable.Repeat("HOST: (\n\n", Million / 8)));
    }

    [Fact]
    public void A_million_unclosed_parentheses_on_one_line_are_parsed()
    {
        ParseBothWays("HOST: " + new string('(', Million) + "\n\nGUEST: Yes.\n");
        ParseBothWays(Repeat("[(", 2 * Million));
        ParseBothWays(Repeat("word: (and) [more] words, ", 10 * Million));
    }

    [Fact]
    public void Quotes_left_open_on_a_long_line_before_a_longer_one_are_parsed()
    {
        // Each label's quoted title may go on on the next line (R-LBL-28); the next line is looked at only as far as a
        // label could reach, or this input would search the long second line once for each of its many labels.
        string first = Repeat("Done. ANNA LIND, Author, \u201CSalt: Roads ", 2 * Million);
        var transcript = ParseBothWays(first + "\n" + Repeat("and more words ", 20 * Million) + "\n");
        Assert.NotEmpty(transcript.Blocks);
        ParseBothWays(Repeat("ANNA LIND, Author, \u201CSalt: Roads\n", 2 * Million));
    }

    [Fact]
    public void A_long_line_of_questions_and_answers_run_together_is_parsed()
    {
        // Each question opens a paragraph of its own inside the one line; each paragraph searched the rest of the line
        // for a label ending at a colon, which made this input take minutes.
        var transcript = ParseBothWays(Repeat("Done.  Q    Where to? ", 4 * Million));
        Assert.True(transcript.Blocks.Length > 100_000);
        Assert.Equal("Q", transcript.Blocks[^1].Label);
        ParseBothWays(Repeat("Done.  Q    Where to: here? ", 4 * Million));
    }

    [Fact]
    public void Fifty_thousand_speakers_are_each_matched_by_name_not_by_comparing_every_pair()
    {
        // Matching a label against every earlier one made this input take minutes; by name it is linear.
        const int count = 50_000;
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            string surname = Surname(i);
            text.Append("ANNA ").Append(surname).Append(": Hello.\n\n").Append(surname).Append(": Yes?\n\n");
        }

        var transcript = Transcript.Parse(text.ToString());

        Assert.Equal(count, transcript.Speakers.Length);
        Assert.All(transcript.Speakers, s => Assert.Equal(2, s.Labels.Length));
        Assert.Equal("ANNA " + Surname(count - 1), transcript.Speakers[^1].Labels[0]);

        static string Surname(int i)
        {
            var name = new StringBuilder("KOR");
            do
            {
                name.Append((char)('A' + (i % 26)));
                i /= 26;
            }
            while (i > 0);

            return name.Append("SEN").ToString();
        }
    }

    [Fact]
    public void Labels_alike_in_length_and_first_middle_and_last_chars_stay_apart()
    {
        // "KARL AENSENX", "KARL BENSENX", ...: alike where a label met again is looked for first, so each turn must
        // still be matched by its whole text.
        const int labels = 5;
        const int rounds = 40;
        var text = new StringBuilder();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < labels; i++)
            {
                text.Append(Label(i)).Append(": Turn ").Append(round).Append(".\n\n");
            }
        }

        var transcript = Transcript.Parse(text.ToString());

        Assert.Equal(labels, transcript.Speakers.Length);
        for (int i = 0; i < labels; i++)
        {
            Assert.Equal(Label(i), Assert.Single(transcript.Speakers[i].Labels));
        }

        var turns = transcript.Blocks.Where(b => b.Kind == BlockKind.Turn).ToArray();
        Assert.Equal(labels * rounds, turns.Length);
        Assert.All(turns, turn => Assert.Equal(turn.Label, turn.Speaker?.Labels[0]));

        static string Label(int i) => "KARL " + (char)('A' + i) + "ENSENX";
    }

    private static string Repeat(string pattern, int length) => string.Create(length, pattern, static (span, pattern) =>
    {
        for (int i = 0; i < span.Length; i += pattern.Length)
        {
            pattern.AsSpan(0, Math.Min(pattern.Length, span.Length - i)).CopyTo(span[i..]);
        }
    });

    [Fact]
    public void A_label_ten_thousand_chars_long_is_text_not_a_label()
    {
        string label = new('A', 10_000);
        var transcript = ParseBothWays("Long labels\n\n" + label + ": Hello.\n\nHOST: Hi.\n");
        Assert.DoesNotContain(transcript.Blocks, b => b.Kind == BlockKind.Turn && b.LabelSpan.Length > new TranscriptReaderOptions().MaxLabelLength);
        Assert.Contains(transcript.Blocks, b => b.Label == "HOST");
    }

    [Fact]
    public void The_longest_label_is_a_limit_the_caller_sets()
    {
        string text = "Labels\n\nANCHORWOMAN: Hello.\n\nGUEST: Hi.\n";
        Assert.Equal("ANCHORWOMAN", Transcript.Parse(text).Blocks[0].Label);
        var options = new TranscriptParseOptions { Reader = new TranscriptReaderOptions { MaxLabelLength = 4 } };
        var limited = Transcript.Parse(text, options);
        Assert.DoesNotContain(limited.Blocks, b => b.Kind == BlockKind.Turn);
        AssertLossless(limited);
    }

    [Fact]
    public void HTML_left_in_the_text_is_parsed_as_text()
    {
        string html = "<html><head><title>Show</title></head><body>\n<p>HOST: Hello <b>there</b>.</p>\n\n"
            + "<script>var a = { b: 'c: d' };</script>\n\n<div class=\"x\">GUEST: Hi &amp; bye.</div>\n</body></html>\n";
        ParseBothWays(html);
    }

    [Fact]
    public void A_document_over_the_length_limit_is_an_error_with_a_clear_message()
    {
        var options = new TranscriptParseOptions { MaxDocumentLength = 10 };
        Assert.False(Transcript.TryParse("HOST: more than ten chars\n", out var transcript, out var error, options));
        Assert.Null(transcript);
        Assert.Equal("TP0301", error!.Value.Code);
        Assert.Contains("MaxDocumentLength", error.Value.Message, StringComparison.Ordinal);

        var feed = new TranscriptFeed([FeedSource.FromStream(new MemoryStream(new byte[100]), "big")], new TranscriptFeedOptions { MaxDocumentBytes = 99 });
        var result = Assert.Single(Collect(feed));
        Assert.Equal(FeedErrorCodes.TooLarge, result.Error!.Code);
        Assert.Contains("99 bytes", result.Error.Message, StringComparison.Ordinal);
    }

    // Found by the fuzz target (docs/fuzzing.md): a line holding only the caption marker ">>" (CNN's speaker-change
    // mark) made LabelScanner.TryScan read past the end of the line.
    [Theory]
    [InlineData(">>")]
    [InlineData(">>  ")]
    [InlineData("Title\n\nHOST: Hi.\n\n>>\n\nGUEST: Yo.\n")]
    [InlineData("\n\u00AF@\0\u00BF\u00A0\n>>\n\u000B\n")]
    public void A_caption_marker_alone_on_a_line_is_parsed(string text)
    {
        ParseBothWays(text);
        AssertLossless(Transcript.Parse(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_document_the_parser_fails_on_is_an_error_record_in_a_feed_not_an_exception()
    {
        // Whatever the parser does with these, the feed gives one record each and never throws.
        string[] documents = [">>", "Title\n\nHOST: Hi.\n\n>>\n", "HOST: Hi.\n\nGUEST: Yo.\n"];
        var sources = documents.Select((d, i) => FeedSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(d)), "doc" + i));
        var results = Collect(new TranscriptFeed(sources));
        Assert.Equal(["doc0", "doc1", "doc2"], results.Select(r => r.Document.Name));
        Assert.All(results, r => Assert.True(r.Succeeded || r.Error!.Code is FeedErrorCodes.ParserFailed, r.ToString()));
        Assert.True(results[2].Succeeded);
    }

    private static void AssertSameModel(Transcript expected, Transcript actual)
    {
        Assert.Equal(expected.Header.Chrome.Select(c => (c.Kind, c.Text.Trim())), actual.Header.Chrome.Select(c => (c.Kind, c.Text.Trim())));
        Assert.Equal(expected.Header.Title, actual.Header.Title);
        Assert.Equal(expected.Blocks.Select(b => (b.Kind, b.Label, b.Text)), actual.Blocks.Select(b => (b.Kind, b.Label, b.Text)));
        Assert.Equal(expected.Speakers.Select(s => (s.Id, s.Name, s.Role)), actual.Speakers.Select(s => (s.Id, s.Name, s.Role)));
        Assert.Equal(expected.Footer?.Text, actual.Footer?.Text);
    }
}
