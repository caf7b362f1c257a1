using System;
using System.Text;

namespace TranscriptParsing.Tests.Support;

/// <summary>
/// Texts put together at random from pieces, the same for the same <see cref="Random"/> seed, for the tests that hold
/// a quick path or a rewrite to the plain answer on inputs nobody wrote by hand.
/// </summary>
public static class RandomText
{
    /// <summary>
    /// Joins from <paramref name="fewest"/> to <paramref name="most"/> pieces picked by <paramref name="random"/>, each
    /// followed by one of <paramref name="separators"/> when there are any; with <paramref name="lastSeparatorSometimes"/>
    /// the last piece is followed by one only one time in four.
    /// </summary>
    /// <returns>The text.</returns>
    public static string Join(Random random, string[] pieces, int fewest, int most, string[]? separators = null, bool lastSeparatorSometimes = false)
    {
        var text = new StringBuilder();
        int count = random.Next(fewest, most + 1);
        for (int i = 0; i < count; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
            if (separators is not null && (i + 1 < count || !lastSeparatorSometimes || random.Next(4) == 0))
            {
                text.Append(separators[random.Next(separators.Length)]);
            }
        }

        return text.ToString();
    }
}
