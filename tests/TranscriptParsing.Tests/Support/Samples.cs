using System;
using System.Collections.Generic;
using System.IO;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// The sample transcripts of <c>samples/</c>, which the test project copies into its output folder (<c>Samples/</c>),
/// so the tests need nothing outside the repository.
/// </summary>
public static class Samples
{
    /// <summary>The folder beside the test assembly that holds the copied samples.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The samples' names (file names without <c>.txt</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string>();
            foreach (string path in Directory.GetFiles(Folder, "*.txt"))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }

            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>One theory row per sample.</summary>
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>The path of a sample in the test output.</summary>
    /// <param name="name">The sample's name.</param>
    /// <returns>The full path of <c>NAME.txt</c>.</returns>
    public static string PathOf(string name) => Path.Combine(Folder, name + ".txt");

    /// <summary>The text of a sample.</summary>
    /// <param name="name">The sample's name.</param>
    /// <returns>The whole file, decoded as UTF-8.</returns>
    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Parses a sample the way the snapshots record it, with <c>samples/NAME.txt</c> as the source path.</summary>
    /// <param name="text">The sample's text.</param>
    /// <param name="name">The sample's name.</param>
    /// <returns>The transcript.</returns>
    public static Transcript Parse(string text, string name) =>
        Transcript.Parse(text, new TranscriptParseOptions { SourcePath = $"samples/{name}.txt" });
}
