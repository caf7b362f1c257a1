using System;
using System.Text;
using System.Text.Json;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The quoted names the raw JSON writers copy are, for every value of every enumeration, the bytes
/// <see cref="Utf8JsonWriter"/> writes for the name <see cref="JsonNames"/> gives.
/// </summary>
public class JsonNamesTests
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JsonOutput.Encoder };

    [Fact]
    public void Every_quoted_name_is_the_name_as_the_json_writer_writes_it()
    {
        foreach (var v in Enum.GetValues<BlockKind>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<SpeakerRole>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<RoleEvidence>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<AnnotationKind>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<ChromeKind>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<TranscriptDialect>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }

        foreach (var v in Enum.GetValues<DiagnosticSeverity>())
        {
            AssertQuoted(JsonNames.Of(v), JsonNames.Quoted(v));
        }
    }

    private static void AssertQuoted(string name, ReadOnlySpan<byte> quoted) =>
        Assert.Equal(JsonSerializer.Serialize(name, Options), Encoding.UTF8.GetString(quoted));
}
