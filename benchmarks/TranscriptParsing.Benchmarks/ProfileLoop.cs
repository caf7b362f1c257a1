using System;
using System.Diagnostics;
using System.Globalization;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// Runs one benchmark case in a loop for a set time, so that a sampling profiler (<c>perf record</c>) sees the case in
/// its steady state: <c>-- profile Reader 5KB 20</c>. It measures nothing itself; see <c>benchmarks/profile/</c>.
/// </summary>
internal static class ProfileLoop
{
    /// <summary>The cases that can be looped, by their benchmark names.</summary>
    private static readonly string[] Cases = ["Reader", "Parse", "ParseToJson", "ParseToJson_Context"];

    /// <summary>Runs the loop when <paramref name="args"/> start with <c>profile</c>.</summary>
    /// <param name="args">The program's arguments: <c>profile CASE INPUT SECONDS</c>.</param>
    /// <returns>The exit code, or null when the arguments are not a profile request.</returns>
    public static int? TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "profile")
        {
            return null;
        }

        if (args.Length != 4 || Array.IndexOf(Cases, args[1]) < 0 || !TryFindInput(args[2], out var input)
            || !double.TryParse(args[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds <= 0)
        {
            Console.Error.WriteLine($"usage: profile {string.Join('|', Cases)} 5KB|50KB|5MB SECONDS");
            return 2;
        }

        var benchmarks = new ParsingBenchmarks { Input = input };
        benchmarks.Setup();
        Func<long> operation = args[1] switch
        {
            "Reader" => benchmarks.Reader,
            "Parse" => () => benchmarks.Parse() is null ? 0 : 1,
            "ParseToJson" => () => benchmarks.ParseToJson(),
            _ => () => benchmarks.ParseToJson_Context(),
        };

        long operations = 0, sink = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (int i = 0; i < 64; i++)
            {
                sink += operation();
            }

            operations += 64;
        }

        benchmarks.Cleanup();
        Console.WriteLine($"// {args[1]} {input.Name}: {operations:N0} operations in {clock.Elapsed.TotalSeconds:F1} s ({sink:N0})");
        return 0;
    }

    private static bool TryFindInput(string name, out TranscriptInput input)
    {
        foreach (var candidate in TranscriptInputs.All())
        {
            if (candidate.Name == name)
            {
                input = candidate;
                return true;
            }
        }

        input = TranscriptInputs.Seed;
        return false;
    }
}
