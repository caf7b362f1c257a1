using System;
using System.Linq;
using System.Reflection;
using TranscriptParsing.Model;
using TranscriptParsing.Parquet;
using Xunit;

namespace TranscriptParsing.Tests;

public class PackageTests
{
    private static bool IsFrameworkAssembly(AssemblyName name) =>
        name.Name is "netstandard" or "mscorlib" || name.Name!.StartsWith("System", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);

    [Fact]
    public void The_core_library_depends_on_the_framework_alone()
    {
        var references = typeof(Transcript).Assembly.GetReferencedAssemblies();
        Assert.All(references, name => Assert.True(IsFrameworkAssembly(name), name.FullName));
    }

    [Fact]
    public void Parquet_lives_in_its_own_assembly()
    {
        var parquet = typeof(TranscriptParquetWriter).Assembly;
        Assert.NotEqual(typeof(Transcript).Assembly, parquet);
        Assert.Contains(parquet.GetReferencedAssemblies(), name => name.Name == "Parquet");
        Assert.Contains(parquet.GetReferencedAssemblies(), name => name.Name == typeof(Transcript).Assembly.GetName().Name);
    }

    [Theory]
    [InlineData(typeof(Transcript))]
    [InlineData(typeof(TranscriptParquetWriter))]
    public void The_libraries_are_marked_trimmable(Type type)
    {
        // IsAotCompatible implies IsTrimmable, which the SDK records in the assembly for the trimmer to read.
        var metadata = type.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();
        Assert.Contains(metadata, a => a.Key == "IsTrimmable" && a.Value == "True");
    }
}
