using System.Text.Encodings.Web;

namespace TranscriptParsing.Writing;

/// <summary>Settings shared by every JSON writer of the library.</summary>
public static class JsonOutput
{
    /// <summary>
    /// Escapes only what JSON requires (quotes, backslashes, control chars), so that names such as "Juan González" and
    /// curly quotes stay readable; the output is meant for files and pipes, not for embedding in HTML.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
