#!/usr/bin/env bash
# Proves the native build of the `transcript` tool: publishes it with NativeAOT (needs clang or gcc, and the zlib
# headers), then runs it and the JIT build of the same sources over the same inputs — each sample in every output
# format, a JSON Lines feed with a broken record, and an archive of many pages, on one worker and on two — and
# requires the same output, byte for byte, and the same exit status. Any difference fails the script.
# Run it from anywhere after `dotnet build TranscriptParsing.sln -c Release`: bash .ci/native-check.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/script-support.sh"

native_dir="$root/artifacts/native"
jit_tool="$root/src/TranscriptParsing.Cli/bin/Release/net10.0/transcript.dll"

[ -f "$jit_tool" ] || fail "build the solution in Release first ($jit_tool is missing)"
if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
    printf 'native-check: SKIPPED: NativeAOT needs clang or gcc, and neither is installed\n' >&2
    exit 0
fi

step "NativeAOT publish of src/TranscriptParsing.Cli into $native_dir"
rm -rf "$native_dir"
dotnet publish src/TranscriptParsing.Cli -c Release --use-current-runtime -p:PublishAot=true -o "$native_dir" -nologo -v quiet
native_tool="$native_dir/transcript"
[ -x "$native_tool" ] || fail "no native executable at $native_tool"

# Runs both builds with the same arguments; NAME's output files are compared, standard error (timings) is not.
# An argument spelled @OUT is replaced by a per-build output file, compared too.
compare() {
    local name="$1"
    shift
    local jit_args=() native_args=() jit_status=0 native_status=0
    for arg in "$@"; do
        jit_args+=("${arg//@OUT/$work/$name.jit.out}")
        native_args+=("${arg//@OUT/$work/$name.native.out}")
    done
    dotnet "$jit_tool" "${jit_args[@]}" >"$work/$name.jit.stdout" 2>/dev/null || jit_status=$?
    "$native_tool" "${native_args[@]}" >"$work/$name.native.stdout" 2>/dev/null || native_status=$?
    [ "$jit_status" -eq "$native_status" ] || fail "$name: exit status $native_status native, $jit_status JIT"
    cmp -s "$work/$name.jit.stdout" "$work/$name.native.stdout" || fail "$name: the native tool printed other output"
    if [ -e "$work/$name.jit.out" ] || [ -e "$work/$name.native.out" ]; then
        cmp -s "$work/$name.jit.out" "$work/$name.native.out" || fail "$name: the native tool wrote another file"
    fi
    local bytes
    bytes=$(wc -c <"$work/$name.jit.stdout")
    if [ -e "$work/$name.jit.out" ]; then bytes=$((bytes + $(wc -c <"$work/$name.jit.out"))); fi
    printf '%-28s same output (%s bytes), exit status %s\n' "$name" "$bytes" "$jit_status"
}

# A JSON Lines feed of the samples, 50 times over, and one record cut short (an error record, exit status 1).
jsonl="$work/feed.jsonl"
copies=()
for _ in $(seq 50); do copies+=(samples/*.txt); done
awk 'BEGIN { ORS = "" }
     FNR == 1 { if (NR > 1) print "\"}\n"; printf "{\"id\":\"%s-%d\",\"text\":\"", FILENAME, record++ }
     { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "\\r"); print $0 "\\n" }
     END { print "\"}\n{\"id\":\"cut-short\",\"text\":\"NPR\n" }' "${copies[@]}" >"$jsonl"

# An archive of many pages, in folders.
mkdir -p "$work/pages"
for i in $(seq 25); do
    mkdir -p "$work/pages/$i"
    cp samples/*.txt "$work/pages/$i/"
done
tar -czf "$work/pages.tgz" -C "$work" pages

step "the native tool against the JIT tool"
for sample in samples/*.txt; do
    name="$(basename "$sample" .txt)"
    compare "$name.json" parse "$sample"
done
for format in jsonl text mediasum podcast; do
    compare "samples.$format" parse samples/*.txt --format "$format"
done
compare "samples.parquet" parse samples/*.txt --format parquet -o @OUT
compare "feed.jsonl.parallel-1" parse "$jsonl" --format jsonl --parallel 1
compare "feed.jsonl.parallel-2" parse "$jsonl" --format jsonl --parallel 2
compare "pages.tgz.jsonl" parse "$work/pages.tgz" --format jsonl
compare "pages.tgz.parquet" parse "$work/pages.tgz" --format parquet -o @OUT

step "native check passed"
