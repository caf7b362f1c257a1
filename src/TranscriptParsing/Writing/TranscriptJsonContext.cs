using System.Text.Json;
using System.Text.Json.Serialization;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Writing;

/// <summary>
/// The source-generated serializer context for the read model (<see cref="TranscriptDocument"/>): camelCase names and
/// camelCase enumeration values, as <see cref="TranscriptJsonWriter"/> writes them. It needs no reflection, so it
/// works trimmed and under NativeAOT. Most callers use <see cref="TranscriptJsonReader"/>.
/// </summary>
// From .NET 9 on, a missing field or a null where the model allows none is refused rather than read as null.
#if NET9_0_OR_GREATER
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(CamelCaseEnumConverter<TranscriptDialect>),
        typeof(CamelCaseEnumConverter<ChromeKind>),
        typeof(CamelCaseEnumConverter<SpeakerRole>),
        typeof(CamelCaseEnumConverter<RoleEvidence>),
        typeof(CamelCaseEnumConverter<BlockKind>),
        typeof(CamelCaseEnumConverter<AnnotationKind>),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
    ])]
#else
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(CamelCaseEnumConverter<TranscriptDialect>),
        typeof(CamelCaseEnumConverter<ChromeKind>),
        typeof(CamelCaseEnumConverter<SpeakerRole>),
        typeof(CamelCaseEnumConverter<RoleEvidence>),
        typeof(CamelCaseEnumConverter<BlockKind>),
        typeof(CamelCaseEnumConverter<AnnotationKind>),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
    ])]
#endif
[JsonSerializable(typeof(TranscriptDocument))]
internal sealed partial class TranscriptJsonContext : JsonSerializerContext;

/// <summary>Reads and writes an enumeration as its camelCase name (<c>ClipStart</c> as <c>clipStart</c>).</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, System.Enum;
