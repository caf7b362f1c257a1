using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The runtime settings the tool ships with (docs/feeds.md): each one was measured on feeds, and dropping one from the
/// project would slow a feed down or let its memory follow the machine's cache, with nothing else to say so.
/// </summary>
public class CliRuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        // The tool's runtime configuration is copied beside the tests with the tool it configures.
        string path = Path.Combine(AppContext.BaseDirectory, "transcript.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_youngest_generation_is_capped_so_memory_does_not_follow_the_processor_cache()
    {
        long budget = ConfigProperties().GetProperty("System.GC.Gen0MaxBudget").GetInt64();
        Assert.InRange(budget, 1L << 20, 64L << 20);
    }

    [Fact]
    public void Methods_are_optimised_without_waiting_for_compilation_to_settle()
    {
        Assert.Equal(0, ConfigProperties().GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void Dynamic_PGO_is_off()
    {
        Assert.False(ConfigProperties().GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
