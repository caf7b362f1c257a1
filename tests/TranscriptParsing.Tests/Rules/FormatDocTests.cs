using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>Keeps docs/format.md and the rule tests in step: every rule names its test, and every rule test has its rule.</summary>
public class FormatDocTests
{
    [Fact]
    public void Every_rule_has_a_unique_id_and_names_a_rule_test()
    {
        var rules = RuleBook.Rules;
        Assert.True(rules.Count >= 100, $"only {rules.Count} rules were read from docs/format.md");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());

        var facts = RuleFacts();
        foreach (var rule in rules)
        {
            Assert.True(rule.Test is not null, $"{rule.Id} names no test (a line \"Test: `Class.Method`\").");
            Assert.True(facts.TryGetValue(rule.Test!, out var fact), $"{rule.Id} names {rule.Test}, which is not a [Fact] in the Rules folder.");
            Assert.True(rule.NotMetYet == (fact!.Skip is not null), $"{rule.Id} is {(rule.NotMetYet ? string.Empty : "not ")}marked \"Not met yet\" but {rule.Test} is {(fact.Skip is null ? "not " : string.Empty)}skipped.");
        }
    }

    [Fact]
    public void Every_rule_test_is_named_by_one_rule_and_parses_its_example()
    {
        var rules = RuleBook.Rules;
        foreach (var (name, _) in RuleFacts())
        {
            if (name.StartsWith(nameof(FormatDocTests) + ".", StringComparison.Ordinal))
            {
                continue;
            }

            var named = rules.Where(r => r.Test == name).ToList();
            Assert.True(named.Count == 1, $"{name} is named by {named.Count} rules of docs/format.md, not one.");
            var rule = named[0];
            if (rule.Example is not null)
            {
                Assert.True(MethodSource(name).Contains($"\"{rule.Id}\"", StringComparison.Ordinal), $"{name} does not use the example of {rule.Id}.");
            }
        }
    }

    [Fact]
    public void The_document_is_read_as_rules_with_examples()
    {
        string[] lines =
        [
            "## Section",
            "### R-ABC-01 A rule",
            "Words.",
            "```text",
            "LINE ONE: Hello.",
            string.Empty,
            "LINE TWO: Bye.",
            "```",
            "Test: `SomeTests.Some_method`",
            "#### R-ABC-02 Another rule",
            "**Not met yet**: not yet.",
            "Test: `SomeTests.Other_method`",
        ];

        var rules = RuleBook.Load(lines);

        Assert.Equal(
            [
                new Rule("R-ABC-01", "A rule", "LINE ONE: Hello.\n\nLINE TWO: Bye.", "SomeTests.Some_method", false),
                new Rule("R-ABC-02", "Another rule", null, "SomeTests.Other_method", true),
            ],
            rules);
    }

    /// <summary>The [Fact] methods of the rule test classes, by <c>Class.Method</c>.</summary>
    private static Dictionary<string, FactAttribute> RuleFacts()
    {
        var facts = new Dictionary<string, FactAttribute>(StringComparer.Ordinal);
        foreach (var type in typeof(FormatDocTests).Assembly.GetTypes().Where(t => t.Namespace == typeof(FormatDocTests).Namespace))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FactAttribute>() is { } fact)
                {
                    facts.Add($"{type.Name}.{method.Name}", fact);
                }
            }
        }

        return facts;
    }

    /// <summary>The source of a test method: from its declaration to the next method of its file.</summary>
    private static string MethodSource(string name)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        string file = Path.Combine(Path.GetDirectoryName(RuleBook.DocumentPath())!, "..", "tests", "TranscriptParsing.Tests", "Rules", name[..dot] + ".cs");
        string source = File.ReadAllText(file);
        int start = source.IndexOf($"public void {name[(dot + 1)..]}(", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{name} is not declared in {file}.");
        int end = source.IndexOf("public void ", start + 1, StringComparison.Ordinal);
        return end < 0 ? source[start..] : source[start..end];
    }
}
