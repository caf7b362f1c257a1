using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TranscriptParsing.Benchmarks;

/// <summary>
/// Throughput in MB/s of input: the input's size in UTF-8 bytes (what the transcript weighs as a file) divided by
/// the median time of one operation (the statistic the targets are stated in). MB here is 2^20 bytes.
/// </summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    private const double BytesPerMegabyte = 1024.0 * 1024.0;

    /// <inheritdoc/>
    public string Id => nameof(MegabytesPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "MB/s";

    /// <inheritdoc/>
    public string Legend => "Throughput: input size in UTF-8 bytes (MB = 2^20 bytes) divided by the median time of one operation";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var medianNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Median;
        var input = FindInput(benchmarkCase);
        if (medianNanoseconds is not > 0 || input is null)
        {
            return "-";
        }

        double megabytesPerSecond = input.Utf8ByteCount / BytesPerMegabyte / (medianNanoseconds.Value / 1e9);
        return megabytesPerSecond.ToString("F1", style?.CultureInfo ?? CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    private static TranscriptInput? FindInput(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Value is TranscriptInput input)
            {
                return input;
            }
        }

        return null;
    }
}
