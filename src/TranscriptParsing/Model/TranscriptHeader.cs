using System.Collections.Immutable;

namespace TranscriptParsing.Model;

/// <summary>The page header: furniture lines, the title, and the facts the header states.</summary>
public sealed class TranscriptHeader
{
    internal TranscriptHeader(ImmutableArray<ChromeLine> chrome, Station? station, string? title, TextSpan? titleSpan, string? summary, TextSpan? summarySpan, string? program, string? airDate)
    {
        Chrome = chrome;
        Station = station;
        Title = title;
        TitleSpan = titleSpan;
        Summary = summary;
        SummarySpan = summarySpan;
        Program = program;
        AirDate = airDate;
    }

    /// <summary>
    /// The page-furniture lines, in order, each with its span: the header's, then, on a page of several stories, those
    /// between two stories ("Read more" and the next story's section, date and title lines).
    /// </summary>
    public ImmutableArray<ChromeLine> Chrome { get; }

    /// <summary>The station named by a station line, or null.</summary>
    public Station? Station { get; }

    /// <summary>The story's title, or null when the page has none.</summary>
    public string? Title { get; }

    /// <summary>The title's place in the input, or null.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>A teaser or summary paragraph between the title and the body, or null.</summary>
    public string? Summary { get; }

    /// <summary>The summary's place in the input, or null.</summary>
    public TextSpan? SummarySpan { get; }

    /// <summary>The program or show the header names ("FRESH AIR", "American Morning"), or null.</summary>
    public string? Program { get; }

    /// <summary>The air date (and time, when given) in ISO 8601 ("2006-02-24T08:00"), or null.</summary>
    public string? AirDate { get; }
}
