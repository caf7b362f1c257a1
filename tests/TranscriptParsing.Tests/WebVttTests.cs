using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// WebVTT captions: cues of one voice with only their timings between are one turn whose text leaves the timings out,
/// and the timing between two voices is a time-stamp annotation that keeps its text.
/// </summary>
public class WebVttTests
{
    private const string Captions =
        "WEBVTT\n\n" +
        "0:00:01.000 --> 0:00:02.000\n<v Speaker 1>Good evening.\n\n" +
        "0:00:02.500 --> 0:00:04.000\n<v Speaker 2>First tonight, the ferry\n\n" +
        "0:00:04.100 --> 0:00:05.000\n<v Speaker 2>runs late again.\n";

    [Fact]
    public void A_timing_between_two_voices_is_an_annotation_with_its_text()
    {
        var t = Transcript.Parse(Captions);

        Assert.Equal(
            [
                (BlockKind.Turn, "Good evening."),
                (BlockKind.Annotation, "0:00:02.500 --> 0:00:04.000"),
                (BlockKind.Turn, "First tonight, the ferry\n\nruns late again."),
            ],
            t.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal(AnnotationKind.Timestamp, t.Blocks[1].AnnotationKind);
    }

    [Fact]
    public void The_json_writes_the_same_texts()
    {
        using var json = System.Text.Json.JsonDocument.Parse(TranscriptJsonWriter.ToJson(Transcript.Parse(Captions)));

        Assert.Equal(
            ["Good evening.", "0:00:02.500 --> 0:00:04.000", "First tonight, the ferry\n\nruns late again."],
            json.RootElement.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
    }
}
