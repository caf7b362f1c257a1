using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// Which words before a name count as a public office (rule R-ROL-12): an office makes a guest from the label alone,
/// a courtesy title does not, and a host word in the label still makes a host.
/// </summary>
public class OfficeTitleTests
{
    [Theory]
    [InlineData("SEN. HALVARD PENN: The vote is today.\n\nLENA MORK: Today?", SpeakerRole.Guest)]
    [InlineData("FMR. VICE PRES. HALVARD PENN: The vote is today.\n\nLENA MORK: Today?", SpeakerRole.Guest)]
    [InlineData("PRESIDENT HALVARD PENN: The vote is today.\n\nLENA MORK: Today?", SpeakerRole.Guest)]
    [InlineData("Senator Halvard Penn: The vote is today.\n\nLena Mork: Today?\n\nSenator Halvard Penn: Today.\n\nLena Mork: Thank you.", SpeakerRole.Guest)]
    [InlineData("Mr. HALVARD PENN: The book took six years.\n\nLENA MORK: Six?", SpeakerRole.Unknown)]
    [InlineData("DR. HALVARD PENN: The book took six years.\n\nLENA MORK: Six?", SpeakerRole.Unknown)]
    [InlineData("GOV. HALVARD PENN, HOST: Good morning.\n\nLENA MORK: Good morning.", SpeakerRole.Host)]
    public void An_office_before_the_name_makes_a_guest_and_a_courtesy_title_does_not(string text, SpeakerRole role)
    {
        var first = Transcript.Parse(text).Speakers[0];

        Assert.Equal(("Halvard Penn", role), (first.Name, first.Role));
    }
}
