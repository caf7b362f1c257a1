using System.Linq;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Who is who" (R-WHO-*).</summary>
public class SpeakerRuleTests
{
    [Fact]
    public void The_same_label_is_the_same_speaker()
    {
        var t = RuleBook.Parse("R-WHO-01");

        Assert.Equal(["s1", "s2"], t.Speakers.Select(s => s.Id));
        Assert.Equal(["TOVE ARDEN, HOST", "IVO STRAND"], t.Speakers.Select(s => string.Join(" | ", s.Labels)));
        Assert.Equal(["s1", "s2", "s1"], t.Blocks.Select(b => b.SpeakerId));
        Assert.Same(t.Blocks[0].Speaker, t.Blocks[2].Speaker);
    }

    [Fact]
    public void A_surname_joins_the_one_full_name_it_belongs_to()
    {
        var t = RuleBook.Parse("R-WHO-02");

        Assert.Equal(
            [("s1", "Tobias Vang", "TOBIAS VANG | VANG"), ("s2", "Elsa Quist", "ELSA QUIST")],
            t.Speakers.Select(s => (s.Id, s.Name, string.Join(" | ", s.Labels))));
        Assert.Equal(["s1", "s2", "s1"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void An_initial_and_a_surname_join_the_full_name_with_that_initial()
    {
        var t = RuleBook.Parse("R-WHO-03");

        Assert.Equal(
            [
                ("Sigrid O'Toole", "SIGRID O'TOOLE, HOST | S. O'TOOLE"),
                ("Oskar Aberg", "OSKAR ABERG | O. ABERG"),
                ("Tilde Aberg", "TILDE ABERG | T. ABERG"),
            ],
            t.Speakers.Select(s => (s.Name, string.Join(" | ", s.Labels))));
        Assert.Equal(["s1", "s1", "s2", "s3", "s2", "s3"], t.Blocks.Select(b => b.SpeakerId));
        Assert.DoesNotContain(t.Diagnostics, d => d.Code == "TP0201");
    }

    [Fact]
    public void Honorifics_must_agree()
    {
        var t = RuleBook.Parse("R-WHO-04");

        Assert.Equal(
            [
                ("Wendel Roos", "Mr.", "Mr. WENDEL ROOS (Harbor Master) | Mr. ROOS"),
                ("Greta Roos", "Ms.", "Ms. GRETA ROOS (Treasurer, Harbor Co-op) | Ms. ROOS"),
            ],
            t.Speakers.Select(s => (s.Name, s.Honorific!, string.Join(" | ", s.Labels))));
        Assert.Equal(["s1", "s2", "s1", "s2"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void Initials_join_the_full_name()
    {
        var t = RuleBook.Parse("R-WHO-05");

        Assert.Equal(["CAROL ODDEN | CO", "BJORN FALK"], t.Speakers.Select(s => string.Join(" | ", s.Labels)));
        Assert.Equal(["s1", "s2", "s1"], t.Blocks.Select(b => b.SpeakerId));
    }

    [Fact]
    public void A_surname_shared_by_two_full_names_stays_apart()
    {
        var t = RuleBook.Parse("R-WHO-06");

        Assert.Equal(["Anna Berg", "Per Berg", "Berg"], t.Speakers.Select(s => s.Name));
        Assert.Equal(["s1", "s2", "s3"], t.Blocks.Select(b => b.SpeakerId));
        Assert.Equal(
            [("TP0201", DiagnosticSeverity.Warning, 5, 1), ("TP0202", DiagnosticSeverity.Info, 3, 1)],
            t.Diagnostics.Select(d => (d.Code, d.Severity, d.LineNumber, d.ColumnNumber)));
        Assert.Equal(
            "The label \"BERG\" may name any of 2 speakers who share the surname; it is kept as a speaker of its own.",
            t.Diagnostics[0].Message);
    }

    [Fact]
    public void A_surname_one_letter_off_joins_the_speaker_just_heard()
    {
        var t = RuleBook.Parse("R-WHO-13");

        Assert.Equal(["TOVE ARDEN | ARDAN", "BJORN FALK"], t.Speakers.Select(s => string.Join(" | ", s.Labels)));
        Assert.Equal(["s1", "s2", "s1"], t.Blocks.Select(b => b.SpeakerId));
        var note = Assert.Single(t.Diagnostics);
        Assert.Equal(("TP0203", DiagnosticSeverity.Info, 5, 1), (note.Code, note.Severity, note.LineNumber, note.ColumnNumber));
        Assert.Equal("The label \"ARDAN\" names no one in full; it is read as a misspelling of \"TOVE ARDEN\", one letter apart.", note.Message);
    }

    [Fact]
    public void Generic_speakers_are_never_merged()
    {
        var t = RuleBook.Parse("R-WHO-07");

        Assert.Equal(
            ["Unidentified Male", "Unidentified Female", "Unidentified Man #1", "Unidentified Man #2"],
            t.Speakers.Select(s => s.Name));
        Assert.Equal(["s1", "s2", "s1", "s3", "s4", "s3"], t.Blocks.Select(b => b.SpeakerId));
        Assert.All(t.Speakers, s => Assert.Single(s.Labels));
    }

    [Fact]
    public void Titles_and_suffixes_are_not_part_of_the_name()
    {
        var t = RuleBook.Parse("R-WHO-08");

        Assert.Equal(2, t.Speakers.Length);
        var holland = t.Speakers[0];
        Assert.Equal(("Marit Holland", "Sen."), (holland.Name, holland.Honorific));
        Assert.Equal(["SEN. MARIT HOLLAND (D-ME)", "MARIT HOLLAND", "HOLLAND"], holland.Labels.ToArray());
        var nyquist = t.Speakers[1];
        Assert.Equal("Edvard Nyquist", nyquist.Name);
        Assert.Equal(["EDVARD NYQUIST JR., HOST", "NYQUIST"], nyquist.Labels.ToArray());
        Assert.Equal(["s1", "s1", "s1", "s2", "s2"], t.Blocks.Select(b => b.SpeakerId));

        // A title before a name in mixed case.
        var mixed = Transcript.Parse("Senator Marit Holland: The bill is ready.\n\nSenator Holland: We vote today.\n");
        var senator = Assert.Single(mixed.Speakers);
        Assert.Equal(("Marit Holland", "Senator"), (senator.Name, senator.Honorific));
    }

    [Fact]
    public void Labels_that_differ_only_in_case_are_one_speaker()
    {
        var t = RuleBook.Parse("R-WHO-09");

        var speaker = Assert.Single(t.Speakers);
        Assert.Equal(("Tove Arden", "Tove Arden | TOVE ARDEN"), (speaker.Name, string.Join(" | ", speaker.Labels)));
        Assert.All(t.Blocks, b => Assert.Equal("s1", b.SpeakerId));
    }

    [Fact]
    public void Display_names_take_the_spelling_of_the_text()
    {
        var t = RuleBook.Parse("R-WHO-10");

        Assert.Equal(
            ["Tove Arden", "Ewan McAllister", "Rosa De La Cruz", "Garcia-Nilsen", "Unidentified Man #2"],
            t.Speakers.Select(s => s.Name));
        Assert.Equal("Rose", RuleBook.Parse("R-LBL-16").Speakers[0].Name);
    }

    [Fact]
    public void A_name_in_capitals_with_Mc_is_title_cased()
    {
        var t = RuleBook.Parse("R-WHO-11");

        Assert.Equal(["Ewan McAllister", "Ivo Strand"], t.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void An_honorific_inside_a_name_is_dropped()
    {
        var t = RuleBook.Parse("R-WHO-12");

        Assert.Equal(
            [("Ivo Strand", new[] { "MR. IVO STRAND", "MR. STRAND", "MR. IVO MR. STRAND" }), ("Sally Obi", new[] { "MS. SALLY OBI" })],
            t.Speakers.Select(s => (s.Name, s.Labels.ToArray())));
        Assert.Empty(t.Diagnostics);
    }

    [Fact]
    public void A_surname_of_two_words_joins_its_full_name()
    {
        var t = RuleBook.Parse("R-WHO-14");

        Assert.Equal(
            [["IVO LUND, HOST", "LUND"], ["TOVE ARDEN LUND, HOST", "ARDEN LUND"]],
            t.Speakers.Select(s => s.Labels.ToArray()));

        // With no one else of the surname, the one word names the person of the two.
        var alone = Transcript.Parse(RuleBook.Example("R-WHO-14").Replace("IVO LUND, HOST: Good morning.\n\n", "", System.StringComparison.Ordinal));
        Assert.Equal([["TOVE ARDEN LUND, HOST", "LUND", "ARDEN LUND"]], alone.Speakers.Select(s => s.Labels.ToArray()));
    }

    [Fact]
    public void A_full_name_one_letter_off_an_earlier_one_is_that_name_misspelt()
    {
        var t = RuleBook.Parse("R-WHO-15");

        Assert.Equal(
            [["KLAUS FRANKENBERGER", "KLAUS FRANKENBEGER"], ["TOVE ARDEN, HOST"], ["ANNA FRANKENBEGER"]],
            t.Speakers.Select(s => s.Labels.ToArray()));
        var note = Assert.Single(t.Diagnostics, d => d.Code == "TP0204");
        Assert.Equal((DiagnosticSeverity.Info, 5, 1), (note.Severity, note.LineNumber, note.ColumnNumber));

        // Used again, or with its surname used alone, the close name is someone else.
        var again = Transcript.Parse(RuleBook.Example("R-WHO-15") + "\nKLAUS FRANKENBEGER: Once more.\n");
        Assert.Contains(again.Speakers, s => s.Labels.SequenceEqual(["KLAUS FRANKENBEGER"]));
        var surname = Transcript.Parse(RuleBook.Example("R-WHO-15") + "\nFRANKENBEGER: Me again.\n");
        Assert.Contains(surname.Speakers, s => s.Labels.SequenceEqual(["KLAUS FRANKENBEGER"]));
        Assert.DoesNotContain(surname.Diagnostics, d => d.Code == "TP0204");
    }
}
