using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(FormatSamples.RepositoryRoot, "docs", "transcript.schema.json");

    // One registry for this class: the schema registers itself under its $id, which may happen only once.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(SchemaPath, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> Samples => new(FormatSamples.Names);

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static void AssertValid(string json)
    {
        var results = Evaluate(json);
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates_against_the_schema(string name)
    {
        var transcript = FormatSamples.Load(name);
        AssertValid(TranscriptJsonWriter.ToJson(transcript, indented: true));
        AssertValid(TranscriptJsonWriter.ToJson(transcript));
    }

    [Fact]
    public void Optional_block_fields_validate()
    {
        const string input = "Jen Psaki: (00:22) Hello (LAUGHTER) there.\n\nBob Smith: (as Stu Price) Hi.\n\n(SOUNDBITE OF MUSIC)\n";
        var json = TranscriptJsonWriter.ToJson(Transcript.Parse(input));
        var blocks = JsonNode.Parse(json)!["blocks"]!.AsArray();

        // The input is made to produce every optional field; check that it does before trusting the validation.
        Assert.Contains(blocks, b => b!["time"] is not null);
        Assert.Contains(blocks, b => b!["delivery"] is not null);
        Assert.Contains(blocks, b => b!["cues"] is not null);
        Assert.Contains(blocks, b => b!["cue"] is not null);
        AssertValid(json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("Just one paragraph of narration and nothing else.")]
    public void Odd_inputs_validate(string input) => AssertValid(TranscriptJsonWriter.ToJson(Transcript.Parse(input)));

    [Fact]
    public void The_schema_refuses_what_the_writer_never_writes()
    {
        var valid = JsonNode.Parse(TranscriptJsonWriter.ToJson(FormatSamples.Load("cnn-newsroom")))!;
        Assert.True(Evaluate(valid.ToJsonString()).IsValid);

        void AssertRefused(Action<JsonNode> change)
        {
            var copy = valid.DeepClone();
            change(copy);
            Assert.False(Evaluate(copy.ToJsonString()).IsValid, copy.ToJsonString());
        }

        AssertRefused(d => d.AsObject().Remove("blocks"));
        AssertRefused(d => d["extra"] = 1);
        AssertRefused(d => d["source"]!["dialect"] = "auto");
        AssertRefused(d => d["blocks"]![1]!["kind"] = "monologue");
        AssertRefused(d => d["blocks"]![1]!["label"] = null);
        AssertRefused(d => d["blocks"]![3]!.AsObject().Remove("cue"));
        AssertRefused(d => d["blocks"]![1]!["cue"] = "music");
        AssertRefused(d => d["blocks"]![1]!["span"]!["start"] = -1);
        AssertRefused(d => d["speakers"]![0]!["role"] = "anchor");
        AssertRefused(d => d["header"]!["airDate"] = "June 12, 2021");
    }

    [Fact]
    public void Every_name_the_writer_can_write_is_in_the_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        static IEnumerable<string?> Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v?.GetValue<string>());

        var dialects = Enum(schema["properties"]!["source"]!["properties"]!["dialect"]!).ToList();
        Assert.All(System.Enum.GetValues<TranscriptDialect>(), v => Assert.Contains(JsonNames.Of(v), dialects));

        var chrome = Enum(schema["properties"]!["header"]!["properties"]!["chrome"]!["items"]!["properties"]!["kind"]!).ToList();
        Assert.All(System.Enum.GetValues<ChromeKind>(), v => Assert.Contains(JsonNames.Of(v), chrome));

        var speaker = schema["properties"]!["speakers"]!["items"]!["properties"]!;
        var roles = Enum(speaker["role"]!).ToList();
        Assert.All(System.Enum.GetValues<SpeakerRole>(), v => Assert.Contains(JsonNames.Of(v), roles));
        var evidence = Enum(speaker["roleEvidence"]!).ToList();
        Assert.All(System.Enum.GetValues<RoleEvidence>().Where(v => v != RoleEvidence.None), v => Assert.Contains(JsonNames.Of(v), evidence));

        var cues = Enum(schema["$defs"]!["cueKind"]!).ToList();
        Assert.All(System.Enum.GetValues<AnnotationKind>(), v => Assert.Contains(JsonNames.Of(v), cues));
        Assert.Equal(System.Enum.GetValues<AnnotationKind>().Length, cues.Count);

        var kinds = Enum(schema["$defs"]!["block"]!["properties"]!["kind"]!).ToList();
        Assert.All(System.Enum.GetValues<BlockKind>(), v => Assert.Contains(JsonNames.Of(v), kinds));

        var severities = Enum(schema["properties"]!["diagnostics"]!["items"]!["properties"]!["severity"]!).ToList();
        Assert.All(System.Enum.GetValues<DiagnosticSeverity>(), v => Assert.Contains(JsonNames.Of(v), severities));
    }
}
