using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// Options of <see cref="Transcript.Parse(string, TranscriptParseOptions)"/>. The default value gives the documented
/// defaults; change one with <c>with { ... }</c>.
/// </summary>
public readonly record struct TranscriptParseOptions
{
    private readonly int _maxDocumentLength;

    /// <summary>The reader's limits and switches.</summary>
    public TranscriptReaderOptions Reader { get; init; }

    /// <summary>The house style; <see cref="TranscriptDialect.Auto"/> (the default) detects it from the text.</summary>
    public TranscriptDialect Dialect { get; init; }

    /// <summary>The path or id reported in <see cref="TranscriptSource.Path"/>; null by default.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The longest document accepted, in chars (default 256 Mi chars). Longer input is refused with an error.</summary>
    public int MaxDocumentLength
    {
        get => _maxDocumentLength > 0 ? _maxDocumentLength : 256 * 1024 * 1024;
        init => _maxDocumentLength = value;
    }
}
