using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// One benchmark input: a transcript text built on first use, named in result tables by its short size name
/// (<c>5KB</c>, <c>50KB</c>, <c>5MB</c>). Inputs compare by their rank so tables list them smallest first, where
/// comparing the names as text would put 50KB before 5KB.
/// </summary>
[SuppressMessage("Design", "CA1036", Justification = "The order only sorts result tables; two inputs are equal only when they are the same instance.")]
public sealed class TranscriptInput : IComparable<TranscriptInput>, IComparable
{
    private readonly Lazy<Built> _built;
    private readonly int _rank;

    internal TranscriptInput(string name, int rank, Func<(string Text, int TranscriptCount)> build)
    {
        Name = name;
        _rank = rank;
        _built = new Lazy<Built>(() =>
        {
            var (text, transcriptCount) = build();
            return new Built(text, Encoding.UTF8.GetByteCount(text), transcriptCount);
        });
    }

    /// <summary>The short name shown in the tables' parameter column.</summary>
    public string Name { get; }

    /// <summary>The transcript text.</summary>
    public string Text => _built.Value.Text;

    /// <summary>The size of <see cref="Text"/> encoded as UTF-8: what the file weighs on disk; the MB/s column divides this.</summary>
    public long Utf8ByteCount => _built.Value.Utf8ByteCount;

    /// <summary>How many whole transcripts <see cref="Text"/> holds end to end.</summary>
    public int TranscriptCount => _built.Value.TranscriptCount;

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <inheritdoc/>
    public int CompareTo(TranscriptInput? other) => other is null ? 1 : _rank.CompareTo(other._rank);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => CompareTo(obj as TranscriptInput);

    private sealed record Built(string Text, long Utf8ByteCount, int TranscriptCount);
}
