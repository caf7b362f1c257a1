using System;

namespace TranscriptParsing.Model;

/// <summary>Tells the house style from what the header, footer and labels show.</summary>
internal static class DialectDetector
{
    public static TranscriptDialect Detect(TranscriptData data)
    {
        int npr = 0, cnn = 0, pbs = 0;
        if (data.HasStation)
        {
            npr += 2;
        }

        foreach (ref readonly var line in data.Chrome.AsSpan(0, data.ChromeCount))
        {
            var text = data.Text.Slice(line.Span.Start, line.Span.Length);
            if (text.StartsWith("Return to Transcripts main page", StringComparison.Ordinal) || text.StartsWith("THIS IS A RUSH TRANSCRIPT", StringComparison.Ordinal))
            {
                cnn += 2;
            }

            NamesNetwork(text, ref npr, ref pbs);
        }

        if (data.Title is { } titleSpan)
        {
            var title = data.Text.Slice(titleSpan.Start, titleSpan.Length);
            if (title.Contains("PBS", StringComparison.Ordinal) || title.Contains("NewsHour", StringComparison.Ordinal))
            {
                pbs += 2;
            }
        }

        var footer = data[data.FooterText];
        if (data.HasFooter && (footer.Contains("NPR", StringComparison.Ordinal) || footer.Contains("National Public Radio", StringComparison.Ordinal)))
        {
            npr += 2;
        }

        foreach (ref readonly var speaker in data.Speakers.AsSpan(0, data.SpeakerCount))
        {
            if (speaker.Title.IsNull)
            {
                continue;
            }

            var role = data[speaker.Title];
            if (role.Contains("CNN", StringComparison.Ordinal))
            {
                cnn++;
            }
            else if (role is "BYLINE" or "HOST" or "host")
            {
                npr++;
            }
        }

        int best = Math.Max(npr, Math.Max(cnn, pbs));
        if (best == 0)
        {
            return TranscriptDialect.Generic;
        }

        return best == cnn ? TranscriptDialect.Cnn : best == npr ? TranscriptDialect.Npr : TranscriptDialect.Pbs;
    }

    /// <summary>
    /// Counts a header line for NPR when it holds "NPR", and for PBS when it holds "PBS" or "NewsHour": each name opens
    /// with N or P, so one search for those two letters finds every place either may stand (a short line costs less so
    /// than a search for the names, or one search per name).
    /// </summary>
    internal static void NamesNetwork(ReadOnlySpan<char> line, ref int npr, ref int pbs)
    {
        bool nprFound = false, pbsFound = false;
        int from = 0;
        while (from < line.Length && !(nprFound && pbsFound))
        {
            int at = line[from..].IndexOfAny('N', 'P');
            if (at < 0)
            {
                break;
            }

            var rest = line[(from + at)..];
            nprFound |= rest.StartsWith("NPR", StringComparison.Ordinal);
            pbsFound |= rest.StartsWith("PBS", StringComparison.Ordinal) || rest.StartsWith("NewsHour", StringComparison.Ordinal);
            from += at + 1;
        }

        npr += nprFound ? 1 : 0;
        pbs += pbsFound ? 1 : 0;
    }
}
