using System;
using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Speaker labels" (R-LBL-*).</summary>
public class LabelRuleTests
{
    [Fact]
    public void A_name_in_capitals_before_a_colon_is_a_label()
    {
        string text = RuleBook.Example("R-LBL-01");
        var token = Assert.Single(ReaderTokens.Read(text));

        Assert.Equal((TranscriptTokenKind.Turn, LabelStyle.Capitals), (token.Kind, token.Style));
        Assert.Equal(("MARGO FENWICK", "MARGO FENWICK"), (token.Label, token.Name));
        Assert.Equal("The ferry left at dawn.", token.Text);
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
        Assert.Equal("Margo Fenwick", Assert.Single(Transcript.Parse(text).Speakers).Name);
    }

    [Fact]
    public void Mc_in_a_name_in_capitals_keeps_it_in_capitals()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-02"));

        Assert.Equal((LabelStyle.Capitals, "EWAN McALLISTER", "I run the ferry."), (token.Style, token.Label, token.Text));
    }

    [Fact]
    public void An_honorific_in_mixed_case_before_a_name_in_capitals()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-03"));

        Assert.Equal(LabelStyle.Capitals, token.Style);
        Assert.Equal(("Mr. ALDO BRENNAN", "Mr.", "ALDO BRENNAN"), (token.Label, token.Honorific, token.Name));
        var speaker = Assert.Single(RuleBook.Parse("R-LBL-03").Speakers);
        Assert.Equal(("Aldo Brennan", "Mr."), (speaker.Name, speaker.Honorific));
    }

    [Fact]
    public void A_role_after_a_comma_is_part_of_the_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-04");

        Assert.Equal(
            [
                ("TESSA MARLOW, HOST", "TESSA MARLOW", "HOST", "Good morning."),
                ("PIET VOSS, byline", "PIET VOSS", "byline", "The lake froze early."),
                ("RUTH OYELARAN, Director, Calder County Library", "RUTH OYELARAN", "Director, Calder County Library", "We open at nine."),
            ],
            tokens.Select(t => (t.Label, t.Name, t.Role, t.Text)));
        Assert.All(tokens, t => Assert.Equal(TranscriptTokenKind.Turn, t.Kind));
    }

    [Fact]
    public void A_quoted_show_name_may_open_the_role()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-05"));

        Assert.Equal(("NILS BROOK, \"HARBOR HOUR\" HOST", "NILS BROOK", "\"HARBOR HOUR\" HOST"), (token.Label, token.Name, token.Role));
        Assert.Equal("Welcome aboard.", token.Text);
    }

    [Fact]
    public void A_parenthetical_may_hold_a_colon()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-06"));

        Assert.Equal("Mr. HALVARD PENN (Author, \"Salt Roads: A History\")", token.Label);
        Assert.Equal(("Mr.", "HALVARD PENN", "Author, \"Salt Roads: A History\""), (token.Honorific, token.Name, token.Parenthetical));
        Assert.Equal("The book took six years.", token.Text);
    }

    [Fact]
    public void A_role_may_follow_the_parentheses_without_a_comma()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-07"));
        Assert.Equal(
            ("HALDOR VIK (R-ME) HARBOR COMMISSIONER", "HALDOR VIK", "R-ME", "HARBOR COMMISSIONER"),
            (token.Label, token.Name, token.Parenthetical, token.Role));
        Assert.Equal("The pier is safe.", token.Text);

        var speaker = Assert.Single(RuleBook.Parse("R-LBL-07").Speakers);
        Assert.Equal(("Haldor Vik", "HARBOR COMMISSIONER", "R-ME"), (speaker.Name, speaker.Title, speaker.Affiliation));
    }

    [Fact]
    public void A_time_stamp_in_the_labels_parentheses_is_the_turns_time()
    {
        var token = Assert.Single(ReaderTokens.OfRule("R-LBL-08"));
        Assert.Equal(("KAI LUND", "20:01:03", string.Empty), (token.Label, token.Time, token.Parenthetical));

        var block = Assert.Single(RuleBook.Parse("R-LBL-08").Blocks);
        Assert.Equal(("KAI LUND", "20:01:03", "Good evening."), (block.Label, block.Time, block.Text));
    }

    [Fact]
    public void A_time_stamp_in_brackets_before_the_label_is_the_turns_time()
    {
        string text = RuleBook.Example("R-LBL-09");
        var block = Assert.Single(Transcript.Parse(text).Blocks);

        Assert.Equal(BlockKind.Turn, block.Kind);
        Assert.Equal(("DANA ORTIZ, RIVERCAST ANCHOR", "20:00:15", "Welcome back."), (block.Label, block.Time, block.Text));
        Assert.Equal(new TextSpan(0, text.Length), block.Span);
    }

    [Fact]
    public void A_time_stamp_right_after_the_colon_is_the_turns_time()
    {
        string text = RuleBook.Example("R-LBL-10");
        var block = Assert.Single(Transcript.Parse(text).Blocks);

        Assert.Equal(("ODILE VARGA", "00:22"), (block.Label, block.Time));
        Assert.Equal("(00:22) Thanks for having me.", block.Text);
        var cue = Assert.Single(block.Cues);
        Assert.Equal((AnnotationKind.Timestamp, RuleText.Find(text, "(00:22)")), (cue.Kind, cue.Span));
    }

    [Fact]
    public void A_name_in_mixed_case_before_a_colon_is_a_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-11");

        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, LabelStyle.MixedCase, "Greta Vance"),
                (TranscriptTokenKind.Turn, LabelStyle.MixedCase, "Ludwig van Dree"),
                (TranscriptTokenKind.Turn, LabelStyle.MixedCase, "Greta Vance"),
            ],
            tokens.Select(t => (t.Kind, t.Style, t.Label)));
        Assert.Equal(["Greta Vance", "Ludwig van Dree"], RuleBook.Parse("R-LBL-11").Speakers.Select(s => s.Name));
    }

    [Fact]
    public void Generic_and_numbered_speakers_are_labels()
    {
        var t = RuleBook.Parse("R-LBL-12");

        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 1", "Unidentified Woman #2"], t.Blocks.Select(b => b.Label));
        Assert.All(t.Blocks, b => Assert.Equal(BlockKind.Turn, b.Kind));
        Assert.Equal(["s1", "s2", "s1", "s3"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void A_single_name_in_mixed_case_is_a_label_where_mixed_case_labels_are_the_rule()
    {
        string text = RuleBook.Example("R-LBL-13");
        var tokens = ReaderTokens.Read(text);

        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, "Greta Vance"),
                (TranscriptTokenKind.Turn, "Ludwig van Dree"),
                (TranscriptTokenKind.Turn, "Greta Vance"),
                (TranscriptTokenKind.Turn, "Okafor"),
            ],
            tokens.Select(t => (t.Kind, t.Label)));
        Assert.Equal((LabelStyle.MixedCase, "Much lower."), (tokens[3].Style, tokens[3].Text));

        // After one mixed-case turn only, the same line is text.
        string early = text.Replace("Ludwig van Dree: It was lower in the spring.\n\nGreta Vance: Lower than this?\n\n", string.Empty, System.StringComparison.Ordinal);
        Assert.Equal(["Greta Vance"], Transcript.Parse(early).Blocks.Select(b => b.Label));
    }

    [Fact]
    public void Q_and_A_before_a_colon_are_labels()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-14");

        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, LabelStyle.Capitals, "MS. TOLLAND"),
                (TranscriptTokenKind.Turn, LabelStyle.QuestionAnswer, "Q"),
                (TranscriptTokenKind.Turn, LabelStyle.QuestionAnswer, "A"),
                (TranscriptTokenKind.Continuation, LabelStyle.None, string.Empty),
            ],
            tokens.Select(t => (t.Kind, t.Style, t.Label)));
        Assert.Equal("B: Not a label.", tokens[3].Text);
    }

    [Fact]
    public void Q_and_a_wide_gap_is_a_question_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-15");

        Assert.Equal(
            [("MS. TOLLAND", LabelStyle.Capitals), ("Q", LabelStyle.QuestionAnswer), ("MS. TOLLAND", LabelStyle.Capitals)],
            tokens.Select(t => (t.Label, t.Style)));
        Assert.Equal("And the ferry?", tokens[1].Text);
    }

    [Fact]
    public void A_name_after_a_caption_marker_is_a_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-16");

        Assert.Equal(
            [("rose", LabelStyle.Caption, "good evening and welcome."), ("FINN ABEL", LabelStyle.Caption, "thank you.")],
            tokens.Select(t => (t.Label, t.Style, t.Text)));
        Assert.Equal(0, tokens[0].Span.Start);
    }

    [Fact]
    public void A_webvtt_voice_tag_is_a_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-17");

        Assert.Equal(
            [("Sam Ide", LabelStyle.VoiceTag, "We start in the harbor."), ("Jo Pell", LabelStyle.VoiceTag, "The tide is out.")],
            tokens.Select(t => (t.Label, t.Style, t.Text)));
    }

    [Fact]
    public void A_hearing_record_label_ends_with_a_period()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-18");

        Assert.Equal(
            [
                ("Mr. Corwin", "Mr.", "Corwin", "The committee will come to order."),
                ("Mrs. Ekdahl", "Mrs.", "Ekdahl", "Thank you, Mr. Chairman."),
                ("Mr. Corwin", "Mr.", "Corwin", "The witness may begin."),
            ],
            tokens.Select(t => (t.Label, t.Honorific, t.Name, t.Text)));
        Assert.All(tokens, t => Assert.Equal(LabelStyle.Hearing, t.Style));
    }

    [Fact]
    public void A_hearing_title_opens_a_hearing_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-19");

        Assert.Equal(
            [("Mr. Corwin", LabelStyle.Hearing), ("Senator Blay", LabelStyle.Hearing)],
            tokens.Select(t => (t.Label, t.Style)));
        Assert.Equal("I have a question.", tokens[1].Text);
    }

    [Fact]
    public void A_name_alone_on_its_line_is_a_label_where_the_text_uses_them()
    {
        var t = RuleBook.Parse("R-LBL-20");

        Assert.Equal(
            [
                ("Nell Achebe", "Welcome to the show. Today we go underground."),
                ("Tomas Brandt", "It's cold down here, and very quiet."),
                ("Nell Achebe", "How deep are we?"),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.All(ReaderTokens.OfRule("R-LBL-20"), token => Assert.Equal(LabelStyle.OwnLine, token.Style));
        Assert.Equal(["s1", "s2", "s1"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void A_name_in_capitals_glued_to_the_speech_is_a_label()
    {
        var tokens = ReaderTokens.OfRule("R-LBL-21");

        Assert.Equal(
            [
                ("SAOIRSE KEANE", LabelStyle.Glued, "The lighthouse was dark for a decade."),
                ("BRAM OKAFOR", LabelStyle.Glued, "And now it shines again."),
            ],
            tokens.Select(t => (t.Label, t.Style, t.Text)));
    }

    [Fact]
    public void A_music_note_a_bullet_or_a_line_number_before_the_label()
    {
        string text = RuleBook.Example("R-LBL-22");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("WREN HOLLIS", "THE NIGHT IS YOUNG."), ("DAX MORROW", "And so are we."), ("LENA PELL", "Me too.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(RuleText.Find(text, "♪ WREN HOLLIS: THE NIGHT IS YOUNG."), t.Blocks[0].Span);
        Assert.Equal(RuleText.Find(text, "12. DAX MORROW: And so are we."), t.Blocks[1].Span);
        Assert.Equal(RuleText.Find(text, "• LENA PELL: Me too."), t.Blocks[2].Span);
    }

    [Fact]
    public void A_generic_speaker_in_brackets()
    {
        string text = RuleBook.Example("R-LBL-23");
        var t = Transcript.Parse(text);

        // The bracketed words that name no generic speaker are text: the paragraph continues the turn above it.
        Assert.Equal(
            [
                (BlockKind.Turn, "Announcer", "Funding for Harbor Week comes from the Ferry Fund."),
                (BlockKind.Turn, "Speaker 2", "Thank you for listening.\n\n[Harbor official] will speak at noon."),
            ],
            t.Blocks.Select(b => (b.Kind, b.Label, b.Text)));
        Assert.Equal(RuleText.Find(text, "[Announcer] Funding for Harbor Week comes from the Ferry Fund."), t.Blocks[0].Span);
        Assert.Equal(2, t.Speakers.Length);
    }

    [Fact]
    public void Parentheses_may_come_right_after_the_comma()
    {
        string text = RuleBook.Example("R-LBL-24");
        var tokens = ReaderTokens.Read(text);

        Assert.Equal(
            [
                ("SEN. MARIT HOLLAND, (D-ME) HARBOR COMMITTEE CHAIR", "SEN. MARIT HOLLAND", "D-ME", "HARBOR COMMITTEE CHAIR", "The dredging starts in May."),
                ("REP. OSKAR LIND, (R-ME)", "REP. OSKAR LIND", "R-ME", string.Empty, "It starts too late."),
            ],
            tokens.Select(t => (t.Label, t.Name, t.Parenthetical, t.Role, t.Text)));
        Assert.All(tokens, t => Assert.Equal(TranscriptTokenKind.Turn, t.Kind));

        var t = Transcript.Parse(text);
        Assert.Equal(
            [("Marit Holland", "Sen.", "D-ME", "HARBOR COMMITTEE CHAIR"), ("Oskar Lind", "Rep.", "R-ME", null)],
            t.Speakers.Select(s => (s.Name, s.Honorific, s.Affiliation, s.Title)));
        Assert.Equal(RuleText.Find(text, "SEN. MARIT HOLLAND, (D-ME) HARBOR COMMITTEE CHAIR: The dredging starts in May."), t.Blocks[0].Span);
    }

    [Fact]
    public void Single_names_in_mixed_case_that_take_turns_are_labels()
    {
        string text = RuleBook.Example("R-LBL-25");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("Brandt", "Did the ferry run today?"), ("Osei", "Twice, in the morning."), ("Brandt", "And the evening boat?"), ("Osei", "Cancelled for the wind.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.All(t.Blocks, b => Assert.Equal(BlockKind.Turn, b.Kind));
        Assert.Equal(["Brandt", "Osei"], t.Speakers.Select(s => s.Name));

        // A word that only comes back, with no other mixed-case label between, is text.
        string teasers = "Plus: a new ferry for the island.\n\nThen: the weather.\n\nPlus: a new ferry for the bay.\n";
        Assert.DoesNotContain(Transcript.Parse(teasers).Blocks, b => b.Kind == BlockKind.Turn);

        // Nor around labels in capitals.
        string capitals = "Brandt: Did the ferry run today?\n\nKOFI OSEI: Twice, in the morning.\n\nBrandt: And the evening boat?\n";
        Assert.Equal(["KOFI OSEI"], Transcript.Parse(capitals).Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));
    }

    [Fact]
    public void A_title_written_out_before_a_name_in_capitals_is_an_honorific()
    {
        var t = RuleBook.Parse("R-LBL-26");

        Assert.Equal(["TOVE ARDEN, HOST", "Governor ADA M. LIND"], t.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));
        Assert.Equal("Governor Lind said: the ferries will run.", t.Blocks[^1].Text[^41..]);
        var governor = t.Speakers[1];
        Assert.Equal(("Ada M. Lind", "Governor"), (governor.Name, governor.Honorific));

        var token = ReaderTokens.OfRule("R-LBL-26")[1];
        Assert.Equal((LabelStyle.Capitals, "Governor", "ADA M. LIND"), (token.Style, token.Honorific, token.Name));
    }

    [Fact]
    public void A_colon_inside_a_quoted_title_in_the_role_is_part_of_it()
    {
        var t = RuleBook.Parse("R-LBL-27");

        Assert.Equal(
            [("JUDY ARDEN", "Good evening."), ("EMMA HOLM, Co-Author, \u201CSalt Roads: A Memoir of the Harbor\u201D", "I could not sit through it.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        var holm = t.Speakers[1];
        Assert.Equal(("Co-Author", "\u201CSalt Roads: A Memoir of the Harbor\u201D"), (holm.Title, holm.Affiliation));

        // So it does for a label inside a paragraph, after a sentence.
        var inline = Transcript.Parse("JUDY ARDEN: Good evening. EMMA HOLM, Co-Author, \u201CSalt Roads: A Memoir of the Harbor\u201D: I could not.\n\nJUDY ARDEN: Why?");
        Assert.Equal(["JUDY ARDEN", "EMMA HOLM, Co-Author, \u201CSalt Roads: A Memoir of the Harbor\u201D", "JUDY ARDEN"], inline.Blocks.Select(b => b.Label));

        // A quote closed before the colon, or one that never closes, leaves the colon the label's own.
        Assert.Equal("EMMA HOLM, Co-Author, \"Salt Roads\"", Transcript.Parse("JUDY ARDEN: Hello.\n\nEMMA HOLM, Co-Author, \"Salt Roads\": A memoir: mine.").Blocks[1].Label);
        Assert.Equal("EMMA HOLM, Co-Author, \"Salt Roads", Transcript.Parse("JUDY ARDEN: Hello.\n\nEMMA HOLM, Co-Author, \"Salt Roads: A memoir of mine.").Blocks[1].Label);
    }

    [Fact]
    public void A_quoted_title_in_the_role_may_wrap_onto_the_next_line()
    {
        string text = RuleBook.Example("R-LBL-28");
        var t = Transcript.Parse(text);

        const string Title = "\u201CSalt Roads: A Memoir of the Harbor\u201D";
        Assert.Equal(
            [
                ("JUDY ARDEN", "Good evening. We begin with a memoir."),
                ("EMMA HOLM, Co-Author, " + Title, "I could not sit through it."),
                ("OSKAR HOLM, Co-Author, " + Title, "Nor could I."),
                ("JUDY ARDEN", "Why not?"),
            ],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(text.IndexOf("EMMA", StringComparison.Ordinal), t.Blocks[1].Span.Start);
        Assert.Equal(["Judy Arden", "Emma Holm", "Oskar Holm"], t.Speakers.Select(s => s.Name));
        Assert.Equal("Co-Author", t.Speakers[1].Title);

        // So it does at the start of a line.
        var own = Transcript.Parse("JUDY ARDEN: Hello.\n\nEMMA HOLM, Co-Author, \u201CSalt Roads:\nA Memoir of the Harbor\u201D: I could not.\n\nJUDY ARDEN: Why?");
        Assert.Equal(
            [("JUDY ARDEN", "Hello."), ("EMMA HOLM, Co-Author, " + Title, "I could not."), ("JUDY ARDEN", "Why?")],
            own.Blocks.Select(b => (b.Label, b.Text)));

        // A title that does not close on the next line, or closes only after a blank line, leaves the colon the label's own.
        Assert.Equal(
            "EMMA HOLM, Co-Author, \u201CSalt Roads",
            Transcript.Parse("JUDY ARDEN: Hello.\n\nEMMA HOLM, Co-Author, \u201CSalt Roads:\nA memoir of mine.\nOf the Harbor\u201D: I could not.").Blocks[1].Label);
        Assert.Equal(
            "EMMA HOLM, Co-Author, \u201CSalt Roads",
            Transcript.Parse("JUDY ARDEN: Hello.\n\nEMMA HOLM, Co-Author, \u201CSalt Roads:\n\nA Memoir of the Harbor\u201D: I could not.").Blocks[1].Label);
    }
}
