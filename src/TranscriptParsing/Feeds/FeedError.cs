namespace TranscriptParsing.Feeds;

/// <summary>Why a document of a feed gave no transcript.</summary>
/// <param name="Code">A stable code: one of <see cref="FeedErrorCodes"/>, or the parser's own (such as <c>TP0301</c>).</param>
/// <param name="Message">What went wrong, in a sentence.</param>
public sealed record FeedError(string Code, string Message);

/// <summary>The codes of <see cref="FeedError"/> that the feed itself gives (the parser's codes are in <c>docs/format.md</c>).</summary>
public static class FeedErrorCodes
{
    /// <summary>The file, folder or stream could not be read (missing, no permission, I/O error).</summary>
    public const string Unreadable = "TP0501";

    /// <summary>The gzip data is corrupt or truncated.</summary>
    public const string BadGzip = "TP0502";

    /// <summary>The zip or tar archive is corrupt or truncated, or an entry uses a method that cannot be read.</summary>
    public const string BadArchive = "TP0503";

    /// <summary>A JSON Lines record is not valid JSON, or not a JSON object.</summary>
    public const string InvalidJson = "TP0504";

    /// <summary>A JSON Lines record has no text field, or its value is not a string.</summary>
    public const string MissingText = "TP0505";

    /// <summary>The document (or JSON Lines record) is larger than <see cref="TranscriptFeedOptions.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "TP0506";

    /// <summary>An archive inside an archive: nested archives are not opened.</summary>
    public const string NestedArchive = "TP0507";

    /// <summary>The parser failed in a way it does not report as a diagnostic (a defect: please report it).</summary>
    public const string ParserFailed = "TP0004";
}
