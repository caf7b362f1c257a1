using BenchmarkDotNet.Running;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// Runs the benchmarks. The full suite: <c>dotnet run -c Release --project benchmarks/TranscriptParsing.Benchmarks -- --filter '*'</c>;
/// a quick look: add <c>--job short</c>; one case in a loop for a profiler: <c>-- profile Reader 5KB 20</c>. See README.md
/// beside this file.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>profile CASE INPUT SECONDS</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (ProfileLoop.TryRun(args) is int exitCode)
        {
            return exitCode;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
