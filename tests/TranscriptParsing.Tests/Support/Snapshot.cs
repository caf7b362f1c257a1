using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// Snapshot testing with Verify's file conventions. The reviewed output lives in <c>NAME.verified.EXT</c> beside the
/// test's source file (found through <see cref="CallerFilePathAttribute"/>, so the file in the source tree is the one
/// read and <c>git diff</c> shows every change). On a mismatch the new output is written to <c>NAME.received.EXT</c>
/// beside it and the test fails, showing the first line that differs; on a match a stale received file is deleted.
/// Setting the environment variable <see cref="AcceptVariable"/> to <c>1</c> accepts the output instead: the verified
/// file is overwritten.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that, set to <c>1</c> (or <c>true</c>), accepts new output as verified.</summary>
    public const string AcceptVariable = "TRANSCRIPT_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks <paramref name="actual"/> against <c>NAME.verified.EXT</c> beside the calling source file.</summary>
    /// <param name="actual">The output under test.</param>
    /// <param name="name">The snapshot's name, for example the sample's file name without its extension.</param>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="callerFilePath">Filled in by the compiler: the path of the calling source file.</param>
    public static void Verify(string actual, string name, string extension = "json", [CallerFilePath] string callerFilePath = "")
    {
        string? directory = Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new XunitException(
                $"Snapshot '{name}': the test's source folder '{directory}' does not exist. Snapshots are read from the source tree, so the tests must run on the machine that built them, with source paths left unmapped.");
        }

        Compare(actual, directory, name, extension, IsAcceptRequested());
    }

    /// <summary>The comparison itself, with the folder and the accept switch given (the unit tests of this helper call it directly).</summary>
    /// <param name="actual">The output under test.</param>
    /// <param name="directory">The folder that holds the snapshot files.</param>
    /// <param name="name">The snapshot's name.</param>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="accept">True to overwrite the verified file with <paramref name="actual"/>.</param>
    internal static void Compare(string actual, string directory, string name, string extension, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        string verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        string receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        string received = NormalizeNewlines(actual);

        if (accept)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received, Utf8NoBom);
            throw new XunitException(
                $"Snapshot '{name}.{extension}' has no verified file yet.{Environment.NewLine}" +
                $"  received: {receivedPath}{Environment.NewLine}" +
                $"Review the received file, then rename it to {Path.GetFileName(verifiedPath)} or run the tests with {AcceptVariable}=1.");
        }

        string verified = NormalizeNewlines(File.ReadAllText(verifiedPath));
        if (string.Equals(verified, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        throw new XunitException(DescribeMismatch(name, extension, verified, received, verifiedPath, receivedPath));
    }

    /// <summary>Line endings become <c>\n</c> and the text ends with exactly one <c>\n</c>, so a checkout's line-ending setting never matters.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with <c>\n</c> line endings and one final line break.</returns>
    internal static string NormalizeNewlines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";

    private static bool IsAcceptRequested()
    {
        string? value = Environment.GetEnvironmentVariable(AcceptVariable);
        return value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    private static string DescribeMismatch(string name, string extension, string verified, string received, string verifiedPath, string receivedPath)
    {
        string[] expectedLines = verified.Split('\n');
        string[] actualLines = received.Split('\n');
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        static string At(string[] lines, int index) => index < lines.Length ? $"\"{lines[index]}\"" : "(end of file)";

        var message = new StringBuilder();
        message.Append("Snapshot '").Append(name).Append('.').Append(extension).AppendLine("' does not match its verified file.");
        message.Append("  verified: ").AppendLine(verifiedPath);
        message.Append("  received: ").AppendLine(receivedPath);
        message.Append("First difference at line ").Append(line + 1).AppendLine(":");
        message.Append("  verified: ").AppendLine(At(expectedLines, line));
        message.Append("  received: ").AppendLine(At(actualLines, line));
        message.Append("Review the change (diff -u the two files); if it is right, run the tests with ")
            .Append(AcceptVariable).Append("=1 or move the received file over the verified one.");
        return message.ToString();
    }
}
