using System;
using System.Globalization;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>Reads the facts a header line states: the station and its frequencies, the program, the air date.</summary>
internal static class HeaderFacts
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] ProgramPrefixes = ["Show:", "SHOW:", "Program:", "PROGRAM:", "Series:", "Podcast:"];

    /// <summary>Reads the station a station line names into <paramref name="data"/>, when the line names one.</summary>
    public static void ReadStation(TranscriptData data, TextSpan span)
    {
        var line = data.Text.Slice(span.Start, span.Length);
        int nameLength = ChromeScanner.StationNameLength(line);
        if (nameLength == 0)
        {
            return;
        }

        data.StationSpan = span;
        data.StationName = new TextSpan(span.Start, line[..nameLength].TrimEnd().Length);
        data.FrequencyCount = 0;
        int position = nameLength;
        while (TextWords.Next(line, ref position, out var word, ' ', ' '))
        {
            TranscriptData.Grow(ref data.Work.Frequencies, data.FrequencyCount + 1);
            data.Frequencies[data.FrequencyCount++] = new TextSpan(span.Start + position - word.Length, word.Length);
        }
    }

    /// <summary>The program a program line names: after a "Show:"-like prefix when it has one, else the whole line.</summary>
    /// <returns>False when a prefix is followed by nothing.</returns>
    public static bool TryReadProgram(ReadOnlySpan<char> line, out ReadOnlySpan<char> program)
    {
        line = ChromeScanner.TrimBullets(line);
        foreach (var prefix in ProgramPrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                program = line[prefix.Length..].Trim();
                return !program.IsEmpty;
            }
        }

        program = line;
        return true;
    }

    /// <summary>Reads a date, and a time when one follows, from a line such as "Aired February 24, 2006 - 08:00   ET".</summary>
    /// <returns>ISO 8601: <c>2006-02-24T08:00</c>, or <c>2006-02-24</c> without a time, written to <paramref name="data"/>; null when no date is found.</returns>
    public static TextRef ReadAirDate(ReadOnlySpan<char> line, TranscriptData data)
    {
        int year = 0, month = 0, day = 0, hour = -1, minute = 0;
        bool pm = false, am = false;
        int position = 0;
        while (TextWords.Next(line, ref position, out var word, ',', '-'))
        {
            var w = word.Trim(".");
            if (w.IsEmpty)
            {
                continue;
            }

            int m = MonthOf(w);
            if (m > 0 && month == 0)
            {
                month = m;
                continue;
            }

            if (w.Equals("PM", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase))
            {
                pm = true;
                continue;
            }

            if (w.Equals("AM", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m", StringComparison.OrdinalIgnoreCase))
            {
                am = true;
                continue;
            }

            if (TryNumber(w, out int n))
            {
                if (w.Length == 4 && year == 0)
                {
                    year = n;
                }
                else if (month > 0 && day == 0 && n is >= 1 and <= 31)
                {
                    day = n;
                }

                continue;
            }

            if (hour < 0 && TryClock(w, out int h, out int min, out bool clockPm, out bool clockAm))
            {
                hour = h;
                minute = min;
                pm |= clockPm;
                am |= clockAm;
                continue;
            }

            if (year == 0 && TryNumericDate(w, out int y, out int mo, out int d))
            {
                year = y;
                month = mo;
                day = d;
            }
        }

        if (year == 0 || month == 0 || day == 0)
        {
            return TextRef.Null;
        }

        // Room for the longest form, "yyyy-MM-ddTHH:mm", with a year of more than four digits.
        var destination = data.Reserve(32);
        int written;

        if (hour >= 0)
        {
            if (pm && hour < 12)
            {
                hour += 12;
            }
            else if (am && hour == 12)
            {
                hour = 0;
            }

            if (hour < 24 && minute < 60)
            {
                if (year <= 9999)
                {
                    WriteDate(destination, year, month, day);
                    destination[10] = 'T';
                    WriteTwoDigits(destination[11..], hour);
                    destination[13] = ':';
                    WriteTwoDigits(destination[14..], minute);
                    return Commit(data, 16);
                }

                destination.TryWrite(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}", out written);
                return Commit(data, written);
            }
        }

        if (year <= 9999)
        {
            WriteDate(destination, year, month, day);
            return Commit(data, 10);
        }

        destination.TryWrite(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}", out written);
        return Commit(data, written);
    }

    /// <summary>
    /// Writes "yyyy-MM-dd" for a year of at most four digits and a month and day from 1 to 31, as the format string
    /// does, without its per-call setup (an air date is read for each document).
    /// </summary>
    private static void WriteDate(Span<char> destination, int year, int month, int day)
    {
        WriteTwoDigits(destination, year / 100);
        WriteTwoDigits(destination[2..], year % 100);
        destination[4] = '-';
        WriteTwoDigits(destination[5..], month);
        destination[7] = '-';
        WriteTwoDigits(destination[8..], day);
    }

    /// <summary>Writes a number from 0 to 99 as two digits.</summary>
    private static void WriteTwoDigits(Span<char> destination, int value)
    {
        destination[1] = (char)('0' + (value % 10));
        destination[0] = (char)('0' + (value / 10));
    }

    private static TextRef Commit(TranscriptData data, int written)
    {
        var text = new TextRef(data.CharCount, written);
        data.CharCount += written;
        return text;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        // The names are in lower-case ASCII: an ASCII first letter that is not theirs rules a name out without a
        // compare ("Sept" is the start of "september").
        char first = word[0];
        bool asciiFirst = char.IsAscii(first);
        for (int i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i];
            if ((!asciiFirst || (first | 0x20) == name[0]) && word.Length <= name.Length && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool TryNumber(ReadOnlySpan<char> w, out int n)
    {
        // "24th", "1st" count as numbers too.
        var digits = w;
        if (w.Length > 2 && (w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            digits = w[..^2];
        }

        return TryParseDigits(digits, out n);
    }

    /// <summary>
    /// <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out int)"/> with no styles, in the
    /// invariant culture: the same answer, without its setup for the words of a date line, most of which are no number
    /// (with no styles, a number opens with a digit) or a few digits.
    /// </summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        // Nine digits cannot overflow; longer runs, and other chars after the first digit, are left to the parser.
        if (text.Length <= 9)
        {
            int number = 0;
            foreach (char c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
                }

                number = (number * 10) + (c - '0');
            }

            value = number;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryClock(ReadOnlySpan<char> w, out int hour, out int minute, out bool pm, out bool am)
    {
        hour = minute = 0;
        pm = w.EndsWith("pm", StringComparison.OrdinalIgnoreCase);
        am = w.EndsWith("am", StringComparison.OrdinalIgnoreCase);
        if (pm || am)
        {
            w = w[..^2];
        }

        int colon = w.IndexOf(':');
        return colon > 0 && TryParseDigits(w[..colon], out hour) && TryParseDigits(w.Slice(colon + 1, Math.Min(2, w.Length - colon - 1)), out minute);
    }

    private static bool TryNumericDate(ReadOnlySpan<char> w, out int year, out int month, out int day)
    {
        year = month = day = 0;
        Span<int> parts = stackalloc int[3];
        int count = 0, start = 0;
        char separator = '\0';
        for (int i = 0; i <= w.Length; i++)
        {
            if (i == w.Length || w[i] is '/' or '.' or '-')
            {
                if (i < w.Length)
                {
                    if (separator != '\0' && w[i] != separator)
                    {
                        return false;
                    }

                    separator = w[i];
                }

                if (count == 3 || !TryParseDigits(w[start..i], out parts[count]))
                {
                    return false;
                }

                count++;
                start = i + 1;
            }
        }

        if (count != 3)
        {
            return false;
        }

        if (parts[0] > 999)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else
        {
            year = parts[2] < 100 ? 2000 + parts[2] : parts[2];

            // Day first when the first part cannot be a month (18/05/2014), month first otherwise (1/17/17).
            (month, day) = parts[0] > 12 ? (parts[1], parts[0]) : (parts[0], parts[1]);
        }

        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }
}
