using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The quick rejections of <see cref="ChromeScanner"/> turn away only lines that the full tests would turn away.</summary>
public class ChromeScannerTests
{
    [Theory]
    [InlineData("If this transcript has errors, write to us.")]
    [InlineData("All Rights Reserved")]
    [InlineData("protected by United States copyright law and may not be")]
    [InlineData("It may not be reproduced without")]
    [InlineData("without the prior written permission of the station")]
    [InlineData("Its use is \"fair use\" under the statute.")]
    [InlineData("under the COPYRIGHT STATUTE of the United States")]
    public void Finds_each_notice_word_in_any_case(string line) => Assert.True(ChromeScanner.HasNoticeWords(line));

    [Theory]
    [InlineData("Freighters on the Great Lakes are sailing this spring with their holds partly empty.")]
    [InlineData("The transcripts are online; all rights to the music belong to its owners.")]
    [InlineData("He wrote the script with permission.")]
    [InlineData("")]
    public void Finds_no_notice_word_in_other_sentences(string line) => Assert.False(ChromeScanner.HasNoticeWords(line));

    [Theory]
    [InlineData("This is a RUSH TRANSCRIPT. This copy may not be in its final form.", ChromeKind.Notice)]
    [InlineData("Shallow Water on the Great Lakes Leaves Freighters Light and Ports Worried", ChromeKind.None)]
    [InlineData("Local NPR for the Prairie Lakes & Red River Valley 88.7 90.3 102.1", ChromeKind.Station)]
    [InlineData("NPR.org News", ChromeKind.Other)]
    [InlineData("CNN", ChromeKind.Other)]
    [InlineData("CNN Politics Live Tonight Now", ChromeKind.None)]
    [InlineData("Weekend Report -", ChromeKind.Other)]
    [InlineData("Ada Lind, Sen. Bo Strand, Carl Voss", ChromeKind.Other)]
    [InlineData("Ada Lind, Sen. Bo Strand", ChromeKind.None)]
    [InlineData("Season 11 Episode 10 | 26m 46s", ChromeKind.Other)]
    [InlineData("Season Finale Tonight", ChromeKind.None)]
    [InlineData("Weekdays, 4pm - 6pm", ChromeKind.Other)]
    [InlineData("0:00 0:00", ChromeKind.Navigation)]
    [InlineData("2019", ChromeKind.Navigation)]
    public void Classifies_lines_with_and_without_digits(string line, ChromeKind expected) => Assert.Equal(expected, ChromeScanner.Classify(line));
}
