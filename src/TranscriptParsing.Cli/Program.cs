using System.CommandLine;

namespace TranscriptParsing.Cli;

/// <summary>The <c>transcript</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 1 when some input failed, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Parses broadcast transcripts (NPR, CNN, PBS and others) into a typed model and JSON.")
        {
            ParseCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
