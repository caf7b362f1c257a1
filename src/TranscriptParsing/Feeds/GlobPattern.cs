using System;

namespace TranscriptParsing.Feeds;

/// <summary>
/// A file-name pattern with <c>*</c> (any chars within one path segment), <c>?</c> (one char other than <c>/</c>)
/// and <c>**</c> (any number of whole segments, none included). Paths use <c>/</c> between segments; a pattern
/// without <c>/</c> is matched against the last segment (the file name) at any depth, so <c>*.txt</c> and
/// <c>**/*.txt</c> select the same files. Matching is ordinal (case-sensitive) and takes time linear in
/// the product of the pattern's and the path's lengths at worst; no regular expression is involved.
/// </summary>
public sealed class GlobPattern
{
    private readonly string[] _segments;
    private readonly bool _nameOnly;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern, such as <c>**/*.txt</c> or <c>2024/??/*.jsonl</c>.</param>
    /// <exception cref="ArgumentException">The pattern is empty.</exception>
    public GlobPattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Pattern = pattern;
        string normalized = pattern.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        _nameOnly = !normalized.Contains('/', StringComparison.Ordinal);
        _segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>Tells whether <paramref name="relativePath"/> matches the pattern.</summary>
    /// <param name="relativePath">A path relative to the folder or archive searched, segments separated by <c>/</c> (a <c>\</c> counts as <c>/</c>).</param>
    /// <returns>True when the path matches.</returns>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        string path = relativePath.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        if (_nameOnly)
        {
            return _segments.Length == 1 && (_segments[0] == "**" || SegmentMatches(_segments[0], segments[^1]));
        }

        return SegmentsMatch(_segments, segments);
    }

    /// <summary>Returns the pattern.</summary>
    /// <returns>The pattern as given.</returns>
    public override string ToString() => Pattern;

    // The classic greedy match with one backtrack point, applied to whole segments: "**" plays the part of "*".
    private static bool SegmentsMatch(string[] pattern, string[] path)
    {
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == "**")
            {
                starP = p++;
                starS = s;
            }
            else if (p < pattern.Length && SegmentMatches(pattern[p], path[s]))
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == "**")
        {
            p++;
        }

        return p == pattern.Length;
    }

    // The same greedy match within one segment: '*' matches any run of chars, '?' exactly one.
    internal static bool SegmentMatches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
