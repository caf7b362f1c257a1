using System.Collections.Generic;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Tests.Rules;

/// <summary>A token of <see cref="TranscriptReader"/>, its parts copied out as strings for assertions.</summary>
public sealed record ReaderToken(
    TranscriptTokenKind Kind,
    string Text,
    string Label,
    LabelStyle Style,
    ChromeKind Chrome,
    AnnotationKind Annotation,
    string Honorific,
    string Name,
    string Role,
    string Parenthetical,
    string Time,
    string Delivery,
    TextSpan Span,
    int Line,
    int Column);

/// <summary>Reads every token of a text.</summary>
public static class ReaderTokens
{
    /// <summary>Reads <paramref name="text"/> to the end.</summary>
    /// <param name="text">The transcript.</param>
    /// <param name="options">The reader's options.</param>
    /// <returns>The tokens in order.</returns>
    public static List<ReaderToken> Read(string text, TranscriptReaderOptions options = default)
    {
        var tokens = new List<ReaderToken>();
        var reader = new TranscriptReader(text, options);
        while (reader.Read())
        {
            tokens.Add(new ReaderToken(
                reader.TokenKind,
                reader.Text.ToString(),
                reader.Label.ToString(),
                reader.LabelStyle,
                reader.ChromeKind,
                reader.AnnotationKind,
                Part(text, reader.HonorificSpan),
                Part(text, reader.NameSpan),
                Part(text, reader.RoleSpan),
                Part(text, reader.ParentheticalSpan),
                Part(text, reader.TimeSpan),
                Part(text, reader.DeliverySpan),
                reader.Span,
                reader.LineNumber,
                reader.ColumnNumber));
        }

        return tokens;
    }

    /// <summary>Reads the tokens of the example of rule <paramref name="id"/>.</summary>
    /// <param name="id">A rule id.</param>
    /// <param name="options">The reader's options.</param>
    /// <returns>The tokens in order.</returns>
    public static List<ReaderToken> OfRule(string id, TranscriptReaderOptions options = default) => Read(RuleBook.Example(id), options);

    private static string Part(string text, TextSpan span) => span.IsEmpty ? string.Empty : text.Substring(span.Start, span.Length);
}
