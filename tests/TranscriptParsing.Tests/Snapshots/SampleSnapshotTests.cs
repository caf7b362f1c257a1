using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using TranscriptParsing.Tests.Support;
using TranscriptParsing.Writing;
using Xunit;

namespace TranscriptParsing.Tests.Snapshots;

/// <summary>
/// Each sample's JSON and node dump against the reviewed files in this folder (<c>NAME.verified.json</c>,
/// <c>NAME.nodes.verified.txt</c>). Accept a reviewed change with <c>TRANSCRIPT_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
public class SampleSnapshotTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Json_matches_the_verified_snapshot(string sample)
    {
        var transcript = Samples.Parse(Samples.Read(sample), sample);

        string json = TranscriptJsonWriter.ToJson(transcript, indented: true);

        Snapshot.Verify(json, sample);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Node_positions_match_the_verified_snapshot(string sample)
    {
        string text = Samples.Read(sample);
        var transcript = Samples.Parse(text, sample);

        Snapshot.Verify(NodeDump.Write(text, transcript), sample + ".nodes", "txt");
    }

    [Fact]
    public void Every_verified_file_belongs_to_a_sample()
    {
        var samples = new HashSet<string>(Samples.Names, StringComparer.Ordinal);
        Assert.NotEmpty(samples);

        foreach (string path in Directory.GetFiles(SnapshotFolder(), "*.verified.*"))
        {
            string file = Path.GetFileName(path);
            string sample = file[..file.IndexOf('.', StringComparison.Ordinal)];
            Assert.True(samples.Contains(sample), $"{file} has no sample samples/{sample}.txt; delete it or restore the sample.");
        }
    }

    private static string SnapshotFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
