using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// The suite's configuration: the median and the MB/s column (from the median) on top of BenchmarkDotNet's defaults,
/// without the allocation ratio (the floor allocates nothing, so every ratio to it would read NA). The targets are
/// stated as medians because this shared 2-core host gives skewed, often bimodal, timings whose mean is pulled up by
/// the slow mode. It names no job on purpose, so
/// a plain run uses BenchmarkDotNet's default job (the one to publish) and <c>--job short</c> or <c>--job dry</c> on
/// the command line replaces it for a quick look.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddColumn(StatisticColumn.Median);
        AddColumn(new MegabytesPerSecondColumn());
        HideColumns(Column.AllocRatio);
    }
}
