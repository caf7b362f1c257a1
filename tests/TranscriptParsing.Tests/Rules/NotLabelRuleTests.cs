using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Not labels" (R-NOT-*): each example is one turn whose later paragraphs only look like labels.</summary>
public class NotLabelRuleTests
{
    [Fact]
    public void Notices_and_page_fields_are_not_labels()
    {
        var t = RuleBook.Parse("R-NOT-01");

        var turn = Assert.Single(t.Blocks);
        Assert.Equal("TOVE ARDEN, HOST", turn.Label);
        Assert.Equal(
            "Here is the schedule.\n\nNOTE: The ferry does not run on holidays.\n\nNext Up: the harbor report.\n\n"
            + "TEXT: Ferries resume Monday.\n\nCORRECTION: An earlier version misspelled a name.\n\nDate: Monday, June 3",
            turn.Text);
        Assert.Single(t.Speakers);
    }

    [Fact]
    public void Times_and_ratios_are_not_labels()
    {
        string text = RuleBook.Example("R-NOT-02");
        var tokens = ReaderTokens.Read(text);

        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, AnnotationKind.Other, "What time did it end?"),
                (TranscriptTokenKind.Annotation, AnnotationKind.Timestamp, "4:57"),
                (TranscriptTokenKind.Continuation, AnnotationKind.Other, "3:1 odds, they said."),
                (TranscriptTokenKind.Continuation, AnnotationKind.Other, "CALLER 2:15 A.M., AND STILL AWAKE."),
            ],
            tokens.Select(t => (t.Kind, t.Annotation, t.Text)));
        var turn = Assert.Single(Transcript.Parse(text).Blocks);
        Assert.Equal(RuleText.Find(text, "4:57"), Assert.Single(turn.Cues).Span);
    }

    [Fact]
    public void An_address_is_not_a_label()
    {
        var turn = Assert.Single(RuleBook.Parse("R-NOT-03").Blocks);

        Assert.Equal("Find the map at\n\nhttps://harborradio.example/map", turn.Text);
    }

    [Fact]
    public void A_colon_inside_a_sentence_is_not_a_label()
    {
        var tokens = ReaderTokens.OfRule("R-NOT-04");

        Assert.Equal(
            [TranscriptTokenKind.Turn, TranscriptTokenKind.Continuation, TranscriptTokenKind.Continuation],
            tokens.Select(t => t.Kind));
        Assert.Equal(["We told him: come back tomorrow.", "Honestly: I had no idea."], tokens.Skip(1).Select(t => t.Text));
    }

    [Fact]
    public void A_title_after_a_colon_is_not_a_label()
    {
        string text = RuleBook.Example("R-NOT-05");
        var t = Transcript.Parse(text);

        Assert.Equal(["Greta Vance", "Ludwig van Dree", "Greta Vance"], t.Blocks.Select(b => b.Label));
        Assert.Equal("Here it is.\n\nNora Quill: The Long Road Home Again", t.Blocks[2].Text);
        Assert.DoesNotContain(t.Speakers, s => s.Name == "Nora Quill");

        // Followed by speech, the same name is a label.
        var speech = Transcript.Parse(text.Replace("The Long Road Home Again", "The road was long.", System.StringComparison.Ordinal));
        Assert.Equal("Nora Quill", speech.Blocks[^1].Label);
    }

    [Fact]
    public void Capitals_that_are_not_a_name_are_not_labels()
    {
        var tokens = ReaderTokens.OfRule("R-NOT-06");

        Assert.Equal(
            [
                (TranscriptTokenKind.Turn, "TOVE ARDEN, HOST"),
                (TranscriptTokenKind.Continuation, string.Empty),
                (TranscriptTokenKind.Continuation, string.Empty),
                (TranscriptTokenKind.Continuation, string.Empty),
                (TranscriptTokenKind.Continuation, string.Empty),
            ],
            tokens.Select(t => (t.Kind, t.Label)));
        Assert.Equal(
            [
                "IVO STRAND, my old friend: hello.",
                "TOVE ARDEN, Harbor City. The council met: nobody came.",
                "ROUTE 66: A story about a road.",
                "THE PEOPLE OF THE LOWER BASIN ALL AGREE: the dam held.",
            ],
            tokens.Skip(1).Select(t => t.Text));
    }

    [Fact]
    public void A_word_glued_to_a_name_by_a_period_ends_a_sentence()
    {
        string text = RuleBook.Example("R-NOT-07");
        var t = Transcript.Parse(text);

        Assert.Equal(
            [("IVO STRAND", "Right.\n\nOK."), ("MARGO FENWICK", "Thanks, Ivo.")],
            t.Blocks.Select(b => (b.Label, b.Text)));
        Assert.Equal(text.IndexOf("MARGO", System.StringComparison.Ordinal), t.Blocks[1].Span.Start);
        Assert.Equal((3, 4), (t.Blocks[1].LineNumber, t.Blocks[1].ColumnNumber));
    }
}
