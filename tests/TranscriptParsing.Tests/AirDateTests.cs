using System;
using TranscriptParsing.Model;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>The air date as the header gives it: ISO 8601, with the time when the line has one.</summary>
public class AirDateTests
{
    [Theory]
    [InlineData("Aired June 12, 2021 - 14:00   ET", "2021-06-12T14:00")]
    [InlineData("Date: MARCH 3, 2004", "2004-03-03")]
    [InlineData("Sept. 9, 1999 at 9:05 p.m.", "1999-09-09T21:05")]
    [InlineData("sept 12 2001 12:30 am", "2001-09-12T00:30")]
    [InlineData("SEPTEMBER 1, 2001 10:00 PM", "2001-09-01T22:00")]
    [InlineData("Dec. 31, 1999", "1999-12-31")]
    [InlineData("2014/05/18", "2014-05-18")]
    [InlineData("18/05/2014 7:45", "2014-05-18T07:45")]
    [InlineData("12345/01/02 10:00", "12345-01-02T10:00")]
    [InlineData("12345.01.02", "12345-01-02")]
    [InlineData("Octember 1st 2020", null)]
    [InlineData("Oct 1st 2020", "2020-10-01")]
    [InlineData("Jun", null)]
    [InlineData("Ju 4, 2020", null)]
    [InlineData("4/5", null)]
    public void The_air_date_is_written_in_iso_8601(string line, string? expected)
    {
        var data = new TranscriptData();
        data.Clear(line.AsMemory(), null);

        var date = HeaderFacts.ReadAirDate(line, data);

        Assert.Equal(expected, data.ToStringOrNull(date));
    }
}
