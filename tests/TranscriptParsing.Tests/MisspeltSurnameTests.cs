using System.Linq;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>Where a misspelt surname (docs/format.md, R-WHO-13) stays a speaker of its own, and the edit distance it uses.</summary>
public class MisspeltSurnameTests
{
    [Theory]
    [InlineData("TOVE ARDEN: Hello.\n\nBJORN FALK: Hi.\n\nELSA QUIST: Hey.\n\nIVO STRAND: Yes.\n\nARDAN: Well.", "far back")]
    [InlineData("TOVE ARDEN: Hello.\n\nPER ARDIN: Hi.\n\nARDAN: Well.", "two full names a letter away")]
    [InlineData("TOVE ARDEN: Hello.\n\nBJORN FALK: Hi.\n\nARDENNE: Well.", "two letters off")]
    [InlineData("TOVE ARDE: Hello.\n\nBJORN FALK: Hi.\n\nARDA: Well.", "too short")]
    public void A_surname_one_letter_off_stays_apart_without_the_evidence(string text, string why)
    {
        var t = Transcript.Parse(text);

        var last = t.Blocks[^1].Speaker!;
        Assert.True(last.Labels.Length == 1, $"{why}: {string.Join(" | ", last.Labels)}");
        Assert.DoesNotContain(t.Diagnostics, d => d.Code == "TP0203");
    }

    [Theory]
    [InlineData("KERNEN", "KERNAN", true)]
    [InlineData("Kernen", "KERNEN", false)]
    [InlineData("DEMBY", "DEBMY", true)]
    [InlineData("ARDEN", "ARDENS", true)]
    [InlineData("ARDENS", "ARDEN", true)]
    [InlineData("ARDEN", "RDEN", true)]
    [InlineData("ARDEN", "ADREN", true)]
    [InlineData("ARDEN", "ARNED", false)]
    [InlineData("ARDEN", "ARDENNE", false)]
    [InlineData("ARDEN", "BRDEX", false)]
    public void One_edit_apart_is_one_letter_changed_added_dropped_or_swapped(string a, string b, bool expected) =>
        Assert.Equal(expected, SpeakerResolver.OneEditApart(a, b));
}
