using System.Linq;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Roles and evidence" (R-ROL-*).</summary>
public class RoleRuleTests
{
    [Fact]
    public void A_host_word_in_the_label_makes_a_host()
    {
        var t = RuleBook.Parse("R-ROL-01");

        Assert.Equal(
            [
                ("Tove Arden", SpeakerRole.Host, RoleEvidence.LabelRole),
                ("Dana Ortiz", SpeakerRole.Host, RoleEvidence.LabelRole),
                ("Vera Holm", SpeakerRole.Host, RoleEvidence.LabelRole),
            ],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
        Assert.Equal(["HOST", "RIVERCAST ANCHOR", null], t.Speakers.Select(s => s.Title));
    }

    [Fact]
    public void A_reporter_word_in_the_label_makes_a_reporter()
    {
        var t = RuleBook.Parse("R-ROL-02");

        Assert.Equal(
            [("Piet Voss", SpeakerRole.Reporter, RoleEvidence.LabelRole), ("Liv Sande", SpeakerRole.Reporter, RoleEvidence.LabelRole)],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
    }

    [Fact]
    public void A_title_or_affiliation_in_the_label_makes_a_guest()
    {
        var t = RuleBook.Parse("R-ROL-03");

        Assert.Equal(
            [
                ("Ruth Oyelaran", SpeakerRole.Guest, RoleEvidence.LabelRole, "Director", "Calder County Library"),
                ("Halvard Penn", SpeakerRole.Guest, RoleEvidence.LabelRole, null, "Author, \"Salt Roads: A History\""),
                ("Marit Holland", SpeakerRole.Unknown, RoleEvidence.None, (string?)null, "D-ME"),
            ],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence, s.Title, s.Affiliation)));
    }

    [Fact]
    public void A_generic_label_makes_an_unidentified_speaker()
    {
        var speaker = RuleBook.Parse("R-ROL-04").Speakers[1];

        Assert.Equal(("Unidentified Male", SpeakerRole.Unidentified, RoleEvidence.GenericLabel), (speaker.Name, speaker.Role, speaker.RoleEvidence));
    }

    [Fact]
    public void A_speaker_who_introduces_themselves_early_is_the_host()
    {
        var t = RuleBook.Parse("R-ROL-05");

        Assert.Equal(
            [("Lena Mork", SpeakerRole.Host, RoleEvidence.SelfIntroduction), ("Paal Ree", SpeakerRole.Unknown, RoleEvidence.None)],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
    }

    [Fact]
    public void A_self_introduction_in_the_narration_makes_the_host()
    {
        var t = RuleBook.Parse("R-ROL-06");

        Assert.Equal(BlockKind.Narration, t.Blocks[0].Kind);
        var speaker = Assert.Single(t.Speakers);
        Assert.Equal(("Mork", SpeakerRole.Host, RoleEvidence.SelfIntroduction), (speaker.Name, speaker.Role, speaker.RoleEvidence));
    }

    [Fact]
    public void A_speaker_named_as_a_reporter_before_speaking_is_a_reporter()
    {
        var speaker = Assert.Single(RuleBook.Parse("R-ROL-07").Speakers);

        Assert.Equal(("Saga Lind", SpeakerRole.Reporter, RoleEvidence.Introduced), (speaker.Name, speaker.Role, speaker.RoleEvidence));
    }

    [Fact]
    public void A_speaker_introduced_by_another_is_a_guest_and_the_other_the_host()
    {
        var t = RuleBook.Parse("R-ROL-08");

        Assert.Equal(
            [("Lena Mork", SpeakerRole.Host, RoleEvidence.IntroducesSpeakers), ("Arvid Sten", SpeakerRole.Guest, RoleEvidence.Introduced)],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
    }

    [Fact]
    public void A_speaker_who_puts_the_questions_is_the_host()
    {
        var t = RuleBook.Parse("R-ROL-09");

        Assert.Equal(
            [("Lena Mork", SpeakerRole.Host, RoleEvidence.AsksQuestions), ("Arvid Sten", SpeakerRole.Unknown, RoleEvidence.None)],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
    }

    [Fact]
    public void Otherwise_the_role_is_unknown()
    {
        var t = RuleBook.Parse("R-ROL-10");

        Assert.All(t.Speakers, s => Assert.Equal((SpeakerRole.Unknown, RoleEvidence.None), (s.Role, s.RoleEvidence)));
        Assert.Equal(2, t.Speakers.Length);
    }

    [Fact]
    public void A_name_in_another_speakers_label_is_not_an_introduction()
    {
        var t = RuleBook.Parse("R-ROL-11");

        Assert.Equal(
            [("Oskar Aberg", SpeakerRole.Unknown, RoleEvidence.None), ("Tilde Aberg", SpeakerRole.Unknown, RoleEvidence.None)],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence)));
    }

    [Fact]
    public void A_public_office_before_the_name_makes_a_guest()
    {
        var t = RuleBook.Parse("R-ROL-12");

        Assert.Equal(
            [
                ("Marit Holland", SpeakerRole.Guest, RoleEvidence.LabelRole, "Sen."),
                ("Arvid Sten", SpeakerRole.Guest, RoleEvidence.LabelRole, "Gov."),
                ("Lena Mork", SpeakerRole.Unknown, RoleEvidence.None, (string?)null),
            ],
            t.Speakers.Select(s => (s.Name, s.Role, s.RoleEvidence, s.Honorific)));
    }
}
