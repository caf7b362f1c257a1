using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace TranscriptParsing.Reading;

/// <summary>Recognises lines of page furniture: station lines, player controls, program, date and notice lines.</summary>
internal static class ChromeScanner
{
    /// <summary>Whole lines of site navigation and player controls (compared ignoring case, after list bullets).</summary>
    private static readonly PhraseTable NavigationLines = new(
    [
        "Play Live Radio", "Next Up:", "Available On Air Stations", "Return to Transcripts main page", "NPR logo",
        "Download", "Transcript", "Transcripts", "Embed", "Listen", "Share", "Close", "Skip to main content", "Advanced Search",
        "Watch CBS News", "Advertisement", "Similar Content", "Pages", "Transcribe Your Own Content", "Hungry For More?",
        "Share this post", "LinkedIn", "Facebook", "Email", "Reddit logo", "Reddit", "X logo", "Pinterest", "Twitter",
        "Toggle more options", "Listen Live", "Donate", "Menu", "Search", "Home", "Sections", "More", "Print", "Comments",
        "Show more", "Show less", "Read more", "Links", "Episode Transcript", "Full Transcript", "Printer-Friendly",
        "WATCH LIVE", "Guest User", "a guest", "Never", "Sign Up", "Log In", "Login", "Subscribe", "Newsletter", "×",
        "Facebook Twitter Email", "Loading...", "Audio", "Video", "Photos", "Related", "Tweet", "Copy link",
        "Updated", "LineFromTo", "Media Options", "Watch Full Show", "Related Story", "powered by Yahoo!",
        "Thank You for Subscribing!", "Become a Member", "About this Guest", "Copyright Disclaimer", "Hide -", "Buy Now",
        "Placeholder Image", "Request Podcast", "ON TV", "TRANSCRIPTS", "Skip navigation", "Video file", "COPY",
        "HTML EMBED:", "Download Subtitles", "Card image cap", "Main", "Listen Now", "Play", "Pause", "Episode Notes",
        "WEBVTT", "Show Notes", "Read More", "See All", "Back to top", "Top", "Next", "Previous", "Archive", "Transcript Included", "Transcript:",
        "BBC Home", "Explore the BBC", "Prologue", "Epilogue",
    ]);

    /// <summary>Line openings of site navigation, player controls and embeds.</summary>
    private static readonly string[] NavigationOpeners =
    [
        "<iframe", "<", "Listen to this", "Listen ·", "Download ", "View in ", "Browse ", "Try Rev", "Click on here",
        "Click here", "Share on", "Sign up", "Subscribe to", "Connect with", "Listen or watch", "Not a member", "text ",
        "Hosted by", "Hosted By", "Local Host", "Composer ID", "Genre:", "Stream:", "Follow ", "More from", "Related:",
        "NEWYou can now listen", "You can now listen", "You can watch the full", "You can listen to the full", "IE 11 is not supported", "Read the transcript", "The Web ", "powered by",
        "Create a free", "Become a ", "or sign in", "Providing Support for", "Learn More", "Support for ", "Problems playing video",
        "Browse content", "Showing posts", "Email the show", "Find more", "Always free", "Discussion (", "Watch the full",
        "Listen to the full", "Download the", "Share this", "Sign in", "Log in to", "Skip to", "Visit ", "Donate", "Launch console", "Closed Captions", "Transcription of ",
        "Subtitles section", "SCROLL DOWN", "Scroll down", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Act Six",
        "Act Seven", "Act Eight", "Act Nine", "Act Ten",
    ];

    /// <summary>Line openings of notices about the transcript itself.</summary>
    private static readonly string[] NoticeOpeners =
    [
        "THIS IS A RUSH TRANSCRIPT", "Copyright", "©", "Note:", "NOTE:", "Disclaimer:", "DISCLAIMER:", "Editor's note",
        "Editor’s note", "EDITOR'S NOTE", "(generated from captions)", "Transcripts are generated", "Below is the rush transcript",
        "This is a rush transcript", "This transcript", "The following is", "Following is", "All references must",
        "PLEASE CREDIT", "Please credit", "[POST-BROADCAST", "[POST-PUBLICATION", ": [", "[EDITOR'S NOTE", "[Editor's note", "Corrected:", "Correction:", "Update:", "Updated:",
        "This is a rush transcript", "THIS IS A RUSH", "Produced by", "Edited by", "Written by", "Reported by", "Photo by",
        "Credit", "Courtesy", "( AP Photo", "(AP Photo", "(Photo", "(Below is", "Transcript provided", "Rush transcript", "Major corporate funding", "Corporate funding",
        "Transcript of the ", "Below is the", "The following transcript", "Major funding", "Funding for", "Additional funding",
        "Additional support", "Support for",
    ];

    /// <summary>
    /// Furniture that some pages glue to the first line of the transcript with no line break between them
    /// ("Learn Moreabout PBS online sponsorshipJUDY WOODRUFF: Good evening."); compared as written.
    /// </summary>
    private static readonly string[] GluedOpeners = [GluedOpening + "about PBS online sponsorship", GluedOpening + " about PBS online sponsorship"];

    /// <summary>How every one of <see cref="GluedOpeners"/> opens: a line that opens otherwise has no glued furniture.</summary>
    private const string GluedOpening = "Learn More";

    /// <summary>
    /// The captioning notice that caption pages put before the captions, on a line of its own ("(generated from
    /// captions) This Program is Captioned") or glued to the first caption; compared ignoring case.
    /// </summary>
    private const string CaptionsNotice = "(generated from captions)";

    /// <summary>The fewest words of a caption after <see cref="CaptionsNotice"/> on its line for the notice to be glued furniture.</summary>
    private const int MinGluedCaptionWords = 12;

    /// <summary>Words in a sentence of the header that make it a notice about the transcript or its rights (compared ignoring case).</summary>
    private static readonly string[] NoticeWords = ["this transcript", "all rights reserved", "copyright law", "may not be reproduced", "prior written permission", "\"fair use\"", "copyright statute"];

#if NET9_0_OR_GREATER
    /// <summary>The notice words searched for together, in one pass over the line.</summary>
    private static readonly SearchValues<string> NoticeWordSearch = SearchValues.Create(NoticeWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A part of each notice word that opens with letters English text seldom holds together ("nscript" of "this
    /// transcript", "yright" of "copyright law"). The search for the whole words tries many places in ordinary sentences
    /// (their openings "thi", "all", "may" are common); a search for these parts tries few, and a line that holds none
    /// of them holds no notice word.
    /// </summary>
    private static readonly SearchValues<string> NoticeWordParts = SearchValues.Create(["nscript", "hts r", "yright", "eproduc", "rmission", "fair use"], StringComparison.OrdinalIgnoreCase);
#endif

#if NET9_0_OR_GREATER
    /// <summary>
    /// "rush transcript" as a vectorised search, ignoring case. It finds every place <see cref="CaseInsensitive"/> does
    /// (and a few more, where chars outside ASCII fold to ASCII letters), so where it finds none there is none.
    /// </summary>
    private static readonly SearchValues<string> RushTranscriptSearch = SearchValues.Create(["rush transcript"], StringComparison.OrdinalIgnoreCase);
#endif

    /// <summary>The chars that <see cref="IsMenu"/> ('|'), <see cref="IsField"/> (':') and <see cref="IsListOfNames"/> (',') need, and the bar after a date.</summary>
    private static readonly SearchValues<char> MenuFieldAndListMarks = SearchValues.Create("|:,");

    /// <summary>
    /// The ASCII letters that open a word of a schedule (a day, "from", "am", "ET"...), as bits from 'A': a word that
    /// opens with another ASCII letter is no such word.
    /// </summary>
    private static readonly ulong ScheduleWordFirstLetters = LetterBits("WwMTFSftamenApPEC");

    /// <summary>Line openings that name the program ("Show: FRESH AIR").</summary>
    private static readonly string[] ProgramOpeners = ["Show:", "SHOW:", "Program:", "PROGRAM:", "Series:", "Podcast:"];

    /// <summary>Line openings that give the air date ("Aired December 18, 1998 - 12:00 ET", "Date: ...").</summary>
    private static readonly string[] DateOpeners =
    [
        "Aired ", "AIRED ", "Date:", "DATE:", "Air Date:", "Air date:", "Originally aired", "Original Air Date", "Episode Date:",
        "Broadcast:", "Posted ", "Published ", "Updated ", "Time:", "TIME:", "When:", "WHEN:", "Originally published",
        "Program Air Date", "VTR Date", "Last Updated", "Recorded ", "Air date", "Date ", "date ",
    ];

    /// <summary>
    /// The line openings of navigation, notices, programs and dates, looked up together: a line is looked up once, not
    /// once for each kind. Each kind answers in its bit (<see cref="NavigationOpener"/> and the others).
    /// </summary>
    private static readonly PhraseTable Openers = PhraseTable.Grouped(NavigationOpeners, NoticeOpeners, ProgramOpeners, DateOpeners);

    private const int NavigationOpener = 1, NoticeOpener = 2, ProgramOpener = 4, DateOpener = 8;

    /// <summary>Keys of "Key: value" page fields ("Guests: ...", "Sect: News", "VTR: 5/4/1993"); the line is furniture.</summary>
    private static readonly PhraseTable FieldKeys = new(
    [
        "guest", "guests", "host", "hosts", "tran", "type", "head", "sect", "vtr", "isbn", "tags", "citation", "music", "reporter",
        "reporters", "speakers", "moderator", "correspondent", "producer", "producers", "sales", "tel", "phone", "fax",
        "transcript/programming", "genre", "high", "spec", "source", "summary", "when", "where", "also", "this episode",
        "present", "also present", "staff present", "photo", "caption", "location", "length", "format", "title", "date",
        "show", "time", "author", "authors", "byline", "category", "categories", "keywords", "topics", "filed under",
        "public files", "now hiring", "available on the internet", "internet", "mail", "email", "contact", "air date",
        "broadcast", "program", "series", "segment", "subject", "note", "notes", "disclaimer", "credits", "credit",
        "featuring", "with", "panelists", "participants", "presenter", "presenters", "anchor", "anchors", "editor",
        "editors", "executive producer", "director", "episode", "season", "part", "url", "link", "links", "website",
    ]);

    /// <summary>Names of networks and sites; a short line that starts with one is a site or section name. None holds a period.</summary>
    private static readonly string[] Networks =
    [
        "NPR", "CNN", "CNBC", "PBS", "ABC", "CBS", "NBC", "BBC", "Fox", "FOX", "MSNBC", "C-SPAN", "CSPAN", "WNYC", "Sky", "CBC",
        "Reuters", "AP", "Bloomberg",
    ];

    /// <summary>The first chars of <see cref="Networks"/>: a word that starts with none of them names no network.</summary>
    private static readonly SearchValues<char> NetworkFirstChars = SearchValues.Create(FirstChars(Networks));

    /// <summary>The lengths of <see cref="Networks"/>, as bits: a word of another length names no network.</summary>
    private static readonly ulong NetworkLengths = LengthBits(Networks);

    /// <summary>Program names of the broadcasters in this table stand on a line of their own in page headers.</summary>
    private static readonly PhraseTable ProgramNames = new(
    [
        "Morning Edition", "All Things Considered", "Weekend Edition", "Weekend Edition Saturday", "Weekend Edition Sunday",
        "Fresh Air", "Talk of the Nation", "Here & Now", "Here and Now", "Day to Day", "News & Notes", "Tell Me More",
        "The Diane Rehm Show", "Wait Wait... Don't Tell Me!", "Ask Me Another", "1A", "Latino USA", "Marketplace",
        "On Point", "The Takeaway", "Planet Money", "Up First", "Embedded", "Code Switch", "Hidden Brain", "Science Friday",
        "American Morning", "CNN Newsroom", "Anderson Cooper 360", "Anderson Cooper 360 Degrees", "The Situation Room",
        "State of the Union", "Fareed Zakaria GPS", "Reliable Sources", "Larry King Live", "CNN Larry King Live",
        "CNN Larry King Weekend", "Live From...", "CNN Crossfire", "Connect the World", "Erin Burnett OutFront",
        "Inside Politics", "New Day", "Early Start", "CNN Sunday Morning", "CNN Saturday Morning", "Lou Dobbs Tonight",
        "Amanpour", "The Lead with Jake Tapper", "PBS NewsHour", "NewsHour", "Washington Week", "Frontline",
        "Face the Nation", "Meet the Press", "This Week", "Fox News Sunday", "Hannity", "Tucker Carlson Tonight",
        "Special Report", "The Five", "Squawk Box", "Democracy Now!", "The Andrew Marr Show", "As It Happens",
    ]);

    private static readonly PhraseTable Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]);

    private static readonly PhraseTable Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    /// <summary>The longest line read as furniture between two stories (<see cref="IsBetweenStories"/>).</summary>
    internal const int MaxLineBetweenStories = 120;

    /// <summary>
    /// Whether the trimmed <paramref name="line"/> ends the excerpt of a story on a page of several ("Read more",
    /// "Continue reading"): what follows it, up to the next story's transcript, is that story's furniture.
    /// </summary>
    /// <remarks>Every header line is asked: the test of its length is inlined into the caller.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsStoryEnd(ReadOnlySpan<char> line) => line.Length is 9 or 16 && IsStoryEndPhrase(line);

    private static bool IsStoryEndPhrase(ReadOnlySpan<char> line) =>
        line.Equals("Read more", StringComparison.OrdinalIgnoreCase) || line.Equals("Continue reading", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the trimmed <paramref name="line"/>, found right after the end of a story's excerpt
    /// (<see cref="IsStoryEnd"/>), reads as the next story's furniture: a section, a time, a date, its title, an
    /// "Originally published" line, a "Transcript" heading. Such lines are short and end no sentence; a cue, a bullet
    /// or a line that ends with a sentence's mark (the next story's teaser, say), within quotes or not, is not furniture.
    /// </summary>
    internal static bool IsBetweenStories(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLineBetweenStories || line[0] is '(' or '[' or '\u2022')
        {
            return false;
        }

        // A title may end with a quoted phrase ("Obama Asks Young Voters 'To Believe'"); a sentence ends inside its quote.
        var unquoted = line.TrimEnd("\"'\u201D\u2019");
        return !unquoted.IsEmpty && unquoted[^1] is not ('.' or '?' or '!' or ':' or ';' or ',' or '\u2026');
    }

    /// <summary>Classifies one trimmed line; <see cref="ChromeKind.None"/> when it is not recognisably furniture.</summary>
    public static ChromeKind Classify(ReadOnlySpan<char> line)
    {
        line = TrimBullets(line);
        if (line.IsEmpty)
        {
            return ChromeKind.Navigation;
        }

        // Timings, clocks, numbers, schedules, phone numbers, episode numbers and frequencies all hold an ASCII digit:
        // one vectorised search spares a line without digits (titles, sentences) all of those tests.
        bool digits = line.ContainsAny(StructuralChars.AsciiDigits);

        // Most tests below can hold only for lines of some first char, last char or length: those facts are weighed
        // here, before the call, so a line of another shape makes no call for the test.
        char first = line[0], last = line[^1];
        int length = line.Length;
        bool opensWithLetter = char.IsAsciiLetter(first);
        if (digits && !opensWithLetter && IsTimingMarks(line))
        {
            // Subtitle timings between caption lines are furniture of the body, not a page control.
            return ChromeKind.Other;
        }

        // Menus and the bar after a date need a '|', fields a ':', lists of names a ',': one vectorised search spares a
        // line with none of them (most titles, station lines) those four searches.
        bool marks = line.ContainsAny(MenuFieldAndListMarks);
        int openers = Openers.PrefixGroups(line);
        if ((IsRuleMark(first) && IsRule(line)) || EqualsAny(line, NavigationLines) || (digits && MayOpenTimes(first) && IsOnlyTimes(line, timingMarks: false))
            || (openers & NavigationOpener) != 0 || (marks && IsMenu(line)) || (digits && !opensWithLetter && IsNumber(line)))
        {
            return ChromeKind.Navigation;
        }

        if ((openers & NoticeOpener) != 0 || HasRushTranscript(line) || (first == '(' && (IsSentenceInParentheses(line) || IsPhotoCredit(line))))
        {
            return ChromeKind.Notice;
        }

        if ((openers & ProgramOpener) != 0 || EqualsAny(line, ProgramNames))
        {
            return ChromeKind.Program;
        }

        // Only a date line stands before the bar here, and no date line is longer than 60 chars: the search for the bar
        // need not walk a long line.
        int bar = marks ? line[..Math.Min(length, MaxDateLine + 3)].IndexOf(" | ", StringComparison.Ordinal) : -1;
        if ((openers & DateOpener) != 0 || (length <= MaxDateLine && IsDateLine(line)) || (bar > 0 && IsDateLine(line[..bar])))
        {
            return ChromeKind.AirDate;
        }

        if ((marks && IsField(line)) || (MayBeSiteName(first, last) && IsSiteName(line)) || IsCredit(line)
            || (digits && ((length <= MaxScheduleLine && IsSchedule(line)) || (length <= MaxPhoneNumberLine && HasPhoneNumber(line)) || (first is 'S' or 'E' && IsEpisodeNumbering(line))))
            || (marks && length <= MaxListOfNames && last is not ('.' or '?' or '!') && IsListOfNames(line)))
        {
            return ChromeKind.Other;
        }

        if (length <= MaxDomain && IsDomain(line))
        {
            return ChromeKind.Url;
        }

        if ((first | 0x20) is 'h' or 'w' && (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return ChromeKind.Url;
        }

        if (first == 'B' && (line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("BY ", StringComparison.Ordinal)) && length < 80)
        {
            return ChromeKind.Byline;
        }

        if (digits && ((MayEndFrequency(last) && StationNameLength(line) > 0) || (length <= MaxStationMarksLine && HasStationMarks(line))))
        {
            return ChromeKind.Station;
        }

        return ChromeKind.None;
    }

    /// <summary>
    /// The length of page furniture glued to the start of <paramref name="line"/> with the transcript after it, or 0.
    /// The furniture also takes the dash that some caption pages put before the first caption ("sponsorship- [Announcer]").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GluedFurnitureLength(ReadOnlySpan<char> line)
    {
        // Every header line is asked: the test of the opening all the openers share is inlined into the caller, so a
        // line that merely starts with its first char ("Local NPR ...", "LIDIA HAVERKAMP:") makes no call.
        if (line.Length <= GluedOpening.Length)
        {
            return 0;
        }

        if (line[0] == GluedOpening[0])
        {
            return line.StartsWith(GluedOpening, StringComparison.Ordinal) ? GluedFurnitureLengthSlow(line) : 0;
        }

        return line[0] == '(' && line.StartsWith(CaptionsNotice, StringComparison.OrdinalIgnoreCase) ? GluedCaptionsNoticeLength(line) : 0;
    }

    /// <summary>
    /// The length of the captioning notice that opens <paramref name="line"/> when a caption of a dozen words or more
    /// follows it on the line ("(generated from captions) Plenty of sun locally, ..."), or 0: a short line after it
    /// ("This Program is Captioned") belongs to the notice.
    /// </summary>
    private static int GluedCaptionsNoticeLength(ReadOnlySpan<char> line)
    {
        // Words are counted only as far as the fewest needed: the rest of a long caption need not be walked.
        var rest = line[CaptionsNotice.Length..];
        int position = 0;
        for (int words = 0; TextWords.Next(rest, ref position, out _, ' ', ' ');)
        {
            if (++words >= MinGluedCaptionWords)
            {
                return CaptionsNotice.Length;
            }
        }

        return 0;
    }

    /// <summary><see cref="GluedFurnitureLength"/> for a line of any opening: each opener is compared in turn.</summary>
    internal static int GluedFurnitureLengthSlow(ReadOnlySpan<char> line)
    {
        foreach (var opener in GluedOpeners)
        {
            if (line.Length > opener.Length && line.StartsWith(opener, StringComparison.Ordinal))
            {
                int end = opener.Length;
                if (line[end] == '-' && end + 1 < line.Length && line[end + 1] == ' ')
                {
                    end++;
                }

                return line[end..].IsWhiteSpace() ? 0 : end;
            }
        }

        return 0;
    }

    /// <summary>Whether a sentence speaks of the transcript or its rights ("If this transcript has errors...", "... copyright law").</summary>
    /// <remarks>
    /// Not inlined: inlined into the header's layout, the vectorised search was seen to store and load its registers on
    /// every block, for the calls around it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool HasNoticeWords(ReadOnlySpan<char> line)
    {
#if NET9_0_OR_GREATER
        return line.ContainsAny(NoticeWordParts) && line.ContainsAny(NoticeWordSearch);
#else
        foreach (var words in NoticeWords)
        {
            if (CaseInsensitive.Contains(line, words))
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>Whether the line says it is a rush transcript, ignoring case (as <see cref="CaseInsensitive.Contains"/> finds it).</summary>
    private static bool HasRushTranscript(ReadOnlySpan<char> line)
    {
#if NET9_0_OR_GREATER
        // Most lines hold no such words: the vectorised search rules them out, the exact comparison confirms the rest.
        if (!line.ContainsAny(RushTranscriptSearch))
        {
            return false;
        }
#endif
        return CaseInsensitive.Contains(line, "rush transcript");
    }

    /// <summary>
    /// Whether the line gives a telephone number ("202-457-4481", "(202) 885-4598"): contact furniture of a transcript
    /// service's page header, never speech in a header.
    /// </summary>
    internal static bool HasPhoneNumber(ReadOnlySpan<char> line)
    {
        // Both forms put a dash before the last four digits: a line without one holds no number.
        if (line.Length > MaxPhoneNumberLine || !line.Contains('-'))
        {
            return false;
        }

        // A number starts at the first digit of a run, or at the parenthesis just before it: jump from run to run.
        int from = 0;
        while (true)
        {
            int digit = line[from..].IndexOfAny(StructuralChars.AsciiDigits);
            if (digit < 0)
            {
                return false;
            }

            digit += from;
            if ((digit > 0 && line[digit - 1] == '(' && IsPhoneNumberAt(line, digit - 1)) || IsPhoneNumberAt(line, digit))
            {
                return true;
            }

            int runEnd = line[digit..].IndexOfAnyExcept(StructuralChars.AsciiDigits);
            if (runEnd < 0)
            {
                return false;
            }

            from = digit + runEnd;
        }
    }

    /// <summary>Three digits, a dash or a space after a parenthesis, three digits, a dash, four digits, from <paramref name="i"/>.</summary>
    private static bool IsPhoneNumberAt(ReadOnlySpan<char> line, int i)
    {
        if (i + 8 > line.Length || (i > 0 && char.IsAsciiDigit(line[i - 1])))
        {
            return false;
        }

        int j = line[i] == '(' ? i + 1 : i;
        if (!Digits(line, ref j, 3))
        {
            return false;
        }

        if (j + 1 < line.Length && line[j] == ')' && line[j + 1] == ' ')
        {
            j += 2;
        }
        else if (j < line.Length && line[j] == '-')
        {
            j++;
        }
        else
        {
            return false;
        }

        return Digits(line, ref j, 3) && j < line.Length && line[j] == '-' && Digits(line, ref j, 4, skip: 1) && (j == line.Length || !char.IsAsciiDigit(line[j]));
    }

    private static bool Digits(ReadOnlySpan<char> line, ref int at, int count, int skip = 0)
    {
        int i = at + skip;
        if (i + count > line.Length)
        {
            return false;
        }

        for (int k = 0; k < count; k++)
        {
            if (!char.IsAsciiDigit(line[i + k]))
            {
                return false;
            }
        }

        at = i + count;
        return true;
    }

    /// <summary>A sentence in parentheses: "(Below is a lightly edited transcript of the interview.)".</summary>
    internal static bool IsSentenceInParentheses(ReadOnlySpan<char> line)
    {
        if (line.Length < 12 || line[0] != '(' || line[^1] != ')')
        {
            return false;
        }

        int lower = 0;
        foreach (char c in line)
        {
            if (char.IsLower(c))
            {
                lower++;
            }
        }

        return lower * 2 > line.Length && line.IndexOf(' ') > 0;
    }

    /// <summary>A photo credit in parentheses: a name, a slash and an agency ("( Jose Luis Magana / AP Photo )").</summary>
    internal static bool IsPhotoCredit(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || line[0] != '(' || line[^1] != ')')
        {
            return false;
        }

        var credit = line[1..^1];
        int slash = credit.LastIndexOf('/');
        return slash > 0 && Conventions.PhotoAgencies.Contains(credit[(slash + 1)..].Trim());
    }

    /// <summary>A horizontal rule: three or more of '-', '=', '_' or '*' and nothing else ("----", "# # #" too).</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        int marks = 0;
        foreach (char c in line)
        {
            if (c is '-' or '=' or '_' or '*' or '#' or '~')
            {
                marks++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return marks >= 3;
    }

    /// <summary>A "Key: value" page field whose key is a known field name.</summary>
    private static bool IsField(ReadOnlySpan<char> line)
    {
        // A key is at most 40 chars: a colon further on is not looked for.
        int colon = line[..Math.Min(line.Length, 41)].IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var key = line[..colon].Trim();

        // A speaker word before a sentence is a turn, not a field: "HOST: Welcome back." (but "Host: Terry Gross").
        if (Conventions.Contains(Conventions.HeaderFields, key) && LabelScanner.EndsAsSentence(line[(colon + 1)..]))
        {
            return false;
        }

        return Contains(FieldKeys, key) || Conventions.Contains(Conventions.NotSpeakers, key) && !key.Equals("transcript", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Contains(PhraseTable table, ReadOnlySpan<char> value) => table.Contains(value);

    /// <summary>A short line that names a network or site ("CBS News", "CNBC News Releases", "ABC News -").</summary>
    internal static bool IsSiteName(ReadOnlySpan<char> line)
    {
        // The line is trimmed, so its first char opens its first word: most lines start with no network's first char
        // and do not end in a dash, and their words need not be read.
        bool endsInDash = line.Length >= 2 && line[^1] == '-' && line[^2] == ' ';
        if (!endsInDash && !NetworkFirstChars.Contains(line[0]))
        {
            return false;
        }

        int position = 0;
        if (!TextWords.Next(line, ref position, out var first, ' ', ' '))
        {
            return false;
        }

        // Most lines neither start with a network nor end in a dash: that test is cheaper than counting the words.
        if (!endsInDash && !StartsWithNetwork(first))
        {
            // ("ABC News -", "7.30 Report -": a program line whose segment is empty.)
            return false;
        }

        // Past four words the answer is no: the rest of a long line need not be walked.
        int words = 1;
        while (TextWords.Next(line, ref position, out _, ' ', ' '))
        {
            if (++words > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the word is a network's name, alone or before a period ("CNN", "NPR.org").</summary>
    private static bool StartsWithNetwork(ReadOnlySpan<char> first)
    {
        if (!NetworkFirstChars.Contains(first[0]))
        {
            return false;
        }

        // No network's name holds a period: the name is the word up to its first period, compared only with names of its length.
        int period = first.IndexOf('.');
        var name = period >= 0 ? first[..period] : first;
        if (name.Length >= 64 || (NetworkLengths & (1UL << name.Length)) == 0)
        {
            return false;
        }

        foreach (var network in Networks)
        {
            if (network.Length == name.Length && network[0] == name[0] && name.SequenceEqual(network))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A photo credit such as "Steven Kray / OPB" or "Jim Fitzgerald AP".</summary>
    private static bool IsCredit(ReadOnlySpan<char> line) =>
        line.Length <= 60 && line.IndexOf(" / ", StringComparison.Ordinal) > 0 && line.IndexOfAny('.', '?', '!') < 0;

    /// <summary>A menu bar: several items between vertical bars ("Editions | myCNN | Video").</summary>
    private static bool IsMenu(ReadOnlySpan<char> line)
    {
        // Most lines hold no bar: finding none is quicker than counting.
        int first = line.IndexOf('|');
        if (first < 0)
        {
            return false;
        }

        int bars = 1 + line[(first + 1)..].Count('|');
        return bars >= 2 || (bars == 1 && line.Length < 40 && (line.StartsWith("Full Text", StringComparison.Ordinal) || line.IndexOf("View", StringComparison.Ordinal) >= 0));
    }

    internal static bool IsNumber(ReadOnlySpan<char> line) => AllDigits(line.Trim(",."));

    /// <summary>A bare domain such as "the1a.org" or "www.example.com".</summary>
    internal static bool IsDomain(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxDomain || line.IndexOf(' ') >= 0)
        {
            return false;
        }

        int dot = line.LastIndexOf('.');
        return dot > 0 && dot < line.Length - 2 && AllLettersOrDot(line[(dot + 1)..]) && line[(dot + 1)..].Length <= 4;
    }

    /// <summary>
    /// A list of the program's people with no heading: three names or more between commas, each of two to five
    /// capitalised words ("Ada Lind, Sen. Bo Strand, Carl Voss").
    /// </summary>
    internal static bool IsListOfNames(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxListOfNames || line[^1] is '.' or '?' or '!' || line.IndexOf(':') >= 0)
        {
            return false;
        }

        // Three names need two commas between them.
        int firstComma = line.IndexOf(',');
        if (firstComma < 0 || line[(firstComma + 1)..].IndexOf(',') < 0)
        {
            return false;
        }

        int names = 0;
        for (var rest = line; !rest.IsEmpty; names++)
        {
            int comma = rest.IndexOf(',');
            var name = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? default : rest[(comma + 1)..];
            int words = 0, position = 0;
            while (TextWords.Next(name, ref position, out var word, '\n', '\r'))
            {
                if (!char.IsUpper(word[0]) || ++words > 5)
                {
                    return false;
                }
            }

            if (words < 2)
            {
                return false;
            }
        }

        return names >= 3;
    }

    /// <summary>
    /// A page's episode line: "Season 11 Episode 10" or "Episode 1045", alone or before a bar and the player's details
    /// ("Season 2 Episode 4 | 26m 46s"). Not a station line, though its number may read as a frequency.
    /// </summary>
    internal static bool IsEpisodeNumbering(ReadOnlySpan<char> line)
    {
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var numbering = bar >= 0 ? line[..bar] : line;
        if (SkipNumberedWord(ref numbering, "Episode "))
        {
            return numbering.IsEmpty;
        }

        return SkipNumberedWord(ref numbering, "Season ") && (numbering.IsEmpty || (numbering[0] == ' ' && SkipNumberedWord(ref numbering, " Episode ") && numbering.IsEmpty));
    }

    /// <summary>Skips a word and the number after it ("Season 11"); false when the text does not start with them.</summary>
    private static bool SkipNumberedWord(ref ReadOnlySpan<char> text, string word)
    {
        if (!text.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        int digits = 0;
        while (word.Length + digits < text.Length && char.IsAsciiDigit(text[word.Length + digits]))
        {
            digits++;
        }

        text = text[(word.Length + digits)..];
        return digits > 0;
    }

    /// <summary>A schedule line: "Weekdays, 4pm - 6pm", "Mon. - Thurs. from 11am to 1pm", "Weekends at 8-10AM".</summary>
    internal static bool IsSchedule(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxScheduleLine)
        {
            return false;
        }

        bool day = false, time = false;
        int position = 0;
        while (TextWords.Next(line, ref position, out var word, ',', '-'))
        {
            var w = word.Trim(".()–");
            if (w.IsEmpty)
            {
                continue;
            }

            // (No day opens with a digit: the digit is looked at first, the days' comparisons are calls.)
            if (char.IsAsciiLetter(w[0]) && (ScheduleWordFirstLetters & (1UL << (w[0] - 'A'))) == 0)
            {
                return false;
            }

            if (char.IsAsciiDigit(w[0]))
            {
                time = true;
            }
            else if ((w.Length >= 7 && (w.StartsWith("Weekday", StringComparison.OrdinalIgnoreCase) || w.StartsWith("Weekend", StringComparison.OrdinalIgnoreCase)))
                || StartsWithAny(w, Weekdays) || w is "Mon" or "Tue" or "Tues" or "Wed" or "Thu" or "Thurs" or "Fri" or "Sat" or "Sun")
            {
                day = true;
            }
            else if (!(w is "from" or "to" or "at" or "and" or "mornings" or "evenings" or "nights" or "afternoons" or "&" or "through"
                || (w.Length is 2 or 3 && IsScheduleMeridiem(w)) || w is "ET" or "PT" or "CT"))
            {
                return false;
            }
        }

        return day && time;
    }

    /// <summary>A meridiem of a schedule, ignoring case ("pm", "A.M"); each is two or three chars long, so only such words are compared.</summary>
    private static bool IsScheduleMeridiem(ReadOnlySpan<char> w) =>
        w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For a station line ("Local NPR for the Cape, Coast &amp; Islands 90.1 91.1 94.3") returns the length of the
    /// name before the frequencies; 0 when the line does not end in frequencies.
    /// </summary>
    public static int StationNameLength(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();

        // A frequency ends in a digit, or in "FM" or "AM": a line that ends otherwise ends in none.
        if (line.IsEmpty || !(char.IsAsciiDigit(line[^1]) || (line[^1] | 0x20) == 'm'))
        {
            return 0;
        }

        int end = line.Length;
        int count = 0;
        while (end > 0)
        {
            int start = line[..end].LastIndexOf(' ') + 1;
            var word = line[start..end];
            if (!IsFrequency(word))
            {
                break;
            }

            count++;
            end = start;
            while (end > 0 && line[end - 1] == ' ')
            {
                end--;
            }
        }

        if (count == 0 || end == 0)
        {
            return 0;
        }

        // The name must hold letters and be short: a sentence that ends in a number is not a station line.
        var name = line[..end];
        return name.Length <= 80 && name.IndexOfAny('.', '!', '?') < 0 && HasLetter(name) ? end : 0;
    }

    /// <summary>
    /// A station line of another shape: two frequencies anywhere ("89.3 WFPL · 90.5 WUOL-FM"), or one beside a call sign
    /// or band ("89.9 FM Live From The University Of New Mexico").
    /// </summary>
    internal static bool HasStationMarks(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxStationMarksLine)
        {
            return false;
        }

        // Every frequency holds a digit: only the words around the digits are read for them, and the words are read
        // for a call sign only beside a single frequency (a headline's "2-3p" spares the walk over all its words).
        int frequencies = 0;
        int at = 0;
        while (at < line.Length)
        {
            int digit = line[at..].IndexOfAny(StructuralChars.AsciiDigits);
            if (digit < 0)
            {
                break;
            }

            // (The word around the digit is short: it is found by plain loops.)
            int start = at + digit;
            while (start > at && !IsStationWordSeparator(line[start - 1]))
            {
                start--;
            }

            int end = at + digit + 1;
            while (end < line.Length && !IsStationWordSeparator(line[end]))
            {
                end++;
            }

            if (IsFrequency(line[start..end]) && ++frequencies >= 2)
            {
                return true;
            }

            at = end;
        }

        return frequencies == 1 && HasCallSign(line);
    }

    /// <summary>The chars between the words of a station line, as <see cref="TextWords.Next"/> reads them with '·' and '|'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStationWordSeparator(char c) => c is ' ' or '\t' or '\u00A0' or '·' or '|';

    /// <summary>Whether a word of the line, as <see cref="HasStationMarks"/> reads its words, is a band or a call sign.</summary>
    private static bool HasCallSign(ReadOnlySpan<char> line)
    {
        int position = 0;
        while (TextWords.Next(line, ref position, out var word, '·', '|'))
        {
            if (!IsFrequency(word) && (word is "FM" or "AM" || IsCallSign(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A US call sign: K or W and two or three more capitals, perhaps with -FM or -AM ("WFPL", "WUOL-FM").</summary>
    private static bool IsCallSign(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("-FM", StringComparison.Ordinal) || word.EndsWith("-AM", StringComparison.Ordinal))
        {
            word = word[..^3];
        }

        if (word.Length is < 3 or > 4 || word[0] is not ('K' or 'W'))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word is a radio frequency such as <c>90.1</c>, <c>1450</c> or <c>89.3FM</c>.</summary>
    public static bool IsFrequency(ReadOnlySpan<char> word)
    {
        if (EndsWithAsciiPair(word, 'f', 'm') || EndsWithAsciiPair(word, 'a', 'm'))
        {
            word = word[..^2];
        }

        int dot = word.IndexOf('.');
        if (dot < 0)
        {
            // AM frequencies are whole kilohertz: 530 to 1710.
            return word.Length is 3 or 4 && AllDigits(word) && DigitsValue(word) is >= 530 and <= 1710;
        }

        return dot is 2 or 3 && word.Length == dot + 2 && AllDigits(word[..dot]) && char.IsAsciiDigit(word[^1])
            && DigitsValue(word[..dot]) is >= 87 and <= 108;
    }

    /// <summary>The longest line <see cref="IsDateLine"/> reads as a date.</summary>
    internal const int MaxDateLine = 60;

    /// <summary>The longest line <see cref="IsSchedule"/> reads as a schedule.</summary>
    internal const int MaxScheduleLine = 80;

    /// <summary>The longest line <see cref="HasPhoneNumber"/> searches for a number.</summary>
    internal const int MaxPhoneNumberLine = 240;

    /// <summary>The longest line <see cref="IsListOfNames"/> reads as a list.</summary>
    internal const int MaxListOfNames = 300;

    /// <summary>The longest line <see cref="IsDomain"/> reads as a domain.</summary>
    internal const int MaxDomain = 60;

    /// <summary>The longest line <see cref="HasStationMarks"/> reads as a station line.</summary>
    internal const int MaxStationMarksLine = 200;

    /// <summary>Whether a line that opens with this char may be a rule (<see cref="IsRule"/>): a rule's line is trimmed, so it opens with a mark.</summary>
    internal static bool IsRuleMark(char first) => first is '-' or '=' or '_' or '*' or '#' or '~';

    /// <summary>
    /// Whether a line that opens with this char may hold only times (<see cref="IsOnlyTimes(ReadOnlySpan{char}, bool)"/>):
    /// of the ASCII letters, only those that open a zone or a meridiem.
    /// </summary>
    internal static bool MayOpenTimes(char first) => !char.IsAsciiLetter(first) || first is 'P' or 'p' or 'A' or 'a' or 'E' or 'C' or 'G' or 'U' or 'B';

    /// <summary>Whether a line that opens and ends with these chars may name a network or site (<see cref="IsSiteName"/>).</summary>
    internal static bool MayBeSiteName(char first, char last) => NetworkFirstChars.Contains(first) || last == '-';

    /// <summary>Whether a trimmed line that ends with this char may end in a frequency (<see cref="StationNameLength"/>): a digit, or the "m" of "FM" or "AM".</summary>
    internal static bool MayEndFrequency(char last) => char.IsAsciiDigit(last) || (last | 0x20) == 'm';

    /// <summary>Whether a line is a date, possibly with a time: "Sep 18, 2015", "April 25, 2019 5:08 PM ET", "18/05/2014".</summary>
    public static bool IsDateLine(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxDateLine)
        {
            return false;
        }

        // Every word is a month, weekday, number, time or zone.
        int words = 0, monthOrNumericDate = 0, year = 0;
        int position = 0;
        while (TextWords.Next(line, ref position, out var w, ' ', ','))
        {
            w = w.Trim(".-–|");
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            char first = w[0];
            if (char.IsAsciiDigit(first))
            {
                // No month, weekday or zone opens with a digit: the word is a number, a numeric date or a clock, or
                // the line is no date.
                if (AllDigits(w))
                {
                    year += w.Length == 4 ? 1 : 0;
                }
                else if (IsNumericDate(w))
                {
                    monthOrNumericDate++;
                    year++;
                }
                else if (!IsClock(w))
                {
                    return false;
                }

                continue;
            }

            if (!MayOpenDateWord(first))
            {
                // An ASCII letter that opens no month, weekday, zone or meridiem: the word is none of them. (Other chars
                // are left to the comparisons: one beyond ASCII may equal an ASCII letter ignoring case, and "/05/2014"
                // is a numeric date.)
                return false;
            }

            if (IsMonthWord(w))
            {
                monthOrNumericDate++;
            }
            else if (IsWeekday(w))
            {
            }
            else if (AllDigits(w))
            {
                if (w.Length == 4)
                {
                    year++;
                }
            }
            else if (IsNumericDate(w))
            {
                monthOrNumericDate++;
                year++;
            }
            else if (IsClock(w) || (w.Length is 2 or 3 && IsDateLineZone(w)))
            {
            }
            else
            {
                return false;
            }
        }

        return words > 0 && monthOrNumericDate > 0;
    }

    /// <summary>
    /// The ASCII letters that open a word of a date line that does not open with a digit (a month as written; a weekday,
    /// zone or meridiem in either case), as bits from 'A': a word that opens with another ASCII letter is no such word.
    /// </summary>
    private static readonly ulong DateWordFirstLetters = LetterBits("JFMASONDTWEPGUmtwfsepagu");

    /// <summary>Whether a word of a date line that opens with this char may be a month, a weekday, a zone or a meridiem.</summary>
    internal static bool MayOpenDateWord(char first) => !char.IsAsciiLetter(first) || (DateWordFirstLetters & (1UL << (first - 'A'))) != 0;

    /// <summary>A month's name, whole or cut short, perhaps with a period ("Sept.").</summary>
    internal static bool IsMonthWord(ReadOnlySpan<char> w) => StartsWithAny(w, Months) && AllLettersOrDot(w) && w.Length <= 9;

    /// <summary>A zone or meridiem of a date line; each is two or three chars long, so only such words are compared.</summary>
    internal static bool IsDateLineZone(ReadOnlySpan<char> w) =>
        w.Equals("ET", StringComparison.OrdinalIgnoreCase) || w.Equals("EST", StringComparison.OrdinalIgnoreCase)
                || w.Equals("EDT", StringComparison.OrdinalIgnoreCase) || w.Equals("PT", StringComparison.OrdinalIgnoreCase)
                || w.Equals("AM", StringComparison.OrdinalIgnoreCase) || w.Equals("PM", StringComparison.OrdinalIgnoreCase)
                || w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase)
                || w.Equals("GMT", StringComparison.OrdinalIgnoreCase) || w.Equals("UTC", StringComparison.OrdinalIgnoreCase);

    /// <summary>A weekday, whole or cut short ("Fri", "Thurs").</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> w)
    {
        if (w.Length < 3)
        {
            return false;
        }

        // A day opens with one of these pairs of ASCII letters; a word that opens with others in ASCII is none (a char
        // beyond ASCII may equal an ASCII letter ignoring case, so is left to the comparisons).
        int pair = ((w[0] | 0x20) << 8) | (w[1] | 0x20);
        if (w[0] < 0x80 && w[1] < 0x80 && pair is not (('m' << 8) | 'o' or ('t' << 8) | 'u' or ('w' << 8) | 'e' or ('t' << 8) | 'h' or ('f' << 8) | 'r' or ('s' << 8) | 'a' or ('s' << 8) | 'u'))
        {
            return false;
        }

        foreach (var day in Weekdays.Phrases)
        {
            if (day.AsSpan().StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsNumericDate(ReadOnlySpan<char> w)
    {
        // 18/05/2014, 1/17/17, 2021-01-22, 07.11.2003
        int seps = 0, digits = 0;
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is '/' or '-' or '.')
            {
                seps++;
            }
            else
            {
                return false;
            }
        }

        return seps == 2 && digits >= 4;
    }

    internal static bool IsClock(ReadOnlySpan<char> w)
    {
        if (EndsWithAsciiPair(w, 'a', 'm') || EndsWithAsciiPair(w, 'p', 'm'))
        {
            w = w[..^2];
        }

        return LabelScanner.TryReadTime(w, 0, out int end) && end == w.Length;
    }

    /// <summary>Whether the line holds only clock times, as a player shows them ("0:00 0:00", "4:57").</summary>
    public static bool IsOnlyTimes(ReadOnlySpan<char> line) => IsOnlyTimes(line, IsTimingMarks(line));

    /// <summary>
    /// <see cref="IsOnlyTimes(ReadOnlySpan{char})"/> where <see cref="IsTimingMarks"/> has already been asked of the line
    /// (<see cref="Classify"/> asks first): its answer is not sought again.
    /// </summary>
    internal static bool IsOnlyTimes(ReadOnlySpan<char> line, bool timingMarks)
    {
        // A line that opens with a letter opens with a zone or a meridiem, or holds more than times: only these letters
        // open those words.
        if (!line.IsEmpty && !MayOpenTimes(line[0]))
        {
            return false;
        }

        if (timingMarks)
        {
            return true;
        }

        int times = 0;
        int position = 0;
        while (TextWords.Next(line, ref position, out var w, ' ', ' '))
        {
            // A clock opens with a digit, a zone or a meridiem with a letter: a word is one or the other, never both.
            if (char.IsAsciiDigit(w[0]))
            {
                if (!IsClock(w))
                {
                    return false;
                }

                times++;
                continue;
            }

            if (!(w is "/" or "|" or "-" || IsZoneOrMeridiem(w)))
            {
                return false;
            }
        }

        return times > 0;
    }

    /// <summary>Subtitle timings: only digits and the marks between them, with two colons or more (":00:35.:00:45.").</summary>
    internal static bool IsTimingMarks(ReadOnlySpan<char> line)
    {
        int colons = 0, digits = 0;
        foreach (char c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == ':')
            {
                colons++;
            }
            else if (c is not ('.' or ',' or '-' or '>' or ' ' or '*' or '[' or ']'))
            {
                return false;
            }
        }

        return colons >= 2 && digits >= 4 && (line.IndexOf(' ') < 0 || line.IndexOf("-->", StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// Whether the word ends with two ASCII letters, given in lower case, in either case ("am", "PM"): the answer of
    /// <c>EndsWith</c> ignoring case, without the call (no char beyond ASCII equals these letters ignoring case).
    /// </summary>
    private static bool EndsWithAsciiPair(ReadOnlySpan<char> word, char first, char second) =>
        word.Length >= 2 && (word[^1] | 0x20) == second && (word[^2] | 0x20) == first;

    private static bool IsZoneOrMeridiem(ReadOnlySpan<char> w) =>
        w.Equals("P.M.", StringComparison.OrdinalIgnoreCase) || w.Equals("A.M.", StringComparison.OrdinalIgnoreCase)
        || w.Equals("PM", StringComparison.OrdinalIgnoreCase) || w.Equals("AM", StringComparison.OrdinalIgnoreCase)
        || w is "ET" or "EST" or "EDT" or "PT" or "PST" or "PDT" or "CT" or "GMT" or "UTC" or "BST";

    /// <summary>Removes list bullets and separators that pages put before navigation items.</summary>
    public static ReadOnlySpan<char> TrimBullets(ReadOnlySpan<char> line)
    {
        // Most lines open and end with a visible ASCII char that is no bullet: nothing to trim.
        if (!line.IsEmpty && line[0] is > ' ' and < '\u007F' and not ('*' or '|' or '-') && line[^1] is > ' ' and < '\u007F' and not '|')
        {
            return line;
        }

        line = line.Trim();
        while (!line.IsEmpty && line[0] is '•' or '*' or '|' or '·' or '\u2022' or '-' or '\u00A0')
        {
            line = line[1..].TrimStart();
        }

        while (!line.IsEmpty && line[^1] is '|' or '\u00A0')
        {
            line = line[..^1].TrimEnd();
        }

        return line;
    }

    private static ulong LetterBits(string letters)
    {
        ulong bits = 0;
        foreach (char c in letters)
        {
            bits |= 1UL << (c - 'A');
        }

        return bits;
    }

    private static ulong LengthBits(string[] words)
    {
        ulong bits = 0;
        foreach (var word in words)
        {
            bits |= 1UL << word.Length;
        }

        return bits;
    }

    private static string FirstChars(string[] words)
    {
        var chars = new char[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            chars[i] = words[i][0];
        }

        return new string(chars);
    }

    private static bool EqualsAny(ReadOnlySpan<char> line, PhraseTable table) => table.Contains(line);

    private static bool StartsWithAny(ReadOnlySpan<char> line, PhraseTable table) => table.IsPrefixOf(line);

    /// <summary>The value of a few ASCII digits (all digits, as <see cref="AllDigits"/> has checked).</summary>
    private static int DigitsValue(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    internal static bool AllDigits(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLettersOrDot(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
