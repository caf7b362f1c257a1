using System;
#if NET9_0_OR_GREATER
using System.Buffers;
#endif

namespace TranscriptParsing.Model;

/// <summary>Tells the house style from what the header, footer and labels show.</summary>
internal static class DialectDetector
{
#if NET9_0_OR_GREATER
    /// <summary>The names a header line is searched for: most lines hold none, which one search tells.</summary>
    private static readonly SearchValues<string> NetworkNames = SearchValues.Create(["NPR", "PBS", "NewsHour"], StringComparison.Ordinal);
#endif

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

#if NET9_0_OR_GREATER
            if (!text.ContainsAny(NetworkNames))
            {
                continue;
            }
#endif

            if (text.Contains("NPR", StringComparison.Ordinal))
            {
                npr++;
            }

            if (text.Contains("PBS", StringComparison.Ordinal) || text.Contains("NewsHour", StringComparison.Ordinal))
            {
                pbs++;
            }
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
}
