using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Footer" (R-FTR-*).</summary>
public class FooterRuleTests
{
    [Fact]
    public void Footer_lines_at_the_end_are_the_footer()
    {
        string text = RuleBook.Example("R-FTR-01");
        var t = Transcript.Parse(text);

        var footer = Assert.IsType<Footer>(t.Footer);
        Assert.Equal("Copyright © 2023 Harbor Public Radio. All rights reserved.", footer.Text);
        Assert.Equal((2023, "Harbor Public Radio", (string?)null), (footer.Year, footer.CopyrightHolder, footer.Provider));
        Assert.Equal(RuleText.Find(text, "Copyright © 2023 Harbor Public Radio.\nAll rights reserved."), footer.Span);
        Assert.Equal(3, footer.LineNumber);
        Assert.Equal("That's our program.", Assert.Single(t.Blocks).Text);
    }

    [Fact]
    public void A_line_that_continues_the_footer_is_part_of_it()
    {
        var t = RuleBook.Parse("R-FTR-02");

        var footer = Assert.IsType<Footer>(t.Footer);
        Assert.Equal("Copyright © 2023 Harbor Public Radio. Visit our website terms of use pages for further information.", footer.Text);
        Assert.Equal("That's our program.", Assert.Single(t.Blocks).Text);
    }

    [Fact]
    public void A_footer_glued_to_the_last_turn_is_split_off()
    {
        string text = RuleBook.Example("R-FTR-03");
        var t = Transcript.Parse(text);

        Assert.Equal("That's our program. Thanks for listening.", Assert.Single(t.Blocks).Text);
        var footer = Assert.IsType<Footer>(t.Footer);
        Assert.Equal("Transcript provided by Harbor Public Radio, Copyright Harbor Public Radio.", footer.Text);
        Assert.Equal(("Harbor Public Radio", "Harbor Public Radio", (int?)null), (footer.Provider, footer.CopyrightHolder, footer.Year));
        Assert.Equal(RuleText.Find(text, "Transcript provided by"), new TextSpan(footer.Span.Start, "Transcript provided by".Length));
        Assert.Equal(text.Length, footer.Span.End);
    }

    [Fact]
    public void A_footer_phrase_inside_a_sentence_is_text()
    {
        var t = RuleBook.Parse("R-FTR-04");

        Assert.Null(t.Footer);
        Assert.Equal("We read it in the news: Copyright 2020 was a big year for lawsuits.", Assert.Single(t.Blocks).Text);
    }

    [Fact]
    public void An_ordering_notice_is_a_footer()
    {
        var t = RuleBook.Parse("R-FTR-05");

        var footer = Assert.IsType<Footer>(t.Footer);
        Assert.Equal("TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0199.", footer.Text);
        Assert.Equal(((string?)null, (string?)null, 3), (footer.Provider, footer.CopyrightHolder, footer.LineNumber));
        Assert.Single(t.Blocks);
    }

    [Fact]
    public void A_rule_after_the_footer_is_in_its_span_not_its_text()
    {
        string text = RuleBook.Example("R-FTR-06");
        var t = Transcript.Parse(text);

        var footer = Assert.IsType<Footer>(t.Footer);
        Assert.Equal("Copyright © 2023 Harbor Public Radio.", footer.Text);
        Assert.Equal(RuleText.Find(text, "Copyright © 2023 Harbor Public Radio.\n----"), footer.Span);
        Assert.Equal("That's our program.", Assert.Single(t.Blocks).Text);
    }
}
