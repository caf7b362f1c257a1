using System;
using System.Globalization;
using System.IO;

namespace TranscriptParsing.Cli;

/// <summary>
/// One line of progress on standard error, redrawn in place with a carriage return at most a few times a second:
/// documents, errors, megabytes, MB/s, and the time left when the feed's size is known. Drawn only on a terminal.
/// </summary>
internal sealed class ProgressDisplay(TextWriter writer, bool enabled)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private TimeSpan _lastDrawn;
    private int _width;

    public bool Enabled { get; } = enabled;

    /// <summary>The feed's size in bytes when known in advance; it makes the time left possible.</summary>
    public long? Total { get; set; }

    public void Update(long documents, long errors, long bytes, TimeSpan elapsed)
    {
        if (!Enabled || elapsed - _lastDrawn < Interval)
        {
            return;
        }

        _lastDrawn = elapsed;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double rate = bytes / seconds;
        string line = string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {errors} errors, {bytes / 1e6:F1} MB, {rate / 1e6:F1} MB/s");
        if (Total is > 0 and { } total && rate > 0)
        {
            double left = Math.Max(0, total - bytes) / rate;
            line += string.Create(CultureInfo.InvariantCulture, $", {Math.Min(100, 100.0 * bytes / total):F0}%, ETA {TimeSpan.FromSeconds(Math.Round(left)):g}");
        }

        Draw(line);
    }

    /// <summary>Wipes the progress line so that a message or the summary can take its place.</summary>
    public void Clear()
    {
        if (Enabled && _width > 0)
        {
            writer.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    private void Draw(string line)
    {
        // Pad over what is left of a longer previous line.
        string padded = line.Length < _width ? line + new string(' ', _width - line.Length) : line;
        writer.Write("\r" + padded);
        writer.Flush();
        _width = line.Length;
    }
}
