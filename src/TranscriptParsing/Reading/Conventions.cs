using System;
using System.Buffers;

namespace TranscriptParsing.Reading;

/// <summary>
/// Broadcaster conventions as data: the words that mark honorifics, page furniture, footers and cues.
/// The scanners consult these tables; none of them holds logic of its own.
/// </summary>
internal static class Conventions
{
    /// <summary>Honorifics that may precede a name in a label, written in mixed case before a name in capitals.</summary>
    public static readonly PhraseTable Honorifics = new(
    [
        "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Adm.", "Lt.", "Col.",
        "Capt.", "Sgt.", "Rev.", "Fr.", "Amb.", "Sec.", "Pres.", "Hon.", "Msgr.", "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms",
    ]);

    /// <summary>
    /// Titles written out in mixed case that open a label as an honorific does, but only before a name in capitals
    /// ("President GEORGE W. BUSH:", "Senator JOHN McCAIN:"): before words in mixed case they are ordinary words.
    /// </summary>
    public static readonly PhraseTable TitlesBeforeCapitals = new(
    [
        "President", "Vice President", "President-elect", "Senator", "Representative", "Congressman", "Congresswoman",
        "Governor", "Mayor", "Secretary", "Ambassador", "Chancellor", "Minister", "Prime Minister", "Chairman", "Chairwoman",
        "Commissioner", "General", "Admiral", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Commander",
        "Professor", "Judge", "Justice", "Chief Justice", "Reverend", "Father", "Rabbi", "Bishop", "Cardinal", "Sheriff",
    ]);

    /// <summary>Abbreviations with a period that a name in capitals may hold before more of the name ("GEN. DAVID", "JR.").</summary>
    public static readonly string[] NameSuffixes = ["Jr.", "Sr.", "Gen.", "Lt.", "Sgt.", "Capt.", "Cmdr.", "Maj.", "Prof.", "Supt.", "Insp.", "Det.", "Adm.", "Brig.", "Cpl.", "Pvt.", "Sen.", "Rep.", "Gov.", "Amb.", "Sec.", "Pres.", "Hon.", "Rev.", "Msgr.", "Mrs.", "Fmr.", "Col."];

    /// <summary>
    /// Words of an honorific or title that name a public office ("SEN.", "Gov.", "FMR. VICE PRES.", "President"): a
    /// speaker whose label carries one is a newsmaker, not the program's host. Compared without their period.
    /// </summary>
    public static readonly PhraseTable OfficeTitles = new(
    [
        "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Gov", "Governor", "Pres", "President",
        "President-elect", "Sec", "Secretary", "Amb", "Ambassador", "Mayor", "Judge", "Justice", "Chancellor", "Minister",
        "Attorney",
    ]);

    /// <summary>
    /// The agencies that close a photo credit after the photographer's name and a slash ("( Jose Luis Magana / AP Photo )").
    /// </summary>
    public static readonly PhraseTable PhotoAgencies = new(
    [
        "AP Photo", "AP", "Associated Press", "Getty Images", "Reuters", "AFP", "EPA", "EPA-EFE", "Bloomberg", "NurPhoto",
        "Shutterstock", "Sipa USA", "Polaris", "Redux", "Pool", "Pool Photo",
    ]);

    /// <summary>Honorifics that, followed by a surname and a period, start a hearing-record turn ("Mr. Linder. The meeting...").</summary>
    public static readonly PhraseTable HearingHonorifics = new(
    [
        "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Senator", "Chairman", "Chairwoman", "Representative", "Madam", "Judge", "Secretary", "General", "Admiral", "Governor",
    ]);

    /// <summary>Names before a colon that are never speakers: notices, page fields and table headings.</summary>
    public static readonly PhraseTable NotSpeakers = new(
    [
        "next up", "text", "note", "notes", "correction", "corrections", "update", "updated", "editor's note", "editors note", "editor’s note",
        "clarification", "show", "date", "time", "photo", "photos", "caption", "source", "sources", "copyright", "transcript",
        "aired", "air date", "posted", "published", "location", "program", "subject", "topic", "category", "tags", "related",
        "listen", "watch", "download", "embed", "share", "email", "print", "sections", "search", "headline", "title", "summary",
        "episode", "season", "chapter", "when", "where", "warning", "disclaimer", "advertisement", "sponsor", "sponsored by",
        "credit", "credits", "image", "images", "video", "audio", "graphic", "graphics", "map", "chart", "via", "phone", "tel",
        "fax", "sales", "web", "website", "url", "link", "links", "more", "also", "see also", "read more", "full audio",
        "genre", "composer id", "pages", "hosted by", "local host(s)", "local hosts", "keywords", "filed under", "topics",
        "newsletter", "sign up", "subscribe", "follow", "contact", "tickets", "events", "schedule", "page", "part",
        "episode date", "original air date", "originally aired", "length", "duration", "format", "language", "mail",
        "internet", "available on the internet", "present", "also present", "witnesses", "contents", "index",
        "attention", "breaking news", "exclusive", "developing story", "live", "announcement", "ps", "p.s", "re", "fwd",
        "speakers", "guests", "panel", "panelists", "html embed", "embed code", "watch today's segments", "watch today’s segments", "tran", "type", "head", "sect", "vtr", "isbn", "tags", "citation",
    ]);

    /// <summary>Names before a colon that describe a page in its header ("Host: Terry Gross") but are speakers in the body.</summary>
    public static readonly PhraseTable HeaderFields = new(
    [
        "host", "hosts", "guest", "guests", "producer", "producers", "correspondent", "byline", "reporter", "moderator",
        "moderators", "panelists", "participants", "speakers", "presenter", "presenters", "anchor", "anchors", "by",
        "written by", "edited by", "produced by", "with", "featuring",
    ]);

    /// <summary>Headings of a roster of the program's speakers in a page header ("SPEAKERS: ...", "GUESTS: ...").</summary>
    public static readonly string[] RosterHeadings =
    [
        "speakers", "guests", "guest", "panelists", "panel", "participants", "featuring", "cast",
    ];

    /// <summary>The first chars of <see cref="RosterHeadings"/> in either case: an ASCII char outside them opens no heading.</summary>
    public static readonly SearchValues<char> RosterHeadingOpenings = SearchValues.Create(FirstCharsInEitherCase(RosterHeadings));

    /// <summary>Generic words that name an unnamed or numbered speaker ("Speaker 2", "Unidentified Man #1", "Audience").</summary>
    public static readonly PhraseTable GenericSpeakers = new(
    [
        "unidentified", "unknown", "unnamed", "speaker", "participant", "caller", "voice", "voices", "interviewer",
        "interviewee", "man", "woman", "male", "female", "person", "people", "group", "crowd", "audience", "child",
        "children", "boy", "girl", "student", "students", "reporter", "announcer", "narrator", "host", "guest", "panelist",
        "moderator", "operator", "translator", "interpreter", "officer", "protester", "protesters", "member", "actor",
        "actress", "singer", "singers", "chorus", "congregation", "questioner", "question", "answer", "respondent", "juror",
        "witness", "soldier", "doctor", "nurse", "teacher", "resident", "official", "computer", "recording", "multiple",
    ]);

    /// <summary>Generic speakers that captions write in brackets before the speech ("[Announcer] Funding for ...", "[Speaker 2] ...").</summary>
    public static readonly string[] BracketedSpeakers =
    [
        "announcer", "narrator", "speaker", "interviewer", "interviewee", "host", "moderator", "reporter", "presenter",
    ];

    /// <summary>Words of the first and second person (besides "I"), with or without a contraction after them ("we're").</summary>
    public static readonly string[] PersonalWords = ["me", "my", "we", "us", "our", "you", "your", "y'all"];

    /// <summary>The line of a station page's live player, under the station's masthead.</summary>
    public static readonly string[] LivePlayerLines = ["Play Live Radio", "Listen Live"];

    /// <summary>Openings of a paragraph that is spoken, though it may not say "I" or "you" ("Good evening. The vote ...").</summary>
    public static readonly string[] SpokenOpenings = ["Good morning", "Good afternoon", "Good evening", "Good night", "Hello", "Hi,", "Hey", "Welcome", "Thanks", "Thank you"];

    /// <summary>Openings of a paragraph that describes the program in the third person ("In the interview, Buffett discusses ...").</summary>
    public static readonly string[] DescriptionOpenings =
    [
        "In the interview", "In this interview", "In the episode", "In this episode", "On this episode", "In today's episode",
        "On today's episode", "In the conversation", "In this conversation",
    ];

    /// <summary>Lower-case particles allowed inside a mixed-case name ("Ludwig van Beethoven", "Bashar al-Assad").</summary>
    public static readonly PhraseTable NameParticles = new(
    [
        "de", "del", "della", "der", "den", "di", "da", "do", "dos", "du", "van", "von", "la", "le", "bin", "ibn", "al",
        "el", "y", "e", "ter", "ten", "st.", "und", "zu",
    ]);

    /// <summary>Role words after a comma in a label ("TIM MAK, BYLINE", "MADELEINE BRAND, host") that need no capital.</summary>
    public static readonly PhraseTable LowerCaseRoles = new(
    [
        "host", "byline", "reporting", "reporter", "anchor", "correspondent", "announcer", "narrator", "moderator",
        "co-host", "cohost", "guest", "contributor", "commentator", "producer", "panelist", "interviewer", "translator",
        "interpreter", "voice", "voice-over", "staff", "intern", "editor", "analyst", "columnist", "writer", "author",
        "singer", "actor", "actress", "caller", "listener", "student", "professor", "president", "chairman", "senator",
        "former", "founder", "executive", "director", "chief", "senior", "special", "national", "white", "political",
    ]);

    /// <summary>Returns true when <paramref name="value"/> equals one of <paramref name="table"/>, ignoring case.</summary>
    public static bool Contains(PhraseTable table, ReadOnlySpan<char> value) => table.Contains(value);

    /// <summary>Returns true when <paramref name="value"/> equals one of <paramref name="table"/>, ignoring case.</summary>
    public static bool Contains(string[] table, ReadOnlySpan<char> value)
    {
        foreach (var entry in table)
        {
            // Most entries of the value's length open with another char: the first chars are compared before the whole.
            if (entry.Length == value.Length && (value.IsEmpty || MayEqualIgnoringCase(value[0], entry[0])) && value.Equals(entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the length of the entry of <paramref name="table"/> that <paramref name="value"/> starts with, ignoring case, or 0.</summary>
    public static int StartsWithAny(string[] table, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        // Most values open with chars that open no entry: the first two chars are compared before the whole entry
        // (an entry longer than the value is no prefix of it).
        char first = value[0];
        char second = value.Length > 1 ? value[1] : '\0';
        foreach (var entry in table)
        {
            if (entry.Length > 0 && MayEqualIgnoringCase(first, entry[0]) && (entry.Length == 1 || (value.Length > 1 && MayEqualIgnoringCase(second, entry[1])))
                && value.StartsWith(entry, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Length;
            }
        }

        return 0;
    }

    private static string FirstCharsInEitherCase(string[] words)
    {
        var chars = new char[words.Length * 2];
        for (int i = 0; i < words.Length; i++)
        {
            chars[2 * i] = char.ToLowerInvariant(words[i][0]);
            chars[(2 * i) + 1] = char.ToUpperInvariant(words[i][0]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether two chars may be equal ignoring case (ordinal). Two ASCII chars are answered exactly; a char outside ASCII
    /// may equal an ASCII one ignoring case ("K" and the Kelvin sign), so a pair with one is never ruled out.
    /// </summary>
    private static bool MayEqualIgnoringCase(char a, char b)
    {
        if ((a | b) >= 0x80)
        {
            return true;
        }

        return a == b || (char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));
    }
}
