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

/// <summary>
/// The body scan without names alone on their lines: a line that would be read as such a name reads as no label, and
/// every other line gets exactly the match of the full scan.
/// </summary>
public class LabelScannerWithoutOwnLineNamesTests
{
    [Theory]
    [InlineData("Ira Glass")]
    [InlineData("HOLT")]
    [InlineData("Available On Air Stations")]
    [InlineData("CNN Newsroom")]
    public void A_name_alone_on_its_line_is_no_label(string line)
    {
        Assert.True(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match));
        Assert.Equal(LabelStyle.OwnLine, match.Style);
        Assert.False(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out _, ownLineNames: false));
    }

    [Theory]
    [InlineData("MARSDEN: Start with the basics.")]
    [InlineData("Judy Woodruff: Good evening.")]
    [InlineData("Mr. Linder. The meeting will come to order.")]
    [InlineData("Q    Thank you.")]
    [InlineData("KOJO NNAMDIThe past is never past.")]
    [InlineData("[Announcer] Funding for this program comes from viewers like you.")]
    [InlineData("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.")]
    [InlineData("Small-town libraries lend seeds, tools and hotspots")]
    public void Other_lines_get_the_full_scans_answer(string line)
    {
        bool full = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var expected);
        Assert.NotEqual(LabelStyle.OwnLine, expected.Style);
        Assert.Equal(full, LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match, ownLineNames: false));
        Assert.Equal(expected, match);
    }

    [Theory]
    [MemberData(nameof(Support.Samples.All), MemberType = typeof(Support.Samples))]
    public void Every_line_of_a_sample_gets_the_full_scans_answer_unless_it_is_a_name_alone(string sample)
    {
        foreach (var raw in Support.Samples.Read(sample).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            bool full = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var expected);
            bool scanned = LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var match, ownLineNames: false);
            if (full && expected.Style == LabelStyle.OwnLine)
            {
                Assert.False(scanned, line);
                Assert.False(line.TrimEnd().EndsWith(',')); // the reader's wrapped label is never tried on such a line
            }
            else
            {
                Assert.Equal(full, scanned);
                Assert.Equal(expected, match);
            }
        }
    }
}

/// <summary>
/// The header's answer on a line the body read as a label: for a name in capitals or mixed case only the header's own
/// tests are made, and the answer and match must be those of a second scan with header strictness.
/// </summary>
public class LabelScannerHeaderAfterBodyTests
{
    [Theory]
    [InlineData("LIDIA HAVERKAMP: Glad to be here.", true)]
    [InlineData("HOST: Terry Gross", false)]
    [InlineData("HOST: Welcome back.", true)]
    [InlineData("Host: Terry Gross and her guests talk.", true)]
    [InlineData("Miller: Yes, it was.", false)]
    [InlineData("Judy Woodruff: Good evening, everyone.", true)]
    [InlineData("Keith Richards: The Fresh Air Interview Begins Now, and it runs long.", false)]
    [InlineData("BREAKING NEWS ALERT: STORM HITS THE COAST TONIGHT", false)]
    [InlineData("ANDERSON COOPER, CNN HOST: Good evening.", true)]
    [InlineData(">> rose: hello there.", true)]
    [InlineData("Mr. Linder. The meeting will come to order.", true)]
    public void The_header_answer_is_that_of_a_second_scan(string line, bool header)
    {
        Assert.True(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out var body));
        AssertSameAsSecondScan(line, body);
        Assert.Equal(header, LabelScanner.TryScanHeaderAfterBody(line, 200, in body, out _));
    }

    [Theory]
    [MemberData(nameof(Support.Samples.All), MemberType = typeof(Support.Samples))]
    public void Every_line_of_a_sample_gets_the_answer_of_a_second_scan(string sample)
    {
        foreach (var raw in Support.Samples.Read(sample).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            foreach (int maxLabelLength in new[] { 200, 60 })
            {
                if (LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out var body))
                {
                    AssertSameAsSecondScan(line, body, maxLabelLength);
                }
            }
        }
    }

    private static void AssertSameAsSecondScan(string line, LabelMatch body, int maxLabelLength = 200)
    {
        bool expected = LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Header, out var scanned);
        bool found = LabelScanner.TryScanHeaderAfterBody(line, maxLabelLength, in body, out var match);
        Assert.True(expected == found, line);
        if (expected)
        {
            Assert.Equal(scanned, match);
        }
    }
}

/// <summary>
/// The quick reading of a name alone on its line, in one loop over a line of letters, spaces, apostrophes and hyphens:
/// its answer and match must be those of the grammar, whether the line is a name, a notice or neither.
/// </summary>
public class LabelScannerOwnLineQuickReadingTests
{
    [Theory]
    [InlineData("Play Live Radio", LabelStyle.OwnLine)]
    [InlineData("Available On Air Stations", LabelStyle.OwnLine)]
    [InlineData("Available On Air Stations Now", LabelStyle.None)]
    [InlineData("Transcript", LabelStyle.None)]
    [InlineData("Next Up", LabelStyle.None)]
    [InlineData("Editor's Note", LabelStyle.None)]
    [InlineData("Host", LabelStyle.None)]
    [InlineData("Ira Glass", LabelStyle.OwnLine)]
    [InlineData("Mary O'Brien-Smith", LabelStyle.OwnLine)]
    [InlineData("Shallow Water on the Great Lakes", LabelStyle.None)]
    [InlineData("Al", LabelStyle.None)]
    [InlineData("Dr Ruth Westheimer", LabelStyle.OwnLine)]
    [InlineData("Senator Blay", LabelStyle.OwnLine)]
    public void Names_notices_and_prose_get_the_grammars_answer(string line, LabelStyle style)
    {
        AssertSameAsGrammar(line, 200);
        bool found = LabelScanner.TryScanGrammar(line, 200, LabelScanner.Strictness.Body, out var match);
        Assert.Equal(style, found ? match.Style : LabelStyle.None);
    }

    [Fact]
    public void Random_lines_get_the_grammars_answer()
    {
        string[] pieces =
        [
            "Play", "Live", "Radio", "on", "the", "Transcript", "Next", "Up", "Host", "O'Brien", "Smith-Jones", "Mr", "Mr.", "Dr",
            "Senator", "Q", "AB", "ANDERSON", "x", "Al", "McCain", "\u00C9mile", "Editor's", "Note", "-", "'", "Ab:", "1", "Jo.",
            "Show", "Tran", "iPhone", "'Tis", "-Ann", "Xi", "A",
        ];
        string[] separators = [" ", " ", " ", "  ", "", "\t", "\u00A0"];
        var random = new System.Random(20261129);
        for (int run = 0; run < 20000; run++)
        {
            string line = (random.Next(8) == 0 ? " " : "") + Support.RandomText.Join(random, pieces, 1, 6, separators, lastSeparatorSometimes: true);
            AssertSameAsGrammar(line, 200);
            AssertSameAsGrammar(line, 12);
        }
    }

    [Theory]
    [MemberData(nameof(Support.Samples.All), MemberType = typeof(Support.Samples))]
    public void Every_line_of_a_sample_gets_the_grammars_answer(string sample)
    {
        foreach (var raw in Support.Samples.Read(sample).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            AssertSameAsGrammar(line, 200);
            AssertSameAsGrammar(line, 20);
        }
    }

    private static void AssertSameAsGrammar(string line, int maxLabelLength)
    {
        foreach (var strictness in new[] { LabelScanner.Strictness.Body, LabelScanner.Strictness.Header })
        {
            bool expected = LabelScanner.TryScanGrammar(line, maxLabelLength, strictness, out var grammar, quickOwnLineNames: false);
            bool found = LabelScanner.TryScanGrammar(line, maxLabelLength, strictness, out var match);
            Assert.True(expected == found, line);
            Assert.True(grammar.Equals(match), line);
        }
    }
}

/// <summary>
/// The quick test that rules out a label on a line of prose before the reader compares remembered labels or runs the
/// grammar: it may only rule out what the body scan, with no names alone on their lines, would reject.
/// </summary>
public class LabelScannerBodyQuickTestTests
{
    [Theory]
    [InlineData("For three generations, the harbor at Port Anselm made its living from groundfish.")]
    [InlineData("This is MORNING EDITION from NPR News.")]
    [InlineData("and then the fleet shrank.")]
    [InlineData("Play Live Radio")]
    public void Prose_that_opens_in_mixed_case_without_a_colon_is_ruled_out(string line)
    {
        Assert.True(LabelScanner.CannotStartBodyLabel(line, 200));
        Assert.False(LabelScanner.TryScan(line, 200, LabelScanner.Strictness.Body, out _, ownLineNames: false));
    }

    [Theory]
    [InlineData("Mr. OSTRANDER: She's the reason we're still solvent.")]
    [InlineData("Theo Ravensworth: On a Tuesday morning.")]
    [InlineData("RENNER: The cages hold oyster seed.")]
    [InlineData("Q    Good to see you.")]
    [InlineData("Qu\u00E9 pasa: nothing.")]
    [InlineData("Senator Blay. I have a question.")]
    [InlineData("Mr. Linder. The meeting will come to order.")]
    [InlineData("O. ABERNATHY: CNN's Rafael Duquesne is at the foot of the bridge.")]
    [InlineData(">> rose: hello")]
    [InlineData("[Announcer] Funding for this program")]
    [InlineData("a")]
    public void Labels_and_lines_that_may_hold_one_are_left_to_the_scan(string line)
    {
        Assert.False(LabelScanner.CannotStartBodyLabel(line, 200));
    }

    [Fact]
    public void A_colon_past_the_label_window_does_not_keep_a_line_from_being_ruled_out()
    {
        const string Line = "Somewhere in the long sentence there is a colon: here.";
        Assert.True(LabelScanner.CannotStartBodyLabel(Line, 20));
        Assert.False(LabelScanner.CannotStartBodyLabel(Line, 200));
        Assert.False(LabelScanner.TryScan(Line, 20, LabelScanner.Strictness.Body, out _, ownLineNames: false));
    }

    [Theory]
    [MemberData(nameof(Support.Samples.All), MemberType = typeof(Support.Samples))]
    public void No_line_of_a_sample_is_ruled_out_where_the_scan_finds_a_label(string sample)
    {
        foreach (var raw in Support.Samples.Read(sample).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            AssertRuledOutOnlyWhereTheScanFails(line.TrimStart(), 200);
            AssertRuledOutOnlyWhereTheScanFails(line.TrimStart(), 20);
            AssertRuledOutOnlyWhereTheScanFails(line, 200);
        }
    }

    [Fact]
    public void Random_lines_are_ruled_out_only_where_the_scan_fails()
    {
        string[] pieces =
        [
            "Play", "Live", "the", "Mr.", "Mr", "Ms.", "Dr", "Senator", "Senator Blay.", "Q", "Qu", "AB", "ANDERSON", "x", "Al",
            "McCain", "\u00C9mile", "Ab:", "ab:", "1", "9:30", "Jo.", "Show:", "Host,", "host:", "(voice-over):", "[1]", ">>",
            "//", "(", "Unidentified", "Man", "#1:", "O'Brien", "-", "'", "Chairman", "Rep.", "Mrs.", "Linder.",
        ];
        string[] separators = [" ", " ", " ", "  ", "", "\t", "\u00A0", ", ", ". "];
        var random = new System.Random(20261129);
        for (int run = 0; run < 20000; run++)
        {
            string line = Support.RandomText.Join(random, pieces, 1, 7, separators, lastSeparatorSometimes: true);
            AssertRuledOutOnlyWhereTheScanFails(line, 200);
            AssertRuledOutOnlyWhereTheScanFails(line, 12);
        }
    }

    private static void AssertRuledOutOnlyWhereTheScanFails(string line, int maxLabelLength)
    {
        if (LabelScanner.CannotStartBodyLabel(line, maxLabelLength))
        {
            Assert.False(LabelScanner.TryScan(line, maxLabelLength, LabelScanner.Strictness.Body, out _, ownLineNames: false), line);
        }
    }
}
