#!/usr/bin/env python3
"""Splits a perf profile of one benchmark case by the library's layers.

Reads `perf script -F ip,sym` output on stdin (see profile.sh). Only samples taken inside the profile loop count. A sample counts for the first layer, in the order
below, that has a method on its stack; samples in code the JIT has not yet optimised (the warm-up) are left out.
Within the body's reading, a sample counts for the innermost library method on its stack.
"""
import collections
import re
import sys

LAYERS = [
    ("reading: header layout", r"HeaderScanner::Analyze"),
    ("reading: footer", r"FooterScanner::"),
    ("reading: names-on-own-line check", r"TranscriptReader::UsesOwnLineLabels"),
    ("reading: body", r"TranscriptReader::"),
    # The parse context's Write is its JSON step: the block writer is inlined into it.
    ("writing: JSON", r"TranscriptJsonWriter|JsonStringEncoder|RawJsonBuilder|Utf8JsonWriter|TranscriptParser::Write\("),
    ("model: blocks, speakers, footer facts", r"TranscriptParsing\.Model\."),
]

BODY = [
    ("label recall (KnownLabels)", r"KnownLabels::"),
    ("label grammar (LabelScanner)", r"LabelScanner::"),
    ("labels inside paragraphs", r"TranscriptReader::(FindInline|SentenceBoundaryBefore|IsInlineLabelAt|IsInCapitals|StartOfAbbreviationBefore)"),
    ("cues and time lines", r"AnnotationScanner::|TranscriptReader::Is(Trimmed)?TimeLine|ChromeScanner::"),
    ("line ends, spaces, line count", r"TranscriptReader::(LineEnd|SkipWhitespace|TrimEnd|Advance)"),
    ("the reader's own steps (ReadBody, ExtendParagraph, ScanLine...)", r"TranscriptReader::"),
]

WARM_UP = re.compile(r"\[(QuickJitted|Tier0|Instrumented\w*)\]")
LIBRARY = re.compile(r"TranscriptParsing\.(Reading|Model|Writing)\.")


def samples(stream):
    frames = []
    for line in stream:
        line = line.strip()
        if line:
            frames.append(line)
        elif frames:
            yield frames
            frames = []
    if frames:
        yield frames


def first_match(frames, table):
    for name, pattern in table:
        if any(re.search(pattern, frame) for frame in frames):
            return name
    return None


def short_name(frame):
    """The method's type and name from a perf frame ("TranscriptReader::ReadBody")."""
    match = re.search(r"([\w.`]+(?:/[\w`]+)?::[\w.<>|`]+)\(", frame)
    if not match:
        return re.sub(r"^[0-9a-f]+ ", "", frame)[:60]
    return re.sub(r"^(TranscriptParsing\.(Reading|Model|Writing|Benchmarks)\.|System\.(Buffers\.|Text\.)?)", "", match.group(1))


def main():
    layers, body, methods = collections.Counter(), collections.Counter(), collections.Counter()
    total = warm = outside = 0
    for frames in samples(sys.stdin):
        if not any("ProfileLoop" in f for f in frames):
            # Start-up, the JIT's and the runtime's own threads: not the case being looped.
            outside += 1
            continue
        # Frames run from the sampled instruction out to the thread's entry; keep those inside the loop's case.
        inner = [f for f in frames if "ProfileLoop" not in f and "ParsingBenchmarks" not in f]
        if any(WARM_UP.search(f) for f in inner if LIBRARY.search(f)):
            warm += 1
            continue
        total += 1
        methods[short_name(frames[0])] += 1
        layer = first_match(inner, LAYERS) or "other: the case's own method (with what the JIT inlined into it), runtime, GC"
        layers[layer] += 1
        if layer == "reading: body":
            innermost = next(f for f in inner if LIBRARY.search(f))
            body[first_match([innermost], BODY) or "other"] += 1
    if total == 0:
        sys.exit("no samples in steady state")
    print(f"{total} samples of the case in steady state ({warm} in warm-up code and {outside} outside the loop left out)")
    for name, count in layers.most_common():
        print(f"{100 * count / total:6.1f}%  {name}")
    if body:
        print("  within the body's reading (innermost library method):")
        for name, count in body.most_common():
            print(f"  {100 * count / total:6.1f}%  {name}")
    print("Methods by own time (after inlining):")
    for name, count in methods.most_common(20):
        print(f"{100 * count / total:6.1f}%  {name}")


if __name__ == "__main__":
    main()
