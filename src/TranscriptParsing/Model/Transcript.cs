using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;

namespace TranscriptParsing.Model;

/// <summary>
/// A parsed transcript: header, speakers, blocks, footer and diagnostics, each node with its place in the input.
/// Every non-space char of the input lies in exactly one of: a chrome line, the title, the summary, a block, the footer.
/// </summary>
public sealed class Transcript
{
    /// <summary>The values made on first use; one object, made with the first of them, so that a parse pays for none.</summary>
    private Views? _views;

    internal Transcript(TranscriptData data) => Data = data;

    /// <summary>The parse in compact form; the properties below are made from it on first use.</summary>
    internal TranscriptData Data { get; }

    private Views V => _views ?? Publish(ref _views, new Views());

    /// <summary>Where the text came from, its length and house style.</summary>
    public TranscriptSource Source => V.Source ?? Publish(ref V.Source, new TranscriptSource(Data.SourcePath, Data.Text.Length, Data.Dialect));

    /// <summary>The page header (made on first use).</summary>
    public TranscriptHeader Header => V.Header ?? Publish(ref V.Header, MakeHeader());

    /// <summary>The speakers, in order of first appearance (made on first use).</summary>
    public ImmutableArray<Speaker> Speakers => ImmutableCollectionsMarshal.AsImmutableArray(V.Speakers ?? Publish(ref V.Speakers, MakeSpeakers()));

    /// <summary>
    /// The body's blocks, in source order. The transcript keeps each block as a compact record; this array of views
    /// of them is made on first use.
    /// </summary>
    public ImmutableArray<Block> Blocks => ImmutableCollectionsMarshal.AsImmutableArray(V.Blocks ?? Publish(ref V.Blocks, MakeBlocks()));

    /// <summary>The closing copyright or provider notice, or null (made on first use).</summary>
    public Footer? Footer => !Data.HasFooter ? null : V.Footer ?? Publish(ref V.Footer, MakeFooter());

    /// <summary>What the parser noticed along the way (made on first use).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => ImmutableCollectionsMarshal.AsImmutableArray(V.Diagnostics ?? Publish(ref V.Diagnostics, MakeDiagnostics()));

    /// <summary>The text the transcript was parsed from.</summary>
    public ReadOnlyMemory<char> Text => Data.Source;

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
        Parse(text, options, null);

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
            transcript = Parse(text, options, null);
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

    private static Transcript Parse(ReadOnlyMemory<char> text, TranscriptParseOptions options, List<Diagnostic>? leading) =>
        TranscriptParser.ForThread.Parse(text, options, leading);

    /// <summary>Sets a lazily made value once: when two threads make it at once, both get the first one published.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private TranscriptHeader MakeHeader()
    {
        var data = Data;
        var chrome = new ChromeLine[data.ChromeCount];
        for (int i = 0; i < chrome.Length; i++)
        {
            ref readonly var line = ref data.Chrome[i];
            chrome[i] = new ChromeLine(data.Source, line.Span, line.LineNumber, line.Kind);
        }

        Station? station = null;
        if (data.HasStation)
        {
            var frequencies = new string[data.FrequencyCount];
            for (int i = 0; i < frequencies.Length; i++)
            {
                frequencies[i] = new string(data.Frequencies[i].Slice(data.Text));
            }

            station = new Station(new string(data.StationName.Slice(data.Text)), ImmutableCollectionsMarshal.AsImmutableArray(frequencies), data.StationSpan);
        }

        string? title = data.Title is { } t ? new string(t.Slice(data.Text)) : null;
        string? summary = data.Summary is { } s ? BlockText.ToString(s.Slice(data.Text)) : null;
        return new TranscriptHeader(ImmutableCollectionsMarshal.AsImmutableArray(chrome), station, title, data.Title, summary, data.Summary,
            data.ToStringOrNull(data.Program), data.ToStringOrNull(data.AirDate));
    }

    private Speaker[] MakeSpeakers()
    {
        var data = Data;
        var speakers = new Speaker[data.SpeakerCount];
        for (int i = 0; i < speakers.Length; i++)
        {
            ref readonly var speaker = ref data.Speakers[i];
            var labels = new string[speaker.LabelCount];
            for (int l = 0; l < labels.Length; l++)
            {
                labels[l] = data.ToStringOrNull(data.SpeakerLabels[speaker.FirstLabel + l])!;
            }

            speakers[i] = new Speaker("s" + (i + 1).ToString(CultureInfo.InvariantCulture), data.ToStringOrNull(speaker.Name)!,
                ImmutableCollectionsMarshal.AsImmutableArray(labels), speaker.Role, speaker.Evidence,
                data.ToStringOrNull(speaker.Honorific), data.ToStringOrNull(speaker.Affiliation), data.ToStringOrNull(speaker.Title));
        }

        return speakers;
    }

    private Block[] MakeBlocks()
    {
        var data = Data;
        var blocks = new Block[data.BlockCount];
        var records = data.Blocks;
        var positions = new BlockPositions(data.Text);
        for (int i = 0; i < blocks.Length; i++)
        {
            var (line, column) = positions.Next(data, records[i], i);
            blocks[i] = new Block(this, i, line, column);
        }

        return blocks;
    }

    private Footer MakeFooter()
    {
        var data = Data;
        return new Footer(data.ToStringOrNull(data.FooterText)!, data.ToStringOrNull(data.FooterProvider), data.ToStringOrNull(data.FooterCopyrightHolder),
            data.FooterYear, data.FooterSpan, data.FooterLine);
    }

    private Diagnostic[] MakeDiagnostics()
    {
        var data = Data;
        var diagnostics = new Diagnostic[data.DiagnosticCount];
        for (int i = 0; i < diagnostics.Length; i++)
        {
            ref readonly var d = ref data.Diagnostics[i];
            diagnostics[i] = new Diagnostic(d.Code, d.Severity, d.Message ?? data.ToStringOrNull(d.ComposedMessage)!, d.LineNumber, d.ColumnNumber);
        }

        return diagnostics;
    }

    private sealed class Views
    {
        internal TranscriptSource? Source;
        internal TranscriptHeader? Header;
        internal Speaker[]? Speakers;
        internal Block[]? Blocks;
        internal Footer? Footer;
        internal Diagnostic[]? Diagnostics;
    }
}
