using System;
#if NET9_0_OR_GREATER
using System.Buffers;
#endif

namespace TranscriptParsing.Reading;

/// <summary>
/// Finds the copyright or provider notice that ends a transcript, whether it stands on its own lines or is
/// glued to the end of the last turn. It looks only at the last few lines, so its cost does not grow with the text.
/// </summary>
internal static class FooterScanner
{
    /// <summary>Phrases that open a footer notice.</summary>
    private static readonly PhraseTable Openers = new(
    [
        "Transcript provided by",
        "Transcription provided by",
        "Transcripts provided by",
        "NPR transcripts are created",
        "Copyright ©",
        "Copyright (c)",
        "Copyright 1", "Copyright 2",
        "Copyright National Public Radio",
        "Copyright NPR",
        "© 1", "© 2", "©1", "©2",
        "(c) 1", "(c) 2",
        "TO ORDER A VIDEO",
        "TO ORDER VIDEO",
        "Content and programming copyright",
        "CONTENT AND PROGRAMMING COPYRIGHT",
        "Transcript by Rev.com",
        "Transcribed by",
        "Transcription by",
        "This transcript was",
        "This transcript may not be",
        "All rights reserved",
        "ALL RIGHTS RESERVED",
    ]);

    /// <summary>Phrases that continue a footer on a line of its own ("All rights reserved.", "Visit our website...").</summary>
    private static readonly PhraseTable Continuations = new(
    [
        "All rights reserved", "ALL RIGHTS RESERVED", "Visit our website", "Visit NPR", "NPR transcripts", "Accuracy and availability",
        "The authoritative record", "Transcript provided by", "Copyright", "©", "No quotes from the materials", "This transcript",
        "Any other use", "Visit our permissions", "http", "www.", "(c)", "THIS IS A RUSH TRANSCRIPT", "THIS COPY MAY NOT BE",
    ]);

    private const int MaxFooterLines = 12;
    private const int MaxFooterChars = 6000;

    /// <summary>Returns where the footer's text ends: before any rule lines that close the text ("----").</summary>
    public static int TextEnd(ReadOnlySpan<char> text, int start)
    {
        int end = text.TrimEnd().Length;
        while (end > start)
        {
            int lineStart = text[start..end].LastIndexOfAny(StructuralChars.LineBreaks);
            lineStart = lineStart < 0 ? start : start + lineStart + 1;
            var line = text[lineStart..end].Trim();
            if (!line.IsEmpty && !ChromeScanner.IsRule(line))
            {
                break;
            }

            end = text[start..lineStart].TrimEnd().Length + start;
        }

        return end;
    }

    /// <summary>Returns where the footer starts (an index into <paramref name="text"/>), or -1 when there is none.</summary>
    /// <param name="text">The whole transcript.</param>
    /// <param name="minStart">No footer starts before this index (the start of the body).</param>
    public static int FindStart(ReadOnlySpan<char> text, int minStart)
    {
        int end = text.TrimEnd().Length;
        int floor = Math.Max(minStart, end - MaxFooterChars);
        int candidate = -1;
        int pending = -1;
        int lineEnd = end;
        for (int k = 0; k < MaxFooterLines && lineEnd > floor; k++)
        {
            int lineStart = text[floor..lineEnd].LastIndexOfAny(StructuralChars.LineBreaks);
            lineStart = lineStart < 0 ? floor : floor + lineStart + 1;
            // Chars of no width are skipped with spaces but not trimmed from the text's end: the skip may pass lineEnd.
            int first = Math.Min(LabelScanner.SkipSpaces(text, lineStart), lineEnd);
            var line = text[first..lineEnd].TrimEnd();
            if (line.IsEmpty || (candidate < 0 && ChromeScanner.IsRule(line)))
            {
                // Blank lines, and a rule after the notice ("----"), are passed over.
                lineEnd = Math.Max(floor, lineStart - 1);
                continue;
            }

            if (StartsWithAny(line, Openers))
            {
                candidate = first;
                pending = -1;
                lineEnd = Math.Max(floor, lineStart - 1);
                continue;
            }

            if (StartsWithAny(line, Continuations))
            {
                // A line that continues a notice ("Visit our website...") counts once a line opening one is found above it.
                if (candidate < 0)
                {
                    pending = first;
                }
                else
                {
                    candidate = first;
                }

                lineEnd = Math.Max(floor, lineStart - 1);
                continue;
            }

            if (candidate < 0 && pending < 0)
            {
                // Glued to the end of the last paragraph: "... Thanks for having me. Transcript provided by NPR, Copyright NPR."
                candidate = FindGlued(text, first, first + line.Length);
            }

            break;
        }

        return candidate;
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// The ASCII openings of the footer openers (the whole opener, or its part before its first char beyond ASCII:
    /// "Copyright " of "Copyright ©"), searched for together in one vectorised pass; a set of strings with a char beyond
    /// ASCII is searched for one place at a time, much more slowly.
    /// </summary>
    private static readonly SearchValues<string> OpenerAsciiOpenings = SearchValues.Create(AsciiOpenings(Openers.Phrases), StringComparison.Ordinal);

    /// <summary>The first chars of the openers that open with a char beyond ASCII ("© 2021").</summary>
    private static readonly SearchValues<char> OpenerOtherFirstChars = SearchValues.Create(OtherFirstChars(Openers.Phrases));
#endif

    private static int FindGlued(ReadOnlySpan<char> text, int lineStart, int lineEnd)
    {
        int from = Math.Max(lineStart, lineEnd - 1500);
        var tail = text[from..lineEnd];
#if NET9_0_OR_GREATER
        // The answer of the loop below (each opener's first place, if a sentence ends before it; the earliest of those),
        // found walking the places where any opener stands, left to right: the first place that is some opener's first
        // and passes the test is the answer. An opener seen already at an earlier place is not first here.
        // Every opener starts at a place one of the two searches finds (others found there hold no opener): the next
        // place of each is kept until the walk passes it, so each search reads the tail once.
        var phrases = Openers.Phrases;
        ulong seen = 0;
        const int None = -1, NotYet = -2;
        int nextAscii = NotYet, nextOther = NotYet;
        for (int offset = 0; offset < tail.Length;)
        {
            if (nextAscii != None && nextAscii < offset)
            {
                nextAscii = Next(offset, tail[offset..].IndexOfAny(OpenerAsciiOpenings));
            }

            if (nextOther != None && nextOther < offset)
            {
                nextOther = Next(offset, tail[offset..].IndexOfAny(OpenerOtherFirstChars));
            }

            int at = nextAscii < 0 ? nextOther : nextOther < 0 ? nextAscii : Math.Min(nextAscii, nextOther);
            if (at < 0)
            {
                break;
            }

            // (The first chars are compared before the calls that compare the rest.)
            var rest = tail[at..];
            ulong here = 0;
            for (int i = 0; i < phrases.Length; i++)
            {
                if (phrases[i][0] == rest[0] && rest.StartsWith(phrases[i], StringComparison.Ordinal))
                {
                    here |= 1UL << i;
                }
            }

            if (at > 0 && (here & ~seen) != 0 && IsSentenceBoundaryBefore(tail, at))
            {
                return from + at;
            }

            seen |= here;
            offset = at + 1;
        }

        return -1;
#else
        int best = -1;
        foreach (var opener in Openers.Phrases)
        {
            int at = tail.IndexOf(opener, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best) && IsSentenceBoundaryBefore(tail, at))
            {
                best = at;
            }
        }

        return best < 0 ? -1 : from + best;
#endif
    }

#if NET9_0_OR_GREATER
    /// <summary>The place a search from <paramref name="offset"/> found, in the whole tail, or -1 when it found none.</summary>
    private static int Next(int offset, int found) => found < 0 ? -1 : offset + found;

    private static string[] AsciiOpenings(ReadOnlySpan<string> phrases)
    {
        var openings = new System.Collections.Generic.List<string>();
        foreach (var phrase in phrases)
        {
            int other = phrase.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
            var opening = other < 0 ? phrase : phrase[..other];
            if (opening.Length > 0 && !openings.Contains(opening))
            {
                openings.Add(opening);
            }
        }

        if (phrases.Length > 64)
        {
            throw new InvalidOperationException("Each footer opener needs a bit of its own.");
        }

        return [.. openings];
    }

    private static string OtherFirstChars(ReadOnlySpan<string> phrases)
    {
        var chars = new System.Text.StringBuilder();
        foreach (var phrase in phrases)
        {
            if (phrase[0] >= '\u0080' && chars.ToString().IndexOf(phrase[0]) < 0)
            {
                chars.Append(phrase[0]);
            }
        }

        return chars.ToString();
    }
#endif

    private static bool IsSentenceBoundaryBefore(ReadOnlySpan<char> text, int at)
    {
        int i = at - 1;
        if (i < 0 || !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '?' or '!' or '"' or '\u201D' or ')' or ']' or '\'' or '\u2019' or '-' or '\u2014';
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, PhraseTable phrases) => phrases.IsPrefixOf(line);
}
