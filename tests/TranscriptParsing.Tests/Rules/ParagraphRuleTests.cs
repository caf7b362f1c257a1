using System;
using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Paragraphs and turns" (R-PAR-*).</summary>
public class ParagraphRuleTests
{
    [Fact]
    public void A_paragraph_runs_to_a_blank_line_or_the_next_label()
    {
        var t = RuleBook.Parse("R-PAR-01");

        Assert.Equal(
            [
                ("TOVE ARDEN, HOST", "The ferry runs twice a day\nin summer and once in winter.", 1),
                ("IVO STRAND", "Except in storms.", 3),
            ],
            t.Blocks.Select(b => (b.Label, b.Text, b.LineNumber)));
    }

    [Fact]
    public void An_unlabelled_paragraph_after_a_turn_continues_it()
    {
        string text = RuleBook.Example("R-PAR-02");
        var tokens = ReaderTokens.Read(text);
        Assert.Equal(
            [TranscriptTokenKind.Turn, TranscriptTokenKind.Continuation, TranscriptTokenKind.Turn],
            tokens.Select(token => token.Kind));

        var t = Transcript.Parse(text);
        Assert.Equal(2, t.Blocks.Length);
        Assert.Equal("The ferry runs twice a day.\n\nIn winter it runs once.", t.Blocks[0].Text);
        Assert.Equal(RuleText.Find(text, "TOVE ARDEN, HOST: The ferry runs twice a day.\n\nIn winter it runs once."), t.Blocks[0].Span);
        Assert.Equal(["s1", "s2"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void An_unlabelled_paragraph_before_any_turn_is_narration()
    {
        var t = RuleBook.Parse("R-PAR-03");

        Assert.Equal(
            [(BlockKind.Narration, (string?)null, "The wind picked up after midnight."), (BlockKind.Turn, "s1", "By morning the ferry had stopped.")],
            t.Blocks.Select(b => (b.Kind, b.SpeakerId, b.Text)));
        Assert.Null(t.Blocks[0].Label);
    }

    [Fact]
    public void A_label_after_the_end_of_a_sentence_starts_a_turn()
    {
        var t = RuleBook.Parse("R-PAR-04");

        Assert.Equal(
            [
                ("IVO STRAND", "Who knew the dam would hold?", 1, 1),
                ("PELL", "Nobody did.", 1, 42),
                ("IVO STRAND", "I was about to say--", 3, 1),
                ("PELL", "Say it.", 3, 34),
            ],
            t.Blocks.Select(b => (b.Label, b.Text, b.LineNumber, b.ColumnNumber)));
    }

    [Fact]
    public void A_label_glued_to_the_end_of_a_sentence_starts_a_turn()
    {
        string text = RuleBook.Example("R-PAR-05");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("IVO STRAND", "That was our report from the delta."), ("LENA PELL, HOST", "And now the weather.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(text.IndexOf("LENA", StringComparison.Ordinal), t.Blocks[1].Span.Start);
    }

    [Fact]
    public void After_a_comma_only_a_full_name_starts_a_turn()
    {
        var t = RuleBook.Parse("R-PAR-06");

        Assert.Equal(
            [
                ("IVO STRAND", "We spoke with the foreman,"),
                ("LENA PELL", "We finished on time."),
                ("IVO STRAND", "We asked the mayor, PELL: no answer came."),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void A_caption_marker_inside_a_paragraph_starts_a_turn()
    {
        string text = RuleBook.Example("R-PAR-07");
        var tokens = ReaderTokens.Read(text);

        Assert.Equal(
            [("IVO STRAND", LabelStyle.Capitals, "The harbor is quiet tonight"), ("host", LabelStyle.Caption, "thanks for that report.")],
            tokens.Select(t => (t.Label, t.Style, t.Text)));
        Assert.Equal(text.IndexOf(">>", StringComparison.Ordinal), tokens[1].Span.Start);
    }

    [Fact]
    public void An_inline_label_takes_in_the_whole_name_and_role()
    {
        var t = RuleBook.Parse("R-PAR-08");

        Assert.Equal(
            [("IVO STRAND", "That's the news."), ("SALLY OBI, HARBOR RADIO SENIOR REPORTER", "Thanks, Ivo.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal("Sally Obi", t.Blocks[1].Speaker!.Name);
    }

    [Fact]
    public void An_inline_label_takes_in_an_initial_with_its_period()
    {
        string text = RuleBook.Example("R-PAR-09");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("IVO STRAND", "Over to you."), ("S. O'TOOLE", "Thanks, Ivo.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(text.IndexOf("S. O'TOOLE", StringComparison.Ordinal), t.Blocks[1].Span.Start);
    }

    [Fact]
    public void A_label_wrapped_after_its_comma_is_one_label()
    {
        var t = RuleBook.Parse("R-PAR-10");

        Assert.Equal(2, t.Blocks.Length);
        var guest = t.Blocks[1];
        Assert.Equal(("HOLLIS GRANT, CHIEF ENGINEER", "Thanks for having me.", 3), (guest.Label, guest.Text, guest.LineNumber));
        Assert.Equal("HOLLIS GRANT,\nCHIEF ENGINEER", guest.LabelChars.ToString());
        Assert.Equal(("Hollis Grant", "CHIEF ENGINEER"), (guest.Speaker!.Name, guest.Speaker.Title));
    }

    [Fact]
    public void A_label_wrapped_after_a_comma_of_its_role_is_one_label()
    {
        var t = RuleBook.Parse("R-PAR-11");

        Assert.Equal(2, t.Blocks.Length);
        var guest = t.Blocks[1];
        Assert.Equal("HOLLIS GRANT, Chief Engineer, Lower Basin Authority, Marrow Valley", guest.Label);
        Assert.Equal(("Thanks for having me.", 3), (guest.Text, guest.LineNumber));
        Assert.Equal("Hollis Grant", guest.Speaker!.Name);
    }

    [Fact]
    public void A_line_of_times_alone_is_a_time_stamp_cue()
    {
        string text = RuleBook.Example("R-PAR-12");
        var tokens = ReaderTokens.Read(text);
        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, AnnotationKind.Other),
                (TranscriptTokenKind.Annotation, AnnotationKind.Timestamp),
                (TranscriptTokenKind.Annotation, AnnotationKind.Timestamp),
                (TranscriptTokenKind.Annotation, AnnotationKind.Timestamp),
                (TranscriptTokenKind.Continuation, AnnotationKind.Other),
            ],
            tokens.Select(t => (t.Kind, t.Annotation)));
        Assert.Equal("0:00:03.680 --> 0:00:09.559", tokens[2].Text);

        // The turn stays open: the paragraph after the times continues it and takes them in as cues.
        var turn = Assert.Single(Transcript.Parse(text).Blocks);
        Assert.Equal(
            [RuleText.Find(text, "00:02:42"), RuleText.Find(text, "0:00:03.680 --> 0:00:09.559"), RuleText.Find(text, ":00:35.:00:45.")],
            turn.Cues.Select(c => c.Span));
        Assert.EndsWith("And here's the rest.", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_line_of_subtitles_is_a_paragraph_with_its_time()
    {
        var t = RuleBook.Parse("R-PAR-13");

        Assert.Equal(
            [
                (BlockKind.Narration, "00:00.060 - 00:05.560", "The tide tables are out.", 1),
                (BlockKind.Narration, "00:05.560 - 00:09.100", "They say the spring tides come early.", 2),
            ],
            t.Blocks.Select(b => (b.Kind, b.Time, b.Text, b.LineNumber)));
    }

    [Fact]
    public void A_mixed_case_label_in_a_text_of_capital_labels_must_recur()
    {
        string text = RuleBook.Example("R-PAR-14");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [
                ("IVO STRAND", "The report is in."),
                ("LENA PELL", "What does it say?\n\nPage Four: the budget tables are missing."),
                ("Rafe Quinlan", "It says the budget is short."),
                ("Rafe Quinlan", "By a lot."),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));

        // After a mixed-case label has been read, the same line is a label.
        const string pageFour = "Page Four: the budget tables are missing.\n\n";
        string later = text.Replace(pageFour, string.Empty, StringComparison.Ordinal) + "\n\n" + pageFour.TrimEnd();
        Assert.Equal("Page Four", Transcript.Parse(later).Blocks[^1].Label);
    }

    [Fact]
    public void A_bullet_before_a_paragraph_is_not_part_of_its_text()
    {
        string text = RuleBook.Example("R-PAR-15");
        var t = Transcript.Parse(text);

        var narration = t.Blocks[0];
        Assert.Equal((BlockKind.Narration, "You're listening to Harbor Hour."), (narration.Kind, narration.Text));
        Assert.Equal(RuleText.Find(text, "• You're listening to Harbor Hour."), narration.Span);
        Assert.Equal(BlockKind.Turn, t.Blocks[1].Kind);
    }

    [Fact]
    public void A_sentence_ends_before_an_inline_label_in_capitals()
    {
        var t = RuleBook.Parse("R-PAR-16");

        Assert.Equal(
            [("IVO STRAND", "Good evening."), ("SALLY OBI", "THAT'S ALL FROM THE HARBOR. THANK YOU."), ("IVO STRAND", "THE FERRY IS LATE AGAIN.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void In_captions_in_capitals_the_speech_after_an_inline_label_is_in_capitals()
    {
        var t = RuleBook.Parse("R-PAR-17");

        Assert.Equal(
            [
                ("IVO STRAND", "Good evening."),
                ("SALLY OBI", "THAT'S ALL FROM THE HARBOR TONIGHT. THANK YOU VERY MUCH."),
                ("IVO STRAND", "THE FERRY IS LATE AGAIN"),
                ("SALLY OBI", "The schedule changed today. HARBOR NOTICE: ALL FERRIES CANCELLED"),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void A_timed_line_of_subtitles_whose_hours_are_cut_off()
    {
        var t = RuleBook.Parse("R-PAR-18");

        Assert.Equal(
            [
                (BlockKind.Narration, ":00:39. > :00:46", "Good morning, and welcome to the harbor"),
                (BlockKind.Narration, ":00:46. > :00:53", "where the tide is out and the ferry is late."),
            ],
            t.Blocks.Select(b => (b.Kind, b.Time, b.Text)));
    }

    [Fact]
    public void A_Q_after_a_sentence_starts_a_question_inside_a_paragraph()
    {
        var t = RuleBook.Parse("R-PAR-19");

        Assert.Equal(
            [
                ("MS. ARDEN", "Good afternoon.  Over to the captain."),
                ("MR. STRAND", "Thank you."),
                ("Q", "Is the ferry late?"),
                ("MR. STRAND", "It is."),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void A_caption_wrapped_across_a_blank_line_stays_one_block()
    {
        var t = RuleBook.Parse("R-PAR-20");

        Assert.Equal([BlockKind.Narration, BlockKind.Narration], t.Blocks.Select(b => b.Kind));
        Assert.Equal("Tonight the ferry\n\nschedule is cut again and the\n\ncouncil votes on the harbor budget.", t.Blocks[0].Text);
        Assert.Equal("Good evening, I'm Tove Arden.", t.Blocks[1].Text);
    }

    [Fact]
    public void Read_more_ends_a_story_on_a_page_of_several()
    {
        string text = RuleBook.Example("R-PAR-21");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("LENA MARSH, HOST", "The harbor opens at dawn."), ("TOVE ARDEN, HOST", "Fares go up on Monday.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(
            [
                (ChromeKind.Navigation, "Read more", 3),
                (ChromeKind.Other, "Around the Coast", 4),
                (ChromeKind.Navigation, "6:10 am", 5),
                (ChromeKind.AirDate, "Fri June 7, 2019", 6),
                (ChromeKind.Other, "Ferry Fares Rise Again", 8),
                (ChromeKind.AirDate, "Originally published on Fri June 7, 2019 9:02 am", 10),
                (ChromeKind.Navigation, "Transcript", 12),
            ],
            t.Header.Chrome.Select(c => (c.Kind, c.Text, c.LineNumber)));
        Assert.Equal(RuleText.Find(text, "Read more"), t.Header.Chrome[0].Span);

        // The later story's date is not the page's.
        Assert.Null(t.Header.AirDate);

        // The reader gives the furniture as chrome tokens between the two turns.
        Assert.Equal(
            [TranscriptTokenKind.Turn, .. Enumerable.Repeat(TranscriptTokenKind.Chrome, 7), TranscriptTokenKind.Turn],
            ReaderTokens.Read(text).Select(token => token.Kind));
    }

    [Fact]
    public void The_furniture_between_two_stories_ends_at_a_sentence_or_a_label()
    {
        var t = RuleBook.Parse("R-PAR-22");

        Assert.Equal(["Read more", "Ferry Fares Rise Again"], t.Header.Chrome.Select(c => c.Text));
        Assert.Equal(
            [
                (BlockKind.Turn, "s1", "The harbor opens at dawn."),
                (BlockKind.Narration, null, "Fares go up on Monday, the council said."),
                (BlockKind.Turn, "s2", "And the ferry?"),
            ],
            t.Blocks.Select(b => (b.Kind, b.SpeakerId, b.Text)));

        // A quoted title is furniture; a sentence in quotes is not, and neither is a label that ends no sentence.
        var quoted = Transcript.Parse("LENA MARSH, HOST: Dawn.\n\nRead more\nFerries 'Back Soon'\n\n\"Fares rise.\"\n\nTOVE ARDEN: Monday\n");
        Assert.Equal(["Read more", "Ferries 'Back Soon'"], quoted.Header.Chrome.Select(c => c.Text));
        Assert.Equal(
            [(BlockKind.Turn, "Dawn."), (BlockKind.Narration, "\"Fares rise.\""), (BlockKind.Turn, "Monday")],
            quoted.Blocks.Select(b => (b.Kind, b.Text)));

        // A teaser wrapped at a word is not furniture: its sentence goes on in lower case on the next line.
        var wrapped = Transcript.Parse("LENA MARSH, HOST: Dawn.\n\nRead more\nThe council voted to raise\nfares on Monday.\n\nTOVE ARDEN: Monday\n");
        Assert.Equal(["Read more"], wrapped.Header.Chrome.Select(c => c.Text));
        Assert.Equal(
            [(BlockKind.Turn, "Dawn."), (BlockKind.Narration, "The council voted to raise\nfares on Monday."), (BlockKind.Turn, "Monday")],
            wrapped.Blocks.Select(b => (b.Kind, b.Text)));

        // Narration cut at a word before the story's end is not joined to a sentence that goes on after the furniture
        // (R-PAR-20): the block would take the furniture in.
        var cut = Transcript.Parse("JOE: Hi.\n\n(SOUNDBITE OF MUSIC)\n\nHarbor news tonight\n\nRead more\nAround the Coast\n\nfares go up on Monday.\n");
        Assert.Equal(["Read more", "Around the Coast"], cut.Header.Chrome.Select(c => c.Text));
        Assert.Equal(["Hi.", "SOUNDBITE OF MUSIC", "Harbor news tonight", "fares go up on Monday."], cut.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_copyright_notice_inside_the_body_ends_a_story()
    {
        string text = RuleBook.Example("R-PAR-23");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [(ChromeKind.Notice, "Copyright 2020 NPR. To see more, visit https://www.npr.org."), (ChromeKind.Navigation, "Transcript")],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal(
            [("LENA MARSH, HOST", ""), ("TOVE ARDEN, HOST", "The ferry council meets tonight.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Null(t.Footer);

        // The same notice at the end of the page is its footer.
        var last = Transcript.Parse(text + "\nCopyright 2020 NPR. To see more, visit https://www.npr.org.\n");
        Assert.Equal(2, last.Header.Chrome.Length);
        Assert.Equal("Copyright 2020 NPR. To see more, visit https://www.npr.org.", last.Footer?.Text);
    }
}
