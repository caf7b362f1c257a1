using System.Collections.Immutable;

namespace TranscriptParsing.Model;

/// <summary>A radio station named in the page header ("Local NPR for the Cape, Coast &amp; Islands 90.1 91.1 94.3").</summary>
/// <param name="Name">The name before the frequencies.</param>
/// <param name="Frequencies">The frequencies as written ("90.1", "1450").</param>
/// <param name="Span">The station line's place in the input.</param>
public sealed record Station(string Name, ImmutableArray<string> Frequencies, TextSpan Span);
