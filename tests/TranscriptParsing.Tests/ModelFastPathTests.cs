using System;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The model's quick answers agree with the slow ones they stand in front of.</summary>
public class ModelFastPathTests
{
    [Fact]
    public void A_char_between_words_keeps_them_on_one_line_unless_it_is_white_space_but_the_space()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "a" + (char)c + "b";
            Assert.True(SourceText.IsOnOneLine(text) == (c == ' ' || !char.IsWhiteSpace((char)c)), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("Copyright © 2004 National Public Radio®. All rights reserved.")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("two  spaces")]
    [InlineData("a\nline break")]
    [InlineData("a\r\nline break")]
    [InlineData("a tab\there")]
    [InlineData("no\u00A0break")]
    [InlineData("ideographic\u3000space")]
    [InlineData("caf\u00E9 \u00A9 2004\u2028")]
    [InlineData("caf\u00E9 \u00A9 2004")]
    [InlineData("\n")]
    [InlineData(" ")]
    public void Text_is_on_one_line_when_folding_leaves_it_as_it_is(string text)
    {
        var folded = new char[text.Length];
        int written = SourceText.FoldLines(text, folded);
        bool unchanged = folded.AsSpan(0, written).SequenceEqual(text);

        Assert.Equal(unchanged, SourceText.IsOnOneLine(text));

        var data = new TranscriptData();
        data.Clear(text.AsMemory(), null);
        Assert.Equal(new string(folded, 0, written), data.ToStringOrNull(SourceText.FoldLines(text, data)) ?? string.Empty);
    }

    [Theory]
    [InlineData("Copyright © 2004 National Public Radio®. All rights reserved.", null)]
    [InlineData("Transcript provided by NPR, Copyright NPR.", "NPR")]
    [InlineData("TRANSCRIPT BY Calder Captioning. Provided by Harbor Radio, 2020", "Harbor Radio")]
    [InlineData("Transcription by Lakeside Captions Inc", "Lakeside Captions Inc")]
    [InlineData("Tran\u017Fcript by Someone", null)]
    [InlineData("Transcribed by Kelvin Media; provided by", "Kelvin Media")]
    [InlineData("provided\u00A0by nobody", null)]
    public void The_provider_is_named_after_the_first_phrase_found(string footer, string? provider)
    {
        var data = new TranscriptData();
        data.Clear(footer.AsMemory(), null);

        var found = FooterFacts.Provider(data, TextRef.InInput(0, footer.Length));

        Assert.Equal(provider, data.ToStringOrNull(found));
    }

    [Fact]
    public void Labels_are_matched_alike_whether_a_page_has_few_or_many()
    {
        // Full names, surnames that join them, a surname two people share, a generic voice twice, an honorific that
        // keeps a surname apart, initials: then, for the many, 40 more people who speak after them.
        const string Page = """
            TITLE

            OSKAR ABERG: Good evening. I'm Oskar Aberg.

            TILDE ABERG, correspondent: Thanks, Oskar.

            DAVID GREGORY: Glad to be here.

            GREGORY: Really glad. Are you?

            ABERG: It is a question for later.

            UNIDENTIFIED MAN #1: Hello?

            Mr. WENDELL OSTRANDER (Director, Tidewater Shellfish Cooperative): Hello.

            Ms. OSTRANDER: Hi.

            Mr. OSTRANDER: Hello again.

            CAROL OFF: Welcome.

            CO: And welcome back.

            UNIDENTIFIED MAN #1: Goodbye?

            GREGORY: Are we done?

            """;
        var many = new System.Text.StringBuilder(Page);
        for (int i = 0; i < 40; i++)
        {
            many.Append("PERSON NUMBER").Append((char)('A' + (i % 26))).Append((char)('A' + (i / 26))).Append(" FILLER: Words.\n\n");
        }

        var few = Transcript.Parse(Page);
        var all = Transcript.Parse(many.ToString());

        Assert.True(few.Speakers.Length >= 8);
        Assert.Equal(few.Speakers.Length + 40, all.Speakers.Length);
        for (int i = 0; i < few.Speakers.Length; i++)
        {
            var a = few.Speakers[i];
            var b = all.Speakers[i];
            Assert.Equal((a.Name, string.Join("|", a.Labels), a.Role, a.RoleEvidence), (b.Name, string.Join("|", b.Labels), b.Role, b.RoleEvidence));
        }

        Assert.Equal(few.Diagnostics.Length, all.Diagnostics.Length);
        for (int b = 0; b < few.Blocks.Length; b++)
        {
            Assert.Equal(few.Blocks[b].Speaker?.Id, all.Blocks[b].Speaker?.Id);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("2004")]
    [InlineData("007")]
    [InlineData("123456789")]
    [InlineData("1234567890")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("99999999999")]
    [InlineData("12\0")]
    [InlineData("12\0\0")]
    [InlineData("\u0000")]
    [InlineData("12a")]
    [InlineData("+12")]
    [InlineData("-1")]
    [InlineData(" 12")]
    [InlineData("12 ")]
    [InlineData("\u0661\u0662")]
    [InlineData("June")]
    public void Digits_are_read_as_the_number_parser_reads_them(string text)
    {
        bool parsed = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int expected);

        Assert.Equal((parsed, expected), (HeaderFacts.TryParseDigits(text, out int value), value));
    }

    [Fact]
    public void Each_turn_finds_its_own_label_when_many_labels_come_back_in_turn()
    {
        // Far more labels than the quick sets hold, met again in several orders: some share a set with two others.
        var names = new string[400];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = "LENA " + (char)('A' + (i % 26)) + (char)('A' + (i / 26 % 26)) + "MORK";
        }

        var text = new System.Text.StringBuilder();
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < names.Length; i++)
            {
                int label = round switch { 0 => i, 1 => names.Length - 1 - i, _ => (i * 7) % names.Length };
                text.Append(names[label]).Append(": Words of the turn.\n\n");
                text.Append(names[(label + 1) % names.Length]).Append(": A reply.\n\n");
            }
        }

        var source = text.ToString();
        var data = new TranscriptData();
        data.Clear(source.AsMemory(), null);
        var builder = new TranscriptBuilder();
        builder.Build(data, new TranscriptParseOptions(), records: false);

        var firstOfLabel = new System.Collections.Generic.Dictionary<int, string>();
        var labelOfText = new System.Collections.Generic.Dictionary<string, int>();
        int turns = 0;
        foreach (var draft in builder.Drafts)
        {
            Assert.Equal(BlockKind.Turn, draft.Kind);
            turns++;
            string label = source.Substring(draft.LabelSpan.Start, draft.LabelSpan.Length);
            if (firstOfLabel.TryGetValue(draft.LabelIndex, out var seen))
            {
                Assert.Equal(seen, label);
            }
            else
            {
                firstOfLabel.Add(draft.LabelIndex, label);
            }

            Assert.Equal(draft.LabelIndex, labelOfText.TryGetValue(label, out int index) ? index : labelOfText[label] = draft.LabelIndex);
        }

        Assert.Equal(names.Length * 6, turns);
        Assert.Equal(names.Length, labelOfText.Count);
    }

    [Theory]
    [InlineData("voice-over")]
    [InlineData("VOICE OVER")]
    [InlineData("on camera")]
    [InlineData("Director, Calder County Library")]
    [InlineData("Author, \"Brine and Bone: A Harbor Memoir\"")]
    [InlineData("as Stu Price")]
    [InlineData("  AS  Stu")]
    [InlineData("As")]
    [InlineData("gas station")]
    [InlineData("speaking")]
    [InlineData("speaking Spanish")]
    [InlineData("through translator")]
    [InlineData("TRANSLATED")]
    [InlineData("off-mike, laughing")]
    [InlineData("soundbite of voice-over")]
    [InlineData("begin voice-over")]
    [InlineData("00:22")]
    [InlineData("ph")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("vo\u0131ce-over")]
    [InlineData("VOICE-OVER \u00E9t\u00E9")]
    [InlineData("\u017Fpeaking French")]
    [InlineData("on the \u212Aphone")]
    public void A_parenthesis_is_a_delivery_note_as_the_cue_kinds_say(string contents)
    {
        Assert.Equal(ClassifiedDeliveryOrTranslation(contents), SpeakerResolver.IsDeliveryOrTranslation(contents));
    }

    [Fact]
    public void A_parenthesis_is_a_delivery_note_as_the_cue_kinds_say_on_random_and_sample_text()
    {
        string[] pieces =
        [
            "voice", "-", "over", "VOICE", "OVER", "on", "ON", "camera", "CAMERA", "off", "OFF", "mike", "MIKE", "screen", "the",
            "phone", "via", "tele", "TRANSLAT", "translator", "ed", "speaking", "SPEAKING", "as", "AS", "begin", "END", "end",
            "music", "Director", ",", "\"", ":", "(", ")", "\u00E9", "\u0131", "\u017F", "\u212A", "\t", "30", "00:22",
        ];
        string[] separators = ["", " ", " ", "  ", "-"];
        var random = new Random(20261130);
        for (int run = 0; run < 20000; run++)
        {
            string contents = Support.RandomText.Join(random, pieces, 0, 8, separators, lastSeparatorSometimes: true);
            if (random.Next(8) == 0)
            {
                contents = new string('x', random.Next(250, 300)) + contents;
            }

            Assert.True(ClassifiedDeliveryOrTranslation(contents) == SpeakerResolver.IsDeliveryOrTranslation(contents), contents);
        }

        foreach (string sample in Support.Samples.Names)
        {
            string text = Support.Samples.Read(sample);
            for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
            {
                int close = text.IndexOf(')', open);
                if (close < 0)
                {
                    break;
                }

                string contents = text[(open + 1)..close];
                Assert.True(ClassifiedDeliveryOrTranslation(contents) == SpeakerResolver.IsDeliveryOrTranslation(contents), contents);
            }
        }
    }

    private static bool ClassifiedDeliveryOrTranslation(string contents) =>
        AnnotationScanner.Classify(contents) is AnnotationKind.Delivery or AnnotationKind.Translation;

    [Fact]
    public void A_label_the_reader_recalls_gets_the_index_its_text_gets()
    {
        // Labels recalled by the reader's memory take the index last given to their memory id; labels alike but for case
        // or spacing, labels pushed out of the memory and lines turned down as labels must not take a wrong index,
        // in any document one builder builds after another. Each label text has one index, given in order of first use.
        string[] labels =
        [
            "MARSDEN", "Marsden", "MARSDEN ", "Dale Fenwick", "DALE FENWICK", "Dale Fenwick, Calder County Commissioner", "Dale Ferris",
            "Dale Fenn", "Dale Fe", "Mr. OSTRANDER", "Ms. OSTRANDER", "Judy Woodruff", "Miller", "LENA MORK", "LENA  MORK",
            "LENA MORK, HOST", "LENA MORK (voice-over)", "Speaker 1", "AB", "ABC", "ABD",
        ];
        string[] speech = ["Words of the turn.", "Yes?", "(LAUGHTER) Right.", "", "10:30 is late.", "(through translator) We came.", "https://example.com"];
        string[] others = ["Narration goes on here.", "(LAUGHTER)", "and wraps, after a cut", "[inaudible]", "Q: What then?"];
        string[] separators = ["\n", "\n\n", "\n\n", "\r\n\r\n"];
        var random = new Random(20261130);
        var builder = new TranscriptBuilder();
        var data = new TranscriptData();
        var labelOfText = new System.Collections.Generic.Dictionary<string, int>();
        for (int run = 0; run < 2000; run++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(0, 60);
            for (int i = 0; i < count; i++)
            {
                if (random.Next(6) == 0)
                {
                    text.Append(others[random.Next(others.Length)]);
                }
                else
                {
                    text.Append(labels[random.Next(labels.Length)]).Append(':').Append(random.Next(3) == 0 ? "" : " ").Append(speech[random.Next(speech.Length)]);
                }

                text.Append(separators[random.Next(separators.Length)]);
            }

            string source = text.ToString();
            data.Clear(source.AsMemory(), null);
            builder.Build(data, new TranscriptParseOptions(), records: run % 2 == 0);
            labelOfText.Clear();
            foreach (var draft in builder.Drafts)
            {
                if (draft.Kind != BlockKind.Turn)
                {
                    continue;
                }

                string label = source.Substring(draft.LabelSpan.Start, draft.LabelSpan.Length);
                if (!labelOfText.TryGetValue(label, out int index))
                {
                    index = labelOfText.Count;
                    labelOfText.Add(label, index);
                }

                Assert.True(index == draft.LabelIndex, source);
            }
        }
    }

    [Fact]
    public void A_body_is_told_to_have_no_labels_exactly_when_none_of_its_blocks_is_a_turn()
    {
        // The turns are counted as their labels are registered; here they are counted among the blocks built.
        string[] pieces =
        [
            "LENA MORK: It was cold.", "ARVID STEN: Very?", "Narration goes on here.", "and wraps, after a cut", "(LAUGHTER)",
            "[inaudible]", "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)", "WEBVTT", "00:00:01.000 --> 00:00:02.000",
            "<v Lena Mork>It was cold", "<v Arvid Sten>No.", "Copyright 2020 NPR. All rights reserved.", "TITLE LINE",
        ];
        string[] separators = ["\n", "\n\n", " "];
        var random = new Random(20261129);
        var builder = new TranscriptBuilder();
        var data = new TranscriptData();
        for (int run = 0; run < 3000; run++)
        {
            string text = Support.RandomText.Join(random, pieces, 0, 10, separators);
            data.Clear(text.AsMemory(), null);
            builder.Build(data, new TranscriptParseOptions(), records: run % 2 == 0);

            bool anyTurn = false;
            foreach (var draft in builder.Drafts)
            {
                anyTurn |= draft.Kind == BlockKind.Turn;
            }

            bool told = false;
            foreach (var diagnostic in data.Diagnostics.AsSpan(0, data.DiagnosticCount))
            {
                told |= diagnostic.Code == "TP0102";
            }

            Assert.True(told == (!anyTurn && builder.Drafts.Length > 0), text);
        }
    }
}
