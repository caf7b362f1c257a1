using System;
using System.Text;

namespace TranscriptParsing.Reading;

/// <summary>
/// Searches that ignore case, for the parser's own words and phrases. <c>IndexOf(value, OrdinalIgnoreCase)</c> does
/// this too, but where globalization is invariant (containers, trimmed and NativeAOT apps, the CLI) .NET answers it
/// with a char-by-char loop that folds the case of every char it passes; here the first letter of the value is found
/// in either case with one vectorised search and only those places are compared.
/// </summary>
internal static class CaseInsensitive
{
    /// <summary>
    /// The index of the first occurrence of <paramref name="value"/> in <paramref name="text"/>, ignoring case, or -1.
    /// An ASCII value matches ASCII text only (the case of ASCII letters is ignored); any other value is compared as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> does.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        if (!Ascii.IsValid(value))
        {
            return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        char first = value[0];
        char upper = char.IsAsciiLetter(first) ? (char)(first & ~0x20) : first;
        char lower = char.IsAsciiLetter(first) ? (char)(first | 0x20) : first;
        var rest = value[1..];
        int offset = 0;
        while (text.Length - offset >= value.Length)
        {
            var window = text[offset..(text.Length - rest.Length)];
            int at = upper == lower ? window.IndexOf(first) : window.IndexOfAny(upper, lower);
            if (at < 0)
            {
                return -1;
            }

            at += offset;
            if (Ascii.EqualsIgnoreCase(text.Slice(at + 1, rest.Length), rest))
            {
                return at;
            }

            offset = at + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="value"/>, ignoring case (see <see cref="IndexOf"/>).</summary>
    public static bool Contains(ReadOnlySpan<char> text, ReadOnlySpan<char> value) => IndexOf(text, value) >= 0;
}
