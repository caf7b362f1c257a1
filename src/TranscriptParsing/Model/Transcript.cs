using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TranscriptParsing.Model;

/// <summary>
/// A parsed transcript: header, speakers, blocks, footer and diagnostics, each node with its place in the input.
/// Every non-space char of the input lies in exactly one of: a chrome line, the title, the summary, a block, the footer.
/// </summary>
public sealed class Transcript
{
    private readonly SourceText _source;

    internal Transcript(SourceText source, TranscriptSource sourceInfo, TranscriptHeader header, ImmutableArray<Speaker> speakers, ImmutableArray<Block> blocks, Footer? footer, ImmutableArray<Diagnostic> diagnostics)
    {
        _source = source;
        Source = sourceInfo;
        Header = header;
        Speakers = speakers;
        Blocks = blocks;
        Footer = footer;
        Diagnostics = diagnostics;
    }

    /// <summary>Where the text came from, its length and house style.</summary>
    public TranscriptSource Source { get; }

    /// <summary>The page header.</summary>
    public TranscriptHeader Header { get; }

    /// <summary>The speakers, in order of first appearance.</summary>
    public ImmutableArray<Speaker> Speakers { get; }

    /// <summary>The body's blocks, in source order.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>The closing copyright or provider notice, or null.</summary>
    public Footer? Footer { get; }

    /// <summary>What the parser noticed along the way.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The text the transcript was parsed from.</summary>
    public ReadOnlyMemory<char> Text => _source.Memory;

    /// <summary>Parses a transcript.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public static Transcript Parse(string text, TranscriptParseOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsMemory(), options);
    }

    /// <summary>Parses a transcript held in memory; the transcript keeps a reference to it rather than a copy.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public static Transcript Parse(ReadOnlyMemory<char> text, TranscriptParseOptions options = default) =>
        Parse(text, options, []);

    /// <summary>Parses a transcript given as bytes: UTF-8 (a byte-order mark is skipped) or UTF-16 with a byte-order mark.</summary>
    /// <param name="utf8">The raw bytes.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>The transcript; invalid UTF-8 is replaced and reported as diagnostic <c>TP0002</c>.</returns>
    /// <exception cref="TranscriptParseException">The text is longer than <see cref="TranscriptParseOptions.MaxDocumentLength"/>.</exception>
    public static Transcript Parse(ReadOnlySpan<byte> utf8, TranscriptParseOptions options = default)
    {
        var diagnostics = new List<Diagnostic>();
        var text = TranscriptEncoding.Decode(utf8, diagnostics);
        return Parse(text.AsMemory(), options, diagnostics);
    }

    /// <summary>Parses a transcript without throwing, whatever the input.</summary>
    /// <param name="text">The whole transcript, or null.</param>
    /// <param name="transcript">The transcript, or null when it could not be parsed.</param>
    /// <param name="error">Why it could not be parsed, or null.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>True when <paramref name="transcript"/> was made.</returns>
    public static bool TryParse(string? text, out Transcript? transcript, out Diagnostic? error, TranscriptParseOptions options = default) =>
        TryParse(text is null ? default : text.AsMemory(), text is null, out transcript, out error, options);

    /// <summary>Parses a transcript held in memory without throwing, whatever the input.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="transcript">The transcript, or null when it could not be parsed.</param>
    /// <param name="error">Why it could not be parsed, or null.</param>
    /// <param name="options">Options; <c>default</c> gives the documented defaults.</param>
    /// <returns>True when <paramref name="transcript"/> was made.</returns>
    public static bool TryParse(ReadOnlyMemory<char> text, out Transcript? transcript, out Diagnostic? error, TranscriptParseOptions options = default) =>
        TryParse(text, false, out transcript, out error, options);

    private static bool TryParse(ReadOnlyMemory<char> text, bool isNull, out Transcript? transcript, out Diagnostic? error, TranscriptParseOptions options)
    {
        transcript = null;
        error = null;
        if (isNull)
        {
            error = new Diagnostic("TP0003", DiagnosticSeverity.Error, "The input is null.", 1, 1);
            return false;
        }

        try
        {
            transcript = Parse(text, options, []);
            return true;
        }
        catch (TranscriptParseException e)
        {
            error = new Diagnostic(e.Code, DiagnosticSeverity.Error, e.Message, e.LineNumber, e.ColumnNumber);
            return false;
        }
#pragma warning disable CA1031 // TryParse promises never to throw: any failure becomes an error diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = new Diagnostic("TP0004", DiagnosticSeverity.Error, "The parser failed: " + e.Message, 1, 1);
            return false;
        }
    }

    private static Transcript Parse(ReadOnlyMemory<char> text, TranscriptParseOptions options, List<Diagnostic> diagnostics)
    {
        if (text.Length > options.MaxDocumentLength)
        {
            throw new TranscriptParseException(
                $"The document is {text.Length} chars long, more than the limit of {options.MaxDocumentLength} (TranscriptParseOptions.MaxDocumentLength).", 1, 1, "TP0301");
        }

        if (text.Span.IsWhiteSpace())
        {
            diagnostics.Add(new Diagnostic("TP0001", DiagnosticSeverity.Info, "The input is empty or holds only white space.", 1, 1));
        }

        return TranscriptBuilder.Build(new SourceText(text), options, diagnostics);
    }
}
