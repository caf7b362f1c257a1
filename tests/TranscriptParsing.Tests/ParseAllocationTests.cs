using System;
using TranscriptParsing.Model;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// What a parse allocates is what the transcript keeps, and that is small beside the text: the records of a
/// seed-sized interview take at most a tenth of its UTF-16 size. This counts bytes, not time.
/// </summary>
public class ParseAllocationTests
{
    [Fact]
    public void Parsing_the_station_interview_allocates_at_most_a_tenth_of_its_size()
    {
        string text = Samples.Read("npr-station-interview").ReplaceLineEndings("\n");

        // The warm-up pays for JIT compilation and for the thread's parser, which are not the transcript's.
        Transcript.Parse(text);
        Transcript.Parse(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var transcript = Transcript.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(transcript.Blocks);
        long utf16 = text.Length * (long)sizeof(char);
        Assert.True(allocated * 100 <= utf16 * 10, $"A parse allocated {allocated} B for {utf16} B of text ({allocated * 100.0 / utf16:F1}%).");
    }
}
