using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    private static readonly PhraseTable TitleWords = new(
    [
        "MR.", "MRS.", "MS.", "MISS", "DR.", "SEN.", "REP.", "GOV.", "GEN.", "LT.", "COL.", "PRES.", "FMR.", "FORMER", "VICE",
        "SEC.", "SECRETARY", "SENATOR", "REPRESENTATIVE", "PRESIDENT", "REV.", "AMB.", "ADM.", "PROF.", "CHANCELLOR",
        "JUDGE", "JUSTICE", "CAPT.", "SGT.", "MAYOR", "GOVERNOR", "GENERAL", "ADMIRAL", "CHAIRMAN", "CHAIRWOMAN", "MR", "MS",
        "MRS", "DR", "SEN", "REP", "GOV", "PRESIDENT-ELECT", "AMBASSADOR", "RABBI", "FATHER", "SISTER", "SIR", "DAME", "LORD",
        "LADY", "PRINCE", "PRINCESS", "KING", "QUEEN", "CMDR.", "MAJ.", "GEN", "LT", "COL", "HON.", "ATTORNEY", "MADAM",
    ]);

    private static readonly AsciiWordSet HostWords = new("HOST", "ANCHOR", "MODERATOR", "PRESENTER", "CO-HOST", "COHOST", "NEWSREADER");

    private static readonly AsciiWordSet ReporterWords = new("BYLINE", "CORRESPONDENT", "REPORTER", "REPORTING", "CONTRIBUTOR");

    // How a speaker is heard, not who they are; a parenthesis opening with "AS " is one too (IsDelivery).
    private static readonly AsciiWordSet DeliveryWords = new(
        "VOICE-OVER", "VOICE OVER", "VOICEOVER", "ON CAMERA", "ON-CAMERA", "OFF CAMERA", "OFF-CAMERA", "OFF-MIKE", "OFF MIKE",
        "THROUGH TRANSLATOR", "THROUGH INTERPRETER", "VIA TRANSLATOR", "TRANSLATED", "SINGING", "SPEAKING", "ON THE PHONE",
        "BY PHONE", "VIA TELEPHONE", "OFFSCREEN", "OFF-SCREEN");

#if NET9_0_OR_GREATER
    /// <summary>
    /// The cue words that make a parenthesis a delivery note or a translation (<see cref="AnnotationScanner.KindWords"/>),
    /// but "AS ", which counts only at the start: <see cref="IsDeliveryOrTranslation"/> looks for them all in one search.
    /// </summary>
    private static readonly SearchValues<string> DeliveryOrTranslationWords = SearchValues.Create(DeliveryOrTranslationWordList(), StringComparison.OrdinalIgnoreCase);
#endif

    private const int NoHonorific = 0;

    /// <summary>
    /// The most labels (and so names) a document may have for its indexes of names to be one chain each, searched from
    /// end to end: cheaper than hashing a name and looking it up for the few a page has, and no table to clear.
    /// </summary>
    private const int FewLabels = 32;

    private readonly ChainHeads _byHash = new();
    private TranscriptData _data = null!;
    private LabelEntry[] _labels = [];
    private int _labelCount;

    /// <summary>How many turns were registered: each opens a block, which stays.</summary>
    private int _turnCount;
    private int[] _nextWithSameHash = [];

    /// <summary>
    /// The two labels last seen in each set of two slots, as their indexes plus one, the one seen last first; the set
    /// is picked by the label's length and a few of its chars (<see cref="QuickSet"/>): a label met again is found with
    /// one or two compares and no hash of its whole text. An entry left from an earlier document is only a miss, as
    /// every hit is compared in full.
    /// </summary>
    private readonly int[] _quickLabels = new int[QuickSlots];

    /// <summary>
    /// For each slot of the reader's label memory, the label id last seen from it (<see cref="LabelMatch.MemoryId"/>)
    /// and the distinct label it names, with the document it was seen in, so that nothing is cleared between documents.
    /// </summary>
    private readonly MemoryLabel[] _labelOfMemory = new MemoryLabel[KnownLabels.SlotCount];

    /// <summary>The number of the document being built, from 1, which the ids of <see cref="_labelOfMemory"/> belong to.</summary>
    private uint _document;

    private const int QuickSetBits = 7;

    private const int QuickSlots = 2 << QuickSetBits;

    // Scratch, kept from one document to the next: the labels' identities, their words in capitals, the persons.
    private Identity[] _identities = [];
    private TextRef[] _tokens = [];
    private int _tokenCount;
    private char[] _chars = [];
    private int _charCount;
    private int[] _personOf = [];
    private int[] _nextMember = [];
    private int[] _nextSorted = [];
    private int[] _speakerOfLabel = [];
    private Person[] _persons = [];
    private int _personCount;
    private int[] _fullPersons = [];
    private int _fullPersonCount;

    // Indexes of this document's names, so that matching a label costs the same however many labels came before it:
    // full-name persons by the hash of their name and of their surname (chains through the person arrays, newest
    // first), and the labels matched after them by the hash of their name (chains in order, oldest first).
    private readonly ChainHeads _fullByName = new();
    private int[] _nextFullByName = [];
    private readonly ChainHeads _fullBySurname = new();
    private int[] _nextFullBySurname = [];
    private readonly ChainHeads _shortByName = new();
    private readonly ChainHeads _shortByNameLast = new();
    private int[] _nextShortByName = [];

    /// <summary>
    /// How many full names sharing a surname's hash are compared with a surname label; past it the label is taken to
    /// be shared (only a generated input names so many people alike).
    /// </summary>
    private const int MaxSurnameChain = 64;

    /// <summary>Room for a label's role and parenthesis in upper case, searched by the role words (<see cref="FromLabels"/>).</summary>
    private readonly char[] _upperCopies = new char[2 * AsciiWordSet.MostChars];

    /// <summary>How many names of this document were looked up in its text for their spelling (see <c>SpellingFromText</c>).</summary>
    private int _spellingSearches;

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

        /// <summary>The number of the label's first turn among the document's turns, from 1.</summary>
        public int FirstTurnNumber;

        /// <summary>How many turns the label opens.</summary>
        public int Turns;

        /// <summary>How many of those turns hold a question mark (<see cref="AddQuestion"/>).</summary>
        public int Questions;

        /// <summary>Whether the parenthetical is a delivery note or a translation: 0 not yet known, 1 yes, -1 no.</summary>
        public sbyte NoteIsDelivery;

        /// <summary>Whether the parenthetical names a way of being heard (<c>IsDelivery</c>): 0 not yet known, 1 yes, -1 no.</summary>
        public sbyte ParenIsDelivery;
    }

    /// <summary>A label id of the reader's memory and the distinct label it names.</summary>
    private struct MemoryLabel
    {
        public int Id;
        public int Label;
        public uint Document;
    }

    /// <summary>A label broken into the parts that decide identity: its words in capitals, in the scratch chars.</summary>
    private struct Identity
    {
        public int FirstToken;
        public int TokenCount;

        /// <summary>The words joined by one space.</summary>
        public TextRef Key;

        /// <summary>The title words that opened the name ("SEN.", "FMR. VICE PRES."), or null.</summary>
        public TextRef TitleWord;

        /// <summary>MR, MS, MRS, MISS or MX as 1 to 5; 0 for none.</summary>
        public int Honorific;
        public bool Generic;
    }

    /// <summary>A person: the labels that name them, in the order they were joined and in source order.</summary>
    private struct Person
    {
        public int FirstMember;
        public int LastMember;
        public int FirstSorted;
        public int LastSorted;
        public int Speaker;
        public (SpeakerRole Role, RoleEvidence Evidence) Role;
        public int IntroducedBy;

        /// <summary>Whether the person introduces someone (is the <see cref="IntroducedBy"/> of another).</summary>
        public bool Introduces;

        /// <summary>Whether a label names the person by a surname of two words ("VANEK SMITH" of "STACEY VANEK SMITH").</summary>
        public bool CompoundSurname;
        public PersonStats Stats;
    }

    /// <summary>Forgets the last document's labels; the buffers stay.</summary>
    public void Clear(TranscriptData data)
    {
        _data = data;
        _labelCount = 0;
        if (++_document == 0)
        {
            // After four billion documents the numbers start again, from an empty table.
            Array.Clear(_labelOfMemory);
            _document = 1;
        }

        _turnCount = 0;
        _byHash.Clear(hashed: false);
        _tokenCount = 0;
        _charCount = 0;
        _personCount = 0;
        _fullPersonCount = 0;
        _spellingSearches = 0;
    }

    /// <summary>Lets go of buffers a document with very many labels grew.</summary>
    public void TrimExcess(int maxLabels)
    {
        if (_labels.Length > maxLabels)
        {
            _labels = [];
            _nextWithSameHash = [];
            _identities = [];
            _personOf = [];
            _nextMember = [];
            _nextSorted = [];
            _speakerOfLabel = [];
            _persons = [];
            _fullPersons = [];
            _nextFullByName = [];
            _nextFullBySurname = [];
            _nextShortByName = [];
            _byHash.TrimExcess();
            _fullByName.TrimExcess();
            _fullBySurname.TrimExcess();
            _shortByName.TrimExcess();
            _shortByNameLast.TrimExcess();
        }

        if (_chars.Length > maxLabels * 16)
        {
            _chars = [];
            _tokens = [];
        }
    }

    private ReadOnlySpan<char> Source => _data.Text;

    /// <summary>How many turns the last document registered (<see cref="Register"/>).</summary>
    public int TurnCount => _turnCount;

    /// <summary>The speaker index of each distinct label, as the last <see cref="Resolve"/> returned it.</summary>
    public ReadOnlySpan<int> SpeakerOfLabel => _speakerOfLabel.AsSpan(0, _labelCount);

    private ReadOnlySpan<char> Slice(TextSpan span) => Source.Slice(span.Start, span.Length);

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> source, TextSpan span) => source.Slice(span.Start, span.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Chars(TextRef text) => _chars.AsSpan(text.Start, text.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Token(in Identity id, int index) => Chars(_tokens[id.FirstToken + index]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Surname(in Identity id) => Token(id, id.TokenCount - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFull(in Identity id) => id.TokenCount >= 2 && !IsInitial(Token(id, 0));

    /// <summary>Registers the label of the turn the reader of <paramref name="source"/> is at; returns the index of its distinct label.</summary>
    public int Register(ReadOnlySpan<char> source, ref TranscriptReader reader, int blockIndex)
    {
        _turnCount++;

        // A label the reader recalled from its memory is the one its id was last seen with: no lookup by its text.
        int memoryId = reader.LabelMemoryId;
        ref var known = ref _labelOfMemory[memoryId & (KnownLabels.SlotCount - 1)];
        if (memoryId != 0 && known.Id == memoryId && known.Document == _document)
        {
            _labels[known.Label].Turns++;
            return known.Label;
        }

        int found = FindOrAdd(source, ref reader, blockIndex);
        if (memoryId != 0)
        {
            known = new MemoryLabel { Id = memoryId, Document = _document, Label = found };
        }

        return found;
    }

    /// <summary>The index of the distinct label of the turn the reader is at, added if new, its turn counted.</summary>
    private int FindOrAdd(ReadOnlySpan<char> source, ref TranscriptReader reader, int blockIndex)
    {
        var text = reader.Label;

        // Speakers mostly come back: a label met before is in one of the two ways of its set, unless two others took
        // them since. A miss (however an input makes labels share sets) costs two compares more than the hash lookup.
        int set = QuickSet(text);
        int cached = _quickLabels[set] - 1;
        if ((uint)cached < (uint)_labelCount && IsWritten(source, cached, text))
        {
            _labels[cached].Turns++;
            return cached;
        }

        int other = _quickLabels[set + 1] - 1;
        if ((uint)other < (uint)_labelCount && IsWritten(source, other, text))
        {
            // The way last used comes first.
            _quickLabels[set + 1] = cached + 1;
            _quickLabels[set] = other + 1;
            _labels[other].Turns++;
            return other;
        }

        return RegisterMissed(source, ref reader, blockIndex, set, cached);
    }

    /// <summary>
    /// <see cref="FindOrAdd"/> for a label its set does not hold: found by its hash, or added. Out of the builder's
    /// loop, into which <see cref="Register"/> is inlined, so that the hashing does not take the JIT's inlining budget
    /// from the paths every block takes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RegisterMissed(ReadOnlySpan<char> source, ref TranscriptReader reader, int blockIndex, int set, int cached)
    {
        int found = Find(source, reader.Label, out int hash);
        if (found < 0)
        {
            found = Add(ref reader, blockIndex, hash);
        }

        _labels[found].Turns++;

        // The way used last moves to the second, the one used before it goes.
        _quickLabels[set + 1] = cached + 1;
        _quickLabels[set] = found + 1;
        return found;
    }

    /// <summary>Whether the distinct label <paramref name="label"/> is written as <paramref name="text"/>.</summary>
    private bool IsWritten(ReadOnlySpan<char> source, int label, ReadOnlySpan<char> text)
    {
        var written = _labels[label].Label;
        return written.Length == text.Length && Slice(source, written).SequenceEqual(text);
    }

    /// <summary>
    /// Counts a turn of the distinct label <paramref name="labelIndex"/> that holds a question mark: told once per
    /// turn, when the builder first finds one in it, so that no pass over the blocks counts them again.
    /// </summary>
    public void AddQuestion(int labelIndex) => _labels[labelIndex].Questions++;

    /// <summary>
    /// Whether the parenthetical of a turn's label is a delivery note or a translation ("DUQUESNE (on camera):"), as
    /// <see cref="AnnotationScanner.Classify"/> says: asked once per distinct label, as the label's text decides it.
    /// </summary>
    public bool IsDeliveryNote(ReadOnlySpan<char> source, int labelIndex, TextSpan label, TextSpan parenthetical)
    {
        ref var entry = ref _labels[labelIndex];

        // The same label text holds the same parenthetical at the same place; any other is classified as it comes.
        if (parenthetical.Start < label.Start || parenthetical.End > label.End
            || parenthetical.Start - label.Start != entry.Parenthetical.Start - entry.Label.Start || parenthetical.Length != entry.Parenthetical.Length)
        {
            return IsDeliveryOrTranslation(parenthetical.Slice(source));
        }

        if (entry.NoteIsDelivery == 0)
        {
            entry.NoteIsDelivery = IsDeliveryOrTranslation(parenthetical.Slice(source)) ? (sbyte)1 : (sbyte)-1;
        }

        return entry.NoteIsDelivery > 0;
    }

    /// <summary>
    /// Whether <see cref="AnnotationScanner.Classify"/> gives <paramref name="contents"/> the kind of a delivery note or a
    /// translation. It can only where the contents hold one of their cue words (ignoring the case of ASCII letters) or
    /// open with "AS ": a parenthesis that names an affiliation ("Director, Calder County Library") holds none, and is
    /// turned away by one search instead of a search for each cue word its chars allow.
    /// </summary>
    internal static bool IsDeliveryOrTranslation(ReadOnlySpan<char> contents)
    {
#if NET9_0_OR_GREATER
        // The search ignores case as OrdinalIgnoreCase does, which finds every place the cue words' ASCII search finds.
        var trimmed = contents.Trim();
        if (!trimmed.StartsWith("AS ", StringComparison.OrdinalIgnoreCase) && !trimmed.ContainsAny(DeliveryOrTranslationWords))
        {
            return false;
        }
#endif
        return AnnotationScanner.Classify(contents) is AnnotationKind.Delivery or AnnotationKind.Translation;
    }

#if NET9_0_OR_GREATER
    /// <summary>The words of <see cref="DeliveryOrTranslationWords"/>.</summary>
    internal static string[] DeliveryOrTranslationWordList()
    {
        var words = new List<string>();
        foreach (var (word, kind) in AnnotationScanner.KindWords)
        {
            if (kind is AnnotationKind.Delivery or AnnotationKind.Translation && word != "AS ")
            {
                words.Add(word);
            }
        }

        return words.ToArray();
    }
#endif

    /// <summary>
    /// The first of the two slots of <see cref="_quickLabels"/> that a label may be in (its set), picked by its length,
    /// first, middle and last chars.
    /// </summary>
    private static int QuickSet(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty)
        {
            return 0;
        }

        uint mixed = ((uint)label.Length * 0x9E3779B1u) ^ (label[0] * 0x85EBCA77u) ^ (label[label.Length >> 1] * 0xC2B2AE3Du) ^ (label[^1] * 0x27D4EB2Fu);
        return (int)((mixed ^ (mixed >> 15)) * 0x2C1B3C6Du >> (32 - QuickSetBits)) * 2;
    }

    /// <summary>The distinct label written as <paramref name="text"/>, or -1; <paramref name="hash"/> is its hash.</summary>
    private int Find(ReadOnlySpan<char> source, ReadOnlySpan<char> text, out int hash)
    {
        hash = _byHash.Hash(text);
        for (int i = _byHash.Head(hash); i >= 0; i = _nextWithSameHash[i])
        {
            if (Slice(source, _labels[i].Label).SequenceEqual(text))
            {
                return i;
            }
        }

        return -1;
    }

    private int Add(ref TranscriptReader reader, int blockIndex, int hash)
    {
        int added = _labelCount++;
        TranscriptData.Grow(ref _labels, _labelCount);
        TranscriptData.Grow(ref _nextWithSameHash, _labelCount);
        _labels[added] = new LabelEntry
        {
            Label = reader.LabelSpan,
            Name = reader.NameSpan,
            Honorific = reader.HonorificSpan,
            Role = reader.RoleSpan,
            Parenthetical = reader.ParentheticalSpan,
            Style = reader.LabelStyle,
            FirstBlock = blockIndex,
            FirstTurnNumber = _turnCount,
        };
        if (_labelCount == FewLabels + 1)
        {
            // Past the few labels one chain holds: from now on, by the hash of their text.
            _byHash.Clear(hashed: true);
            for (int i = 0; i < added; i++)
            {
                AddToChain(_byHash, _nextWithSameHash, i, _byHash.Hash(Slice(_labels[i].Label)));
            }

            hash = _byHash.Hash(Slice(_labels[added].Label));
        }

        AddToChain(_byHash, _nextWithSameHash, added, hash);
        return added;
    }

    /// <summary>Puts <paramref name="item"/> at the head of the chain of <paramref name="hash"/>.</summary>
    private static void AddToChain(ChainHeads heads, int[] next, int item, int hash)
    {
        next[item] = heads.Head(hash);
        heads.SetHead(hash, item);
    }

    /// <summary>
    /// Groups the labels into speakers, writes the speakers to the transcript data in order of first appearance, and
    /// returns the speaker index of each distinct label.
    /// </summary>
    public ReadOnlySpan<int> Resolve(ReadOnlySpan<BlockDraft> blocks, int bodyStart)
    {
        int count = _labelCount;
        TranscriptData.Grow(ref _identities, count);
        TranscriptData.Grow(ref _personOf, count);
        TranscriptData.Grow(ref _nextMember, count);
        TranscriptData.Grow(ref _nextSorted, count);
        TranscriptData.Grow(ref _speakerOfLabel, count);
        TranscriptData.Grow(ref _nextShortByName, count);
        bool hashed = count > FewLabels;
        _fullByName.Clear(hashed);
        _fullBySurname.Clear(hashed);
        _shortByName.Clear(hashed);
        _shortByNameLast.Clear(hashed);
        for (int i = 0; i < count; i++)
        {
            _identities[i] = Identify(_labels[i]);
            _personOf[i] = -1;
        }

        // Persons as lists of labels; full names first, so that short labels can join them.
        for (int i = 0; i < count; i++)
        {
            ref readonly var id = ref _identities[i];
            if (id.Generic || !IsFull(id))
            {
                continue;
            }

            // The first person of the same name with compatible honorifics (a chain holds only the few honorifics
            // one name is written with, and hash collisions).
            int match = -1;
            int nameHash = _fullByName.Hash(Chars(id.Key));
            for (int p = _fullByName.Head(nameHash); p >= 0; p = _nextFullByName[p])
            {
                ref readonly var other = ref _identities[_persons[p].FirstMember];
                if ((match < 0 || p < match) && Chars(other.Key).SequenceEqual(Chars(id.Key)) && Compatible(other, id))
                {
                    match = p;
                }
            }

            // (The surname's hash serves the search below and the new person's chain.)
            int surnameHash = match < 0 ? _fullBySurname.Hash(Surname(id)) : 0;
            if (match < 0 && id.TokenCount == 2 && _fullPersonCount > 0)
            {
                // Two words that end a longer full name are its surname of two words ("VANEK SMITH" after "STACEY
                // VANEK SMITH"), when they end only one.
                match = FindCompoundSurname(id, surnameHash);
            }

            if (match < 0 && _fullPersonCount > 0 && _fullPersonCount <= MaxPersonsSearched)
            {
                // The same first names and a surname one letter off ("KLAUS FRANKENBEGER" after "KLAUS FRANKENBERGER").
                match = FindMisspeltFullName(id, i);
                if (match >= 0)
                {
                    ReportMisspeltFullName(i, match, blocks[_labels[i].FirstBlock]);
                }
            }

            if (match < 0)
            {
                match = NewPerson();
                TranscriptData.Grow(ref _fullPersons, _fullPersonCount + 1);
                _fullPersons[_fullPersonCount++] = match;
                TranscriptData.Grow(ref _nextFullByName, _personCount);
                TranscriptData.Grow(ref _nextFullBySurname, _personCount);
                AddToChain(_fullByName, _nextFullByName, match, nameHash);
                AddToChain(_fullBySurname, _nextFullBySurname, match, surnameHash);
            }

            Join(match, i);
        }

        for (int i = 0; i < count; i++)
        {
            if (_personOf[i] >= 0)
            {
                continue;
            }

            ref readonly var id = ref _identities[i];
            int match = -1;
            if (id.Generic)
            {
                // Each generic label ("Unidentified Man #2") is its own voice; the same label is the same voice.
                match = FindSame(i);
            }
            else
            {
                int candidates = 0;
                int same = FindSame(i);
                var first = Token(id, 0);
                char initial = !IsFull(id) && id.TokenCount >= 2 && IsInitial(first) ? first[0] : '\0';
                int compared = 0;
                int compound = 0, compoundMatch = -1;
                for (int p = _fullBySurname.Head(_fullBySurname.Hash(Surname(id))); p >= 0; p = _nextFullBySurname[p])
                {
                    if (++compared > MaxSurnameChain)
                    {
                        candidates = Math.Max(candidates, 2);
                        break;
                    }

                    ref readonly var full = ref _identities[_persons[p].FirstMember];
                    if (Surname(full).SequenceEqual(Surname(id)) && Compatible(full, id) && (initial == '\0' || Token(full, 0)[0] == initial))
                    {
                        // A person named by a surname of two words is another's when a surname of one word is asked for
                        // ("SMITH" is Robert Smith's where Stacey Vanek Smith is "VANEK SMITH").
                        if (id.TokenCount == 1 && _persons[p].CompoundSurname)
                        {
                            compound++;
                            compoundMatch = p;
                            continue;
                        }

                        candidates++;
                        match = p;
                    }
                }

                if (candidates == 0 && compound > 0)
                {
                    candidates = compound;
                    match = compoundMatch;
                }

                if (candidates == 0 && id.TokenCount == 1 && first.Length is 2 or 3 && first.IndexOf('.') < 0 && _fullPersonCount <= MaxPersonsSearched)
                {
                    // Initials: "CO" for "CAROL OFF".
                    for (int f = 0; f < _fullPersonCount; f++)
                    {
                        int p = _fullPersons[f];
                        ref readonly var full = ref _identities[_persons[p].FirstMember];
                        if (first.Length == 2 && first[0] == Token(full, 0)[0] && first[1] == Surname(full)[0])
                        {
                            candidates++;
                            match = p;
                        }
                    }
                }

                if (candidates == 0 && id.TokenCount == 1 && first.Length >= MinMisspeltSurname && _fullPersonCount <= MaxPersonsSearched && same < 0)
                {
                    // A surname that names no one in full, one letter away from the surname of exactly one full name
                    // ("KERNAN" after "JOE KERNEN"), is that name misspelt: a transcript names each speaker in full
                    // before it shortens the name.
                    match = FindMisspeltSurname(id, blocks, _labels[i].FirstBlock);
                    if (match >= 0)
                    {
                        ReportMisspelling(i, match, blocks[_labels[i].FirstBlock]);
                    }
                }

                if (candidates > 1)
                {
                    ReportSharedSurname(i, candidates, blocks[_labels[i].FirstBlock]);
                    match = -1;
                }

                if (match < 0 || candidates > 1)
                {
                    match = same;
                }
            }

            if (match < 0)
            {
                match = NewPerson();
            }

            Join(match, i);
            IndexShort(i);
        }

        ReportSharedSurnames(blocks);
        AssignRoles(blocks, bodyStart);

        // Number the speakers in order of first appearance: labels are registered in that order, so a person's
        // first label in it is their first appearance; their labels are listed in that order too (a new person has
        // no speaker and no sorted label yet).
        int speakers = 0;
        for (int i = 0; i < count; i++)
        {
            ref var person = ref _persons[_personOf[i]];
            _nextSorted[i] = -1;
            if (person.FirstSorted < 0)
            {
                person.FirstSorted = i;
                person.Speaker = speakers++;
            }
            else
            {
                _nextSorted[person.LastSorted] = i;
            }

            person.LastSorted = i;
        }

        TranscriptData.Grow(ref _data.Work.Speakers, speakers);
        _data.SpeakerCount = speakers;
        for (int p = 0; p < _personCount; p++)
        {
            _data.Speakers[_persons[p].Speaker] = BuildSpeaker(_persons[p]);
        }

        for (int i = 0; i < count; i++)
        {
            _speakerOfLabel[i] = _persons[_personOf[i]].Speaker;
        }

        return _speakerOfLabel.AsSpan(0, count);
    }

    /// <summary>
    /// Tells that the label <paramref name="label"/> is read as a misspelling of <paramref name="person"/>'s name. The
    /// diagnostics are written out of <see cref="Resolve"/>, so that the JIT's inlining budget for it goes to the
    /// matching every label takes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportMisspelling(int label, int person, in BlockDraft at) =>
        WriteMisspellingNote(label, person, at, "TP0203", "\" names no one in full; it is read as a misspelling of \"", "\", one letter apart.");

    /// <summary>Writes a join of <paramref name="label"/> to <paramref name="person"/> as a misspelling: the label, then <paramref name="before"/>, the person's first label, then <paramref name="after"/>.</summary>
    private void WriteMisspellingNote(int label, int person, in BlockDraft at, string code, string before, string after)
    {
        int start = BeginLabelMessage(label);
        _data.Append(before);
        SourceText.AppendLabel(Slice(_labels[_persons[person].FirstMember].Label), _data);
        _data.Append(after);
        AddDiagnostic(code, DiagnosticSeverity.Info, start, at.LineNumber, at.ColumnNumber);
    }

    /// <summary>Tells that the label <paramref name="label"/> may name any of <paramref name="candidates"/> speakers (see <see cref="ReportMisspelling"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportSharedSurname(int label, int candidates, in BlockDraft at)
    {
        int start = BeginLabelMessage(label);
        _data.Append("\" may name any of ");
        candidates.TryFormat(_data.Reserve(11), out int digits, default, CultureInfo.InvariantCulture);
        _data.CharCount += digits;
        _data.Append(" speakers who share the surname; it is kept as a speaker of its own.");
        AddDiagnostic("TP0201", DiagnosticSeverity.Warning, start, at.LineNumber, at.ColumnNumber);
    }

    /// <summary>Starts a diagnostic's message about the label <paramref name="label"/>: <c>The label "LABEL</c>.</summary>
    /// <returns>Where the message starts in the document's chars.</returns>
    private int BeginLabelMessage(int label)
    {
        int start = _data.CharCount;
        _data.Append("The label \"");
        SourceText.AppendLabel(Slice(_labels[label].Label), _data);
        return start;
    }

    /// <summary>The shortest surname label read as a misspelling: shorter names are too often one letter from another.</summary>
    private const int MinMisspeltSurname = 5;

    /// <summary>How many of the last speakers before a misspelt surname's first turn are searched for the person it names.</summary>
    private const int MisspeltSurnameReach = 3;

    /// <summary>
    /// The one full-name person whose surname is one edit from <paramref name="id"/>'s only word, or -1 if none or
    /// several, or if that person is not one of the last few to speak before the label's first turn.
    /// </summary>
    private int FindMisspeltSurname(in Identity id, ReadOnlySpan<BlockDraft> blocks, int firstBlock)
    {
        var word = Token(id, 0);
        int found = -1;
        for (int f = 0; f < _fullPersonCount; f++)
        {
            int p = _fullPersons[f];
            ref readonly var full = ref _identities[_persons[p].FirstMember];
            if (Compatible(full, id) && OneEditApart(Surname(full), word))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = p;
            }
        }

        if (found < 0)
        {
            return -1;
        }

        // A slip of the transcriber's pen names someone in the exchange at hand: the person must be among the last
        // few to speak (a name far back may be someone else, one letter apart).
        Span<int> recent = stackalloc int[MisspeltSurnameReach];
        int seen = 0;
        for (int b = firstBlock - 1; b >= 0 && seen < MisspeltSurnameReach; b--)
        {
            if (blocks[b].Kind != BlockKind.Turn || blocks[b].LabelIndex < 0)
            {
                continue;
            }

            int person = _personOf[blocks[b].LabelIndex];
            if (person == found)
            {
                return found;
            }

            if (person >= 0 && !recent[..seen].Contains(person))
            {
                recent[seen++] = person;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="a"/> becomes <paramref name="b"/> by one change of a letter, one letter more or less, or
    /// two neighbours swapped (ignoring case); equal words are not one edit apart.
    /// </summary>
    internal static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var shorter = a;
            a = b;
            b = shorter;
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        int i = 0;
        while (i < b.Length && char.ToUpperInvariant(a[i]) == char.ToUpperInvariant(b[i]))
        {
            i++;
        }

        if (a.Length != b.Length)
        {
            // One letter more: the rest of the longer word, past the extra letter, is the rest of the shorter.
            return a[(i + 1)..].Equals(b[i..], StringComparison.OrdinalIgnoreCase);
        }

        if (i == a.Length)
        {
            return false;
        }

        if (a[(i + 1)..].Equals(b[(i + 1)..], StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Two neighbours swapped: "KERENN" for "KERNEN".
        return i + 1 < a.Length && char.ToUpperInvariant(a[i]) == char.ToUpperInvariant(b[i + 1]) && char.ToUpperInvariant(a[i + 1]) == char.ToUpperInvariant(b[i])
            && a[(i + 2)..].Equals(b[(i + 2)..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The one full-name person whose name of three words or more ends with the two words of <paramref name="id"/>,
    /// marked as named by a surname of two words; -1 if none or several.
    /// </summary>
    private int FindCompoundSurname(in Identity id, int surnameHash)
    {
        int found = -1;
        int compared = 0;
        for (int p = _fullBySurname.Head(surnameHash); p >= 0 && ++compared <= MaxSurnameChain; p = _nextFullBySurname[p])
        {
            ref readonly var full = ref _identities[_persons[p].FirstMember];
            if (full.TokenCount >= 3 && Surname(full).SequenceEqual(Surname(id)) && Token(full, full.TokenCount - 2).SequenceEqual(Token(id, 0)) && Compatible(full, id))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = p;
            }
        }

        if (found >= 0)
        {
            _persons[found].CompoundSurname = true;
        }

        return found;
    }

    /// <summary>
    /// The one full-name person named with the same first names as <paramref name="id"/> and a surname one edit from
    /// its surname, both of <see cref="MinMisspeltSurname"/> letters or more; -1 if none or several. Only a slip is
    /// read so: a label of one turn whose surname no label gives alone (a name used again, or whose surname is used,
    /// is a person of its own however close it is to another).
    /// </summary>
    private int FindMisspeltFullName(in Identity id, int label)
    {
        var surname = Surname(id);
        if (surname.Length < MinMisspeltSurname || _labels[label].Turns != 1)
        {
            return -1;
        }

        int found = -1;
        for (int f = 0; f < _fullPersonCount; f++)
        {
            int p = _fullPersons[f];
            ref readonly var full = ref _identities[_persons[p].FirstMember];
            if (full.TokenCount != id.TokenCount || Surname(full).Length < MinMisspeltSurname || !Compatible(full, id)
                || !FirstNamesEqual(full, id) || !OneEditApart(Surname(full), surname))
            {
                continue;
            }

            if (found >= 0)
            {
                return -1;
            }

            found = p;
        }

        return found >= 0 && !IsLabelAlone(surname) ? found : -1;
    }

    /// <summary>Whether some label is <paramref name="name"/> alone (in capitals): a surname used as a label of its own.</summary>
    private bool IsLabelAlone(ReadOnlySpan<char> name)
    {
        for (int j = 0; j < _labelCount; j++)
        {
            ref readonly var other = ref _identities[j];
            if (other.TokenCount == 1 && !other.Generic && Chars(other.Key).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two names of as many words have the same words but the last.</summary>
    private bool FirstNamesEqual(in Identity a, in Identity b)
    {
        for (int t = 0; t < a.TokenCount - 1; t++)
        {
            if (!Token(a, t).SequenceEqual(Token(b, t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells that the full name of <paramref name="label"/> is read as a misspelling of <paramref name="person"/>'s.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportMisspeltFullName(int label, int person, in BlockDraft at) =>
        WriteMisspellingNote(label, person, at, "TP0204", "\" is read as a misspelling of \"", "\": the same first names, the surname one letter apart.");

    private int NewPerson()
    {
        TranscriptData.Grow(ref _persons, _personCount + 1);
        _persons[_personCount] = new Person
        {
            FirstMember = -1,
            LastMember = -1,
            FirstSorted = -1,
            Speaker = -1,
            IntroducedBy = -1,
            Stats = new PersonStats { FirstTurn = -1 },
        };
        return _personCount++;
    }

    private void Join(int person, int label)
    {
        ref var p = ref _persons[person];
        _nextMember[label] = -1;
        if (p.FirstMember < 0)
        {
            p.FirstMember = label;
        }
        else
        {
            _nextMember[p.LastMember] = label;
        }

        p.LastMember = label;
        _personOf[label] = person;

        // The person's turns are their labels' turns; the first is the first of their labels' first turns.
        ref readonly var entry = ref _labels[label];
        if (p.Stats.FirstTurn < 0 || entry.FirstBlock < p.Stats.FirstTurn)
        {
            p.Stats.FirstTurn = entry.FirstBlock;
            p.Stats.FirstTurnNumber = entry.FirstTurnNumber;
        }

        p.Stats.Turns += entry.Turns;
        p.Stats.Questions += entry.Questions;
    }

    private void AddDiagnostic(string code, DiagnosticSeverity severity, int messageStart, int line, int column) =>
        _data.AddDiagnostic(new DiagnosticRecord
        {
            Code = code,
            Severity = severity,
            ComposedMessage = new TextRef(messageStart, _data.CharCount - messageStart),
            LineNumber = line,
            ColumnNumber = column,
        });

    /// <summary>The person of the first label matched before <paramref name="self"/> that is written the same way (see <see cref="IndexShort"/>).</summary>
    private int FindSame(int self)
    {
        ref readonly var id = ref _identities[self];
        for (int j = _shortByName.Head(_shortByName.Hash(Chars(id.Key))); j >= 0; j = _nextShortByName[j])
        {
            ref readonly var other = ref _identities[j];
            if (other.Generic == id.Generic && Chars(other.Key).SequenceEqual(Chars(id.Key)) && other.Honorific == id.Honorific && !IsFull(other))
            {
                return _personOf[j];
            }
        }

        return -1;
    }

    /// <summary>Adds a label matched after the full names to the chain of its name, behind the ones before it.</summary>
    private void IndexShort(int label)
    {
        int hash = _shortByName.Hash(Chars(_identities[label].Key));
        _nextShortByName[label] = -1;
        int last = _shortByNameLast.Head(hash);
        if (last >= 0)
        {
            _nextShortByName[last] = label;
        }
        else
        {
            _shortByName.SetHead(hash, label);
        }

        _shortByNameLast.SetHead(hash, label);
    }

    private void ReportSharedSurnames(ReadOnlySpan<BlockDraft> blocks)
    {
        for (int a = 0; a < _fullPersonCount; a++)
        {
            ref readonly var x = ref _identities[_persons[_fullPersons[a]].FirstMember];
            var surname = Surname(x);
            for (int b = a + 1; b < _fullPersonCount && b < 64; b++)
            {
                ref readonly var y = ref _identities[_persons[_fullPersons[b]].FirstMember];
                if (surname.SequenceEqual(Surname(y)))
                {
                    int label = _persons[_fullPersons[b]].FirstMember;
                    ref readonly var at = ref blocks[_labels[label].FirstBlock];
                    int start = _data.CharCount;
                    _data.Append("\"");
                    _data.Append(Chars(x.Key));
                    _data.Append("\" and \"");
                    _data.Append(Chars(y.Key));
                    _data.Append("\" share a surname; they are kept as two speakers.");
                    AddDiagnostic("TP0202", DiagnosticSeverity.Info, start, at.LineNumber, at.ColumnNumber);
                }
            }
        }
    }

    private Identity Identify(in LabelEntry entry)
    {
        var name = Slice(entry.Name);
        int firstToken = _tokenCount;
        int position = 0;
        bool named = false;
        while (TextWords.Next(name, ref position, out var word, ' ', ' '))
        {
            // An honorific inside the name is a slip of the transcriber: "MR. DAVID MR. GREGORY" is David Gregory.
            if (named && word[^1] == '.' && Conventions.Contains(Conventions.Honorifics, word) && !name[position..].IsWhiteSpace())
            {
                continue;
            }

            named |= !Conventions.Contains(TitleWords, word);

            // The words are kept one space apart, so that any run of them is their join.
            if (_tokenCount > firstToken)
            {
                AppendChar(' ');
            }

            AddToken(word);
        }

        int tokens = _tokenCount - firstToken;

        // Titles in capitals ("SEN.", "FMR. VICE PRES.") are not part of the name, unless nothing else is.
        int skip = 0;
        while (skip < tokens - 1 && Conventions.Contains(TitleWords, Chars(_tokens[firstToken + skip])))
        {
            skip++;
        }

        var titleWord = skip > 0 ? JoinTokens(firstToken, skip) : TextRef.Null;
        firstToken += skip;
        tokens -= skip;
        if (tokens > 1 && Chars(_tokens[firstToken + tokens - 1]) is "JR." or "JR" or "SR." or "SR" or "II" or "III" or "IV")
        {
            tokens--;
        }

        var honorific = entry.Honorific.IsEmpty ? (titleWord.IsNull ? default : Chars(titleWord)) : Slice(entry.Honorific);
        int honorificCode = entry.Honorific.IsEmpty && titleWord.IsNull ? NoHonorific : NormalizeHonorific(honorific);
        bool generic = entry.Style is LabelStyle.QuestionAnswer || HasGenericWord(firstToken, tokens) || name.IndexOf('#') >= 0;
        if (generic || tokens == 0)
        {
            // The whole label is the identity: "UNIDENTIFIED MAN #1" and "#2" differ.
            firstToken = _tokenCount;
            AddToken(Slice(entry.Label));
            tokens = 1;
        }

        return new Identity
        {
            FirstToken = firstToken,
            TokenCount = tokens,
            Key = JoinTokens(firstToken, tokens),
            TitleWord = titleWord,
            Honorific = honorificCode,
            Generic = generic,
        };
    }

    /// <summary>Adds a word, in capitals, to the scratch chars.</summary>
    private void AddToken(ReadOnlySpan<char> word)
    {
        TranscriptData.Grow(ref _chars, _charCount + word.Length);

        var destination = _chars.AsSpan(_charCount);
        int written = ChangeCaseAscii(word, destination, upper: true) ? word.Length : word.ToUpperInvariant(destination);

        TranscriptData.Grow(ref _tokens, _tokenCount + 1);
        _tokens[_tokenCount++] = new TextRef(_charCount, written);
        _charCount += written;
    }

    /// <summary>
    /// Writes <paramref name="word"/> in capitals (or, with <paramref name="upper"/> false, in lower case) to
    /// <paramref name="destination"/> when it is all ASCII, as the invariant casing would; false, the word part written,
    /// at the first char beyond ASCII. A word of a name is too short to pay for the setup of the vectorised casing.
    /// </summary>
    private static bool ChangeCaseAscii(ReadOnlySpan<char> word, Span<char> destination, bool upper)
    {
        destination = destination[..word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsAscii(c))
            {
                return false;
            }

            // A letter's case is its 0x20 bit.
            bool change = upper ? char.IsAsciiLetterLower(c) : char.IsAsciiLetterUpper(c);
            destination[i] = change ? (char)(c ^ 0x20) : c;
        }

        return true;
    }

    private void AppendChar(char c)
    {
        TranscriptData.Grow(ref _chars, _charCount + 1);
        _chars[_charCount++] = c;
    }

    /// <summary>A run of consecutive words, joined by the spaces kept between them.</summary>
    private TextRef JoinTokens(int firstToken, int count)
    {
        var first = _tokens[firstToken];
        var last = _tokens[firstToken + count - 1];
        return new TextRef(first.Start, last.Start + last.Length - first.Start);
    }

    private static int NormalizeHonorific(ReadOnlySpan<char> honorific)
    {
        var h = honorific.TrimEnd('.');
        if (h.Length > 4)
        {
            return NoHonorific;
        }

        Span<char> upper = stackalloc char[4];
        int length = h.ToUpperInvariant(upper);
        return upper[..length] switch
        {
            "MR" => 1,
            "MS" => 2,
            "MRS" => 3,
            "MISS" => 4,
            "MX" => 5,
            _ => NoHonorific,
        };
    }

    /// <summary>Two labels may name one person unless their honorifics say otherwise ("Ms. SKILLINGS", "Mr. SKILLINGS").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Compatible(in Identity a, in Identity b) => a.Honorific == NoHonorific || b.Honorific == NoHonorific || a.Honorific == b.Honorific;

    /// <summary>How fully a label names a person: more words, and a first name rather than an initial ("OSKAR ABERG" over "O. ABERG").</summary>
    private int Fullness(in Identity id) => (id.TokenCount * 2) + (IsFull(id) ? 1 : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInitial(ReadOnlySpan<char> token) => (token.Length == 2 && token[1] == '.') || token.Length == 1;

    private bool HasGenericWord(int firstToken, int count)
    {
        for (int t = firstToken; t < firstToken + count; t++)
        {
            if (Conventions.Contains(Conventions.GenericSpeakers, Chars(_tokens[t]).TrimEnd(".,")))
            {
                return true;
            }
        }

        return false;
    }

    private SpeakerRecord BuildSpeaker(in Person person)
    {
        int firstLabel = _data.SpeakerLabelCount;
        int best = person.FirstSorted;
        for (int m = person.FirstSorted; m >= 0; m = _nextSorted[m])
        {
            TranscriptData.Grow(ref _data.Work.SpeakerLabels, _data.SpeakerLabelCount + 1);
            _data.SpeakerLabels[_data.SpeakerLabelCount++] = SourceText.Label(Slice(_labels[m].Label), _data);
            if (Fullness(_identities[m]) > Fullness(_identities[best]))
            {
                best = m;
            }
        }

        var name = DisplayName(_labels[best], _identities[best]);
        TextRef honorific = TextRef.Null, affiliation = TextRef.Null, title = TextRef.Null;
        for (int m = person.FirstSorted; m >= 0; m = _nextSorted[m])
        {
            ref readonly var e = ref _labels[m];
            if (honorific.IsNull)
            {
                if (!e.Honorific.IsEmpty)
                {
                    honorific = _data.Refer(Slice(e.Honorific));
                }
                else if (!_identities[m].TitleWord.IsNull)
                {
                    honorific = TitleCase(Chars(_identities[m].TitleWord));
                }
            }

            if (!e.Parenthetical.IsEmpty && affiliation.IsNull && !IsDelivery(m, Slice(e.Parenthetical), default))
            {
                affiliation = _data.Refer(Slice(e.Parenthetical));
            }

            if (!e.Role.IsEmpty && title.IsNull)
            {
                // "Director, Calder County Library": the title, then the organisation.
                var suffix = Slice(e.Role);
                int comma = suffix.IndexOf(',');
                if (comma > 0)
                {
                    title = SourceText.FoldLines(suffix[..comma].Trim(), _data);
                    if (affiliation.IsNull)
                    {
                        affiliation = SourceText.FoldLines(suffix[(comma + 1)..].Trim(), _data);
                    }
                }
                else
                {
                    title = SourceText.Label(suffix, _data);
                }
            }
        }

        return new SpeakerRecord
        {
            Name = name,
            FirstLabel = firstLabel,
            LabelCount = _data.SpeakerLabelCount - firstLabel,
            Role = person.Role.Role,
            Evidence = person.Role.Evidence,
            Honorific = honorific,
            Affiliation = affiliation,
            Title = title,
        };
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
    private void AssignRoles(ReadOnlySpan<BlockDraft> blocks, int bodyStart)
    {
        // A person's turns were counted as their labels joined them (Join), and whom they introduce is marked as it
        // is found: one pass over the persons, then one for those the text left without a role.
        int count = _personCount;
        int searched = 0;
        bool unknown = false;
        for (int p = 0; p < count; p++)
        {
            ref var person = ref _persons[p];
            person.Role = FromLabels(person, out bool office);
            if (person.Role.Role != SpeakerRole.Unknown || person.Stats.FirstTurn < 0 || searched++ >= MaxPersonsSearched)
            {
                unknown |= person.Role.Role == SpeakerRole.Unknown;

                // A newsmaker's office settles their role, but whoever named them before they spoke still introduced them.
                if (office && person.Role.Role == SpeakerRole.Guest && person.Stats.FirstTurn >= 0 && searched++ < MaxPersonsSearched)
                {
                    FromText(person, blocks, bodyStart, out person.IntroducedBy);
                    if (person.IntroducedBy >= 0)
                    {
                        _persons[person.IntroducedBy].Introduces = true;
                    }
                }

                continue;
            }

            person.Role = FromText(person, blocks, bodyStart, out person.IntroducedBy);
            unknown |= person.Role.Role == SpeakerRole.Unknown;
            if (person.IntroducedBy >= 0)
            {
                _persons[person.IntroducedBy].Introduces = true;
            }
        }

        if (!unknown)
        {
            return;
        }

        // Only a person with no role yet is judged by whom they introduce, then by their questions, counted by their
        // labels as the turns were read.
        for (int p = 0; p < count; p++)
        {
            ref var person = ref _persons[p];
            if (person.Role.Role != SpeakerRole.Unknown)
            {
                continue;
            }

            if (person.Introduces)
            {
                person.Role = (SpeakerRole.Host, RoleEvidence.IntroducesSpeakers);
            }
            else if (person.Stats.Turns >= 2 && person.Stats.Questions * 2 >= person.Stats.Turns)
            {
                person.Role = (SpeakerRole.Host, RoleEvidence.AsksQuestions);
            }
        }
    }

    /// <summary>The role a person's labels state: a role word, a generic label, an affiliation in parentheses or a public office (<paramref name="office"/>).</summary>
    private (SpeakerRole, RoleEvidence) FromLabels(in Person person, out bool office)
    {
        office = false;
        var roleBuffer = _upperCopies.AsSpan(0, AsciiWordSet.MostChars);
        var parenBuffer = _upperCopies.AsSpan(AsciiWordSet.MostChars);
        bool affiliated = false;
        for (int m = person.FirstMember; m >= 0; m = _nextMember[m])
        {
            ref readonly var e = ref _labels[m];
            var role = Slice(e.Role);
            var paren = Slice(e.Parenthetical);

            // Each text is put in upper case once, for all the sets of words that search it.
            var upperRole = AsciiWordSet.ToUpper(role, roleBuffer);
            var upperParen = AsciiWordSet.ToUpper(paren, parenBuffer);
            if (HostWords.IsFoundIn(role, upperRole) || HostWords.IsFoundIn(paren, upperParen))
            {
                return (SpeakerRole.Host, RoleEvidence.LabelRole);
            }

            if (ReporterWords.IsFoundIn(role, upperRole) || ReporterWords.IsFoundIn(paren, upperParen))
            {
                return (SpeakerRole.Reporter, RoleEvidence.LabelRole);
            }

            affiliated |= (paren.Length > 6 && !IsDelivery(m, paren, upperParen) && !IsPartyTag(paren)) || role.Length > 0;
            office = office || HoldsOffice(m);
        }

        if (_identities[person.FirstMember].Generic)
        {
            return (SpeakerRole.Unidentified, RoleEvidence.GenericLabel);
        }

        // A title, an affiliation or a public office in the label marks a guest or newsmaker: "Mr. BILL MOYERS (Author, ...)",
        // "Ruth Oyelaran, Director", "SEN. MARIT HOLLAND (D-ME)".
        return affiliated || office ? (SpeakerRole.Guest, RoleEvidence.LabelRole) : (SpeakerRole.Unknown, RoleEvidence.None);
    }

    /// <summary>Whether label <paramref name="m"/> names a public office before the name ("SEN.", "FMR. GOV.", "Senator").</summary>
    private bool HoldsOffice(int m)
    {
        var honorific = !_labels[m].Honorific.IsEmpty ? Slice(_labels[m].Honorific)
            : _identities[m].TitleWord.IsNull ? default : Chars(_identities[m].TitleWord);
        int position = 0;
        while (TextWords.Next(honorific, ref position, out var word, ' ', ' '))
        {
            if (Conventions.OfficeTitles.Contains(word.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role the text shows: a self-introduction, or how someone else names them before they speak.</summary>
    private (SpeakerRole, RoleEvidence) FromText(in Person person, ReadOnlySpan<BlockDraft> blocks, int bodyStart, out int introducer)
    {
        introducer = -1;

        // The forms the text may use for a person: the full name, then the surname.
        TextRef fullName = TextRef.Null;
        for (int m = person.FirstMember; m >= 0; m = _nextMember[m])
        {
            if (IsFull(_identities[m]))
            {
                fullName = _identities[m].Key;
                break;
            }
        }

        var surnameRef = _tokens[_identities[person.FirstMember].FirstToken + _identities[person.FirstMember].TokenCount - 1];
        var surname = surnameRef.Length >= 3 ? surnameRef : TextRef.Null;
        var stats = person.Stats;

        // "I'm Ari Shapiro" in their own first turn, near the start of the broadcast.
        var first = blocks[stats.FirstTurn].TextSpan;
        var opening = Source.Slice(first.Start, Math.Min(first.Length, 400));
        if (stats.FirstTurnNumber <= 4 && (IsSelfIntroduced(opening, fullName) || IsSelfIntroduced(opening, surname)))
        {
            return (SpeakerRole.Host, RoleEvidence.SelfIntroduction);
        }

        // Named before they first speak: by themselves in unlabelled narration ("Hey, I'm Kelly McEvers"), as a
        // reporter ("NPR's Tobias Renner reports"), or by someone else, who introduces a guest.
        int from = Math.Max(bodyStart, blocks[stats.FirstTurn].Span.Start - 20_000);
        int to = blocks[stats.FirstTurn].Span.Start;
        var before = Source.Slice(from, Math.Max(0, to - from));
        for (int f = 0; f < 2; f++)
        {
            var formRef = f == 0 ? fullName : surname;
            if (formRef.IsNull)
            {
                continue;
            }

            var form = Chars(formRef);
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
                introducer = _personOf[blocks[block].LabelIndex];
            }

            return IsReporterMention(before[..at], before[(at + form.Length)..]) ? (SpeakerRole.Reporter, RoleEvidence.Introduced) : (SpeakerRole.Guest, RoleEvidence.Introduced);
        }

        return (SpeakerRole.Unknown, RoleEvidence.None);
    }

    /// <summary>Finds a name in the text before a speaker's first turn, passing over the labels of other turns ("OSKAR ABERG:" does not introduce Tilde Aberg).</summary>
    private static int IndexOfWordOutsideLabels(ReadOnlySpan<char> before, ReadOnlySpan<char> form, int offset, ReadOnlySpan<BlockDraft> blocks)
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
    private static int BlockAt(ReadOnlySpan<BlockDraft> blocks, int position)
    {
        int lo = 0, hi = blocks.Length - 1;
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
        if (NamesReporter(tail) || NamesReporter(previous))
        {
            return true;
        }

        after = after.TrimStart();
        return after.StartsWith("reports", StringComparison.Ordinal) || after.StartsWith("reporting", StringComparison.Ordinal)
            || after.StartsWith("has more", StringComparison.Ordinal) || after.StartsWith("has the story", StringComparison.Ordinal);
    }

    private static bool NamesReporter(ReadOnlySpan<char> words) =>
        words.EndsWith("correspondent", StringComparison.OrdinalIgnoreCase) || words.EndsWith("reporter", StringComparison.OrdinalIgnoreCase)
        || words.EndsWith("NPR's", StringComparison.Ordinal) || words.EndsWith("NPR\u2019s", StringComparison.Ordinal)
        || words.EndsWith("CNN's", StringComparison.Ordinal) || words.EndsWith("CNN\u2019s", StringComparison.Ordinal);

    private static bool IsSelfIntroduced(ReadOnlySpan<char> opening, TextRef form, char[] chars)
    {
        if (form.IsNull)
        {
            return false;
        }

        var name = chars.AsSpan(form.Start, form.Length);
        int from = 0;
        while (from < opening.Length)
        {
            int at = IndexOfWord(opening[from..], name);
            if (at < 0)
            {
                break;
            }

            if (IsIntroductionBefore(opening[..(from + at)]))
            {
                return true;
            }

            from += at + name.Length;
        }

        return false;
    }

    private bool IsSelfIntroduced(ReadOnlySpan<char> opening, TextRef form) => IsSelfIntroduced(opening, form, _chars);

    /// <summary>Whether the words just before a name introduce oneself ("I'm", "I am", "this is", "my name is").</summary>
    private static bool IsIntroductionBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        int start = Math.Max(0, before.Length - 30);
        var tail = before[start..];

        // Skip a first name between the phrase and the surname: "I'm Ari Shapiro".
        int lastSpace = tail.LastIndexOf(' ');
        var withoutFirstName = lastSpace > 0 ? tail[..lastSpace].TrimEnd() : default;
        return EndsWithIntroduction(tail, before, start) || EndsWithIntroduction(withoutFirstName, before, start);
    }

    private static bool EndsWithIntroduction(ReadOnlySpan<char> words, ReadOnlySpan<char> before, int start)
    {
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

        return false;
    }

    /// <summary>The name for display: as written when in mixed case, otherwise title-cased with the text's spelling when it has one.</summary>
    private TextRef DisplayName(in LabelEntry entry, in Identity identity)
    {
        var name = Slice(entry.Name);
        if (identity.Generic)
        {
            // The name only, without the role or the parenthesis ("UNIDENTIFIED MAN #3 (through translator)").
            return HasLower(name) ? _data.Refer(name) : TitleCase(name);
        }

        if (HasLowerBeyondMc(name))
        {
            // "Judy Woodruff", "rose" after a caption marker. Titles before the name ("Senator Gary Peters") are its
            // honorific, as they are before a name in capitals.
            int start = _data.CharCount;
            int position = 0;
            if (!identity.TitleWord.IsNull)
            {
                int titles = Chars(identity.TitleWord).Count(' ') + 1;
                for (int t = 0; t < titles && TextWords.Next(name, ref position, out _, ' ', ' '); t++)
                {
                    // (Each word of the title is passed over.)
                }
            }

            while (TextWords.Next(name, ref position, out var word, ' ', ' '))
            {
                if (_data.CharCount > start)
                {
                    _data.Append(" ");
                }

                _data.Append(word);
            }

            var written = new TextRef(start, _data.CharCount - start);
            if (written.Length == 0 || !char.IsLower(_data.Chars[start]))
            {
                return written;
            }

            // Title-case the words in capitals, as a label in capitals would be; the result takes the same place.
            TranscriptData.Grow(ref _chars, _charCount + written.Length);
            var upper = _chars.AsSpan(_charCount, written.Length);
            _data[written].ToUpperInvariant(upper);
            _data.CharCount = start;
            return TitleCase(upper);
        }

        int displayStart = _data.CharCount;
        for (int t = 0; t < identity.TokenCount; t++)
        {
            if (t > 0)
            {
                _data.Append(" ");
            }

            TitleCaseToken(Token(identity, t));
        }

        var display = new TextRef(displayStart, _data.CharCount - displayStart);
        if (NeedsSpellingFromText(identity) && _spellingSearches++ < MaxPersonsSearched)
        {
            // (Each search may read the whole text: a generated input with thousands of such names gets the first few.)
            // Take the text's spelling when it has one in lower case; it is as long as the name, so it takes its place.
            var found = SpellingFromText(_data[display]);
            if (!found.IsEmpty)
            {
                found.CopyTo(_data.Chars.AsSpan(displayStart));
            }
        }

        return display;
    }

    private bool NeedsSpellingFromText(in Identity identity)
    {
        for (int i = 0; i < identity.TokenCount; i++)
        {
            // Each prefix opens with one of these letters: most words are passed over on their first.
            var t = Token(identity, i);
            if (t.IsEmpty || t[0] is not ('M' or 'D' or 'L' or 'V' or 'O'))
            {
                continue;
            }

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

    /// <summary>Looks for the name in the text, ignoring case; returns the spelling found there if it is not all capitals, else nothing.</summary>
    private ReadOnlySpan<char> SpellingFromText(ReadOnlySpan<char> display)
    {
        var text = Source;
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
                return found;
            }

            from = at + display.Length;
        }

        return default;
    }

    /// <summary>Writes the words of <paramref name="text"/> title-cased and one space apart to the composed text.</summary>
    private TextRef TitleCase(ReadOnlySpan<char> text)
    {
        int start = _data.CharCount;
        int position = 0;
        while (TextWords.Next(text, ref position, out var word, ' ', ' '))
        {
            if (_data.CharCount > start)
            {
                _data.Append(" ");
            }

            TitleCaseToken(word);
        }

        return new TextRef(start, _data.CharCount - start);
    }

    /// <summary>"DENMARK" → "Denmark", "O'BRIEN" → "O'Brien", "MCEVERS" → "McEvers", "GARCIA-NAVARRO" → "Garcia-Navarro", "III" stays; written to the composed text.</summary>
    private void TitleCaseToken(ReadOnlySpan<char> token)
    {
        if (token is "II" or "III" or "IV" || (token.Length == 2 && token[1] == '.'))
        {
            _data.Append(token);
            return;
        }

        var chars = _data.Reserve(token.Length);
        int length = ChangeCaseAscii(token, chars, upper: false) ? token.Length : token.ToLowerInvariant(chars);

        chars = chars[..length];
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

        _data.CharCount += length;
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

    /// <summary>Finds <paramref name="word"/> (in capitals) in <paramref name="text"/>, ignoring case, as a whole word.</summary>
    private static int IndexOfWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = NameSearch.IndexOf(text[from..], word);
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

    private static bool IsDelivery(ReadOnlySpan<char> paren, ReadOnlySpan<char> upper) =>
        paren.StartsWith("AS ", StringComparison.OrdinalIgnoreCase)
        || (upper.IsEmpty ? DeliveryWords.IsFoundIn(paren) : DeliveryWords.IsFoundIn(paren, upper));

    /// <summary>
    /// Whether the parenthetical <paramref name="paren"/> of the distinct label <paramref name="label"/> tells how the
    /// speaker is heard (<see cref="IsDelivery(ReadOnlySpan{char}, ReadOnlySpan{char})"/>): worked out once per label,
    /// as both the roles and the speakers ask; <paramref name="upper"/> as <see cref="AsciiWordSet.ToUpper"/> gives it,
    /// or empty for the search to make its own.
    /// </summary>
    private bool IsDelivery(int label, ReadOnlySpan<char> paren, ReadOnlySpan<char> upper)
    {
        ref var entry = ref _labels[label];
        if (entry.ParenIsDelivery == 0)
        {
            entry.ParenIsDelivery = IsDelivery(paren, upper) ? (sbyte)1 : (sbyte)-1;
        }

        return entry.ParenIsDelivery > 0;
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

    /// <summary>
    /// The heads of chains of items (linked through an array of their own) by the hash of a name; or, for a document
    /// with few names, the head of the one chain that holds them all, found with no hash and no table.
    /// </summary>
    private sealed class ChainHeads
    {
        private readonly Dictionary<int, int> _heads = [];
        private int _only = -1;
        private bool _hashed;

        /// <summary>Forgets the chains; <paramref name="hashed"/> tells whether the names are to be hashed from now on.</summary>
        public void Clear(bool hashed)
        {
            // The table's own code is kept out of line, as is all of the hashed case: a page has few names, and what
            // the JIT inlines into its callers is bounded.
            if (_heads.Count > 0)
            {
                ClearTable();
            }

            _only = -1;
            _hashed = hashed;
        }

        /// <summary>The key of a name's chain: its hash, or 0 while all are in one chain.</summary>
        public int Hash(ReadOnlySpan<char> name) => _hashed ? HashOf(name) : 0;

        /// <summary>The first item of the chain of <paramref name="hash"/>, or -1.</summary>
        public int Head(int hash) => !_hashed ? _only : HashedHead(hash);

        public void SetHead(int hash, int item)
        {
            if (_hashed)
            {
                SetHashedHead(hash, item);
            }
            else
            {
                _only = item;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void ClearTable() => _heads.Clear();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int HashOf(ReadOnlySpan<char> name) => string.GetHashCode(name);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int HashedHead(int hash) => _heads.TryGetValue(hash, out int head) ? head : -1;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void SetHashedHead(int hash, int item) => _heads[hash] = item;

        public void TrimExcess() => _heads.TrimExcess();
    }
}
