#!/usr/bin/env bash
# Samples one benchmark case with perf and splits its time by the library's layers.
# Usage: benchmarks/profile/profile.sh CASE INPUT [SECONDS]   e.g.  benchmarks/profile/profile.sh Reader 5KB 20
# Needs Linux perf and python3. Run from the repository root on an otherwise idle machine.
set -euo pipefail
case_name=${1:?case: Reader, Parse, ParseToJson or ParseToJson_Context}
input=${2:?input: 5KB, 50KB or 5MB}
seconds=${3:-20}
here=$(cd "$(dirname "$0")" && pwd)
project="$here/../TranscriptParsing.Benchmarks"
dotnet build "$project" -c Release --nologo -v quiet >/dev/null
data=$(mktemp --suffix=.perf.data)
trap 'rm -f "$data"' EXIT

# perf names jitted code from the runtime's perf map; R2R code is jitted too so that CoreLib's methods get names, and
# W^X is off so that jitted code is not mapped through an anonymous file perf cannot name.
DOTNET_PerfMapEnabled=1 DOTNET_ReadyToRun=0 DOTNET_EnableWriteXorExecute=0 \
  perf record -F 4000 -g -o "$data" -- dotnet "$project/bin/Release/net10.0/TranscriptParsing.Benchmarks.dll" \
  profile "$case_name" "$input" "$seconds" 2>/dev/null
perf script -i "$data" -F ip,sym 2>/dev/null | python3 "$here/layers.py"
