using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The sample transcripts and the repository they live in, for the format, schema and docs tests.</summary>
internal static class FormatSamples
{
    public static IReadOnlyList<string> Names { get; } = ["npr-station-interview", "npr-classic", "cnn-newsroom", "pbs-newshour"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string PathOf(string name) => Path.Combine(RepositoryRoot, "samples", name + ".txt");

    public static Transcript Load(string name) =>
        Transcript.Parse(File.ReadAllBytes(PathOf(name)), new TranscriptParseOptions { SourcePath = $"samples/{name}.txt" });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranscriptParsing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (TranscriptParsing.sln) was not found above " + AppContext.BaseDirectory);
    }
}

public class FormatWriterTests
{
    public static TheoryData<string> Samples => new(FormatSamples.Names);

    private static JsonElement ParseJson(string json) => JsonDocument.Parse(json).RootElement;

    private static string MediaSum(Transcript transcript)
    {
        var output = new ArrayBufferWriter<byte>();
        TranscriptMediaSumWriter.Write(output, transcript);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Podcast(Transcript transcript)
    {
        var output = new ArrayBufferWriter<byte>();
        TranscriptPodcastWriter.Write(output, transcript);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void MediaSum_record_has_the_dataset_fields_with_one_speaker_per_utterance()
    {
        var transcript = FormatSamples.Load("npr-station-interview");
        var record = ParseJson(MediaSum(transcript));

        // The station page states no program, air date or URL, so those fields are absent rather than empty.
        Assert.Equal(["id", "title", "summary", "utt", "speaker"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("npr-station-interview", record.GetProperty("id").GetString());
        Assert.Equal("Shallow Water on the Great Lakes Leaves Freighters Light and Ports Worried", record.GetProperty("title").GetString());

        var utt = record.GetProperty("utt").EnumerateArray().Select(e => e.GetString()!).ToList();
        var speaker = record.GetProperty("speaker").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(utt.Count, speaker.Count);
        Assert.Equal(transcript.Blocks.Count(b => b.Kind != BlockKind.Annotation), utt.Count);

        // The sample opens with two unlabelled paragraphs of the host's narration, then the guest's first turn.
        Assert.StartsWith("Freighters on the Great Lakes", utt[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, speaker[0]);
        Assert.Equal("Glad to be here.", utt[2]);
        Assert.Equal("Lidia Haverkamp", speaker[2]);
        Assert.Equal("Marsden", speaker[3]);
        Assert.All(utt, u => Assert.DoesNotContain('\n', u));

        // The turn continued by two unlabelled paragraphs is one utterance, its paragraphs joined by a space.
        var joined = Assert.Single(utt, u => u.StartsWith("That they feel like the last link", StringComparison.Ordinal));
        Assert.Contains("lunch crowd. Here's one small example", joined, StringComparison.Ordinal);
        Assert.EndsWith("everyone involved knows it.", joined, StringComparison.Ordinal);
    }

    [Fact]
    public void MediaSum_record_takes_program_and_date_from_the_header_and_leaves_cues_out()
    {
        var transcript = FormatSamples.Load("cnn-newsroom");
        var record = ParseJson(MediaSum(transcript));

        Assert.Equal("CNN Newsroom", record.GetProperty("program").GetString());
        Assert.Equal("2021-06-12", record.GetProperty("date").GetString());
        Assert.False(record.TryGetProperty("url", out _));
        var utt = record.GetProperty("utt").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(transcript.Blocks.Count(b => b.Kind == BlockKind.Turn), utt.Count);
        Assert.DoesNotContain(utt, u => u.Contains("VIDEO CLIP", StringComparison.Ordinal));
        Assert.Equal("4:57", utt[transcript.Blocks.Where(b => b.Kind == BlockKind.Turn).ToList().FindIndex(b => b.Text == "4:57")]);
    }

    [Fact]
    public void MediaSum_id_can_be_given()
    {
        var transcript = FormatSamples.Load("pbs-newshour");
        var output = new ArrayBufferWriter<byte>();
        TranscriptMediaSumWriter.Write(output, transcript, id: "PBS-7");
        Assert.Equal("PBS-7", ParseJson(Encoding.UTF8.GetString(output.WrittenSpan)).GetProperty("id").GetString());
        Assert.Equal(string.Empty, TranscriptMediaSumWriter.DefaultId(Transcript.Parse("SMITH: Hi.\n")));
    }

    [Fact]
    public void MediaSum_url_comes_from_a_url_line_of_the_header()
    {
        // A URL line is page furniture; the record carries it as "url".
        const string page = "https://www.example.org/2020/01/02/12345/harbor-story\n\nHarbor Story\n\nSMITH: Hello.\n\nJONES: Hi.\n";
        var transcript = Transcript.Parse(page);
        var urlLine = transcript.Header.Chrome.Where(c => c.Kind == Reading.ChromeKind.Url).Select(c => c.Text).FirstOrDefault();
        Assert.NotNull(urlLine);
        var record = ParseJson(MediaSum(transcript));
        Assert.Equal("https://www.example.org/2020/01/02/12345/harbor-story", record.GetProperty("url").GetString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Podcast_transcript_has_version_and_one_segment_per_utterance_without_times(string name)
    {
        var transcript = FormatSamples.Load(name);
        var root = ParseJson(Podcast(transcript));

        Assert.Equal("1.0.0", root.GetProperty("version").GetString());
        var segments = root.GetProperty("segments").EnumerateArray().ToList();
        var utterances = transcript.Blocks.Where(b => b.Kind != BlockKind.Annotation).ToList();
        Assert.Equal(utterances.Count, segments.Count);
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            Assert.False(segment.TryGetProperty("startTime", out _));
            Assert.False(segment.TryGetProperty("endTime", out _));
            Assert.Equal(string.Join(' ', utterances[i].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), segment.GetProperty("body").GetString());
            if (utterances[i].Speaker is { } speaker)
            {
                Assert.Equal(speaker.Name, segment.GetProperty("speaker").GetString());
            }
            else
            {
                Assert.False(segment.TryGetProperty("speaker", out _));
            }
        }
    }

    [Fact]
    public void Text_is_one_name_and_text_line_per_block()
    {
        var transcript = FormatSamples.Load("npr-station-interview");
        var lines = TranscriptTextWriter.ToText(transcript).Split('\n');

        Assert.Equal(transcript.Blocks.Length + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.StartsWith("Freighters on the Great Lakes are sailing", lines[0], StringComparison.Ordinal);
        Assert.Equal("Lidia Haverkamp: Glad to be here.", lines[2]);
        Assert.StartsWith("Marsden: Start with the basics.", lines[3], StringComparison.Ordinal);
        Assert.Equal("Lidia Haverkamp: My pleasure.", lines[^2]);
    }

    [Fact]
    public void Text_writes_cues_in_brackets()
    {
        var cnn = TranscriptTextWriter.ToText(FormatSamples.Load("cnn-newsroom")).Split('\n');
        Assert.StartsWith("Delia Marchetti: Hello, everyone", cnn[0], StringComparison.Ordinal);
        Assert.Contains("[14:04:30]", cnn);
        Assert.Contains("[BEGIN VIDEO CLIP]", cnn);
        Assert.Contains("[COMMERCIAL BREAK]", cnn);

        var classic = TranscriptTextWriter.ToText(FormatSamples.Load("npr-classic")).Split('\n');
        Assert.Contains("[Soundbite of traffic]", classic);

        // A cue inside a turn loses its parentheses for brackets; one already in brackets stays as it is.
        var pbs = TranscriptTextWriter.ToText(FormatSamples.Load("pbs-newshour")).Split('\n');
        Assert.Contains("[Applause]", pbs);
        Assert.Contains("Dale Fenwick: Ruth, we're getting to the roof. [crosstalk]", pbs);
        Assert.Contains(pbs, line => line.StartsWith("Ruth Oyelaran: ", StringComparison.Ordinal) && line.Contains("[Laughter]", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_keeps_parentheses_that_are_not_cues()
    {
        var transcript = Transcript.Parse("SMITH: The bill (which passed) goes on. (LAUGHTER) Really.\n\nJONES: Yes.\n");
        var text = TranscriptTextWriter.ToText(transcript);
        Assert.Equal("Smith: The bill (which passed) goes on. [LAUGHTER] Really.\nJones: Yes.\n", text);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Text_writers_agree_on_every_output(string name)
    {
        var transcript = FormatSamples.Load(name);
        var expected = TranscriptTextWriter.ToText(transcript);

        var buffer = new ArrayBufferWriter<byte>();
        TranscriptTextWriter.Write(buffer, transcript);
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));

        using var stream = new MemoryStream();
        TranscriptTextWriter.Write(stream, transcript);
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.False(stream.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
    }

    [Fact]
    public void Format_names_round_trip()
    {
        foreach (var format in Enum.GetValues<TranscriptFormat>())
        {
            var name = TranscriptFormatWriter.NameOf(format);
            Assert.True(TranscriptFormatWriter.TryParse(name.ToUpperInvariant(), out var parsed));
            Assert.Equal(format, parsed);
        }

        Assert.Equal(Enum.GetValues<TranscriptFormat>().Length, TranscriptFormatWriter.Names.Count);
        Assert.False(TranscriptFormatWriter.TryParse("parquet", out _));
        Assert.Equal(TranscriptFormat.MediaSum, TranscriptFormatWriter.Parse("mediasum"));
        Assert.Throws<ArgumentException>(() => TranscriptFormatWriter.Parse("parquet"));
        Assert.False(TranscriptFormatWriter.TryParse(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscriptFormatWriter.NameOf((TranscriptFormat)99));
    }

    [Theory]
    [InlineData(TranscriptFormat.Json)]
    [InlineData(TranscriptFormat.JsonLines)]
    [InlineData(TranscriptFormat.MediaSum)]
    [InlineData(TranscriptFormat.Podcast)]
    public void Compact_json_formats_of_many_transcripts_make_json_lines(TranscriptFormat format)
    {
        using var stream = new MemoryStream();
        foreach (var name in FormatSamples.Names)
        {
            TranscriptFormatWriter.Write(stream, FormatSamples.Load(name), format, indented: false);
        }

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(FormatSamples.Names.Count + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        for (int i = 0; i < FormatSamples.Names.Count; i++)
        {
            Assert.Equal(JsonValueKind.Object, ParseJson(lines[i]).ValueKind);
        }

        Assert.True(TranscriptFormatWriter.AllowsManyDocuments(format, indented: false));
    }

    [Fact]
    public void Json_format_is_the_json_writer_and_a_line_break()
    {
        var transcript = FormatSamples.Load("pbs-newshour");
        using var stream = new MemoryStream();
        TranscriptFormatWriter.Write(stream, transcript, TranscriptFormat.Json, indented: true);
        Assert.Equal(TranscriptJsonWriter.ToJson(transcript, indented: true) + "\n", Encoding.UTF8.GetString(stream.ToArray()));

        using var lines = new MemoryStream();
        TranscriptFormatWriter.Write(lines, transcript, TranscriptFormat.JsonLines, indented: true);
        Assert.Equal(TranscriptJsonWriter.ToJson(transcript) + "\n", Encoding.UTF8.GetString(lines.ToArray()));
        Assert.False(TranscriptFormatWriter.AllowsManyDocuments(TranscriptFormat.Json, indented: true));
    }

    [Theory]
    [InlineData(TranscriptFormat.Json)]
    [InlineData(TranscriptFormat.JsonLines)]
    [InlineData(TranscriptFormat.MediaSum)]
    [InlineData(TranscriptFormat.Podcast)]
    [InlineData(TranscriptFormat.Text)]
    public void Stream_and_buffer_outputs_are_the_same_bytes(TranscriptFormat format)
    {
        var transcript = FormatSamples.Load("npr-classic");
        using var stream = new MemoryStream();
        TranscriptFormatWriter.Write(stream, transcript, format, indented: true);
        var buffer = new ArrayBufferWriter<byte>();
        TranscriptFormatWriter.Write(buffer, transcript, format, indented: true);
        Assert.Equal(stream.ToArray(), buffer.WrittenSpan.ToArray());
        Assert.Equal((byte)'\n', stream.ToArray()[^1]);
    }

    [Fact]
    public void Writers_reject_null_arguments()
    {
        var transcript = Transcript.Parse("SMITH: Hi.\n");
        Assert.Throws<ArgumentNullException>(() => TranscriptTextWriter.Write((TextWriter)null!, transcript));
        Assert.Throws<ArgumentNullException>(() => TranscriptMediaSumWriter.Write(new ArrayBufferWriter<byte>(), null!));
        Assert.Throws<ArgumentNullException>(() => TranscriptFormatWriter.Write(Stream.Null, null!, TranscriptFormat.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscriptFormatWriter.Write(Stream.Null, transcript, (TranscriptFormat)42));
    }
}
