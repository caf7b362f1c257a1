using System.Collections.Immutable;

namespace TranscriptParsing.Model;

/// <summary>One person (or one unnamed voice) who speaks in the transcript, with every label that named them.</summary>
public sealed class Speaker
{
    internal Speaker(string id, string name, ImmutableArray<string> labels, SpeakerRole role, RoleEvidence evidence, string? honorific, string? affiliation, string? title)
    {
        Id = id;
        Name = name;
        Labels = labels;
        Role = role;
        RoleEvidence = evidence;
        Honorific = honorific;
        Affiliation = affiliation;
        Title = title;
    }

    /// <summary>The speaker's id within the transcript: <c>s1</c>, <c>s2</c>, ... in order of first appearance.</summary>
    public string Id { get; }

    /// <summary>The name for display ("Abe Denmark" for "ABE DENMARK"), with the spelling the text uses when it gives one.</summary>
    public string Name { get; }

    /// <summary>Every label that named this speaker, as written, in order of first appearance.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The part the speaker plays.</summary>
    public SpeakerRole Role { get; }

    /// <summary>What decided <see cref="Role"/>.</summary>
    public RoleEvidence RoleEvidence { get; }

    /// <summary>The honorific a label gave ("Mr.", "Sen."), or null.</summary>
    public string? Honorific { get; }

    /// <summary>The affiliation a label gave in parentheses ("Author, ..."; "D-N.Y."), or null.</summary>
    public string? Affiliation { get; }

    /// <summary>The role or title a label gave after a comma ("CNN ANCHOR", "host", "BYLINE"), or null.</summary>
    public string? Title { get; }

    /// <summary>Returns the id and name.</summary>
    /// <returns>For example <c>s1 Abe Denmark</c>.</returns>
    public override string ToString() => $"{Id} {Name}";
}
