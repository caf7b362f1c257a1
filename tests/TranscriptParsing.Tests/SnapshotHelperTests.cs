using System;
using System.IO;
using TranscriptParsing.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace TranscriptParsing.Tests;

/// <summary>The snapshot helper's own behaviour, in a scratch folder.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "transcript-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public SnapshotHelperTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Verified => Path.Combine(_folder, "case.verified.json");

    private string Received => Path.Combine(_folder, "case.received.json");

    [Fact]
    public void A_match_passes_and_deletes_a_stale_received_file()
    {
        File.WriteAllText(Verified, "{\n  \"a\": 1\n}\n");
        File.WriteAllText(Received, "stale");

        Snapshot.Compare("{\n  \"a\": 1\n}", _folder, "case", "json", accept: false);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Line_endings_do_not_matter()
    {
        File.WriteAllText(Verified, "one\r\ntwo\r\n");

        Snapshot.Compare("one\ntwo", _folder, "case", "json", accept: false);
    }

    [Fact]
    public void A_mismatch_fails_names_the_first_differing_line_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "one\ntwo\nthree\n");

        var error = Assert.Throws<XunitException>(() => Snapshot.Compare("one\nTWO\nthree\n", _folder, "case", "json", accept: false));

        Assert.Contains("First difference at line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("verified: \"two\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: \"TWO\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(Snapshot.AcceptVariable, error.Message, StringComparison.Ordinal);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(Received));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void A_shorter_output_is_reported_at_its_first_missing_line()
    {
        File.WriteAllText(Verified, "one\ntwo\n");

        var error = Assert.Throws<XunitException>(() => Snapshot.Compare("one\n", _folder, "case", "json", accept: false));

        Assert.Contains("First difference at line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: \"\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_verified_file_fails_and_writes_the_received_file()
    {
        var error = Assert.Throws<XunitException>(() => Snapshot.Compare("new\n", _folder, "case", "json", accept: false));

        Assert.Contains("no verified file", error.Message, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Accepting_overwrites_the_verified_file_and_removes_the_received_file()
    {
        File.WriteAllText(Verified, "old\n");
        File.WriteAllText(Received, "new\n");

        Snapshot.Compare("new\r\n", _folder, "case", "json", accept: true);

        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }
}
