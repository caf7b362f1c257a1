using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using TranscriptParsing.Model;

namespace TranscriptParsing.Tests.Rules;

/// <summary>One rule of <c>docs/format.md</c>: its id, its example and the test it names.</summary>
/// <param name="Id">The rule's id, such as <c>R-LBL-01</c>.</param>
/// <param name="Title">The words after the id in the rule's heading.</param>
/// <param name="Example">The text of the rule's first <c>```text</c> block, lines joined with <c>\n</c>; null when it has none.</param>
/// <param name="Test">The test the rule names, as <c>Class.Method</c>.</param>
/// <param name="NotMetYet">Whether the rule is marked as not met yet.</param>
public sealed record Rule(string Id, string Title, string? Example, string? Test, bool NotMetYet);

/// <summary>
/// Reads the rules of <c>docs/format.md</c>, so that each rule test parses exactly the example the document shows.
/// A rule starts at a heading <c>### R-XXX-NN Title</c> (or <c>####</c>) and runs to the next heading.
/// </summary>
public static class RuleBook
{
    private static readonly Lazy<IReadOnlyList<Rule>> s_rules = new(() => Load(File.ReadAllLines(DocumentPath())));

    /// <summary>The rules in document order.</summary>
    public static IReadOnlyList<Rule> Rules => s_rules.Value;

    /// <summary>The example of rule <paramref name="id"/>.</summary>
    /// <param name="id">A rule id such as <c>R-LBL-01</c>.</param>
    /// <returns>The example's text, lines joined with <c>\n</c>, no final line break.</returns>
    public static string Example(string id)
    {
        foreach (var rule in Rules)
        {
            if (rule.Id == id)
            {
                return rule.Example ?? throw new InvalidOperationException($"Rule {id} in docs/format.md has no ```text example.");
            }
        }

        throw new InvalidOperationException($"docs/format.md has no rule {id}.");
    }

    /// <summary>Parses the example of rule <paramref name="id"/>.</summary>
    /// <param name="id">A rule id.</param>
    /// <param name="options">Parse options.</param>
    /// <returns>The transcript.</returns>
    public static Transcript Parse(string id, TranscriptParseOptions options = default) => Transcript.Parse(Example(id), options);

    /// <summary>The path of <c>docs/format.md</c>, found from this source file's place in the repository.</summary>
    /// <param name="thisFile">Filled in by the compiler.</param>
    /// <returns>The full path.</returns>
    public static string DocumentPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "format.md"));

    /// <summary>Reads the rules from the lines of the document.</summary>
    /// <param name="lines">The document's lines.</param>
    /// <returns>The rules in document order.</returns>
    public static IReadOnlyList<Rule> Load(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<Rule>();
        int i = 0;
        while (i < lines.Count)
        {
            if (!TryReadHeading(lines[i], out string id, out string title))
            {
                i++;
                continue;
            }

            string? example = null, test = null;
            bool notMet = false;
            i++;
            while (i < lines.Count && !lines[i].StartsWith('#'))
            {
                string line = lines[i];
                if (line == "```text" && example is null)
                {
                    var body = new List<string>();
                    i++;
                    while (i < lines.Count && lines[i] != "```")
                    {
                        body.Add(lines[i]);
                        i++;
                    }

                    example = string.Join('\n', body);
                }
                else if (line.StartsWith("Test: `", StringComparison.Ordinal))
                {
                    int end = line.IndexOf('`', 7);
                    test = end > 7 ? line[7..end] : null;
                }
                else if (line.StartsWith("**Not met yet**", StringComparison.Ordinal))
                {
                    notMet = true;
                }

                i++;
            }

            rules.Add(new Rule(id, title, example, test, notMet));
        }

        return rules;
    }

    private static bool TryReadHeading(string line, out string id, out string title)
    {
        id = title = string.Empty;
        string rest = line.StartsWith("#### R-", StringComparison.Ordinal) ? line[5..]
            : line.StartsWith("### R-", StringComparison.Ordinal) ? line[4..]
            : string.Empty;
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        id = rest[..space];
        title = rest[(space + 1)..];
        return true;
    }
}

/// <summary>Small helpers for the rule tests.</summary>
public static class RuleText
{
    /// <summary>The chars of <paramref name="transcript"/>'s input that <paramref name="span"/> covers.</summary>
    /// <param name="transcript">A parsed transcript.</param>
    /// <param name="span">A span of its input.</param>
    /// <returns>The covered text.</returns>
    public static string Of(Transcript transcript, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return transcript.Text.Span.Slice(span.Start, span.Length).ToString();
    }

    /// <summary>Where <paramref name="part"/> first stands in <paramref name="text"/>, as a span; fails if it does not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="part">A part of it.</param>
    /// <returns>The span of the first occurrence.</returns>
    public static TextSpan Find(string text, string part)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = text.IndexOf(part, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"\"{part}\" is not in the example.");
        }

        return new TextSpan(at, part.Length);
    }
}
