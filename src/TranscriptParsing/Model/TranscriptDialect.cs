namespace TranscriptParsing.Model;

/// <summary>The house style a transcript is written in.</summary>
public enum TranscriptDialect : byte
{
    /// <summary>Detect it from the text (the default of <see cref="TranscriptParseOptions.Dialect"/>).</summary>
    Auto,

    /// <summary>No broadcaster's conventions recognised.</summary>
    Generic,

    /// <summary>NPR and its member stations.</summary>
    Npr,

    /// <summary>CNN.</summary>
    Cnn,

    /// <summary>PBS (NewsHour and others).</summary>
    Pbs,
}
