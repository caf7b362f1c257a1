using System;
using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Cues" (R-CUE-*).</summary>
public class CueRuleTests
{
    [Fact]
    public void A_cue_standing_alone_is_an_annotation_of_its_kind()
    {
        var t = RuleBook.Parse("R-CUE-01");

        Assert.Equal(BlockKind.Turn, t.Blocks[0].Kind);
        var cues = t.Blocks.Skip(1).ToList();
        Assert.All(cues, b => Assert.Equal(BlockKind.Annotation, b.Kind));
        Assert.Equal(
            [
                (AnnotationKind.Music, "SOUNDBITE OF MUSIC"),
                (AnnotationKind.Soundbite, "SOUNDBITE OF ARCHIVED RECORDING"),
                (AnnotationKind.Laughter, "LAUGHTER"),
                (AnnotationKind.Applause, "Applause"),
                (AnnotationKind.Crosstalk, "CROSSTALK"),
                (AnnotationKind.ClipStart, "BEGIN VIDEO CLIP"),
                (AnnotationKind.ClipEnd, "END VIDEO CLIP"),
                (AnnotationKind.Break, "COMMERCIAL BREAK"),
                (AnnotationKind.Correction, "POST-BROADCAST CORRECTION: An earlier version gave the wrong year."),
                (AnnotationKind.Inaudible, "inaudible"),
                (AnnotationKind.Phonetic, "ph"),
                (AnnotationKind.Translation, "through translator"),
                (AnnotationKind.Delivery, "as Captain Gale"),
                (AnnotationKind.Timestamp, "15:30:00"),
                (AnnotationKind.Other, "SIREN WAILING"),
            ],
            cues.Select(b => (b.AnnotationKind, b.Text)));

        // The span holds the parentheses or brackets; the text is what lies inside them.
        Assert.Equal("(SOUNDBITE OF MUSIC)", RuleText.Of(t, cues[0].Span));
        Assert.Equal("[Applause]", RuleText.Of(t, cues[3].Span));
    }

    [Fact]
    public void Cues_inside_the_text_are_listed_with_the_block()
    {
        string text = RuleBook.Example("R-CUE-02");
        var turn = Assert.Single(Transcript.Parse(text).Blocks);

        Assert.Equal(
            [
                (AnnotationKind.Laughter, RuleText.Find(text, "(LAUGHTER)")),
                (AnnotationKind.Inaudible, RuleText.Find(text, "[inaudible]")),
                (AnnotationKind.Phonetic, RuleText.Find(text, "(ph)")),
                (AnnotationKind.Other, RuleText.Find(text, "(SIREN WAILING)")),
            ],
            turn.Cues.Select(c => (c.Kind, c.Span)));
        Assert.Contains("(LAUGHTER) And so was the goat [inaudible]", turn.Text, StringComparison.Ordinal);
        Assert.Contains("(Tuesday)", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_glued_to_a_label_is_an_annotation_before_the_turn()
    {
        var t = RuleBook.Parse("R-CUE-03");

        Assert.Equal(
            [
                (BlockKind.Annotation, AnnotationKind.Laughter, (string?)null, "LAUGHTER", 1, 1),
                (BlockKind.Turn, AnnotationKind.Other, "TOVE ARDEN, HOST", "That was not planned.", 1, 12),
            ],
            t.Blocks.Select(b => (b.Kind, b.AnnotationKind, b.Label, b.Text, b.LineNumber, b.ColumnNumber)));
    }

    [Fact]
    public void A_cue_within_a_turn_stays_in_it()
    {
        string text = RuleBook.Example("R-CUE-04");
        Assert.Equal(
            [TranscriptTokenKind.Turn, TranscriptTokenKind.Annotation, TranscriptTokenKind.Continuation],
            ReaderTokens.Read(text).Select(token => token.Kind));

        var turn = Assert.Single(Transcript.Parse(text).Blocks);
        Assert.Equal(new TextSpan(0, text.Length), turn.Span);
        Assert.Equal("Here is the mayor.\n\n(APPLAUSE)\n\nAnd she's on stage now.", turn.Text);
        var cue = Assert.Single(turn.Cues);
        Assert.Equal((AnnotationKind.Applause, RuleText.Find(text, "(APPLAUSE)")), (cue.Kind, cue.Span));
    }

    [Fact]
    public void A_cue_of_new_audio_ends_the_turn()
    {
        string text = RuleBook.Example("R-CUE-05");
        Assert.Equal(
            [TranscriptTokenKind.Turn, TranscriptTokenKind.Annotation, TranscriptTokenKind.Narration],
            ReaderTokens.Read(text).Select(token => token.Kind));

        var t = Transcript.Parse(text);
        Assert.Equal(
            [(BlockKind.Turn, "s1"), (BlockKind.Annotation, null), (BlockKind.Narration, (string?)null)],
            t.Blocks.Select(b => (b.Kind, b.SpeakerId)));
        Assert.Equal("And that was the band.", t.Blocks[2].Text);
    }

    [Fact]
    public void A_delivery_cue_that_opens_the_speech_is_the_turns_delivery()
    {
        var t = RuleBook.Parse("R-CUE-06");

        Assert.Equal(
            [("LIV SANDE", "as Captain Gale", "Well, ahoy there."), ("LIV SANDE", "through translator", "We are grateful.")],
            t.Blocks.Select(b => (b.Label, b.Delivery, b.Text)));
        Assert.All(t.Blocks, b => Assert.Empty(b.Cues));
    }

    [Fact]
    public void A_delivery_note_in_the_labels_parentheses()
    {
        var t = RuleBook.Parse("R-CUE-07");

        Assert.Equal(
            [("GUNNAR HOLM (voice-over)", "voice-over"), ("GUNNAR HOLM (on camera)", "on camera")],
            t.Blocks.Select(b => (b.Label, b.Delivery)));
        var speaker = Assert.Single(t.Speakers);
        Assert.Equal("Gunnar Holm", speaker.Name);
        Assert.Null(speaker.Affiliation);
        Assert.Equal(["GUNNAR HOLM (voice-over)", "GUNNAR HOLM (on camera)"], speaker.Labels.ToArray());
    }

    [Fact]
    public void A_cue_that_does_not_close_on_its_line_is_text()
    {
        var t = RuleBook.Parse("R-CUE-08");

        Assert.Equal([BlockKind.Turn, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.Equal("Here is the tape.\n\n(SOUNDBITE OF\nFOGHORN)", t.Blocks[0].Text);
        Assert.Empty(t.Blocks[0].Cues);
    }
}
