using System;
using System.Collections.Generic;
using System.Reflection;
using TranscriptParsing.Reading;
using Xunit;

namespace TranscriptParsing.Tests;

/// <summary>
/// The reader is made without being cleared first (its constructor sets every field by hand and leaves the remembered
/// labels' slots and the header's chrome room as they were), and its layout and label memory are reset field by field.
/// A field added to one of them and not set there would hold what the memory held before: these tests fail until the
/// new field is set and named here.
/// </summary>
public class UnsetStorageTests
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void Every_field_of_the_reader_is_one_its_constructor_sets_or_a_storage_read_only_up_to_its_count()
    {
        AssertFields(
            typeof(TranscriptReader),
            "_text", "_options", "_position", "_positionLine", "_lineStart", "_started", "_layout", "_bodyEnd", "_turnOpen", "_furnitureLinesLeft",
            "_ownLineLabels", "_capitalLabels", "_knownLineFrom", "_knownLineEnd", "_knownLineLimit", "_knownFirstMark",
            "_knownSecondMark", "_knownLastMark", "_breakFreeFrom", "_breakFreeTo", "_noColonLabelStart", "_noColonLabelFrom", "_noColonLabelEnd", "_mixedLabels", "_recurrenceChecks",
            "_conversationWord", "_conversationFound", "_scannedStart", "_scannedEnd", "_scannedFound", "_scannedMatch",
            "_knownLabels", "_kind", "_tokenStart", "_tokenEnd", "_tokenLine", "_tokenColumn", "_labelStart", "_labelEnd",
            "_textStart", "_textEnd", "_match", "_matchBase", "_deliveryStart", "_deliveryEnd", "_chromeKind", "_annotationKind");
    }

    [Fact]
    public void Every_field_of_the_header_layout_is_one_its_reset_sets_or_the_chrome_room_read_up_to_its_count()
    {
        AssertFields(
            typeof(HeaderLayout),
            "BodyStart", "TitleStart", "TitleEnd", "TitleLineStart", "SummaryStart", "SummaryEnd", "BodyOpensWithLabel",
            "ScannedStart", "ScannedEnd", "ScannedFound", "ScannedMatch", "KnownChrome", "KnownChromeCount", "NextKnownChrome");
    }

    [Fact]
    public void Every_field_of_the_label_memory_is_one_its_clear_sets_or_the_slots_read_only_where_marked_filled()
    {
        AssertFields(typeof(KnownLabels), "_slots", "_filled", "_victims", "_stamps");
    }

    [Fact]
    public void A_reset_layout_reads_as_a_new_one_whatever_it_held()
    {
        var used = new HeaderLayout
        {
            BodyStart = 7, TitleStart = 1, TitleEnd = 5, TitleLineStart = 1, SummaryStart = 2, SummaryEnd = 3,
            BodyOpensWithLabel = true, ScannedStart = 4, ScannedEnd = 6, ScannedFound = true, KnownChromeCount = 3, NextKnownChrome = 2,
        };

        used.Reset(9);

        Assert.Equal(9, used.BodyStart);
        Assert.Equal((-1, -1, -1), (used.TitleStart, used.TitleEnd, used.TitleLineStart));
        Assert.Equal((-1, -1), (used.SummaryStart, used.SummaryEnd));
        Assert.Equal((-1, -1), (used.ScannedStart, used.ScannedEnd));
        Assert.False(used.BodyOpensWithLabel);
        Assert.False(used.ScannedFound);
        Assert.Equal((0, 0), (used.KnownChromeCount, used.NextKnownChrome));
        Assert.False(used.TryNextKnownChrome(0, out _));
    }

    private static void AssertFields(Type type, params string[] expected)
    {
        var actual = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in type.GetFields(InstanceFields))
        {
            actual.Add(field.Name);
        }

        Assert.Equal(new SortedSet<string>(expected, StringComparer.Ordinal), actual);
    }
}
