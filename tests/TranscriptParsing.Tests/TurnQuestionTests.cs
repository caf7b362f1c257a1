using System;
using TranscriptParsing.Model;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The builder notes whether a turn's text holds a question mark while it looks for the turn's cues; the note must be
/// what a search of the turn's whole text finds, whatever the turn took in after its first paragraph.
/// </summary>
public class TurnQuestionTests
{
    public static TheoryData<string> Texts => new()
    {
        "LENA MORK: How cold was it?\n\nARVID STEN: Very cold.\n",
        "LENA MORK: It was cold.\n\nAnd the ice, how thick?\n\nARVID STEN: Thick.\n",
        "LENA MORK: It was cold (ph?) they say.\n\nARVID STEN: Thick.\n",
        "LENA MORK: It was cold.\n\n(LAUGHTER?)\n\nAnd the ice went on.\n\nARVID STEN: Thick.\n",
        "LENA MORK: It was cold.\n\n[inaudible?]\n\nand thick\n\nARVID STEN: Thick?\n",
        "LENA MORK: It was cold (\n\nwhat?) and (LAUGHTER) and [?\n\nARVID STEN: (?) Thick.\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Lena Mork>It was cold\n\n00:00:02.000 --> 00:00:03.000\n<v Lena Mork>and thick?\n\n00:00:03.000 --> 00:00:04.000\n<v Arvid Sten>No.\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Lena?>It was cold\n\n00:00:02.000 --> 00:00:03.000\n<v Lena?>and thick\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_turn_has_a_question_when_its_text_holds_a_question_mark(string text) => AssertQuestionsAsFound(text);

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Each_sample_turn_has_a_question_when_its_text_holds_a_question_mark(string name) => AssertQuestionsAsFound(Samples.Read(name));

    [Theory]
    [InlineData("LENA MORK: It was cold.\n\nHow cold?\n\nARVID STEN: Very.\n\nLENA MORK: And the ice.\n\n(LAUGHTER)\n\nHow thick? And how far?\n\nARVID STEN: Thick.\n", true)]
    [InlineData("LENA MORK: It was cold?\n\nHow cold?\n\nARVID STEN: Very.\n\nLENA MORK: And the ice.\n\nThick, then.\n\nLENA MORK: Then.\n\nARVID STEN: Thick.\n", false)]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Lena Mork>It was cold\n\n00:00:02.000 --> 00:00:03.000\n<v Lena Mork>and thick?\n\n00:00:03.000 --> 00:00:04.000\n<v Arvid Sten>No.\n\n00:00:04.000 --> 00:00:05.000\n<v Lena Mork>Why not?\n\n00:00:05.000 --> 00:00:06.000\n<v Arvid Sten>No.\n", true)]
    public void A_speaker_whose_later_paragraphs_ask_puts_the_questions(string text, bool asks)
    {
        // A turn that asks only after its first paragraph asks; one that asks in two paragraphs is still one turn of three.
        var speaker = Transcript.Parse(text.AsMemory()).Speakers[0];

        Assert.Equal(asks ? (SpeakerRole.Host, RoleEvidence.AsksQuestions) : (SpeakerRole.Unknown, RoleEvidence.None), (speaker.Role, speaker.RoleEvidence));
    }

    private static void AssertQuestionsAsFound(string text)
    {
        var data = new TranscriptData();
        data.Clear(text.AsMemory(), null);
        var builder = new TranscriptBuilder();
        builder.Build(data, new TranscriptParseOptions(), records: false);

        int turns = 0;
        foreach (var draft in builder.Drafts)
        {
            if (draft.Kind == BlockKind.Turn)
            {
                turns++;
                Assert.Equal(text.AsSpan(draft.TextSpan.Start, draft.TextSpan.Length).Contains('?'), draft.HasQuestion);
            }
        }

        Assert.True(turns > 0);
    }
}
