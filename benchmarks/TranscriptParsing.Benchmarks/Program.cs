using BenchmarkDotNet.Running;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// Runs the benchmarks. The full suite: <c>dotnet run -c Release --project benchmarks/TranscriptParsing.Benchmarks -- --filter '*'</c>;
/// a quick look: add <c>--job short</c>. See README.md beside this file.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
