using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using TranscriptParsing.Model;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

public class FormatReadBackTests
{
    public static TheoryData<string> Samples => new(FormatSamples.Names);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Stored_json_reads_back_field_by_field(string name)
    {
        var transcript = FormatSamples.Load(name);
        var document = TranscriptJsonReader.Read(TranscriptJsonWriter.ToJson(transcript, indented: true));

        Assert.Equal(transcript.Source.Path, document.Source.Path);
        Assert.Equal(transcript.Source.Length, document.Source.Length);
        Assert.Equal(transcript.Source.Dialect, document.Source.Dialect);

        var header = transcript.Header;
        Assert.Equal(header.Station is null, document.Header.Station is null);
        if (header.Station is { } station)
        {
            Assert.Equal(station.Name, document.Header.Station!.Name);
            Assert.Equal(station.Frequencies, document.Header.Station.Frequencies);
            Assert.Equal(station.Span, document.Header.Station.Span.ToTextSpan());
        }

        Assert.Equal(header.Chrome.Length, document.Header.Chrome.Count);
        for (int i = 0; i < header.Chrome.Length; i++)
        {
            var (line, read) = (header.Chrome[i], document.Header.Chrome[i]);
            Assert.Equal(line.Text, read.Text);
            Assert.Equal(JsonNames.Of(line.Kind), JsonNames.Of(read.Kind));
            Assert.Equal(line.Span, read.Span.ToTextSpan());
            Assert.Equal(line.LineNumber, read.Line);
        }

        Assert.Equal(header.Title, document.Header.Title);
        Assert.Equal(header.TitleSpan, document.Header.TitleSpan?.ToTextSpan());
        Assert.Equal(header.Summary, document.Header.Summary);
        Assert.Equal(header.SummarySpan, document.Header.SummarySpan?.ToTextSpan());
        Assert.Equal(header.Program, document.Header.Program);
        Assert.Equal(header.AirDate, document.Header.AirDate);

        Assert.Equal(transcript.Speakers.Length, document.Speakers.Count);
        for (int i = 0; i < transcript.Speakers.Length; i++)
        {
            var (speaker, read) = (transcript.Speakers[i], document.Speakers[i]);
            Assert.Equal(speaker.Id, read.Id);
            Assert.Equal(speaker.Name, read.Name);
            Assert.Equal(speaker.Labels, read.Labels);
            Assert.Equal(speaker.Role, read.Role);
            Assert.Equal(speaker.RoleEvidence, read.RoleEvidence ?? RoleEvidence.None);
            Assert.Equal(speaker.Honorific, read.Honorific);
            Assert.Equal(speaker.Affiliation, read.Affiliation);
            Assert.Equal(speaker.Title, read.Title);
        }

        Assert.Equal(transcript.Blocks.Length, document.Blocks.Count);
        for (int i = 0; i < transcript.Blocks.Length; i++)
        {
            var (block, read) = (transcript.Blocks[i], document.Blocks[i]);
            Assert.Equal(block.Kind, read.Kind);
            Assert.Equal(block.Label, read.Label);
            Assert.Equal(block.SpeakerId, read.SpeakerId);
            Assert.Equal(block.Text, read.Text);
            Assert.Equal(block.Span, read.Span.ToTextSpan());
            Assert.Equal(block.LineNumber, read.Line);
            Assert.Equal(block.ColumnNumber, read.Column);
            Assert.Equal(block.Time, read.Time);
            Assert.Equal(block.Delivery, read.Delivery);
            Assert.Equal(block.Kind == BlockKind.Annotation ? block.AnnotationKind : null, read.Cue);
            var cues = block.Cues.IsDefault ? [] : block.Cues;
            Assert.Equal(cues.Length, read.Cues?.Count ?? 0);
            for (int c = 0; c < cues.Length; c++)
            {
                Assert.Equal(cues[c].Kind, read.Cues![c].Kind);
                Assert.Equal(cues[c].Span, read.Cues[c].Span.ToTextSpan());
                Assert.Equal(cues[c].Span.Slice(transcript.Text.Span).ToString(), read.Cues[c].Text);
            }
        }

        Assert.Equal(transcript.Footer is null, document.Footer is null);
        if (transcript.Footer is { } footer)
        {
            Assert.Equal(footer.Text, document.Footer!.Text);
            Assert.Equal(footer.Provider, document.Footer.Provider);
            Assert.Equal(footer.CopyrightHolder, document.Footer.CopyrightHolder);
            Assert.Equal(footer.Year, document.Footer.Year);
            Assert.Equal(footer.Span, document.Footer.Span.ToTextSpan());
            Assert.Equal(footer.LineNumber, document.Footer.Line);
        }

        Assert.Equal(
            transcript.Diagnostics.Select(d => (d.Code, d.Severity, d.Message, d.LineNumber, d.ColumnNumber)),
            document.Diagnostics.Select(d => (d.Code, d.Severity, d.Message, d.Line, d.Column)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_read_model_holds_every_field_of_the_json(string name)
    {
        // Written back through the context, the read model gives the same JSON: no field is dropped or renamed.
        var json = TranscriptJsonWriter.ToJson(FormatSamples.Load(name));
        var document = TranscriptJsonReader.Read(Encoding.UTF8.GetBytes(json));
        var again = JsonSerializer.Serialize(document, TranscriptJsonReader.DocumentTypeInfo);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)), again);
    }

    [Fact]
    public void Json_lines_read_back_one_document_per_line()
    {
        var lines = new StringBuilder();
        foreach (var name in FormatSamples.Names)
        {
            lines.Append(TranscriptJsonWriter.ToJson(FormatSamples.Load(name))).Append('\n').Append('\n');
        }

        var documents = TranscriptJsonReader.ReadLines(new StringReader(lines.ToString())).ToList();
        Assert.Equal(FormatSamples.Names.Select(n => $"samples/{n}.txt"), documents.Select(d => d.Source.Path));
    }

    [Fact]
    public async Task A_stream_reads_back()
    {
        var transcript = FormatSamples.Load("cnn-newsroom");
        using var stream = new MemoryStream();
        TranscriptJsonWriter.Write(stream, transcript);
        stream.Position = 0;
        var document = await TranscriptJsonReader.ReadAsync(stream);
        Assert.Equal(TranscriptDialect.Cnn, document.Source.Dialect);
        Assert.Contains(document.Blocks, b => b.Cue == Reading.AnnotationKind.ClipStart);
    }

    [Fact]
    public void Json_that_is_no_transcript_is_refused()
    {
        Assert.Throws<JsonException>(() => TranscriptJsonReader.Read("null"));
        Assert.Throws<JsonException>(() => TranscriptJsonReader.Read("{}"));
        Assert.Throws<JsonException>(() => TranscriptJsonReader.Read("""{"source": {"path": null, "length": 3, "dialect": "klingon"}}"""));
        var error = Assert.Throws<JsonException>(() => TranscriptJsonReader.ReadLines(new StringReader("\n[1, 2]\n")).ToList());
        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }
}
