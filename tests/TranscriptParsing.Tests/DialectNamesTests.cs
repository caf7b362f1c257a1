using System;
using System.IO;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The search of a header line for the networks' names finds what one search per name finds.</summary>
public class DialectNamesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("N")]
    [InlineData("NP")]
    [InlineData("NPR")]
    [InlineData("PBS")]
    [InlineData("NewsHour")]
    [InlineData("NewsHou")]
    [InlineData("NNPR")]
    [InlineData("PPBS")]
    [InlineData("NPBS")]
    [InlineData("PNPR")]
    [InlineData("npr pbs newshour")]
    [InlineData("Local NPR for the Prairie Lakes 88.7 90.3")]
    [InlineData("PBS NewsHour Weekend")]
    [InlineData("Play Live Radio")]
    [InlineData("Next Up:")]
    [InlineData("Part of the NPR and PBS family")]
    [InlineData("NewsHourNPR")]
    [InlineData("NPRPBS")]
    [InlineData("N\u00A0PR, P.B.S., News Hour")]
    public void A_line_counts_as_the_names_it_holds(string line) => AssertSameAsOneSearchPerName(line);

    [Fact]
    public void Random_lines_count_alike()
    {
        string[] pieces = ["N", "P", "R", "B", "S", "NP", "PB", "NPR", "PBS", "News", "Hour", "NewsHour", "NewsHou", "npr", " ", "Radio", "Play", "\u00E9", "\n"];
        var random = new Random(20261129);
        for (int run = 0; run < 20000; run++)
        {
            AssertSameAsOneSearchPerName(Support.RandomText.Join(random, pieces, 0, 12));
        }
    }

    [Fact]
    public void Every_sample_line_counts_alike()
    {
        foreach (string name in Support.Samples.Names)
        {
            foreach (string line in File.ReadAllLines(Support.Samples.PathOf(name)))
            {
                AssertSameAsOneSearchPerName(line);
            }
        }
    }

    private static void AssertSameAsOneSearchPerName(string line)
    {
        int npr = 3, pbs = 5;
        DialectDetector.NamesNetwork(line, ref npr, ref pbs);

        int expectedNpr = 3 + (line.Contains("NPR", StringComparison.Ordinal) ? 1 : 0);
        int expectedPbs = 5 + (line.Contains("PBS", StringComparison.Ordinal) || line.Contains("NewsHour", StringComparison.Ordinal) ? 1 : 0);
        Assert.True((expectedNpr, expectedPbs) == (npr, pbs), $"\"{line}\": {(npr, pbs)}, not {(expectedNpr, expectedPbs)}");
    }
}
