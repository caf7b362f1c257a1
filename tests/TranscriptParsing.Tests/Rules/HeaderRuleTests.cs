using System.Linq;
using TranscriptParsing.Model;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests.Rules;

/// <summary>The rules of docs/format.md, "Header" (R-HDR-*).</summary>
public class HeaderRuleTests
{
    [Fact]
    public void Navigation_and_player_controls_are_furniture()
    {
        var t = RuleBook.Parse("R-HDR-01");

        Assert.Equal(["Play Live Radio", "Next Up:", "0:00", "0:00", "----"], t.Header.Chrome.Select(c => c.Text));
        Assert.All(t.Header.Chrome, c => Assert.Equal(ChromeKind.Navigation, c.Kind));
        Assert.Equal([1, 2, 3, 4, 5], t.Header.Chrome.Select(c => c.LineNumber));
        Assert.Equal("Ice Roads Open Late on the Northern Lakes", t.Header.Title);
        Assert.Equal("SUNNIVA LARK, HOST", Assert.Single(t.Blocks).Label);
    }

    [Fact]
    public void A_station_line_names_the_station_and_its_frequencies()
    {
        string text = RuleBook.Example("R-HDR-02");
        var t = Transcript.Parse(text);

        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal(ChromeKind.Station, chrome.Kind);
        var station = Assert.IsType<Station>(t.Header.Station);
        Assert.Equal("Harbor Public Radio", station.Name);
        Assert.Equal(["88.3", "101.9", "1450"], station.Frequencies.ToArray());
        Assert.Equal(RuleText.Find(text, "Harbor Public Radio 88.3 101.9 1450"), station.Span);
    }

    [Fact]
    public void Station_lines_of_other_shapes_are_station_lines()
    {
        var t = RuleBook.Parse("R-HDR-03");

        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal((ChromeKind.Station, "89.3 WHRB · 90.5 WHRB-FM"), (chrome.Kind, chrome.Text));
        Assert.Null(t.Header.Station);
        Assert.Equal("Ice Roads Open Late on the Northern Lakes", t.Header.Title);
    }

    [Fact]
    public void A_program_line_names_the_program()
    {
        var t = RuleBook.Parse("R-HDR-04");

        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal((ChromeKind.Program, "Show: HARBOR HOUR"), (chrome.Kind, chrome.Text));
        Assert.Equal("HARBOR HOUR", t.Header.Program);
        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
    }

    [Fact]
    public void An_air_date_line_gives_the_air_date_in_iso_8601()
    {
        var t = RuleBook.Parse("R-HDR-05");

        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal((ChromeKind.AirDate, "January 9, 2024 5:08 PM ET"), (chrome.Kind, chrome.Text));
        Assert.Equal("2024-01-09T17:08", t.Header.AirDate);
    }

    [Fact]
    public void A_numeric_date_is_read_day_first_when_its_first_part_cannot_be_a_month()
    {
        var t = RuleBook.Parse("R-HDR-06");

        Assert.Equal(ChromeKind.AirDate, Assert.Single(t.Header.Chrome).Kind);
        Assert.Equal("2014-05-18", t.Header.AirDate);

        // The same line with a first part that can be a month, and a two-digit year.
        var monthFirst = Transcript.Parse(RuleBook.Example("R-HDR-06").Replace("18/05/2014", "1/7/19", System.StringComparison.Ordinal));
        Assert.Equal("2019-01-07", monthFirst.Header.AirDate);
    }

    [Fact]
    public void Bylines_notices_and_addresses_are_furniture()
    {
        var t = RuleBook.Parse("R-HDR-07");

        Assert.Equal(
            [
                (ChromeKind.Byline, "By Kit Ormond"),
                (ChromeKind.Notice, "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM."),
                (ChromeKind.Url, "www.harborradio.example"),
            ],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal("Ice Roads Open Late on the Northern Lakes", t.Header.Title);
        Assert.Equal(7, Assert.Single(t.Blocks).LineNumber);
    }

    [Fact]
    public void Subtitle_timings_in_the_header_are_furniture()
    {
        var t = RuleBook.Parse("R-HDR-08");

        Assert.Equal(
            [(ChromeKind.Other, "WEBVTT -"), (ChromeKind.Other, "00:00:01.000 --> 00:00:04.000")],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        var turn = Assert.Single(t.Blocks);
        Assert.Equal(("Sam Ide", 4), (turn.Label, turn.LineNumber));
    }

    [Fact]
    public void Page_fields_in_the_header_are_furniture_not_labels()
    {
        var t = RuleBook.Parse("R-HDR-09");

        Assert.Equal(
            [
                (ChromeKind.Program, "Show: HARBOR HOUR"),
                (ChromeKind.Other, "Head: The Last Ferry Captain"),
                (ChromeKind.Other, "Sect: News; Local"),
                (ChromeKind.Other, "Host: Tove Arden"),
            ],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        var turn = Assert.Single(t.Blocks);
        Assert.Equal(("TOVE ARDEN, HOST", 8), (turn.Label, turn.LineNumber));
        Assert.Equal(["TOVE ARDEN, HOST"], Assert.Single(t.Speakers).Labels.ToArray());
    }

    [Fact]
    public void A_bare_transcript_heading_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-10");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal((ChromeKind.Navigation, "Transcript", 3), (chrome.Kind, chrome.Text, chrome.LineNumber));
    }

    [Fact]
    public void The_first_heading_that_stands_alone_is_the_title()
    {
        string text = RuleBook.Example("R-HDR-11");
        var t = Transcript.Parse(text);

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal(RuleText.Find(text, "The Last Ferry Captain Retires"), t.Header.TitleSpan);
        Assert.Empty(t.Header.Chrome);
        Assert.Null(t.Header.Summary);
    }

    [Fact]
    public void A_heading_the_page_repeats_is_the_title()
    {
        var t = RuleBook.Parse("R-HDR-12");

        Assert.Equal("Salt Marsh Restoration Brings Back the Herons", t.Header.Title);
        Assert.Equal(5, RuleBook.Example("R-HDR-12")[..t.Header.TitleSpan!.Value.Start].Count(c => c == '\n') + 1);
        Assert.Equal(
            ["Stories From the Northern Coast", "News > Environment > Salt Marsh Restoration Brings Back the Herons"],
            t.Header.Chrome.Select(c => c.Text));
    }

    [Fact]
    public void A_heading_next_to_the_date_line_is_the_title()
    {
        var t = RuleBook.Parse("R-HDR-13");

        Assert.Equal("Salt Marsh Restoration Brings Back the Herons", t.Header.Title);
        Assert.Equal(
            [
                (ChromeKind.Other, "Harbor Notes Weekly Edition"),
                (ChromeKind.Navigation, "Play Live Radio"),
                (ChromeKind.Navigation, "Listen"),
                (ChromeKind.AirDate, "June 2, 2019"),
            ],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void A_short_heading_in_capitals_is_not_the_title()
    {
        var t = RuleBook.Parse("R-HDR-14");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal("HARBOR HOUR", Assert.Single(t.Header.Chrome).Text);
    }

    [Fact]
    public void A_prefix_before_the_title_is_furniture()
    {
        string text = RuleBook.Example("R-HDR-15");
        var t = Transcript.Parse(text);

        Assert.Equal("The Harbor at Night", t.Header.Title);
        Assert.Equal(RuleText.Find(text, "The Harbor at Night"), t.Header.TitleSpan);
        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal((ChromeKind.Other, "WEBVTT -", 1), (chrome.Kind, chrome.Text, chrome.LineNumber));
    }

    [Fact]
    public void An_air_time_tag_after_the_title_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-16");

        Assert.Equal("Flood Crews Race the Rain", t.Header.Title);
        Assert.Equal(
            [
                (ChromeKind.Navigation, "Return to Transcripts main page"),
                (ChromeKind.Other, ". Aired 8-9p ET"),
                (ChromeKind.AirDate, "Aired March 3, 2022 - 20:00   ET"),
            ],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal("2022-03-03T20:00", t.Header.AirDate);
    }

    [Fact]
    public void A_title_with_a_colon_is_not_a_label()
    {
        var t = RuleBook.Parse("R-HDR-17");

        Assert.Equal("Gale Ostby: The Accidental Lighthouse Keeper", t.Header.Title);
        var turn = Assert.Single(t.Blocks);
        Assert.Equal("TOVE ARDEN, HOST", turn.Label);
        Assert.DoesNotContain(t.Speakers, s => s.Name == "Gale Ostby");
    }

    [Fact]
    public void A_title_shown_twice_is_not_a_label_used_twice()
    {
        string text = RuleBook.Example("R-HDR-18");
        var t = Transcript.Parse(text);

        Assert.Equal("Gale Ostby: The Accidental Lighthouse Keeper", t.Header.Title);
        Assert.Equal(new TextSpan(0, "Gale Ostby: The Accidental Lighthouse Keeper".Length), t.Header.TitleSpan);
        var copy = Assert.Single(t.Header.Chrome);
        Assert.Equal(("Gale Ostby: The Accidental Lighthouse Keeper", 3), (copy.Text, copy.LineNumber));
        Assert.Equal(["TOVE ARDEN, HOST"], t.Blocks.Select(b => b.Label));
    }

    [Fact]
    public void A_date_that_names_the_episode_is_the_title()
    {
        var t = RuleBook.Parse("R-HDR-19");

        Assert.Equal("18/05/2014", t.Header.Title);
        Assert.Null(t.Header.AirDate);
        Assert.Equal("18/05/2014 Harbor Hour", Assert.Single(t.Header.Chrome).Text);
    }

    [Fact]
    public void Front_matter_states_the_title()
    {
        var t = RuleBook.Parse("R-HDR-20");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal(
            [(ChromeKind.Navigation, "---"), (ChromeKind.Other, "layout: episode"), (ChromeKind.Other, "title: 231104)"), (ChromeKind.Navigation, "---")],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal(6, Assert.Single(t.Blocks).LineNumber);
    }

    [Fact]
    public void A_teaser_between_the_title_and_the_date_line_is_the_summary()
    {
        string text = RuleBook.Example("R-HDR-21");
        var t = Transcript.Parse(text);

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal("After forty years on the water, a captain hands over the wheel.", t.Header.Summary);
        Assert.Equal(RuleText.Find(text, "After forty years on the water, a captain hands over the wheel."), t.Header.SummarySpan);
        Assert.Equal(ChromeKind.AirDate, Assert.Single(t.Header.Chrome).Kind);
        Assert.Equal(BlockKind.Turn, Assert.Single(t.Blocks).Kind);
    }

    [Fact]
    public void A_paragraph_that_repeats_the_first_turn_is_not_the_body()
    {
        var t = RuleBook.Parse("R-HDR-22");

        Assert.Equal("Forty years on the water, and every one of them on the same route.", t.Header.Summary);
        var turn = Assert.Single(t.Blocks);
        Assert.Equal((BlockKind.Turn, 5), (turn.Kind, turn.LineNumber));

        // A teaser printed twice, then the article.
        const string Teaser = "Tove Arden talks to the last ferry captain at a Harbor Radio event.";
        var article = Transcript.Parse("The Last Ferry Captain Retires\n\n" + Teaser + "\n\n" + Teaser + "\n\nHarbor Radio held an event on Wednesday with the captain.\n\nTOVE ARDEN: Welcome.\n");
        Assert.Equal(Teaser, article.Header.Summary);
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], article.Blocks.Select(b => b.Kind));
        Assert.StartsWith("Harbor Radio held an event", article.Blocks[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_or_a_cue_starts_the_body()
    {
        var t = RuleBook.Parse("R-HDR-23");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal(["Captain Bo Lindqvist", "Retirement Party"], t.Header.Chrome.Select(c => c.Text));
        Assert.Equal(
            [(BlockKind.Annotation, 7), (BlockKind.Turn, 9)],
            t.Blocks.Select(b => (b.Kind, b.LineNumber)));
        Assert.Equal(AnnotationKind.Soundbite, t.Blocks[0].AnnotationKind);
    }

    [Fact]
    public void A_sentence_in_parentheses_is_furniture_not_a_cue()
    {
        var t = RuleBook.Parse("R-HDR-24");

        Assert.Equal(
            [("(This conversation has been edited for length and clarity.)", ChromeKind.Notice), ("(Weekends: (212) 555-0142)", ChromeKind.Other)],
            t.Header.Chrome.Select(c => (c.Text, c.Kind)));
        var turn = Assert.Single(t.Blocks);
        Assert.Equal((BlockKind.Turn, 7), (turn.Kind, turn.LineNumber));
    }

    [Fact]
    public void A_sentence_after_the_title_and_its_furniture_starts_the_body()
    {
        var t = RuleBook.Parse("R-HDR-25");

        Assert.Null(t.Header.Summary);
        Assert.Equal(ChromeKind.AirDate, Assert.Single(t.Header.Chrome).Kind);
        Assert.Equal(
            [(BlockKind.Narration, "Tove Arden hosts. The ferry leaves at noon.", (string?)null), (BlockKind.Turn, "Forty years on the water.", "s1")],
            t.Blocks.Select(b => (b.Kind, b.Text, b.SpeakerId)));
    }

    [Fact]
    public void A_copy_of_the_title_after_it_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-26");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal("After forty years on the water, a captain hands over the wheel.", t.Header.Summary);
        Assert.Equal("Harbor Radio - The Last Ferry Captain Retires", Assert.Single(t.Header.Chrome).Text);
        Assert.Equal(
            [(BlockKind.Narration, "Tove Arden hosts. The ferry leaves at noon."), (BlockKind.Turn, "Forty years on the water.")],
            t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_long_line_with_no_sentence_end_starts_the_body()
    {
        var t = RuleBook.Parse("R-HDR-27");

        Assert.Empty(t.Header.Chrome);
        Assert.Equal(
            [(BlockKind.Narration, "Captain Bo Lindqvist At The Wheel Of The Sound Runner On His Final Crossing"), (BlockKind.Turn, "Forty years on the water.")],
            t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_caption_wrapped_across_a_blank_line_is_a_sentence()
    {
        var t = RuleBook.Parse("R-HDR-28");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Empty(t.Header.Chrome);
        Assert.Equal(
            [
                (BlockKind.Narration, "A Final Crossing\n\nto the island, under a clear sky and with all hands on deck"),
                (BlockKind.Turn, "Forty years on the water."),
            ],
            t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Read_more_ends_the_first_story()
    {
        string text = RuleBook.Example("R-HDR-29");
        var t = Transcript.Parse(text);

        Assert.Null(t.Header.Summary);
        Assert.Equal(
            [(ChromeKind.AirDate, "June 2, 2019"), (ChromeKind.Navigation, "Read more"), (ChromeKind.Navigation, "Play Live Radio")],
            t.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal(
            [
                (BlockKind.Narration, "The captain's last crossing was calm, and the passengers clapped."),
                (BlockKind.Turn, "The wind is up."),
            ],
            t.Blocks.Select(b => (b.Kind, b.Text)));

        // Without the Read more line, the navigation line after the teaser makes it the summary.
        var single = Transcript.Parse(text.Replace("Read more\n\n", string.Empty, System.StringComparison.Ordinal));
        Assert.Equal("The captain's last crossing was calm, and the passengers clapped.", single.Header.Summary);
    }

    [Fact]
    public void Without_a_sentence_the_body_starts_at_the_next_heading()
    {
        var t = RuleBook.Parse("R-HDR-30");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Empty(t.Header.Chrome);
        Assert.Equal(
            [(BlockKind.Narration, "Ferry Log"), (BlockKind.Narration, "Retirement Party")],
            t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_mixed_case_label_that_recurs_starts_the_body()
    {
        var t = RuleBook.Parse("R-HDR-31");

        Assert.Null(t.Header.Title);
        Assert.Empty(t.Header.Chrome);
        Assert.Equal(["Ansel Frost", "Ivy Lund", "Ansel Frost"], t.Blocks.Select(b => b.Label));
        Assert.Equal(1, t.Blocks[0].LineNumber);
    }

    [Fact]
    public void A_notice_and_the_lines_that_wrap_it_are_furniture()
    {
        var t = RuleBook.Parse("R-HDR-32");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal(
            [
                "Copyright 2019 Harbor Radio, Inc. All materials herein are protected by",
                "United States copyright law, and they may not be",
                "reproduced without the permission of Harbor Radio.",
                "If this transcript has errors, please let us know.",
            ],
            t.Header.Chrome.Select(c => c.Text));
        Assert.Equal([(BlockKind.Turn, "Forty years on the water.")], t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_roster_of_speakers_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-33");

        Assert.Equal("Harbor Week", t.Header.Title);
        Assert.Equal(
            ["SPEAKERS: TOVE ARDEN, HARBOR RADIO HOST;", "Bo Lindqvist, ferry captain", "MAJA SOLBERG, HARBORMASTER"],
            t.Header.Chrome.Select(c => c.Text));
        Assert.Equal([(BlockKind.Turn, "TOVE ARDEN, HARBOR RADIO HOST")], t.Blocks.Select(b => (b.Kind, b.Label)));
        Assert.Single(t.Speakers);
    }

    [Fact]
    public void A_line_with_a_telephone_number_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-34");

        Assert.Equal("Harbor Week", t.Header.Title);
        Assert.Equal(ChromeKind.Other, Assert.Single(t.Header.Chrome).Kind);
        Assert.Equal([(BlockKind.Turn, "Good morning.")], t.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Furniture_glued_to_the_first_line_of_the_transcript()
    {
        string text = RuleBook.Example("R-HDR-35");
        var t = Transcript.Parse(text);

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        var chrome = Assert.Single(t.Header.Chrome);
        Assert.Equal(RuleText.Find(text, "Learn Moreabout PBS online sponsorship"), chrome.Span);
        var turn = Assert.Single(t.Blocks);
        Assert.Equal(("TOVE ARDEN", "Forty years on the water."), (turn.Label, turn.Text));
        Assert.Equal(RuleText.Find(text, "TOVE ARDEN: Forty years on the water."), turn.Span);

        // The captioning notice glued to the first caption.
        const string Caption = "Plenty of sun on the coast today, with a cold night ahead and frost in the high valleys.";
        var captions = Transcript.Parse("Harbor News -\n\n(generated from captions) " + Caption + "\n\nThat is all for tonight.\n");
        Assert.Equal([(ChromeKind.Other, "Harbor News -"), (ChromeKind.Notice, "(generated from captions)")], captions.Header.Chrome.Select(c => (c.Kind, c.Text)));
        Assert.Equal(Caption, captions.Blocks[0].Text);

        // A short line after it is the notice whole.
        var whole = Transcript.Parse("Harbor News -\n\n(generated from captions) This Program is Captioned\n\n" + Caption + "\n");
        Assert.Equal("(generated from captions) This Program is Captioned", whole.Header.Chrome[^1].Text);
        Assert.Equal(Caption, whole.Blocks[0].Text);
    }

    [Fact]
    public void A_teaser_just_before_the_first_turn_is_the_summary()
    {
        var t = RuleBook.Parse("R-HDR-36");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Equal(
            "Captain Bo Lindqvist steers the Sound Runner for the last time after forty years,\nand the harbor turns out to see him off.",
            t.Header.Summary);
        Assert.Equal([(BlockKind.Turn, "TOVE ARDEN, HOST")], t.Blocks.Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void A_paragraph_that_introduces_the_first_speaker_is_the_body()
    {
        var t = RuleBook.Parse("R-HDR-37");

        Assert.Null(t.Header.Summary);
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.StartsWith("After forty years", t.Blocks[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_lines_between_captions_do_not_end_the_header()
    {
        var t = RuleBook.Parse("R-HDR-38");

        Assert.StartsWith("and the ferry was late again", t.Blocks[0].Text, System.StringComparison.Ordinal);
        Assert.Equal(["host", "guest"], t.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));
    }

    [Fact]
    public void A_short_first_line_over_a_long_paragraph_is_the_title()
    {
        var t = RuleBook.Parse("R-HDR-39");

        Assert.Equal("Harbor Hour: June 2, 2019", t.Header.Title);
        Assert.StartsWith("The ferry schedule is cut again", t.Header.Summary, System.StringComparison.Ordinal);
        Assert.Equal([(BlockKind.Turn, "TOVE ARDEN, HOST")], t.Blocks.Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void A_video_pages_episode_line_is_furniture()
    {
        var t = RuleBook.Parse("R-HDR-40");

        Assert.Equal("Mara Quist", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text.StartsWith("Season 3 Episode 7", System.StringComparison.Ordinal));
        Assert.Equal([(BlockKind.Turn, "TOVE ARDEN, HOST")], t.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void An_episode_number_is_not_a_station()
    {
        var t = RuleBook.Parse("R-HDR-56");

        Assert.Null(t.Header.Station);
        Assert.Equal("Harbor Hour: Tides and Tolls", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Episode 1045" && c.Kind == ChromeKind.Other);
        Assert.Equal(["TOVE ARDEN", "IVO STRAND"], t.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));
    }

    [Fact]
    public void A_teaser_over_a_bare_transcript_heading_is_the_summary()
    {
        var t = RuleBook.Parse("R-HDR-57");

        Assert.Equal("Interview: Ferry Captain Ivo Strand", t.Header.Title);
        Assert.Equal("His first ferry ran aground in a fog, and forty years later he was named captain of the year. (Rebroadcast from December 2007)", t.Header.Summary);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Transcript" && c.Kind == ChromeKind.Navigation);
        Assert.Equal(
            [(BlockKind.Turn, "TOVE ARDEN, HOST"), (BlockKind.Turn, "IVO STRAND")],
            t.Blocks.Select(b => (b.Kind, b.Label)));
    }

    [Fact]
    public void A_photo_credit_in_parentheses_is_a_notice()
    {
        var t = RuleBook.Parse("R-HDR-58");

        Assert.Equal("Previewing the Harbor Hearings", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text == "( Ada Lind / AP Photo )" && c.Kind == ChromeKind.Notice);
        Assert.DoesNotContain(t.Blocks, b => b.Kind == BlockKind.Annotation);
        Assert.Equal(ChromeKind.Notice, ChromeScanner.Classify("(Bo Strand/Getty Images)"));
        Assert.NotEqual(ChromeKind.Notice, ChromeScanner.Classify("(HARBOR HOUR / PART TWO)"));
    }

    [Fact]
    public void A_teaser_then_a_cue_then_the_first_turn()
    {
        var t = RuleBook.Parse("R-HDR-59");

        Assert.Equal("Previewing the Harbor Hearings", t.Header.Title);
        Assert.StartsWith("The harbor commission will present", t.Header.Summary, System.StringComparison.Ordinal);
        Assert.Equal([BlockKind.Annotation, BlockKind.Turn, BlockKind.Turn, BlockKind.Turn], t.Blocks.Select(b => b.Kind));

        // A paragraph that opens with a label is speech, not a teaser, whatever follows it.
        var spoken = Transcript.Parse("Previewing the Harbor Hearings\n\nTOVE ARDEN, HOST: The\ncommission will present its findings in public hearings over the next month, starting Thursday.\n[music]\nIVO STRAND: Good morning.");
        Assert.Null(spoken.Header.Summary);
        Assert.Contains("commission will present", spoken.Blocks[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_heading_in_capitals_is_not_the_summary()
    {
        var t = RuleBook.Parse("R-HDR-60");

        Assert.Equal("Full Text Harbor Transcripts: The Mayor's Remarks on the Harbor Bridge", t.Header.Title);
        Assert.Null(t.Header.Summary);
        Assert.Contains(t.Header.Chrome, c => c.Text == "HARBOR ADMINISTRATION & 12TH COUNCIL:");
        Assert.Equal("THE MAYOR", Assert.Single(t.Blocks).Label);
    }

    [Fact]
    public void A_teaser_then_the_hosts_unlabelled_opening_then_the_first_turn()
    {
        var t = RuleBook.Parse("R-HDR-41");

        Assert.Equal("Letters From The Harbor", t.Header.Title);
        Assert.StartsWith("Guest host Tove Arden and editor Ivo Strand open the mailbag.", t.Header.Summary, System.StringComparison.Ordinal);
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.StartsWith("And now it's time for the mailbag.", t.Blocks[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_wrapped_across_blank_lines_are_not_a_heading_or_a_notice()
    {
        var t = RuleBook.Parse("R-HDR-42");

        Assert.Null(t.Header.Title);
        Assert.StartsWith("Tonight the ferry", t.Blocks[0].Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(t.Header.Chrome, c => c.Text.StartsWith("Tonight", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_stations_masthead_above_its_live_player_is_not_the_title()
    {
        var t = RuleBook.Parse("R-HDR-43");

        Assert.Equal("The Last Ferry Captain Retires", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Stream: News Music Classical" && c.Kind == ChromeKind.Navigation);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Harbor Public Media for the Sound");
    }

    [Fact]
    public void A_cut_off_last_line_after_paragraphs_of_text_is_not_the_title()
    {
        var t = RuleBook.Parse("R-HDR-44");

        Assert.Equal("Harbor Notes", t.Header.Title);
        Assert.Equal([BlockKind.Narration, BlockKind.Narration, BlockKind.Narration], t.Blocks.Select(b => b.Kind));
        Assert.StartsWith("You wrote that the ferry was late again.", t.Blocks[2].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_names_with_no_heading_is_the_programs_roster()
    {
        var t = RuleBook.Parse("R-HDR-45");

        Assert.Contains(t.Header.Chrome, c => c.Text.StartsWith("Mayor Ada Lind,", System.StringComparison.Ordinal));
        Assert.Equal([BlockKind.Annotation, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_fair_use_disclaimer_is_a_notice()
    {
        var t = RuleBook.Parse("R-HDR-46");

        Assert.Equal("Harbor Council Votes On Ferry Budget", t.Header.Title);
        var disclaimer = Assert.Single(t.Header.Chrome, c => c.Text.StartsWith("Under Title 17", System.StringComparison.Ordinal));
        Assert.Equal(ChromeKind.Notice, disclaimer.Kind);
        Assert.Equal([BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.Equal("Speaker 1", t.Blocks[0].Label);
    }

    [Fact]
    public void A_first_line_in_capitals_over_mixed_case_is_the_title()
    {
        var t = RuleBook.Parse("R-HDR-47");

        Assert.Equal("BRIEFING BY THE HARBOR AUTHORITY ON THE WINTER FERRY SCHEDULE", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Harbor Hall Press Room");
        Assert.Equal("MS. LIND", Assert.Single(t.Blocks).Label);
    }

    [Fact]
    public void An_episode_number_and_name_is_a_heading_and_a_prologue_is_not()
    {
        var t = RuleBook.Parse("R-HDR-48");

        Assert.Equal("12: 12!", t.Header.Title);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Prologue");
        Assert.Equal(["Ada Lind", "Bo Strand", "Ada Lind"], t.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));

        // Without the episode's line, the part's heading is still not the title.
        var untitled = Transcript.Parse(RuleBook.Example("R-HDR-48").Replace("12: 12!\n\n", "", System.StringComparison.Ordinal));
        Assert.Null(untitled.Header.Title);
        Assert.Contains(untitled.Header.Chrome, c => c.Text == "Prologue");

        // An act's heading is furniture as the prologue's is.
        var act = Transcript.Parse(RuleBook.Example("R-HDR-48").Replace("Prologue", "Act One. The Harbor at Dawn", System.StringComparison.Ordinal));
        Assert.Contains(act.Header.Chrome, c => c.Text == "Act One. The Harbor at Dawn" && c.Kind == ChromeKind.Navigation);
        Assert.Equal("Ada Lind", act.Blocks[0].Label);
    }

    [Fact]
    public void A_printed_hearing_record_has_stamps_a_title_and_front_matter()
    {
        var t = RuleBook.Parse("R-HDR-49");

        Assert.Equal("FERRY FUNDING FOR THE HARBOR DISTRICT", t.Header.Title);
        Assert.Equal("[House Hearing, 118 Congress]", t.Header.Chrome[0].Text);
        Assert.Contains(t.Header.Chrome, c => c.Text == "Ada Lind, Maine, Chairwoman");
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.StartsWith("The committee met, pursuant to call", t.Blocks[0].Text, System.StringComparison.Ordinal);
        Assert.Equal("Mrs. Lind", t.Blocks[1].Label);

        // Run together on one line, the title ends at the rule and the proceedings start mid-line.
        var oneLine = Transcript.Parse(string.Join(' ', RuleBook.Example("R-HDR-49").Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)));
        Assert.Equal("FERRY FUNDING FOR THE HARBOR DISTRICT", oneLine.Header.Title);
        Assert.StartsWith("The committee met, pursuant to call", Assert.Single(oneLine.Blocks).Text, System.StringComparison.Ordinal);

        // Cut off in its front matter, the record is all header.
        var cut = Transcript.Parse(RuleBook.Example("R-HDR-49")[..RuleBook.Example("R-HDR-49").IndexOf("The committee met", System.StringComparison.Ordinal)]);
        Assert.Equal("FERRY FUNDING FOR THE HARBOR DISTRICT", cut.Header.Title);
        Assert.Empty(cut.Blocks);
    }

    [Fact]
    public void After_a_notice_a_description_of_the_program_is_the_summary()
    {
        var t = RuleBook.Parse("R-HDR-50");

        Assert.StartsWith("In the interview, Lind discusses", t.Header.Summary, System.StringComparison.Ordinal);
        Assert.Equal("TOVE", Assert.Single(t.Blocks).Label);

        // Without the description's opening, the paragraph after the notice is the host's unlabelled opening.
        var opening = Transcript.Parse(RuleBook.Example("R-HDR-50").Replace("In the interview, Lind", "Lind", System.StringComparison.Ordinal));
        Assert.Null(opening.Header.Summary);
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], opening.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Without_a_title_the_transcript_starts_under_a_bare_transcript_heading()
    {
        var t = RuleBook.Parse("R-HDR-51");

        Assert.Null(t.Header.Title);
        Assert.Equal(
            [(ChromeKind.Navigation, 1), (ChromeKind.Other, 3), (ChromeKind.Navigation, 5)],
            t.Header.Chrome.Select(c => (c.Kind, c.LineNumber)));
        Assert.Equal("TOVE ARDEN, HOST", Assert.Single(t.Blocks).Label);

        // Under a title two paragraphs are the story's article, and the body starts there (one alone is its teaser, R-HDR-57).
        var titled = Transcript.Parse("The Last Ferry Captain Retires\n\n" + RuleBook.Example("R-HDR-51").Replace(
            "\n\nTranscript", "\n\nThe harbor turned out to see the captain take the wheel for the last time on Friday.\n\nTranscript", System.StringComparison.Ordinal));
        Assert.Equal("The Last Ferry Captain Retires", titled.Header.Title);
        Assert.Null(titled.Header.Summary);
        Assert.Equal([BlockKind.Narration, BlockKind.Narration, BlockKind.Narration, BlockKind.Turn], titled.Blocks.Select(b => b.Kind));
        Assert.StartsWith("Every weekday morning", titled.Blocks[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_guests_with_what_they_do_is_the_programs_roster()
    {
        var t = RuleBook.Parse("R-HDR-52");

        Assert.Equal("The Ferry Budget Vote", t.Header.Title);
        Assert.StartsWith("The ferry budget is up for a vote", t.Header.Summary, System.StringComparison.Ordinal);
        Assert.Equal(["Ada Lind, mayor of Port Ellis", "Bo Strand, ferry captain, Harbor Line"], t.Header.Chrome.Select(c => c.Text));
        Assert.Equal([BlockKind.Narration, BlockKind.Turn], t.Blocks.Select(b => b.Kind));
        Assert.StartsWith("I'm Tove Arden", t.Blocks[0].Text, System.StringComparison.Ordinal);

        // One guest's line alone is not a roster: it is body, as the sentence before it is.
        var single = Transcript.Parse(RuleBook.Example("R-HDR-52").Replace("Bo Strand, ferry captain, Harbor Line\n", "", System.StringComparison.Ordinal));
        Assert.Empty(single.Header.Chrome);
        Assert.Null(single.Header.Summary);
        Assert.Equal(["The ferry budget", "Ada Lind, mayor ", "I'm Tove Arden, ", "Good morning, Ma"], single.Blocks.Select(b => b.Text[..16]));
    }

    [Fact]
    public void A_mixed_case_label_with_only_a_time_stamp_after_its_colon_starts_the_body()
    {
        var t = RuleBook.Parse("R-HDR-53");

        Assert.Equal("Workshop Hearing on the Harbor Bridge", t.Header.Title);
        Assert.Empty(t.Header.Chrome);
        Assert.Equal(["Ansel Frost", "Ivy Lund"], t.Blocks.Select(b => b.Label));
        Assert.Equal(3, t.Blocks[0].LineNumber);

        // Words after the colon make it a title's shape again: without a return, it is no label.
        var titled = Transcript.Parse(RuleBook.Example("R-HDR-53").Replace("Ansel Frost: (06:07)", "Ansel Frost: The Bridge Years", System.StringComparison.Ordinal));
        Assert.Equal(["Ivy Lund"], titled.Blocks.Where(b => b.Kind == BlockKind.Turn).Select(b => b.Label));
    }

    [Fact]
    public void A_hearing_record_printed_without_its_stamps()
    {
        string text = RuleBook.Example("R-HDR-54");
        var t = Transcript.Parse(text);

        Assert.Equal("HEARING ON FERRY FUNDING\n\nFOR THE HARBOR DISTRICT", t.Header.Title);
        Assert.Equal(["Page 1 of 193", "HEARING", "BEFORE THE", "COMMITTEE ON HARBOR WORKS", "Printed for the use of the Committee", "COMMITTEE ON HARBOR WORKS,", "Washington, DC."],
            t.Header.Chrome.Select(c => c.Text));
        Assert.StartsWith("The committee met, pursuant to call", t.Blocks[0].Text, System.StringComparison.Ordinal);
        Assert.Equal("Mrs. Lind", t.Blocks[^1].Label);

        // "HEARING" with no "BEFORE THE" under it is a heading like any other.
        var plain = Transcript.Parse(text.Replace("BEFORE THE\n", "", System.StringComparison.Ordinal));
        Assert.NotEqual("HEARING ON FERRY FUNDING\n\nFOR THE HARBOR DISTRICT", plain.Header.Title);
    }

    [Fact]
    public void A_heading_right_over_lines_of_dialogue_stands_alone()
    {
        var t = RuleBook.Parse("R-HDR-55");

        Assert.Equal("The Winter Ferry Schedule", t.Header.Title);
        Assert.Empty(t.Header.Chrome);
        Assert.Equal(["Announcer", "Ada", "Tove", "Ada", "Tove"], t.Blocks.Select(b => b.Label));

        // Over one such line and then prose, the heading does not stand alone.
        var single = Transcript.Parse("The Winter Ferry Schedule\nAnnouncer: From Harbor Radio, this is Harbor Hour.\nThe ferries will run late all week.\n");
        Assert.Null(single.Header.Title);
    }
}
