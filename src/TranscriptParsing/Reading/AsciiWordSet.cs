using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
namespace TranscriptParsing.Reading;

/// <summary>
/// A fixed list of words in upper-case ASCII, looked for in a short text all at once. The answer is the one a
/// search for each word with <see cref="CaseInsensitive.Contains"/> gives: the case of ASCII letters is ignored and a
/// word matches ASCII text only.
/// </summary>
/// <remarks>
/// A label's role or parenthesis is tested against a list of twenty words for each speaker; one search of the text in
/// upper case for all of them (<see cref="SearchValues{T}"/> of strings, .NET 9 and later) replaces twenty.
/// </remarks>
internal sealed class AsciiWordSet
{
    /// <summary>
    /// The longest text searched in an upper-case copy. Longer texts, and texts with a char beyond ASCII, are rare in a
    /// label's role or parenthesis: they are searched word by word.
    /// </summary>
    public const int MostChars = 128;

    private readonly string[] _words;
    private readonly int _shortest;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _search;
#endif

    /// <summary>Indexes <paramref name="words"/>: each non-empty, in ASCII, with no lower-case letter.</summary>
    public AsciiWordSet(params string[] words)
    {
        _shortest = int.MaxValue;
        foreach (var word in words)
        {
            if (word.Length == 0 || !Ascii.IsValid(word) || word.AsSpan().ContainsAnyInRange('a', 'z'))
            {
                throw new ArgumentException($"'{word}' is not a word in upper-case ASCII.", nameof(words));
            }

            _shortest = Math.Min(_shortest, word.Length);
        }

        _words = words;
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(words, StringComparison.Ordinal);
#endif
    }

    /// <summary>
    /// <paramref name="text"/> in upper case, written to <paramref name="buffer"/> (of <see cref="MostChars"/> chars), for
    /// several sets to search with <see cref="IsFoundIn(ReadOnlySpan{char}, ReadOnlySpan{char})"/>; empty when the text is
    /// searched word by word instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> ToUpper(ReadOnlySpan<char> text, Span<char> buffer)
    {
#if NET9_0_OR_GREATER
        // Most labels have no role or parenthesis: nothing to copy, and no word to find.
        if (!text.IsEmpty && text.Length <= MostChars && Ascii.ToUpper(text, buffer, out int written) == OperationStatus.Done)
        {
            return buffer[..written];
        }
#endif
        return default;
    }

    /// <summary>Whether <paramref name="text"/> holds one of the words, ignoring the case of ASCII letters.</summary>
    public bool IsFoundIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (text.Length >= _shortest && text.Length <= MostChars)
        {
            Span<char> buffer = stackalloc char[MostChars];
            return IsFoundIn(text, ToUpper(text, buffer));
        }
#endif
        return IsFoundIn(text, default);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds one of the words, ignoring the case of ASCII letters, given the text in upper
    /// case as <see cref="ToUpper"/> wrote it: one copy serves every set that searches the same text.
    /// </summary>
    public bool IsFoundIn(ReadOnlySpan<char> text, ReadOnlySpan<char> upper)
    {
        if (text.Length < _shortest)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        if (upper.Length == text.Length)
        {
            return upper.ContainsAny(_search);
        }
#endif
        return IsFoundWordByWord(text);
    }

    private bool IsFoundWordByWord(ReadOnlySpan<char> text)
    {
        foreach (var word in _words)
        {
            if (text.Length >= word.Length && CaseInsensitive.Contains(text, word))
            {
                return true;
            }
        }

        return false;
    }
}
