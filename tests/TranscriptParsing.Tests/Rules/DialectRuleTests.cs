using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Dialect" (R-DIA-*).</summary>
public class DialectRuleTests
{
    [Fact]
    public void A_station_line_and_npr_roles_make_npr()
    {
        Assert.Equal(TranscriptDialect.Npr, RuleBook.Parse("R-DIA-01").Source.Dialect);
    }

    [Fact]
    public void The_transcripts_main_page_line_makes_cnn()
    {
        Assert.Equal(TranscriptDialect.Cnn, RuleBook.Parse("R-DIA-02").Source.Dialect);
    }

    [Fact]
    public void A_pbs_line_makes_pbs()
    {
        var t = RuleBook.Parse("R-DIA-03");

        Assert.Equal("PBS Evening Report", Assert.Single(t.Header.Chrome).Text);
        Assert.Equal(TranscriptDialect.Pbs, t.Source.Dialect);
    }

    [Fact]
    public void No_evidence_makes_generic_and_a_tie_prefers_cnn()
    {
        Assert.Equal(TranscriptDialect.Cnn, RuleBook.Parse("R-DIA-04").Source.Dialect);
        Assert.Equal(TranscriptDialect.Generic, Transcript.Parse("DANA ORTIZ: Good evening.").Source.Dialect);
    }

    [Fact]
    public void The_options_may_force_the_dialect()
    {
        Assert.Equal(TranscriptDialect.Npr, RuleBook.Parse("R-DIA-05").Source.Dialect);
        var forced = RuleBook.Parse("R-DIA-05", new TranscriptParseOptions { Dialect = TranscriptDialect.Pbs });
        Assert.Equal(TranscriptDialect.Pbs, forced.Source.Dialect);
    }
}
