namespace TranscriptParsing.Reading;

/// <summary>
/// Limits and switches of <see cref="TranscriptReader"/>. The default value (<c>default</c> or <c>new()</c>) gives
/// the documented defaults; change one with <c>with { ... }</c>.
/// </summary>
public readonly record struct TranscriptReaderOptions
{
    private readonly int _maxLabelLength;
    private readonly int _maxHeaderLines;
    private readonly int _maxHeaderChars;

    /// <summary>The longest speaker label looked for, in chars (default 200). Longer candidates are text.</summary>
    public int MaxLabelLength
    {
        get => _maxLabelLength > 0 ? _maxLabelLength : 200;
        init => _maxLabelLength = value;
    }

    /// <summary>How many non-blank lines at the top may be page header (default 80).</summary>
    public int MaxHeaderLines
    {
        get => _maxHeaderLines > 0 ? _maxHeaderLines : 80;
        init => _maxHeaderLines = value;
    }

    /// <summary>How many chars at the top may be page header (default 24,000).</summary>
    public int MaxHeaderChars
    {
        get => _maxHeaderChars > 0 ? _maxHeaderChars : 24_000;
        init => _maxHeaderChars = value;
    }

    /// <summary>When true, the text is read as body from its first line: no chrome, no title (default false).</summary>
    public bool NoHeader { get; init; }

    /// <summary>When true, no footer is split off the end (default false).</summary>
    public bool NoFooter { get; init; }
}
