using System;
using Xunit;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// Small texts that reach the parser's and the writers' less common paths (empty and blank input, diagnostics, wrapped
/// labels, voice tags, time stamps, characters that need escaping, furniture between two stories), and the theory data
/// that pairs them with the samples.
/// </summary>
public static class EdgeTexts
{
    /// <summary>The texts, in a fixed order; a theory names each "edge" and its index.</summary>
    public static readonly string[] All =
    [
        string.Empty,
        "   \n\n  ",
        "JOHN SMITH: Hello there.\n\nJANE SMITH: Hi. (LAUGHTER)\n\nSMITH: Which one of us?\n\n(APPLAUSE)\n\nJOHN SMITH: Me.\n",
        "Just a paragraph of narration with no speaker at all.\n\nAnd another one.\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ari Shapiro>Hello and welcome.\n\n00:00:04.000 --> 00:00:06.000\n<v Ari Shapiro>It is good to be here.\n",
        "[20:00:15] JUDY WOODRUFF (on camera): Good evening.\n\nMr. BILL MOYERS (Author, Journalist): Thank you, Judy.\n",
        "HOST: She said \"no\" \u2014 twice \u2018really\u2019 \\ slash.\n\nJUAN GONZ\u00c1LEZ: Caf\u00e9 \ud83d\ude00 \u4e2d\u6587\ttab\u0001.\n\n(SOUNDBITE OF MUSIC) [CROSSTALK]\n",
        "RENEE\nMONTAGNE: A label wrapped over two lines.\n\nMONTAGNE (laughing): Delivery [inaudible] and (ph) cues.\n",
        "Local NPR for the Coast 90.1\n\nHarbor Report\n\nJune 6, 2019\n\nLENA MARSH, HOST: The harbor opens at dawn\n\nRead more\nAround the Coast\n6:10 am\n\n"
            + "Ferry Fares Rise Again\n\nTranscript\n\nfares go up on Monday.\n\nTOVE ARDEN, HOST: Fares go up.\n",
        "JOE: Hi.\n\n(SOUNDBITE OF MUSIC)\n\nHarbor news tonight\n\nRead more\nAround the Coast\n\nfares go up on Monday.\n",
    ];

    /// <summary>The samples' names, then "edge0", "edge1" and so on.</summary>
    public static TheoryData<string> SamplesAndEdges
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in Samples.Names)
            {
                data.Add(name);
            }

            for (int i = 0; i < All.Length; i++)
            {
                data.Add("edge" + i);
            }

            return data;
        }
    }

    /// <summary>The text a theory's name stands for: an edge text, or a sample read from its file.</summary>
    /// <param name="name">A name from <see cref="SamplesAndEdges"/>.</param>
    /// <returns>The text.</returns>
    public static string Read(string name) =>
        name.StartsWith("edge", StringComparison.Ordinal) ? All[int.Parse(name.AsSpan(4), provider: null)] : Samples.Read(name);
}
