using System;
using System.Runtime.CompilerServices;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The labels a reader remembers: a line recognised from an earlier one must get exactly the match the label scan
/// gives it, and a line the memory cannot vouch for is left to the scan.
/// </summary>
public class KnownLabelsTests
{
    [Theory]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: Why are the levels dropping?")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN:")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN:   Wide gap.")]
    [InlineData("OWEN ABERNATHY, CNN ANCHOR: And I'm Owen.", "OWEN ABERNATHY, CNN ANCHOR: We begin.")]
    [InlineData("Mr. WENDELL OSTRANDER (Director, Tidewater Shellfish Cooperative): When I was a kid.", "Mr. WENDELL OSTRANDER (Director, Tidewater Shellfish Cooperative): Now.")]
    [InlineData("Mr. OSTRANDER: You put them out too early.", "Mr. OSTRANDER: She's the reason.")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: Thank you.")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: The Keith Richards Interview")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff:")]
    [InlineData("Miller: Yes, we did, and we will again.", "Miller: Yes")]
    [InlineData("Miller: Yes, we did, and we will again.", "Miller:")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: (00:22) Start with the basics.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: (laughing) Right.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN://example.com")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDENS: Another speaker.")]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN, HOST: Another label.")]
    [InlineData("Speaker 1: Welcome to the show.", "Speaker 1: Thanks.")]
    public void A_recalled_label_is_the_scanned_label(string first, string second)
    {
        string text = first + "\n" + second;
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, ref firstMatch);

        bool scanned = LabelScanner.TryScan(second, 200, LabelScanner.Strictness.Body, out var scannedMatch);
        if (known.TryRecall(text, second, out var recalled))
        {
            Assert.True(scanned);
            Assert.Equal(scannedMatch, recalled with { MemoryId = 0 });
        }
    }

    [Theory]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN: Why are the levels dropping?")]
    [InlineData("Judy Woodruff: Good evening, and welcome.", "Judy Woodruff: Thank you.")]
    public void A_speakers_next_turn_is_recalled(string first, string second)
    {
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, ref firstMatch);

        Assert.True(known.TryRecall(first + "\n" + second, second, out _));
    }

    [Theory]
    [InlineData("AB: One.", "AB: Two.", true)]
    [InlineData("AB: One.", "AC: Two.", false)]
    [InlineData("ABC: One.", "ABC: Two.", true)]
    [InlineData("ABC: One.", "ABD: Two.", false)]
    [InlineData("ABC: One.", "XBC: Two.", false)]
    [InlineData("ABCD: One.", "ABCE: Two.", false)]
    [InlineData("ABCDE: One.", "ABCDE: Two.", true)]
    [InlineData("ABCDE: One.", "ABCDF: Two.", false)]
    [InlineData("ABCDE: One.", "ABXDE: Two.", false)]
    [InlineData("MARSDEN: One.", "MARSDEX: Two.", false)]
    [InlineData("MARSDENS: One.", "MARSDENT: Two.", false)]
    [InlineData("MARSDENS: One.", "MARXDENS: Two.", false)]
    [InlineData("HAVERKAMP: One.", "HAVERKAMQ: Two.", false)]
    [InlineData("HAVERKAMP: One.", "HAVERKAMP: Two.", true)]
    [InlineData("LIDIA HAVERKAMP: One.", "LIDIA HAVERKAMP: Two.", true)]
    [InlineData("LIDIA HAVERKAMP: One.", "LIDIA HAVERKXMP: Two.", false)]
    public void A_label_is_recalled_only_by_a_line_with_every_one_of_its_chars(string first, string second, bool recalled)
    {
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, ref firstMatch);

        Assert.Equal(recalled, known.TryRecall(first + "\n" + second, second, out _));
    }

    [Theory]
    [InlineData("[14:00:05] DELIA MARCHETTI, CNN ANCHOR: Hello.")]
    [InlineData(">> ROSE: Welcome back.")]
    [InlineData("Q: What did you see?")]
    [InlineData("RAFAEL DUQUESNE, CNN CORRESPONDENT (20:00:15): Hello.")]
    [InlineData("AGENT 99: Hello.")]
    [InlineData("Jen Psaki: (00:22) Good afternoon.")]
    public void Labels_whose_match_hangs_on_more_than_their_first_chars_are_not_remembered(string line)
    {
        var known = default(KnownLabels);
        if (LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match))
        {
            known.Remember(0, line, ref match);
        }

        Assert.False(known.TryRecall(line + "\n" + line, line, out _));
    }

    [Fact]
    public void Four_labels_that_open_with_the_same_chars_are_all_recalled()
    {
        // The same first six chars put the labels in one set; each must stay there while the others are read.
        string[] lines =
        [
            "Dale Fenwick: We are getting to the roof.",
            "Dale Fenwick, Calder County Commissioner: This library does more than lend books.",
            "Dale Ferris: I have a question for the director.",
            "DALE FENTON: And so do I.",
        ];
        string[] labels = ["Dale Fenwick:", "Dale Fenwick, Calder County Commissioner:", "Dale Ferris:", "DALE F"];
        Assert.Equal(KnownLabels.SetOf(labels[0]), KnownLabels.SetOf(labels[1]));
        Assert.Equal(KnownLabels.SetOf(labels[0]), KnownLabels.SetOf(labels[2]));

        string text = string.Join("\n", lines) + "\n" + string.Join("\n", lines);
        var known = default(KnownLabels);
        int start = 0;
        foreach (string line in lines)
        {
            Assert.True(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match), line);
            known.Remember(start, line, ref match);
            start += line.Length + 1;
        }

        foreach (string line in lines)
        {
            Assert.True(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var scanned));
            Assert.True(known.TryRecall(text, line, out var recalled), line);
            Assert.Equal(scanned, recalled with { MemoryId = 0 });
        }
    }

    [Fact]
    public void Labels_crowded_into_few_sets_are_recalled_only_as_they_are_scanned()
    {
        // Many speakers whose names open alike, in random turns: a label pushed out of its set is scanned again,
        // and any label recalled gets the scanned match.
        string[] names = ["Dale Fenwick", "Dale Ferris", "Dale Fenn", "Dale Fenwick, Commissioner", "Dale Fe", "DALE FENWICK", "DALE FERRIS", "Mr. DALE", "Ms. DALE", "Dale F.", "Dalen Fox", "Dale Fenwick (voice-over)"];
        string[] speech = ["Yes.", "We are getting to the roof, and the roof is getting to us.", "", "(laughing) Right.", "10:30 is late.", "Thank you."];
        var random = new Random(20261130);
        for (int round = 0; round < 200; round++)
        {
            var lines = new string[60];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = names[random.Next(names.Length)] + ":" + (random.Next(3) == 0 ? "" : " ") + speech[random.Next(speech.Length)];
            }

            string text = string.Join("\n", lines);
            var known = default(KnownLabels);
            int start = 0;
            int recalls = 0;
            foreach (string line in lines)
            {
                bool scanned = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var scannedMatch);
                if (known.TryRecall(text, line, out var recalled))
                {
                    Assert.True(scanned, line);
                    Assert.Equal(scannedMatch, recalled with { MemoryId = 0 });
                    recalls++;
                }
                else if (scanned)
                {
                    known.Remember(start, line, ref scannedMatch);
                }

                start += line.Length + 1;
            }

            Assert.True(recalls > 0);
        }
    }

    [Fact]
    public void A_recalled_label_carries_the_id_it_was_remembered_with_and_no_other_label_has_it()
    {
        // Labels crowded into few sets are pushed out and remembered again: each remembering gives a new id, and a
        // recall gives the id of the line it was recalled from, so one id always stands for one label text.
        string[] names = ["Dale Fenwick", "Dale Ferris", "Dale Fenn", "DALE FENWICK", "Dale Fenwick, Commissioner", "Dale Fe", "Mr. DALE", "Dalen Fox"];
        var random = new Random(20261130);
        var textOfId = new System.Collections.Generic.Dictionary<int, string>();
        for (int round = 0; round < 100; round++)
        {
            var lines = new string[80];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = names[random.Next(names.Length)] + ": Words.";
            }

            string text = string.Join("\n", lines);
            var known = default(KnownLabels);
            known.Clear();
            textOfId.Clear();
            int start = 0;
            foreach (string line in lines)
            {
                string label = line[..line.IndexOf(':')];
                if (known.TryRecall(text, line, out var recalled))
                {
                    Assert.True(textOfId.TryGetValue(recalled.MemoryId, out var remembered), line);
                    Assert.Equal(remembered, label);
                }
                else
                {
                    Assert.True(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match));
                    Assert.Equal(0, match.MemoryId);
                    known.Remember(start, line, ref match);
                    Assert.True(match.MemoryId != 0 || !char.IsAsciiLetterUpper(line[0]), line);
                    Assert.True(match.MemoryId == 0 || textOfId.TryAdd(match.MemoryId, label), line);
                }

                start += line.Length + 1;
            }
        }
    }

    [Fact]
    public void A_cleared_memory_recalls_nothing_though_its_slots_still_hold_the_labels()
    {
        string first = "MARSDEN: Start with the basics.";
        string second = "MARSDEN: Why are the levels dropping?";
        var known = default(KnownLabels);
        Assert.True(LabelScanner.TryScan(first, 200, LabelScanner.Strictness.Body, out var firstMatch));
        known.Remember(0, first, ref firstMatch);
        Assert.True(known.TryRecall(first + "\n" + second, second, out _));

        known.Clear();
        Assert.False(known.TryRecall(first + "\n" + second, second, out _));
        known.Remember(0, first, ref firstMatch);
        Assert.True(known.TryRecall(first + "\n" + second, second, out _));
    }

    [Fact]
    public void A_reader_made_where_another_read_reads_as_a_fresh_one()
    {
        // Each reader is made in the same place as the one before, whose remembered labels it does not clear: it
        // must read its own document exactly as a reader made on a cleared frame does.
        var names = Samples.Names;
        var texts = new string[names.Count * 2];
        for (int i = 0; i < names.Count; i++)
        {
            texts[i] = Samples.Read(names[i]);
            texts[names.Count + i] = Samples.Read(names[names.Count - 1 - i]);
        }

        foreach (string text in texts)
        {
            var reused = new TranscriptReader(text);
            Assert.Equal(FreshTokens(text), ReadAll(ref reused));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static System.Collections.Generic.List<(TranscriptTokenKind, TextSpan, TextSpan, TextSpan, LabelStyle)> FreshTokens(string text)
    {
        var reader = default(TranscriptReader);
        reader = new TranscriptReader(text);
        return ReadAll(ref reader);
    }

    /// <summary>Reads every token of <paramref name="reader"/>, which stays where its caller made it.</summary>
    private static System.Collections.Generic.List<(TranscriptTokenKind, TextSpan, TextSpan, TextSpan, LabelStyle)> ReadAll(ref TranscriptReader reader)
    {
        var tokens = new System.Collections.Generic.List<(TranscriptTokenKind, TextSpan, TextSpan, TextSpan, LabelStyle)>();
        while (reader.Read())
        {
            tokens.Add((reader.TokenKind, reader.Span, reader.LabelSpan, reader.TextSpan, reader.LabelStyle));
        }

        return tokens;
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Every_line_of_a_sample_recalled_as_the_reader_does_gets_the_scanned_match(string sample)
    {
        string text = Samples.Read(sample);
        var known = default(KnownLabels);
        int position = 0;
        while (position < text.Length)
        {
            int end = text.AsSpan(position).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : position + end;
            int start = position;
            while (start < end && text[start] == ' ')
            {
                start++;
            }

            var line = text.AsSpan(start, end - start);
            position = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            bool scanned = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var scannedMatch);
            if (known.TryRecall(text, line, out var recalled))
            {
                Assert.True(scanned, line.ToString());
                Assert.Equal(scannedMatch, recalled with { MemoryId = 0 });
            }
            else if (scanned)
            {
                known.Remember(start, line, ref scannedMatch);
            }
        }
    }

    [Theory]
    [InlineData("MARSDEN: Start with the basics.", "MARSDEN:")]
    [InlineData("AB: One.", "AB:")]
    [InlineData("AB: One.", "AB: Two, three and four.")]
    [InlineData("Ms. OSTRANDER: We started.", "Ms. OSTRANDER")]
    [InlineData("RENNER: The cages.", "RENNER:")]
    [InlineData("RENNER: The cages.", "RENNERS")]
    [InlineData("Speaker 1: Welcome.", "Speaker 1: Thanks.")]
    public void Lines_that_open_with_the_same_label_fall_in_the_same_set(string first, string second)
    {
        Assert.Equal(KnownLabels.SetOf(first), KnownLabels.SetOf(second));
    }

    [Fact]
    public void The_set_read_in_two_steps_is_the_set_read_char_by_char()
    {
        // Colons among the first six chars, and lines shorter than six, send some lines to the steps per char.
        var random = new Random(20261129);
        const string Chars = "ABMRSacenrs .:1,(\u00C9\u3A3A\uFFFF";
        for (int round = 0; round < 50000; round++)
        {
            string line = RandomLine(random, Chars, random.Next(0, 14));
            Assert.True(KnownLabels.SetOfByChars(line) == KnownLabels.SetOf(line), line);
        }

        foreach (string sample in Samples.Names)
        {
            foreach (string line in Samples.Read(sample).Split('\n'))
            {
                Assert.Equal(KnownLabels.SetOfByChars(line), KnownLabels.SetOf(line));
            }
        }
    }

    [Fact]
    public void A_match_is_copied_in_two_whole_blocks()
    {
        // A match of 64 bytes is copied in two blocks of 32 that do not overlap; a field added past them breaks that.
        Assert.Equal(64, System.Runtime.CompilerServices.Unsafe.SizeOf<LabelMatch>());
    }

    private static string RandomLine(Random random, string chars, int length)
    {
        var line = new char[length];
        for (int i = 0; i < length; i++)
        {
            line[i] = chars[random.Next(chars.Length)];
        }

        return new string(line);
    }
}

/// <summary>The quick path for a name in capitals before its colon: where it answers, the full grammar answers the same.</summary>
public class LabelScannerCapitalsTests
{
    [Theory]
    [InlineData("MARSDEN: Start with the basics.", true)]
    [InlineData("O. ABERNATHY: CNN's Rafael Duquesne is at the foot of the bridge.", true)]
    [InlineData("UNIDENTIFIED FEMALE: I've got a kid at day care.", true)]
    [InlineData("O'BRIEN-SMITH: Thank you.", true)]
    [InlineData("MARSDEN:", true)]
    [InlineData("MARSDEN :  Spaces before and after.", true)]
    [InlineData("NOTE: The audio was edited.", false)]
    [InlineData("MARSDEN: (00:22) Start.", false)]
    [InlineData("MARSDEN: (laughing) Right.", false)]
    [InlineData("HTTP://example.com", false)]
    [InlineData("HTTPS: //example.com", false)]
    [InlineData("THANK YOU. WILLIAM: Good evening.", false)]
    [InlineData("OK.KENNEY: Right.", false)]
    [InlineData("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT: words.", false)]
    [InlineData("OWEN ABERNATHY, CNN ANCHOR: And I'm Owen.", true)]
    [InlineData("MARGARET ELLSWORTH, host:", true)]
    [InlineData("HARRY ENTEN, CNN SENIOR DATA REPORTER: Numbers.", true)]
    [InlineData("DELIA MARCHETTI; CNN ANCHOR: Hello.", true)]
    [InlineData("BRYAN MCKUNE, Manager of Pilot Development,\nAlaska Airlines: Hello.", true)]
    [InlineData("BRYAN MCKUNE,\nManager of Pilot Development: Hello.", false)]
    [InlineData("RAFAEL DUQUESNE, CNN CORRESPONDENT (voice-over): From the air.", false)]
    [InlineData("JOHN SMITH, washington: Hello.", false)]
    [InlineData("JOHN SMITH, Washington, DC. The committee met: today.", false)]
    [InlineData("AGENT SMITH, UNIT 1:30 today.", false)]
    [InlineData("AGENT SMITH, UNIT 1: Hello.", true)]
    [InlineData("NOTE, PLEASE: Hello.", false)]
    [InlineData("JOHN (voice-over): Hello.", false)]
    [InlineData("AGENT 99: Hello.", false)]
    [InlineData("Mr. KIRBY: Thank you.", false)]
    [InlineData("McCAIN: Thank you.", false)]
    [InlineData("KOJO NNAMDIThe past is never past.", false)]
    [InlineData("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.", false)]
    [InlineData("  HOLT: Good evening.", true)]
    public void The_quick_path_answers_only_as_the_grammar_does(string line, bool quick)
    {
        var match = default(LabelMatch);
        Assert.Equal(quick, LabelScanner.TryScanCapitals(line, 200, ref match));
        if (quick)
        {
            Assert.True(LabelScanner.TryScanGrammar(line, 200, LabelScanner.Strictness.Body, out var grammar));
            Assert.Equal(grammar, match);
        }
    }

    [Fact]
    public void A_colon_past_the_label_window_is_not_reached()
    {
        var match = default(LabelMatch);
        Assert.False(LabelScanner.TryScanCapitals("ABCDEFGHIJ: text", 10, ref match));
        Assert.Equal(default, match);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Every_line_of_a_sample_the_quick_path_answers_gets_the_grammars_match(string sample)
    {
        foreach (var raw in Samples.Read(sample).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var match = default(LabelMatch);
            if (LabelScanner.TryScanCapitals(line, 200, ref match))
            {
                Assert.True(LabelScanner.TryScanGrammar(line, 200, LabelScanner.Strictness.Body, out var grammar), line);
                Assert.Equal(grammar, match);
            }
        }
    }
}
