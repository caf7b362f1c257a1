using System;
#if NET9_0_OR_GREATER
using System.Buffers;
#endif
using System.Globalization;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>Reads who provided a transcript, who holds its copyright and the year, from its footer.</summary>
internal static class FooterFacts
{
    private static readonly string[] ProviderPhrases = ["provided by ", "Transcript by ", "Transcribed by ", "Transcription by "];

#if NET9_0_OR_GREATER
    // Matches whatever the phrases match ignoring ASCII case, and may match more: only a footer it finds nothing in is
    // passed over without the search phrase by phrase.
    private static readonly SearchValues<string> AnyProviderPhrase = SearchValues.Create(ProviderPhrases, StringComparison.OrdinalIgnoreCase);
#endif

    public static TextRef Provider(TranscriptData data, TextRef footerText)
    {
        var footer = data[footerText];
#if NET9_0_OR_GREATER
        // Most footers name no provider: one pass over the text tells, where each phrase would take its own (and stop
        // at every "p" and "t" of it).
        if (!footer.ContainsAny(AnyProviderPhrase))
        {
            return TextRef.Null;
        }
#endif

        // The phrases in order of preference, wherever each stands.
        foreach (var phrase in ProviderPhrases)
        {
            int at = CaseInsensitive.IndexOf(footer, phrase);
            if (at >= 0)
            {
                return Name(footerText, at + phrase.Length, footer[(at + phrase.Length)..]);
            }
        }

        return TextRef.Null;
    }

    public static TextRef CopyrightHolder(TranscriptData data, TextRef footerText)
    {
        var footer = data[footerText];
        int at = CaseInsensitive.IndexOf(footer, "Copyright");
        int length = "Copyright".Length;
        if (at < 0)
        {
            at = footer.IndexOf('©');
            length = 1;
        }

        if (at < 0)
        {
            return TextRef.Null;
        }

        var rest = footer[(at + length)..].TrimStart();
        while (!rest.IsEmpty && (rest[0] is '©' || rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || char.IsAsciiDigit(rest[0])))
        {
            int skip = rest[0] == '(' ? 3 : 1;
            while (skip < rest.Length && char.IsAsciiDigit(rest[skip]) && char.IsAsciiDigit(rest[0]))
            {
                skip++;
            }

            rest = rest[skip..].TrimStart(" ,-–");
        }

        return Name(footerText, footer.Length - rest.Length, rest);
    }

    public static int? Year(ReadOnlySpan<char> footer)
    {
        for (int i = 0; i + 4 <= footer.Length; i++)
        {
            if ((footer[i] == '1' || footer[i] == '2') && (i == 0 || !char.IsAsciiDigit(footer[i - 1]))
                && (i + 4 == footer.Length || !char.IsAsciiDigit(footer[i + 4]))
                && int.TryParse(footer.Slice(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= 2199)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// The name at the start of <paramref name="text"/>: up to a comma, a period that ends a sentence, or a line end;
    /// as a range of the footer's text, <paramref name="text"/> being its tail from <paramref name="offset"/>.
    /// </summary>
    private static TextRef Name(TextRef footerText, int offset, ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length)
        {
            char c = text[end];
            if (c is ',' or ';' or '\n' or '\r' or '(' || (c == '.' && (end + 1 == text.Length || text[end + 1] == ' ')))
            {
                break;
            }

            end++;
        }

        var head = text[..end];
        var name = head.TrimStart();
        int start = head.Length - name.Length;
        name = name.TrimEnd();
        if (name.EndsWith("®", StringComparison.Ordinal))
        {
            name = name[..^1];
        }

        return name.IsEmpty || name.Length > 80 ? TextRef.Null : new TextRef(footerText.Start + offset + start, name.Length);
    }
}
