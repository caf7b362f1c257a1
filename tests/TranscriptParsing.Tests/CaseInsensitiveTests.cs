using System;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The parser's ignore-case search gives what <see cref="StringComparison.OrdinalIgnoreCase"/> gives on ASCII.</summary>
public class CaseInsensitiveTests
{
    [Theory]
    [InlineData("Copyright 2019 NPR", "copyright", 0)]
    [InlineData("THIS IS A RUSH TRANSCRIPT.", "rush transcript", 10)]
    [InlineData("a rush transcripT", "rush transcript", 2)]
    [InlineData("rush transcrip", "rush transcript", -1)]
    [InlineData("", "x", -1)]
    [InlineData("abc", "", 0)]
    [InlineData("(ph) (PH)", "(ph)", 0)]
    [InlineData("xx (Ph)", "(ph)", 3)]
    [InlineData("aaaaaaaab", "AAB", 6)]
    [InlineData("I'm Ari", "i'M ARI", 0)]
    [InlineData("José Díaz", "DÍAZ", 5)]
    public void Finds_what_ordinal_ignore_case_finds(string text, string value, int expected)
    {
        Assert.Equal(expected, CaseInsensitive.IndexOf(text, value));
        Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), CaseInsensitive.IndexOf(text, value));
    }

    [Fact]
    public void Agrees_with_ordinal_ignore_case_on_random_ascii()
    {
        var random = new Random(20261129);
        const string alphabet = "aAbB cC.:'-1";
        for (int i = 0; i < 20_000; i++)
        {
            string text = Make(random.Next(0, 40));
            string value = Make(random.Next(1, 5));
            Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), CaseInsensitive.IndexOf(text, value));
        }

        string Make(int length)
        {
            var chars = new char[length];
            for (int c = 0; c < length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }
    }
}
