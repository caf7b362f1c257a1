using System.Linq;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>Names beyond ASCII are upper-cased and title-cased as ASCII ones are: a surname label joins the full name.</summary>
public class NonAsciiNameTests
{
    [Fact]
    public void A_name_with_accents_is_one_speaker_and_title_cased()
    {
        string text =
            "JOSÉ ÁLVAREZ-ØDEGÅRD: Thank you for having me.\n\n" +
            "MARSDEN: Tell us about the harbor.\n\n" +
            "ÁLVAREZ-ØDEGÅRD: It is smaller than it was.\n";
        var t = Transcript.Parse(text);

        var speaker = t.Speakers[0];
        Assert.Equal("José Álvarez-Ødegård", speaker.Name);
        Assert.Equal(["JOSÉ ÁLVAREZ-ØDEGÅRD", "ÁLVAREZ-ØDEGÅRD"], speaker.Labels.ToArray());
        Assert.Equal(2, t.Speakers.Length);
    }
}
