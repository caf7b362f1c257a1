using System;
using System.Runtime.CompilerServices;
using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The reader allocates nothing: reading a whole sample, after one warm-up read, leaves the thread's allocated-bytes
/// counter where it was. This counts bytes, not time; speed is measured by the benchmarks.
/// </summary>
public class ReaderAllocationTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Reading_a_sample_to_the_end_allocates_nothing(string sample)
    {
        string lf = Samples.Read(sample);
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        foreach (string text in new[] { lf, crlf })
        {
            // The warm-up pays for JIT compilation and static initialisation, which are not the reader's doing.
            long warmUp = ReadToEnd(text, out _);

            long before = GC.GetAllocatedBytesForCurrentThread();
            long measured = ReadToEnd(text, out int tokens);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(tokens > 0, "The reader read no tokens.");
            Assert.Equal(warmUp, measured);
            Assert.Equal(0, allocated);
        }
    }

    /// <summary>Reads every token and touches its spans; returns a checksum so the work cannot be skipped.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ReadToEnd(string text, out int tokens)
    {
        var reader = new TranscriptReader(text);
        long checksum = 0;
        tokens = 0;
        while (reader.Read())
        {
            tokens++;
            checksum = (checksum * 31) + (int)reader.TokenKind + reader.Span.Start + reader.LineNumber + reader.ColumnNumber
                + reader.Label.Length + reader.Text.Length + reader.DeliverySpan.Length + reader.TimeSpan.Length;
        }

        return checksum;
    }
}
