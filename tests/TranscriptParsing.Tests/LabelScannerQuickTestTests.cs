using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The quick test that settles a capital inside a paragraph before the inline label scan: it may only rule out what the
/// scan itself would reject, in either inline strictness.
/// </summary>
public class LabelScannerQuickTestTests
{
    [Theory]
    [InlineData("So the ferry: runs late.")]
    [InlineData("It ran from 9:30 to 11:00.")]
    [InlineData("I've been here: all day.")]
    [InlineData("O'Brien: hello.")]
    [InlineData("THE Ferry: runs.")]
    [InlineData("A-list: guests.")]
    public void A_capital_before_lower_case_letters_is_ruled_out_as_the_scan_rules_it_out(string line)
    {
        Assert.True(LabelScanner.CannotStartInlineLabel(line, 200));
        AssertScanFails(line);
    }

    [Theory]
    [InlineData("Mr. KIRBY: Thank you.")]
    [InlineData("Dr SMITH: Thank you.")]
    [InlineData("McCAIN: Thank you.")]
    [InlineData("DAVID KESTENBAUM, HOST: And")]
    [InlineData("PFEIFFER: Well, we'll see.")]
    [InlineData("\u00C9MILE ZOLA: J'accuse.")]
    [InlineData("JOHN (voice-over): Hello.")]
    public void Honorifics_the_c_of_Mc_and_names_in_capitals_are_left_to_the_scan(string line)
    {
        Assert.False(LabelScanner.CannotStartInlineLabel(line, 200));
    }

    [Theory]
    [InlineData("Mr. KIRBY: Thank you.", true)]
    [InlineData("McCAIN: Thank you very much.", true)]
    [InlineData("PFEIFFER: Well, we'll see.", true)]
    public void What_the_quick_test_leaves_may_still_be_a_label(string line, bool label)
    {
        Assert.Equal(label, LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Inline, out _));
    }

    [Fact]
    public void A_lower_case_letter_past_the_label_window_is_not_looked_at()
    {
        Assert.False(LabelScanner.CannotStartInlineLabel("ABCDEFGHIJ" + "KLMNOPxyz", 10));
    }

    [Theory]
    [InlineData("KOJO NNAMDIThe past is never past.", 200, LabelStyle.Glued)]
    [InlineData("SAOIRSE KEANEThe lighthouse was dark for a decade.", 200, LabelStyle.Glued)]
    [InlineData("SAOIRSE KEANEThe lighthouse was dark for a decade.", 9, LabelStyle.Glued)]
    [InlineData("OWEN ABERNATHY, CNN ANCHOR: And I'm Owen Abernathy.", 200, LabelStyle.Capitals)]
    [InlineData("O'BRIEN-SMITH: Thank you.", 200, LabelStyle.Capitals)]
    [InlineData("JOHN SMITH\u2014 he said so.", 200, LabelStyle.None)]
    public void A_name_glued_to_its_speech_is_found_whatever_the_name_loop_read_first(string line, int maxLabelLength, LabelStyle style)
    {
        bool found = LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out var match);
        Assert.Equal(style, found ? match.Style : LabelStyle.None);
    }

    [Theory]
    [InlineData("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", LabelStyle.None)]
    [InlineData("TO ORDER A VIDEO OR A CERTIFIED COPY OF THIS TRANSCRIPT, CALL 800-CNN-NEWS OR ORDER ONLINE.", LabelStyle.None)]
    [InlineData("JOHN PAUL JONES SMITH BAKER", LabelStyle.None)]
    [InlineData("0:00 0:00", LabelStyle.None)]
    [InlineData("10:44 ET", LabelStyle.None)]
    [InlineData("ANDERSON COOPER", LabelStyle.OwnLine)]
    [InlineData("JOHN PAUL JONES SMITH", LabelStyle.OwnLine)]
    [InlineData("KOJO NNAMDIThe past is never past.", LabelStyle.Glued)]
    [InlineData("OWEN ABERNATHY, CNN ANCHOR: And I'm Owen Abernathy.", LabelStyle.Capitals)]
    [InlineData("1. HOLT: Good evening.", LabelStyle.Capitals)]
    [InlineData("Sect: News; Domestic", LabelStyle.None)]
    [InlineData("Next Up:", LabelStyle.None)]
    [InlineData("Transcript", LabelStyle.None)]
    [InlineData("Ira Glass", LabelStyle.OwnLine)]
    [InlineData("Show: MORNING EDITION", LabelStyle.None)]
    [InlineData("Judy Woodruff: Good evening, everyone.", LabelStyle.MixedCase)]
    public void Notices_page_fields_and_clocks_are_ruled_out_and_labels_like_them_are_still_found(string line, LabelStyle style)
    {
        bool found = LabelScanner.TryScanGrammar(line, 200, LabelScanner.Strictness.Body, out var match);
        Assert.Equal(style, found ? match.Style : LabelStyle.None);
    }

    private static void AssertScanFails(string line)
    {
        Assert.False(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Inline, out _));
        Assert.False(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.InlineCapitals, out _));
    }
}
