using System;
using System.Globalization;

namespace TranscriptParsing.Model;

/// <summary>Reads who provided a transcript, who holds its copyright and the year, from its footer.</summary>
internal static class FooterFacts
{
    public static string? Provider(ReadOnlySpan<char> footer)
    {
        foreach (var phrase in (ReadOnlySpan<string>)["provided by ", "Transcript by ", "Transcribed by ", "Transcription by "])
        {
            int at = footer.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return Name(footer[(at + phrase.Length)..]);
            }
        }

        return null;
    }

    public static string? CopyrightHolder(ReadOnlySpan<char> footer)
    {
        int at = footer.IndexOf("Copyright", StringComparison.OrdinalIgnoreCase);
        int length = "Copyright".Length;
        if (at < 0)
        {
            at = footer.IndexOf('©');
            length = 1;
        }

        if (at < 0)
        {
            return null;
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

        return Name(rest);
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

    /// <summary>The name at the start of <paramref name="text"/>: up to a comma, a period that ends a sentence, or a line end.</summary>
    private static string? Name(ReadOnlySpan<char> text)
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

        var name = text[..end].Trim();
        if (name.EndsWith("®", StringComparison.Ordinal))
        {
            name = name[..^1];
        }

        return name.IsEmpty || name.Length > 80 ? null : name.ToString();
    }
}
