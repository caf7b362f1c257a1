using System;
using System.Buffers;
using TranscriptParsing.Model;

namespace TranscriptParsing.Writing;

/// <summary>What the dialogue formats (MediaSum, Podcasting 2.0, plain text) take from a block.</summary>
internal static class Utterances
{
    /// <summary>True for a block that holds speech or narration; a cue standing alone is no utterance.</summary>
    public static bool IsUtterance(in Block block) => block.Kind != BlockKind.Annotation;

    /// <summary>The display name of the block's speaker, the label when no speaker was resolved, else null.</summary>
    public static string? SpeakerName(in Block block) => block.Speaker?.Name ?? block.Label;

    /// <summary>The block's text as one line, in <paramref name="buffer"/> (grown from the pool when too small).</summary>
    public static ReadOnlySpan<char> OneLine(in Block block, ReadOnlySpan<char> text, bool bracketCues, ref char[] buffer)
    {
        var raw = text.Slice(block.TextSpan.Start, block.TextSpan.Length);
        if (buffer.Length < raw.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        }

        var cues = block.Cues.IsDefault ? [] : block.Cues.AsSpan();
        int length = FlatText.Flatten(raw, block.TextSpan.Start, cues, bracketCues, buffer);
        return buffer.AsSpan(0, length);
    }
}
