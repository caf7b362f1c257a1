namespace TranscriptParsing.Reading;

/// <summary>What a line of page furniture (<see cref="TranscriptTokenKind.Chrome"/>) holds.</summary>
public enum ChromeKind : byte
{
    /// <summary>Not a chrome token, or a chrome line of no known kind.</summary>
    None,

    /// <summary>A station line: a name followed by frequencies ("Local NPR for the Cape 90.1 91.1").</summary>
    Station,

    /// <summary>Site navigation or player controls ("Play Live Radio", "Next Up:", "0:00 0:00").</summary>
    Navigation,

    /// <summary>The program or show ("Show: FRESH AIR", CNN's program line).</summary>
    Program,

    /// <summary>An air date, possibly with a time ("Aired December 18, 1998 - 12:00 ET").</summary>
    AirDate,

    /// <summary>A byline or reporter line ("By Jane Doe").</summary>
    Byline,

    /// <summary>A notice about the transcript ("THIS IS A RUSH TRANSCRIPT...").</summary>
    Notice,

    /// <summary>The address of the page.</summary>
    Url,

    /// <summary>A repeated copy of the title, a teaser, or another line of furniture.</summary>
    Other,
}
