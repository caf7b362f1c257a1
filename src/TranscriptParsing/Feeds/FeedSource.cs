using System;
using System.IO;

namespace TranscriptParsing.Feeds;

/// <summary>One input of a feed: a path (file, folder or archive) or an open stream.</summary>
public sealed class FeedSource
{
    private FeedSource(string name, Stream? stream, bool leaveOpen)
    {
        Name = name;
        Stream = stream;
        LeaveOpen = leaveOpen;
    }

    /// <summary>The path as given, or the stream's name.</summary>
    public string Name { get; }

    /// <summary>The stream, or null for a path.</summary>
    public Stream? Stream { get; }

    /// <summary>True when the feed leaves <see cref="Stream"/> open after reading it.</summary>
    public bool LeaveOpen { get; }

    /// <summary>
    /// A file or folder. A folder is walked in ordinal order of its names (files before subfolders), its files chosen
    /// by <see cref="TranscriptFeedOptions.Globs"/>. A file is read by its name: <c>.gz</c> is decompressed,
    /// <c>.zip</c>, <c>.tar</c>, <c>.tar.gz</c> and <c>.tgz</c> give their entries, <c>.jsonl</c> and <c>.ndjson</c> are
    /// JSON Lines, anything else is one document.
    /// </summary>
    /// <param name="path">The path; documents of a file are named by it exactly as given.</param>
    /// <returns>The source.</returns>
    public static FeedSource FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new FeedSource(path, null, false);
    }

    /// <summary>
    /// An open stream, such as standard input: one document, or JSON Lines when
    /// <see cref="TranscriptFeedOptions.InputFormat"/> is <see cref="FeedInputFormat.JsonLines"/>. It is read once, from
    /// where it stands, and need not be seekable.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">The name its documents are given, such as <c>-</c>.</param>
    /// <param name="leaveOpen">True to leave the stream open when the feed is done with it.</param>
    /// <returns>The source.</returns>
    public static FeedSource FromStream(Stream stream, string name, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new FeedSource(name, stream, leaveOpen);
    }

    /// <summary>Returns the source's name.</summary>
    /// <returns>The path or stream name.</returns>
    public override string ToString() => Name;
}
