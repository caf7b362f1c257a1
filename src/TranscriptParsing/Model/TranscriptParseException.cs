using System;

namespace TranscriptParsing.Model;

/// <summary>Thrown by <see cref="Transcript.Parse(string, TranscriptParseOptions)"/> when the input cannot be parsed as given.</summary>
public sealed class TranscriptParseException : Exception
{
    /// <summary>Creates the exception with a message and no position.</summary>
    public TranscriptParseException()
        : this("The transcript could not be parsed.", 1, 1)
    {
    }

    /// <summary>Creates the exception with a message and no position.</summary>
    /// <param name="message">What went wrong.</param>
    public TranscriptParseException(string message)
        : this(message, 1, 1)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranscriptParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        LineNumber = 1;
        ColumnNumber = 1;
        Code = "TP0000";
    }

    /// <summary>Creates the exception with a message and a position.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="columnNumber">The 1-based column.</param>
    /// <param name="code">The diagnostic code.</param>
    public TranscriptParseException(string message, int lineNumber, int columnNumber, string code = "TP0000")
        : base(message)
    {
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        Code = code;
    }

    /// <summary>The 1-based line where the problem is.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column where the problem is.</summary>
    public int ColumnNumber { get; }

    /// <summary>The diagnostic code (see <c>docs/format.md</c>).</summary>
    public string Code { get; }
}
