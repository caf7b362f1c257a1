using TranscriptParsing.Reading;
using TranscriptParsing.Tests.Support;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The line and column of each body token, whatever the breaks and spaces between paragraphs: one or two line feeds
/// before a visible char are stepped over at once, any other run of white space one char at a time.
/// </summary>
public class ReaderLineNumberTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\r")]
    [InlineData("\n \n")]
    [InlineData("\n\n ")]
    [InlineData("\n\u00A0")]
    [InlineData("\n\n\u00E9")]
    public void Every_token_knows_its_line_and_column(string between)
    {
        string[] paragraphs = ["RENNER: The cages hold oyster seed.", "(Soundbite of music)", "For three generations, the harbor.", "Mr. OSTRANDER: That's true.", "RENNER: For NPR News.", "\u00C9mile spoke."];
        string text = string.Join(between, paragraphs) + between;
        var lines = new SourceLines(text);
        var reader = new TranscriptReader(text, new TranscriptReaderOptions { NoHeader = true, NoFooter = true });
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
            var span = reader.Span;
            Assert.Equal(lines.LineOf(span.Start), reader.LineNumber);
            Assert.Equal(lines.ColumnOf(span.Start), reader.ColumnNumber);
        }

        Assert.True(tokens >= 3);
    }
}
