using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

public class SmokeTests
{
    [Fact]
    public void A_label_starts_a_turn()
    {
        var transcript = Transcript.Parse("SHAPIRO: Hello there.\n\nDENMARK: Hi.\n");
        Assert.Equal(2, transcript.Blocks.Length);
        Assert.Equal("SHAPIRO", transcript.Blocks[0].Label);
        Assert.Equal("Hi.", transcript.Blocks[1].Text);
    }
}
