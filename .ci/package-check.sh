#!/usr/bin/env bash
# Proves the packages from the outside:
#   1. packs TranscriptParsing, TranscriptParsing.Parquet and the TranscriptParsing.Cli tool into artifacts/packages
#      and checks what each package holds (README, XML docs, both target frameworks, symbols, licence);
#   2. builds tests/PackageConsumer, which references TranscriptParsing by package version from that folder (its own
#      nuget.config), with an empty NuGet cache so that no cached package of the same version can stand in for the
#      one just packed, checks the restored package came from the folder, and runs it on a sample transcript;
#   3. installs the tool from the folder into a temporary tool path, runs `transcript parse` on a sample and reads
#      the JSON back with the consumer;
#   4. with PACKAGE_CHECK_AOT=1, publishes samples/AotSample with NativeAOT (needs clang or gcc, and zlib) and runs it.
# Any failure fails the script (exit status non-zero). Run it from anywhere: bash .ci/package-check.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/script-support.sh"

packages="$root/artifacts/packages"
sample="$root/samples/npr-station-interview.txt"

version="$(dotnet msbuild src/TranscriptParsing/TranscriptParsing.csproj -getProperty:Version)"
[ -n "$version" ] || fail "could not read the version"

step "pack $version into $packages"
rm -rf "$packages"
mkdir -p "$packages"
for project in src/TranscriptParsing src/TranscriptParsing.Parquet src/TranscriptParsing.Cli; do
    dotnet pack "$project" -c Release -o "$packages" -nologo -v quiet
done
ls -l "$packages"

# Fails unless the zip $1 holds the entry $2 (the listing is read whole: grep -q would cut the pipe short).
has_entry() {
    local listing
    listing="$(unzip -Z1 "$1")" || fail "cannot read $1"
    grep -qxF "$2" <<<"$listing" || fail "$(basename "$1") lacks $2"
}

library="$packages/TranscriptParsing.$version.nupkg"
for entry in README.md TranscriptParsing.nuspec \
    lib/net8.0/TranscriptParsing.dll lib/net8.0/TranscriptParsing.xml \
    lib/net10.0/TranscriptParsing.dll lib/net10.0/TranscriptParsing.xml; do
    has_entry "$library" "$entry"
done
has_entry "$packages/TranscriptParsing.$version.snupkg" lib/net10.0/TranscriptParsing.pdb
nuspec="$(unzip -p "$library" TranscriptParsing.nuspec)"
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "the library's licence is not the MIT expression"
grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "the library names no README"
if grep -q '<dependency ' <<<"$nuspec"; then fail "the library has package dependencies"; fi
has_entry "$packages/TranscriptParsing.Parquet.$version.nupkg" lib/net10.0/TranscriptParsing.Parquet.dll
tool="$packages/TranscriptParsing.Cli.$version.nupkg"
has_entry "$tool" tools/net10.0/any/DotnetToolSettings.xml
has_entry "$tool" tools/net10.0/any/transcript.dll
echo "package contents: ok"

# An empty cache of our own: a package of this version restored earlier cannot mask a broken pack.
export NUGET_PACKAGES="$work/nuget-packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step "build tests/PackageConsumer against TranscriptParsing $version from the folder"
rm -rf tests/PackageConsumer/bin tests/PackageConsumer/obj
dotnet build tests/PackageConsumer -c Release -nologo -v quiet -p:TranscriptParsingVersion="$version" -o "$work/consumer"
metadata="$NUGET_PACKAGES/transcriptparsing/$version/.nupkg.metadata"
[ -f "$metadata" ] || fail "TranscriptParsing $version was not restored into the empty cache"
grep -qF "$packages" "$metadata" || fail "TranscriptParsing $version came from elsewhere than $packages: $(cat "$metadata")"
cmp -s "$library" "$NUGET_PACKAGES/transcriptparsing/$version/transcriptparsing.$version.nupkg" \
    || fail "the restored TranscriptParsing package differs from the one just packed"

step "run the consumer"
dotnet "$work/consumer/PackageConsumer.dll" parse "$sample" || fail "the consumer did not get what it expected"

step "install the tool from the folder"
dotnet tool install TranscriptParsing.Cli --version "$version" --tool-path "$work/tools" --add-source "$packages"
installed="$(find "$work/tools/.store" -path '*/tools/net10.0/any/transcript.dll' | head -n 1)"
[ -n "$installed" ] || fail "the installed tool has no transcript.dll"
unzip -p "$tool" tools/net10.0/any/transcript.dll | cmp -s - "$installed" \
    || fail "the installed tool is not the one just packed"

step "transcript parse $(basename "$sample")"
"$work/tools/transcript" parse "$sample" >"$work/parsed.json" || fail "transcript parse failed"
head -c 300 "$work/parsed.json"; echo
dotnet "$work/consumer/PackageConsumer.dll" check-json "$work/parsed.json" || fail "the tool's JSON is not what was expected"

if [ "${PACKAGE_CHECK_AOT:-0}" = 1 ]; then
    step "NativeAOT publish of samples/AotSample"
    rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
    dotnet publish samples/AotSample -c Release -r "$rid" -o "$work/aot" -nologo -v quiet
    "$work/aot/AotSample" "$sample" || fail "the NativeAOT sample failed"
fi

step "package check passed"
