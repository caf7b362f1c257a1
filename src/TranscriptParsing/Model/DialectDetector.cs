using System;
using System.Collections.Immutable;

namespace TranscriptParsing.Model;

/// <summary>Tells the house style from what the header, footer and labels show.</summary>
internal static class DialectDetector
{
    public static TranscriptDialect Detect(TranscriptHeader header, Footer? footer, ImmutableArray<Speaker> speakers)
    {
        int npr = 0, cnn = 0, pbs = 0;
        if (header.Station is not null)
        {
            npr += 2;
        }

        foreach (var line in header.Chrome)
        {
            var text = line.TextChars;
            if (text.StartsWith("Return to Transcripts main page", StringComparison.Ordinal) || text.StartsWith("THIS IS A RUSH TRANSCRIPT", StringComparison.Ordinal))
            {
                cnn += 2;
            }

            if (text.Contains("NPR", StringComparison.Ordinal))
            {
                npr++;
            }

            if (text.Contains("PBS", StringComparison.Ordinal) || text.Contains("NewsHour", StringComparison.Ordinal))
            {
                pbs++;
            }
        }

        if (header.Title is { } title && (title.Contains("PBS", StringComparison.Ordinal) || title.Contains("NewsHour", StringComparison.Ordinal)))
        {
            pbs += 2;
        }

        if (footer is not null && (footer.Text.Contains("NPR", StringComparison.Ordinal) || footer.Text.Contains("National Public Radio", StringComparison.Ordinal)))
        {
            npr += 2;
        }

        foreach (var speaker in speakers)
        {
            var role = speaker.Title;
            if (role is null)
            {
                continue;
            }

            if (role.Contains("CNN", StringComparison.Ordinal))
            {
                cnn++;
            }
            else if (role.Equals("BYLINE", StringComparison.Ordinal) || role.Equals("HOST", StringComparison.Ordinal) || role.Equals("host", StringComparison.Ordinal))
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
