using System;
using System.Text;

namespace TranscriptParsing.Reading;

/// <summary>Recognises cues in parentheses or brackets, such as <c>(SOUNDBITE OF MUSIC)</c> or <c>[Applause]</c>.</summary>
internal static class AnnotationScanner
{
    /// <summary>Cue words and the kind each one marks; the first match in the cue wins.</summary>
    internal static readonly (string Word, AnnotationKind Kind)[] KindWords =
    [
        ("CORRECTION", AnnotationKind.Correction),
        ("BEGIN", AnnotationKind.ClipStart),
        ("START OF", AnnotationKind.ClipStart),
        ("END ", AnnotationKind.ClipEnd),
        ("END)", AnnotationKind.ClipEnd),
        ("MUSIC", AnnotationKind.Music),
        ("SINGING", AnnotationKind.Music),
        ("SOUNDBITE", AnnotationKind.Soundbite),
        ("SOUND BITE", AnnotationKind.Soundbite),
        ("TAPE", AnnotationKind.Soundbite),
        ("CLIP", AnnotationKind.Soundbite),
        ("LAUGH", AnnotationKind.Laughter),
        ("APPLAUSE", AnnotationKind.Applause),
        ("CHEER", AnnotationKind.Applause),
        ("CROSSTALK", AnnotationKind.Crosstalk),
        ("COMMERCIAL", AnnotationKind.Break),
        ("BREAK", AnnotationKind.Break),
        ("INAUDIBLE", AnnotationKind.Inaudible),
        ("UNINTELLIGIBLE", AnnotationKind.Inaudible),
        ("INDISCERNIBLE", AnnotationKind.Inaudible),
        ("TRANSLAT", AnnotationKind.Translation),
        ("SPEAKING ", AnnotationKind.Translation),
        ("VOICE-OVER", AnnotationKind.Delivery),
        ("VOICEOVER", AnnotationKind.Delivery),
        ("ON CAMERA", AnnotationKind.Delivery),
        ("ON-CAMERA", AnnotationKind.Delivery),
        ("VOICE OVER", AnnotationKind.Delivery),
        ("OFF CAMERA", AnnotationKind.Delivery),
        ("OFF-CAMERA", AnnotationKind.Delivery),
        ("OFFSCREEN", AnnotationKind.Delivery),
        ("ON THE PHONE", AnnotationKind.Delivery),
        ("VIA TELEPHONE", AnnotationKind.Delivery),
        ("OFF-MIKE", AnnotationKind.Delivery),
        ("OFF MIKE", AnnotationKind.Delivery),
        ("AS ", AnnotationKind.Delivery),
    ];

    /// <summary>
    /// Finds the cue that starts <paramref name="line"/> at <paramref name="start"/> (an opening parenthesis or
    /// bracket); returns the index just past its closing mark, or -1. The cue must close on the same line.
    /// </summary>
    public static int FindEnd(ReadOnlySpan<char> line, int start, int maxLength)
    {
        char open = line[start];
        char close = open switch
        {
            '(' => ')',
            '[' => ']',
            _ => '\0',
        };
        if (close == '\0')
        {
            return -1;
        }

        int limit = Math.Min(line.Length, start + 1 + maxLength);
        var body = line[(start + 1)..limit];
        int depth = 0;

        // Only the marks count: one search steps over the text between them.
        for (int i = 0; i < body.Length; i++)
        {
            int mark = body[i..].IndexOfAny(open, close);
            if (mark < 0)
            {
                return -1;
            }

            i += mark;
            if (body[i] == open)
            {
                depth++;
            }
            else
            {
                if (depth == 0)
                {
                    return i == 0 ? -1 : start + 2 + i;
                }

                depth--;
            }
        }

        return -1;
    }

    /// <summary>Classifies a cue from its contents (without the parentheses or brackets).</summary>
    public static AnnotationKind Classify(ReadOnlySpan<char> contents)
    {
        contents = contents.Trim();
        if (LabelScanner.TryReadTime(contents, 0, out int end) && end == contents.Length)
        {
            return AnnotationKind.Timestamp;
        }

        if (contents.Equals("ph", StringComparison.OrdinalIgnoreCase) || contents.Equals("sp", StringComparison.OrdinalIgnoreCase))
        {
            return AnnotationKind.Phonetic;
        }

        // The cue words are ASCII capitals: ASCII contents put in capitals are searched for them ordinally, which is
        // quicker than a search that ignores case and finds the same.
        if (contents.Length <= MaxFoldedLength && Ascii.IsValid(contents))
        {
            // Sized to the contents: a cue is mostly a few words.
            Span<char> upper = stackalloc char[contents.Length];
            Ascii.ToUpper(contents, upper, out int written);
            return ClassifyCapitals(upper[..written]);
        }

        foreach (var (word, kind) in KindWords)
        {
            if (word == "AS ")
            {
                if (contents.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }

                continue;
            }

            if (CaseInsensitive.Contains(contents, word) || (word.EndsWith(')') && contents.Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)))
            {
                return kind;
            }
        }

        return AnnotationKind.Other;
    }

    /// <summary>
    /// For each of <see cref="KindWords"/>, the <see cref="CharBit"/> of each of its chars but a closing parenthesis at
    /// its end (the word "END)" also matches contents that are "END" alone).
    /// </summary>
    private static readonly ulong[] KindWordChars = Array.ConvertAll(KindWords, static entry =>
    {
        ulong bits = 0;
        foreach (char c in entry.Word.AsSpan().TrimEnd(')'))
        {
            bits |= CharBit(c);
        }

        return bits;
    });

    /// <summary>A bit for a char: a char that occurs in a text has its bit in the text's set (other chars may share it).</summary>
    private static ulong CharBit(char c) => 1UL << (c & 63);

    /// <summary>The longest contents put in capitals on the stack; longer ones are searched ignoring case.</summary>
    private const int MaxFoldedLength = 256;

    /// <summary>The word loop of <see cref="Classify"/> over ASCII contents already in capitals.</summary>
    private static AnnotationKind ClassifyCapitals(ReadOnlySpan<char> contents)
    {
        ulong present = 0;
        foreach (char c in contents)
        {
            present |= CharBit(c);
        }

        for (int k = 0; k < KindWords.Length; k++)
        {
            // A word with a char the contents lack is not in them: most words are passed over without a search.
            if ((KindWordChars[k] & ~present) != 0)
            {
                continue;
            }

            var (word, kind) = KindWords[k];
            if (word == "AS ")
            {
                if (contents.StartsWith(word, StringComparison.Ordinal))
                {
                    return kind;
                }

                continue;
            }

            if (contents.IndexOf(word, StringComparison.Ordinal) >= 0 || (word.EndsWith(')') && contents.SequenceEqual(word.AsSpan(0, word.Length - 1))))
            {
                return kind;
            }
        }

        return AnnotationKind.Other;
    }

    /// <summary>Whether a cue of this kind ends the speaker's turn (new audio begins) rather than sitting inside it.</summary>
    public static bool EndsTurn(AnnotationKind kind) =>
        kind is AnnotationKind.Soundbite or AnnotationKind.Music or AnnotationKind.ClipStart or AnnotationKind.ClipEnd
            or AnnotationKind.Break or AnnotationKind.Correction;
}
