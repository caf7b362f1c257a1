using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using TranscriptParsing.Reading;

namespace TranscriptParsing.Model;

/// <summary>
/// Decides who is who: groups the distinct labels of a transcript into speakers (a surname-only label joins the one
/// full name it belongs to; two people who share a surname stay apart), names them for display, and gives each a role
/// with the evidence for it.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>Honorifics and titles that may open a name written in capitals ("SEN.", "FMR. VICE PRES.").</summary>
    private static readonly string[] TitleWords =
    [
        "MR.", "MRS.", "MS.", "MISS", "DR.", "SEN.", "REP.", "GOV.", "GEN.", "LT.", "COL.", "PRES.", "FMR.", "FORMER", "VICE",
        "SEC.", "SECRETARY", "SENATOR", "REPRESENTATIVE", "PRESIDENT", "REV.", "AMB.", "ADM.", "PROF.", "CHANCELLOR",
        "JUDGE", "JUSTICE", "CAPT.", "SGT.", "MAYOR", "GOVERNOR", "GENERAL", "ADMIRAL", "CHAIRMAN", "CHAIRWOMAN", "MR", "MS",
        "MRS", "DR", "SEN", "REP", "GOV", "PRESIDENT-ELECT", "AMBASSADOR", "RABBI", "FATHER", "SISTER", "SIR", "DAME", "LORD",
        "LADY", "PRINCE", "PRINCESS", "KING", "QUEEN", "CMDR.", "MAJ.", "GEN", "LT", "COL", "HON.", "ATTORNEY", "MADAM",
    ];

    private static readonly string[] HostWords = ["HOST", "ANCHOR", "MODERATOR", "PRESENTER", "CO-HOST", "COHOST", "NEWSREADER"];

    private static readonly string[] ReporterWords = ["BYLINE", "CORRESPONDENT", "REPORTER", "REPORTING", "CONTRIBUTOR"];

    private static readonly string[] DeliveryWords =
    [
        "VOICE-OVER", "VOICE OVER", "VOICEOVER", "ON CAMERA", "ON-CAMERA", "OFF CAMERA", "OFF-CAMERA", "OFF-MIKE", "OFF MIKE",
        "THROUGH TRANSLATOR", "THROUGH INTERPRETER", "VIA TRANSLATOR", "TRANSLATED", "SINGING", "SPEAKING", "ON THE PHONE",
        "BY PHONE", "VIA TELEPHONE", "OFFSCREEN", "OFF-SCREEN", "AS ",
    ];

    private readonly SourceText _source;
    private readonly List<LabelEntry> _labels = [];
    private readonly Dictionary<int, int> _byHash = [];
    private readonly List<int> _nextWithSameHash = [];

    public SpeakerResolver(SourceText source) => _source = source;

    /// <summary>One distinct label text and where its parts lie (at its first use).</summary>
    private struct LabelEntry
    {
        public TextSpan Label;
        public TextSpan Name;
        public TextSpan Honorific;
        public TextSpan Role;
        public TextSpan Parenthetical;
        public LabelStyle Style;
        public int FirstBlock;
    }

    /// <summary>A label broken into the parts that decide identity.</summary>
    private sealed class Identity
    {
        public required string[] Tokens;
        public required string? TitleWord;
        public required string? Honorific;
        public required bool Generic;
        public string Surname => Tokens[^1];
        public bool IsFull => Tokens.Length >= 2 && !IsInitial(Tokens[0]);
        public string Key => string.Join(' ', Tokens);
    }

    /// <summary>Registers a turn's label; returns the index of its distinct label.</summary>
    public int Register(ref TranscriptReader reader, int blockIndex)
    {
        var text = reader.Label;
        int hash = string.GetHashCode(text);
        if (_byHash.TryGetValue(hash, out int index))
        {
            for (int i = index; i >= 0; i = _nextWithSameHash[i])
            {
                var known = _labels[i].Label;
                if (_source.Span.Slice(known.Start, known.Length).SequenceEqual(text))
                {
                    return i;
                }
            }
        }

        int added = _labels.Count;
        _labels.Add(new LabelEntry
        {
            Label = reader.LabelSpan,
            Name = reader.NameSpan,
            Honorific = reader.HonorificSpan,
            Role = reader.RoleSpan,
            Parenthetical = reader.ParentheticalSpan,
            Style = reader.LabelStyle,
            FirstBlock = blockIndex,
        });
        _nextWithSameHash.Add(_byHash.TryGetValue(hash, out int head) ? head : -1);
        _byHash[hash] = added;
        return added;
    }

    /// <summary>Groups the labels into speakers; returns the speaker of each distinct label.</summary>
    public Speaker[] Resolve(List<BlockDraft> blocks, int bodyStart, List<Diagnostic> diagnostics, out ImmutableArray<Speaker> speakers)
    {
        int count = _labels.Count;
        var identities = new Identity[count];
        for (int i = 0; i < count; i++)
        {
            identities[i] = Identify(_labels[i]);
        }

        // Persons as lists of label indices; full names first, so that short labels can join them.
        var persons = new List<List<int>>();
        var personOf = new int[count];
        Array.Fill(personOf, -1);
        var fullPersons = new List<int>();
        for (int i = 0; i < count; i++)
        {
            var id = identities[i];
            if (id.Generic || !id.IsFull)
            {
                continue;
            }

            int match = -1;
            foreach (int p in fullPersons)
            {
                var other = identities[persons[p][0]];
                if (other.Key == id.Key && Compatible(other, id))
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                match = persons.Count;
                persons.Add([]);
                fullPersons.Add(match);
            }

            persons[match].Add(i);
            personOf[i] = match;
        }

        for (int i = 0; i < count; i++)
        {
            if (personOf[i] >= 0)
            {
                continue;
            }

            var id = identities[i];
            int match = -1;
            if (id.Generic)
            {
                // Each generic label ("Unidentified Man #2") is its own voice; the same label is the same voice.
                match = FindSame(persons, identities, personOf, i, id);
            }
            else
            {
                int candidates = 0;
                char initial = !id.IsFull && id.Tokens.Length >= 2 && IsInitial(id.Tokens[0]) ? id.Tokens[0][0] : '\0';
                foreach (int p in fullPersons)
                {
                    var full = identities[persons[p][0]];
                    if (full.Surname == id.Surname && Compatible(full, id) && (initial == '\0' || full.Tokens[0][0] == initial))
                    {
                        candidates++;
                        match = p;
                    }
                }

                if (candidates == 0 && id.Tokens.Length == 1 && id.Tokens[0].Length is 2 or 3 && id.Tokens[0].IndexOf('.') < 0)
                {
                    // Initials: "CO" for "CAROL OFF".
                    foreach (int p in fullPersons)
                    {
                        var full = identities[persons[p][0]];
                        if (Initials(full) == id.Tokens[0])
                        {
                            candidates++;
                            match = p;
                        }
                    }
                }

                if (candidates > 1)
                {
                    var at = Position(blocks[_labels[i].FirstBlock]);
                    diagnostics.Add(new Diagnostic("TP0201", DiagnosticSeverity.Warning,
                        $"The label \"{_source.Label(_labels[i].Label)}\" may name any of {candidates} speakers who share the surname; it is kept as a speaker of its own.",
                        at.Line, at.Column));
                    match = -1;
                }

                if (match < 0 || candidates > 1)
                {
                    match = FindSame(persons, identities, personOf, i, id);
                }
            }

            if (match < 0)
            {
                match = persons.Count;
                persons.Add([]);
            }

            persons[match].Add(i);
            personOf[i] = match;
        }

        ReportSharedSurnames(fullPersons, persons, identities, blocks, diagnostics);

        var roles = AssignRoles(persons, personOf, identities, blocks, bodyStart);

        // Number the speakers in order of first appearance.
        var order = new List<int>(persons.Count);
        for (int p = 0; p < persons.Count; p++)
        {
            order.Add(p);
        }

        order.Sort((a, b) => FirstBlock(persons[a]).CompareTo(FirstBlock(persons[b])));
        var speakerOfPerson = new Speaker[persons.Count];
        var builder = ImmutableArray.CreateBuilder<Speaker>(persons.Count);
        for (int n = 0; n < order.Count; n++)
        {
            int p = order[n];
            var members = persons[p];
            members.Sort((a, b) => _labels[a].FirstBlock.CompareTo(_labels[b].FirstBlock));
            var speaker = BuildSpeaker("s" + (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), members, identities, roles[p]);
            speakerOfPerson[p] = speaker;
            builder.Add(speaker);
        }

        speakers = builder.MoveToImmutable();
        var result = new Speaker[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = speakerOfPerson[personOf[i]];
        }

        return result;
    }

    private int FirstBlock(List<int> members)
    {
        int first = int.MaxValue;
        foreach (int m in members)
        {
            first = Math.Min(first, _labels[m].FirstBlock);
        }

        return first;
    }

    private static int FindSame(List<List<int>> persons, Identity[] identities, int[] personOf, int self, Identity id)
    {
        for (int j = 0; j < self; j++)
        {
            if (personOf[j] >= 0 && identities[j].Generic == id.Generic && identities[j].Key == id.Key && identities[j].Honorific == id.Honorific
                && !identities[j].IsFull && persons[personOf[j]].Count > 0)
            {
                return personOf[j];
            }
        }

        return -1;
    }

    private void ReportSharedSurnames(List<int> fullPersons, List<List<int>> persons, Identity[] identities, List<BlockDraft> blocks, List<Diagnostic> diagnostics)
    {
        for (int a = 0; a < fullPersons.Count; a++)
        {
            for (int b = a + 1; b < fullPersons.Count && b < 64; b++)
            {
                var x = identities[persons[fullPersons[a]][0]];
                var y = identities[persons[fullPersons[b]][0]];
                if (x.Surname == y.Surname)
                {
                    int label = persons[fullPersons[b]][0];
                    var at = Position(blocks[_labels[label].FirstBlock]);
                    diagnostics.Add(new Diagnostic("TP0202", DiagnosticSeverity.Info,
                        $"\"{x.Key}\" and \"{y.Key}\" share a surname; they are kept as two speakers.", at.Line, at.Column));
                }
            }
        }
    }

    private static (int Line, int Column) Position(in BlockDraft block) => (block.LineNumber, block.ColumnNumber);

    private Identity Identify(in LabelEntry entry)
    {
        var name = _source.Span.Slice(entry.Name.Start, entry.Name.Length);
        var tokens = new List<string>();
        int position = 0;
        while (TextWords.Next(name, ref position, out var word, ' ', ' '))
        {
            tokens.Add(word.ToString().ToUpperInvariant());
        }

        // Titles in capitals ("SEN.", "FMR. VICE PRES.") are not part of the name, unless nothing else is.
        int skip = 0;
        while (skip < tokens.Count - 1 && Conventions.Contains(TitleWords, tokens[skip]))
        {
            skip++;
        }

        string? titleWord = skip > 0 ? string.Join(' ', tokens.GetRange(0, skip)) : null;
        tokens.RemoveRange(0, skip);
        // An honorific inside the name is a slip of the transcriber: "MR. DAVID MR. GREGORY" is David Gregory.
        for (int t = tokens.Count - 2; t >= 1; t--)
        {
            if (tokens[t].EndsWith('.') && Conventions.Contains(Conventions.Honorifics, tokens[t]))
            {
                tokens.RemoveAt(t);
            }
        }

        if (tokens.Count > 1 && tokens[^1] is "JR." or "JR" or "SR." or "SR" or "II" or "III" or "IV")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        string? honorific = entry.Honorific.IsEmpty ? titleWord : _source.Slice(entry.Honorific);
        bool generic = entry.Style is LabelStyle.QuestionAnswer || HasGenericWord(tokens) || _source.Span.Slice(entry.Name.Start, entry.Name.Length).IndexOf('#') >= 0;
        if (generic)
        {
            // The whole label is the identity: "UNIDENTIFIED MAN #1" and "#2" differ.
            tokens = [_source.Slice(entry.Label).ToUpperInvariant()];
        }

        if (tokens.Count == 0)
        {
            tokens.Add(_source.Slice(entry.Label).ToUpperInvariant());
        }

        return new Identity { Tokens = [.. tokens], TitleWord = titleWord, Honorific = NormalizeHonorific(honorific), Generic = generic };
    }

    private static string? NormalizeHonorific(string? honorific)
    {
        if (honorific is null)
        {
            return null;
        }

        var h = honorific.ToUpperInvariant().TrimEnd('.');
        return h switch
        {
            "MR" or "MS" or "MRS" or "MISS" or "MX" => h,
            _ => null,
        };
    }

    /// <summary>Two labels may name one person unless their honorifics say otherwise ("Ms. SKILLINGS", "Mr. SKILLINGS").</summary>
    private static bool Compatible(Identity a, Identity b) => a.Honorific is null || b.Honorific is null || a.Honorific == b.Honorific;

    /// <summary>How fully a label names a person: more words, and a first name rather than an initial ("OSKAR ABERG" over "O. ABERG").</summary>
    private static int Fullness(Identity id) => (id.Tokens.Length * 2) + (id.IsFull ? 1 : 0);

    private static bool IsInitial(string token) => (token.Length == 2 && token[1] == '.') || token.Length == 1;

    private static string Initials(Identity id) => new([id.Tokens[0][0], id.Surname[0]]);

    private static bool HasGenericWord(List<string> tokens)
    {
        foreach (var t in tokens)
        {
            if (Conventions.Contains(Conventions.GenericSpeakers, t.AsSpan().TrimEnd(".,")))
            {
                return true;
            }
        }

        return false;
    }

    private Speaker BuildSpeaker(string id, List<int> members, Identity[] identities, (SpeakerRole Role, RoleEvidence Evidence) role)
    {
        var labels = ImmutableArray.CreateBuilder<string>(members.Count);
        int best = members[0];
        foreach (int m in members)
        {
            labels.Add(_source.Label(_labels[m].Label));
            if (Fullness(identities[m]) > Fullness(identities[best]))
            {
                best = m;
            }
        }

        var entry = _labels[best];
        var identity = identities[best];
        string name = DisplayName(entry, identity);
        string? honorific = null, affiliation = null, title = null;
        foreach (int m in members)
        {
            var e = _labels[m];
            honorific ??= !e.Honorific.IsEmpty ? _source.Slice(e.Honorific) : identities[m].TitleWord is { } t ? TitleCase(t) : null;
            if (!e.Parenthetical.IsEmpty && affiliation is null && !IsDelivery(_source.Span.Slice(e.Parenthetical.Start, e.Parenthetical.Length)))
            {
                affiliation = _source.Slice(e.Parenthetical);
            }

            if (!e.Role.IsEmpty && title is null)
            {
                // "Director, Calder County Library": the title, then the organisation.
                var suffix = _source.Span.Slice(e.Role.Start, e.Role.Length);
                int comma = suffix.IndexOf(',');
                if (comma > 0)
                {
                    title = SourceText.FoldLines(suffix[..comma].Trim());
                    affiliation ??= SourceText.FoldLines(suffix[(comma + 1)..].Trim());
                }
                else
                {
                    title = _source.Label(e.Role);
                }
            }
        }

        return new Speaker(id, name, labels.MoveToImmutable(), role.Role, role.Evidence, honorific, affiliation, title);
    }

    /// <summary>What one person does in the body: their first turn, how many turns, how many hold a question.</summary>
    private struct PersonStats
    {
        public int FirstTurn;
        public int FirstTurnNumber;
        public int Turns;
        public int Questions;
    }

    /// <summary>The most persons whose names are looked for in the text; the rest keep what their labels say.</summary>
    private const int MaxPersonsSearched = 256;

    /// <summary>
    /// Gives every person a role with its evidence: what the label says, then how the text introduces them before they
    /// first speak (by themselves, as a reporter, or as a guest of another speaker, who is then the host), then whether
    /// they put the questions.
    /// </summary>
    private (SpeakerRole, RoleEvidence)[] AssignRoles(List<List<int>> persons, int[] personOf, Identity[] identities, List<BlockDraft> blocks, int bodyStart)
    {
        int count = persons.Count;
        var stats = new PersonStats[count];
        for (int p = 0; p < count; p++)
        {
            stats[p].FirstTurn = -1;
        }

        int turnNumber = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind != BlockKind.Turn)
            {
                continue;
            }

            turnNumber++;
            int p = personOf[block.LabelIndex];
            ref var st = ref stats[p];
            if (st.FirstTurn < 0)
            {
                st.FirstTurn = b;
                st.FirstTurnNumber = turnNumber;
            }

            st.Turns++;
            if (_source.Span.Slice(block.TextSpan.Start, block.TextSpan.Length).IndexOf('?') >= 0)
            {
                st.Questions++;
            }
        }

        var roles = new (SpeakerRole, RoleEvidence)[count];
        var introducedBy = new int[count];
        Array.Fill(introducedBy, -1);
        int searched = 0;
        for (int p = 0; p < count; p++)
        {
            roles[p] = FromLabels(persons[p], identities);
            if (roles[p].Item1 != SpeakerRole.Unknown || stats[p].FirstTurn < 0 || searched++ >= MaxPersonsSearched)
            {
                continue;
            }

            roles[p] = FromText(persons[p], identities, blocks, bodyStart, stats[p], personOf, out introducedBy[p]);
        }

        for (int p = 0; p < count; p++)
        {
            if (roles[p].Item1 != SpeakerRole.Unknown)
            {
                continue;
            }

            if (Array.IndexOf(introducedBy, p) >= 0)
            {
                roles[p] = (SpeakerRole.Host, RoleEvidence.IntroducesSpeakers);
            }
            else if (stats[p].Turns >= 2 && stats[p].Questions * 2 >= stats[p].Turns)
            {
                roles[p] = (SpeakerRole.Host, RoleEvidence.AsksQuestions);
            }
        }

        return roles;
    }

    /// <summary>The role a person's labels state: a role word, a generic label, or an affiliation in parentheses.</summary>
    private (SpeakerRole, RoleEvidence) FromLabels(List<int> members, Identity[] identities)
    {
        bool affiliated = false;
        foreach (int m in members)
        {
            var e = _labels[m];
            var role = _source.Span.Slice(e.Role.Start, e.Role.Length);
            var paren = _source.Span.Slice(e.Parenthetical.Start, e.Parenthetical.Length);
            if (ContainsAny(role, HostWords) || ContainsAny(paren, HostWords))
            {
                return (SpeakerRole.Host, RoleEvidence.LabelRole);
            }

            if (ContainsAny(role, ReporterWords) || ContainsAny(paren, ReporterWords))
            {
                return (SpeakerRole.Reporter, RoleEvidence.LabelRole);
            }

            affiliated |= (paren.Length > 6 && !IsDelivery(paren) && !IsPartyTag(paren)) || role.Length > 0;
        }

        if (identities[members[0]].Generic)
        {
            return (SpeakerRole.Unidentified, RoleEvidence.GenericLabel);
        }

        // A title or affiliation in the label marks a guest or newsmaker: "Mr. BILL MOYERS (Author, ...)", "Ruth Oyelaran, Director".
        return affiliated ? (SpeakerRole.Guest, RoleEvidence.LabelRole) : (SpeakerRole.Unknown, RoleEvidence.None);
    }

    /// <summary>The role the text shows: a self-introduction, or how someone else names them before they speak.</summary>
    private (SpeakerRole, RoleEvidence) FromText(List<int> members, Identity[] identities, List<BlockDraft> blocks, int bodyStart, PersonStats stats, int[] personOf, out int introducer)
    {
        introducer = -1;
        var names = NameForms(identities[members[0]], members, identities);

        // "I'm Ari Shapiro" in their own first turn, near the start of the broadcast.
        var first = blocks[stats.FirstTurn].TextSpan;
        var opening = _source.Span.Slice(first.Start, Math.Min(first.Length, 400));
        if (stats.FirstTurnNumber <= 4 && IsSelfIntroduced(opening, names))
        {
            return (SpeakerRole.Host, RoleEvidence.SelfIntroduction);
        }

        // Named before they first speak: by themselves in unlabelled narration ("Hey, I'm Kelly McEvers"), as a
        // reporter ("NPR's Tobias Renner reports"), or by someone else, who introduces a guest.
        int from = Math.Max(bodyStart, blocks[stats.FirstTurn].Span.Start - 20_000);
        int to = blocks[stats.FirstTurn].Span.Start;
        var before = _source.Span.Slice(from, Math.Max(0, to - from));
        foreach (var form in names)
        {
            int at = IndexOfWordOutsideLabels(before, form, from, blocks);
            if (at < 0)
            {
                continue;
            }

            if (IsIntroductionBefore(before[..at]))
            {
                return (SpeakerRole.Host, RoleEvidence.SelfIntroduction);
            }

            int block = BlockAt(blocks, from + at);
            if (block >= 0 && blocks[block].LabelIndex >= 0)
            {
                introducer = personOf[blocks[block].LabelIndex];
            }

            return IsReporterMention(before[..at], before[(at + form.Length)..]) ? (SpeakerRole.Reporter, RoleEvidence.Introduced) : (SpeakerRole.Guest, RoleEvidence.Introduced);
        }

        return (SpeakerRole.Unknown, RoleEvidence.None);
    }

    /// <summary>Finds a name in the text before a speaker's first turn, passing over the labels of other turns ("OSKAR ABERG:" does not introduce Tilde Aberg).</summary>
    private static int IndexOfWordOutsideLabels(ReadOnlySpan<char> before, string form, int offset, List<BlockDraft> blocks)
    {
        int from = 0;
        for (int tries = 0; tries < 32 && from < before.Length; tries++)
        {
            int at = IndexOfWord(before[from..], form);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            int block = BlockAt(blocks, offset + at);
            if (block < 0 || blocks[block].Kind != BlockKind.Turn || offset + at >= blocks[block].TextSpan.Start)
            {
                return at;
            }

            from = at + form.Length;
        }

        return -1;
    }

    /// <summary>The block whose span holds <paramref name="position"/>, or -1.</summary>
    private static int BlockAt(List<BlockDraft> blocks, int position)
    {
        int lo = 0, hi = blocks.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = blocks[mid].Span;
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>A reporter is named as one: "correspondent Theo Ravensworth", "NPR's Tobias Renner reports".</summary>
    private static bool IsReporterMention(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.TrimEnd();
        int start = Math.Max(0, before.Length - 40);
        var tail = before[start..];

        // Skip a first name between the word and the surname.
        int space = tail.LastIndexOf(' ');
        var previous = space > 0 ? tail[..space].TrimEnd() : tail;
        foreach (var words in (ReadOnlySpan<string>)[tail.ToString(), previous.ToString()])
        {
            if (words.EndsWith("correspondent", StringComparison.OrdinalIgnoreCase) || words.EndsWith("reporter", StringComparison.OrdinalIgnoreCase)
                || words.EndsWith("NPR's", StringComparison.Ordinal) || words.EndsWith("NPR\u2019s", StringComparison.Ordinal)
                || words.EndsWith("CNN's", StringComparison.Ordinal) || words.EndsWith("CNN\u2019s", StringComparison.Ordinal))
            {
                return true;
            }
        }

        after = after.TrimStart();
        return after.StartsWith("reports", StringComparison.Ordinal) || after.StartsWith("reporting", StringComparison.Ordinal)
            || after.StartsWith("has more", StringComparison.Ordinal) || after.StartsWith("has the story", StringComparison.Ordinal);
    }

    /// <summary>A party tag in parentheses: "D-N.Y.", "R", "R-AZ", "RET.", "I-VT".</summary>
    private static bool IsPartyTag(ReadOnlySpan<char> paren)
    {
        paren = paren.Trim();
        if (paren.Length > 12)
        {
            return false;
        }

        foreach (char c in paren)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The forms the text may use for a person: the full name, then the surname.</summary>
    private static List<string> NameForms(Identity identity, List<int> members, Identity[] identities)
    {
        var forms = new List<string>(2);
        foreach (int m in members)
        {
            if (identities[m].IsFull)
            {
                forms.Add(identities[m].Key);
                break;
            }
        }

        if (identity.Surname.Length >= 3)
        {
            forms.Add(identity.Surname);
        }

        return forms;
    }

    private static bool IsSelfIntroduced(ReadOnlySpan<char> opening, List<string> names)
    {
        foreach (var form in names)
        {
            int from = 0;
            while (from < opening.Length)
            {
                int at = IndexOfWord(opening[from..], form);
                if (at < 0)
                {
                    break;
                }

                if (IsIntroductionBefore(opening[..(from + at)]))
                {
                    return true;
                }

                from += at + form.Length;
            }
        }

        return false;
    }

    /// <summary>Whether the words just before a name introduce oneself ("I'm", "I am", "this is", "my name is").</summary>
    private static bool IsIntroductionBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        int start = Math.Max(0, before.Length - 30);
        var tail = before[start..];

        // Skip a first name between the phrase and the surname: "I'm Ari Shapiro".
        int lastSpace = tail.LastIndexOf(' ');
        var withoutFirstName = lastSpace > 0 ? tail[..lastSpace].TrimEnd() : default;
        foreach (var candidate in (ReadOnlySpan<string>)[tail.ToString(), withoutFirstName.ToString()])
        {
            var words = candidate.AsSpan();
            foreach (var p in (ReadOnlySpan<string>)["I'm", "I\u2019m", "I am", "my name is", "My name is", "I'M"])
            {
                if (words.EndsWith(p, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // "This is Dave Davies" opens a sentence; "...to discuss this is Abe Denmark" does not introduce oneself.
            foreach (var p in (ReadOnlySpan<string>)["This is", "THIS IS"])
            {
                if (words.EndsWith(p, StringComparison.Ordinal))
                {
                    var lead = before[..Math.Max(0, start + words.Length - p.Length)].TrimEnd();
                    if (lead.IsEmpty || lead[^1] is '.' or '?' or '!' or '"' or '\u201D')
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Finds <paramref name="word"/> (in capitals) in <paramref name="text"/>, ignoring case, as a whole word.</summary>
    private static int IndexOfWord(ReadOnlySpan<char> text, string word)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            int end = at + word.Length;
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            bool endOk = end >= text.Length || !char.IsLetter(text[end]);
            if (startOk && endOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDelivery(ReadOnlySpan<char> paren)
    {
        foreach (var w in DeliveryWords)
        {
            if (w == "AS " ? paren.StartsWith(w, StringComparison.OrdinalIgnoreCase) : paren.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name for display: as written when in mixed case, otherwise title-cased with the text's spelling when it has one.</summary>
    private string DisplayName(in LabelEntry entry, Identity identity)
    {
        var name = _source.Span.Slice(entry.Name.Start, entry.Name.Length);
        if (identity.Generic)
        {
            var label = _source.Span.Slice(entry.Label.Start, entry.Label.Length);
            return HasLower(label) ? label.ToString() : TitleCase(label.ToString());
        }

        if (HasLowerBeyondMc(name))
        {
            // "Judy Woodruff", "rose" after a caption marker.
            var written = Collapse(name);
            return char.IsLower(written[0]) ? TitleCase(written.ToUpperInvariant()) : written;
        }

        var tokens = identity.Tokens;
        var display = new StringBuilder();
        foreach (var token in tokens)
        {
            if (display.Length > 0)
            {
                display.Append(' ');
            }

            display.Append(TitleCaseToken(token));
        }

        var result = display.ToString();
        return NeedsSpellingFromText(tokens) ? SpellingFromText(result) : result;
    }

    private static bool NeedsSpellingFromText(string[] tokens)
    {
        foreach (var t in tokens)
        {
            if (t.StartsWith("MC", StringComparison.Ordinal) || t.StartsWith("MAC", StringComparison.Ordinal) || t.StartsWith("DE", StringComparison.Ordinal)
                || t.StartsWith("DI", StringComparison.Ordinal) || t.StartsWith("LA", StringComparison.Ordinal) || t.StartsWith("LE", StringComparison.Ordinal)
                || t.StartsWith("VAN", StringComparison.Ordinal) || t.StartsWith("VON", StringComparison.Ordinal) || t.StartsWith("D'", StringComparison.Ordinal)
                || t.StartsWith("O'", StringComparison.Ordinal) || t.StartsWith("DU", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks for the name in the text, ignoring case, and takes the spelling it finds there if it is not all capitals.</summary>
    private string SpellingFromText(string display)
    {
        var text = _source.Span;
        int from = 0;
        for (int tries = 0; tries < 64 && from < text.Length; tries++)
        {
            int at = IndexOfWord(text[from..], display);
            if (at < 0)
            {
                break;
            }

            at += from;
            var found = text.Slice(at, display.Length);
            if (IsMostlyLower(found))
            {
                return found.ToString();
            }

            from = at + display.Length;
        }

        return display;
    }

    private static string Collapse(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        int position = 0;
        while (TextWords.Next(name, ref position, out var word, ' ', ' '))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(word);
        }

        return sb.ToString();
    }

    private static string TitleCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        int position = 0;
        while (TextWords.Next(text, ref position, out var word, ' ', ' '))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(TitleCaseToken(word.ToString()));
        }

        return sb.ToString();
    }

    /// <summary>"DENMARK" → "Denmark", "O'BRIEN" → "O'Brien", "MCEVERS" → "McEvers", "GARCIA-NAVARRO" → "Garcia-Navarro", "III" stays.</summary>
    private static string TitleCaseToken(string token)
    {
        if (token is "II" or "III" or "IV" || (token.Length == 2 && token[1] == '.'))
        {
            return token;
        }

        var chars = token.ToLowerInvariant().ToCharArray();
        if (chars.Length > 3 && chars[0] == 'm' && chars[1] == 'c' && char.IsLetter(chars[2]))
        {
            // "MCALLISTER" → "McAllister": the letter after Mc is a capital.
            chars[2] = char.ToUpperInvariant(chars[2]);
        }

        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }

            start = chars[i] is '-' or '\'' or '\u2019' or '.' && !(chars[i] is '\'' or '\u2019' && i >= 2);
        }

        return new string(chars);
    }

    /// <summary>Whether most letters are lower case, as a name written in a sentence ("Mitch McConnell"), not in a label.</summary>
    private static bool IsMostlyLower(ReadOnlySpan<char> text)
    {
        int lower = 0, letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        return lower * 2 > letters;
    }

    /// <summary>Whether a name has lower-case letters other than the c of a Mc ("EWAN McALLISTER" has none).</summary>
    private static bool HasLowerBeyondMc(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLower(c) && !(c == 'c' && i > 0 && text[i - 1] == 'M' && (i < 2 || !char.IsLetter(text[i - 2])) && i + 1 < text.Length && char.IsUpper(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
