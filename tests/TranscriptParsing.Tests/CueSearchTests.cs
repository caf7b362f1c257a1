using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// Each block gets exactly the cues inside its text, however far apart the openers lie and whatever stands between
/// the blocks (an annotation, blocks with no cue, an opener that closes nothing).
/// </summary>
public class CueSearchTests
{
    [Fact]
    public void Each_block_gets_the_cues_inside_it_when_blocks_without_cues_stand_between()
    {
        string text =
            "HOST: Welcome to the show.\n\n" +
            "GUEST: Thank you for having me.\n\n" +
            "HOST: You grew up on the coast.\n\n" +
            "(SOUNDBITE OF MUSIC)\n\n" +
            "GUEST: I did (LAUGHTER) for years, and [inaudible] after.\n\n" +
            "HOST: And then?\n\n" +
            "GUEST: Then the town (ph) changed. An opener with no close ( stays text.\n\n" +
            "HOST: Thanks.\n";
        var t = Transcript.Parse(text);

        var cuesByBlock = t.Blocks.Select(b => string.Join("|", b.Cues.Select(c => text.Substring(c.Span.Start, c.Span.Length)))).ToList();
        Assert.Equal(["", "", "", "", "(LAUGHTER)|[inaudible]", "", "(ph)", ""], cuesByBlock);
        Assert.Equal(BlockKind.Annotation, t.Blocks[3].Kind);
        Assert.Equal(AnnotationKind.Laughter, t.Blocks[4].Cues[0].Kind);
    }

    [Fact]
    public void A_cue_after_a_long_run_without_openers_is_found()
    {
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? "HOST" : "GUEST") + ": Line " + i + " of the talk.\n\n"));
        string text = body + "HOST: At last (APPLAUSE) here.\n";
        var t = Transcript.Parse(text);

        Assert.All(t.Blocks.Take(t.Blocks.Length - 1), b => Assert.Empty(b.Cues));
        var cue = Assert.Single(t.Blocks[^1].Cues);
        Assert.Equal("(APPLAUSE)", text.Substring(cue.Span.Start, cue.Span.Length));
    }
}
