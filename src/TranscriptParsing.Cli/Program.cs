using System;
using System.CommandLine;

namespace TranscriptParsing.Cli;

/// <summary>The <c>transcript</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when every document was parsed, 1 when some failed, 2 on a usage error, 130 when cancelled.</returns>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Parses broadcast transcripts (NPR, CNN, PBS and others) into a typed model and JSON.")
        {
            ParseCommand.Create(),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine("transcript: " + error.Message);
            }

            Console.Error.WriteLine("Try 'transcript parse --help'.");
            return ExitCodes.Usage;
        }

        return result.Invoke();
    }
}
