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
    [InlineData("Episode 1045", ChromeKind.Other)]
    [InlineData("Episode 12 | 48m 10s", ChromeKind.Other)]
    [InlineData("Episode 1045 Returns", ChromeKind.None)]
    [InlineData("Weekdays, 4pm - 6pm", ChromeKind.Other)]
    [InlineData("0:00 0:00", ChromeKind.Navigation)]
    [InlineData("2019", ChromeKind.Navigation)]
    [InlineData("5:01 pm ET", ChromeKind.Navigation)]
    [InlineData("ET 5:01", ChromeKind.Navigation)]
    [InlineData("Live 5:01", ChromeKind.None)]
    [InlineData("Call 202-457-4481 for copies", ChromeKind.Other)]
    [InlineData("Call 202 457 4481 for copies", ChromeKind.None)]
    [InlineData("Sep 18, 2015 | Updated", ChromeKind.AirDate)]
    [InlineData("Guests: Ada Lind and Bo Strand", ChromeKind.Other)]
    [InlineData("Learn how a long sentence that runs past forty chars ends: with a colon", ChromeKind.None)]
    [InlineData("Editions | myCNN | Video", ChromeKind.Navigation)]
    [InlineData("• Play Live Radio |", ChromeKind.Navigation)]
    [InlineData("Date: May 4, 1993", ChromeKind.AirDate)]
    [InlineData("Show: FRESH AIR", ChromeKind.Program)]
    [InlineData("Copyright 2019 NPR", ChromeKind.Notice)]
    [InlineData("Major corporate funding for Harbor Hour is provided by the Port Ellis Ferry Company.", ChromeKind.Notice)]
    [InlineData("Corporate funding for Harbor Hour is provided by Lind Marine.", ChromeKind.Notice)]
    [InlineData("Listen to this story", ChromeKind.Navigation)]
    [InlineData("You can watch the full show by clicking on the video player above.", ChromeKind.Navigation)]
    [InlineData("You can listen to the full interview at the top of this page.", ChromeKind.Navigation)]
    [InlineData("Mon. - Thurs. from 11am to 1pm", ChromeKind.Other)]
    [InlineData("Weekends at 8-10AM", ChromeKind.Other)]
    [InlineData("Lunchtime, 4pm - 6pm", ChromeKind.None)]
    [InlineData("Sep 18, 2015 | Shallow Water", ChromeKind.AirDate)]
    public void Classifies_lines_with_and_without_digits(string line, ChromeKind expected) => Assert.Equal(expected, ChromeScanner.Classify(line));

    [Theory]
    [InlineData("89.3 WHRB · 90.5 WHRB-FM", ChromeKind.Station)]
    [InlineData("89.9 FM Live From The University Of New Mexico", ChromeKind.Station)]
    [InlineData("KQED 88.5 Live From San Francisco", ChromeKind.Station)]
    [InlineData("Live·88.5|KQED-FM From San Francisco", ChromeKind.Station)]
    [InlineData("Open 7 days on 88.5 in the valley", ChromeKind.None)]
    [InlineData("Open 7 days on 88.5 in the valley with 1450 too", ChromeKind.Station)]
    [InlineData("Drawbridge Stuck Open; Club Sold To Its Own Fans. Aired 2-3p ET", ChromeKind.None)]
    [InlineData("Room 2088.5 of the Kelley Building", ChromeKind.None)]
    public void Finds_frequencies_beside_each_other_or_a_call_sign(string line, ChromeKind expected) => Assert.Equal(expected, ChromeScanner.Classify(line));

    [Theory]
    [InlineData("Thurs., May 4, 1993 5:08 p.m. EST", ChromeKind.AirDate)]
    [InlineData("Sunday, 18 Aug 2019 GMT", ChromeKind.AirDate)]
    [InlineData("WED May 4 1993 10:00 ET", ChromeKind.AirDate)]
    [InlineData("Typhoon May 4, 1993", ChromeKind.None)]
    [InlineData("May 4, 1993 at noon", ChromeKind.None)]
    [InlineData("Saturdays 9 A.M. to 11 a.m", ChromeKind.Other)]
    [InlineData("WEEKENDS, 9 PM", ChromeKind.Other)]
    [InlineData("Weeks 9 to 11", ChromeKind.None)]
    [InlineData(". Aired 2-3p ET", ChromeKind.None)]
    public void Reads_dates_and_schedules_word_by_word(string line, ChromeKind expected) => Assert.Equal(expected, ChromeScanner.Classify(line));

    [Theory]
    [InlineData("0:00 0:00", true)]
    [InlineData("5:01 pm", true)]
    [InlineData("PM 5:01", true)]
    [InlineData("a.m. 5:01", true)]
    [InlineData("Local 5:01", false)]
    [InlineData("5:01 Local", false)]
    [InlineData("Play", false)]
    public void Reads_lines_of_clock_times(string line, bool expected) => Assert.Equal(expected, ChromeScanner.IsOnlyTimes(line));

    [Theory]
    [InlineData("Learn Moreabout PBS online sponsorshipJUDY WOODRUFF: Good evening.", 38)]
    [InlineData("Learn More about PBS online sponsorship- [Announcer] Funding", 40)]
    [InlineData("Local NPR", 0)]
    [InlineData("", 0)]
    public void Finds_furniture_glued_to_the_first_line(string line, int expected) => Assert.Equal(expected, ChromeScanner.GluedFurnitureLength(line));

    [Theory]
    [InlineData("Local NPR for the Cape 90.1 91.1 94.3", 22)]
    [InlineData("Valley Public Radio 89.3FM", 19)]
    [InlineData("Valley Public Radio 89.3fm 1450AM", 19)]
    [InlineData("Valley Public Radio FM", 0)]
    [InlineData("We drove 90.1 miles.", 0)]
    [InlineData("It was 90.1.", 0)]
    [InlineData("90.1", 0)]
    [InlineData("", 0)]
    public void A_station_line_ends_in_frequencies(string line, int nameLength) => Assert.Equal(nameLength, ChromeScanner.StationNameLength(line));
}
