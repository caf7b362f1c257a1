using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The search for a footer glued to the last paragraph: each opener counts at its first place in the paragraph, when a
/// sentence ends before it, and the earliest such place is the footer's start.
/// </summary>
public class FooterScannerTests
{
    [Theory]
    [InlineData("Thanks for having me. Transcript provided by NPR, Copyright NPR.", "Transcript provided by NPR, Copyright NPR.")]
    [InlineData("He said Copyright NPR is fine. Transcript provided by NPR.", "Transcript provided by NPR.")]
    [InlineData("It ended. Copyright NPR. Transcript provided by NPR.", "Copyright NPR. Transcript provided by NPR.")]
    [InlineData("Bye. \u00A9 2021 NPR", "\u00A9 2021 NPR")]
    public void A_glued_footer_starts_at_the_earliest_opener_after_a_sentence(string line, string footer)
    {
        string text = "HOST: Hello.\n\n" + line;
        Assert.Equal(text.Length - footer.Length, FooterScanner.FindStart(text, 0));
    }

    [Theory]
    [InlineData("I read Transcript provided by the show. Transcript provided by NPR.")]
    [InlineData("We read it in the news: Copyright 2020 was a big year.")]
    [InlineData("Nothing glued here at all.")]
    public void An_opener_whose_first_place_is_inside_a_sentence_opens_no_footer(string line)
    {
        string text = "HOST: Hello.\n\n" + line;
        Assert.Equal(-1, FooterScanner.FindStart(text, 0));
    }
}
