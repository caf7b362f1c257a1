using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// The suite's configuration: the MB/s column on top of BenchmarkDotNet's defaults, without the allocation ratio
/// (the floor allocates nothing, so every ratio to it would read NA). It names no job on purpose, so
/// a plain run uses BenchmarkDotNet's default job (the one to publish) and <c>--job short</c> or <c>--job dry</c> on
/// the command line replaces it for a quick look.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddColumn(new MegabytesPerSecondColumn());
        HideColumns(Column.AllocRatio);
    }
}
