namespace TranscriptParsing.Model;

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity : byte
{
    /// <summary>Worth knowing; the parse is as good as it gets.</summary>
    Info,

    /// <summary>Something looked doubtful and the parser made a choice; the text is kept.</summary>
    Warning,

    /// <summary>The input could not be read as given (for example it broke a limit).</summary>
    Error,
}
