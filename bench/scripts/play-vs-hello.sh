#!/usr/bin/env bash
# `trainingsim play` of a shipped 4-turn Chinese scenario as a whole process, against a framework-dependent
# .NET hello-world console app, all in ONE hyperfine run (so the load on the machine is shared alike).
# The hello world is made and built in a temporary folder (not part of the repository).
#
# Usage: bench/scripts/play-vs-hello.sh PUBLISHED [RUNS] [MORE_PUBLISHED...]
#   PUBLISHED is the OUT folder of bench/scripts/publish-modes.sh; every mode found there (fd, r2r, aot) is
#   measured. With MORE_PUBLISHED folders (say a build before a change and one after), all of them are measured
#   in the same hyperfine run, each command named after its folder. Results: the hyperfine table on standard
#   output, and PUBLISHED/play-vs-hello.{md,json}.
# Needs hyperfine (apt-get install -y hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."

pub=$(cd "${1:?usage: $0 PUBLISHED [RUNS] [MORE_PUBLISHED...]}" && pwd)
runs=${2:-30}
folders=("$pub")
for more in "${@:3}"; do folders+=("$(cd "$more" && pwd)"); done
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install -y hyperfine)" >&2; exit 2; }
replies=$(pwd)/bench/scripts/replies/sim-swap-4g.txt
scenario=sim-swap-4g   # 换 4G 卡要不要换号？ — 4 turns on its expert path

hello=$(mktemp -d)
trap 'rm -rf "$hello"' EXIT
cat > "$hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$hello/Program.cs"
(cd "$hello" && dotnet build -c Release -o "$hello/out" -nologo -v q < /dev/null > "$hello/build.log" 2>&1) \
    || { cat "$hello/build.log"; exit 1; }

commands=(-n "hello world (framework-dependent)" "dotnet $hello/out/hello.dll")
for folder in "${folders[@]}"; do
for mode in fd r2r aot; do
    [ -d "$folder/$mode" ] || continue
    case $mode in
        fd) program="dotnet $folder/fd/trainingsim.dll" ;;
        *)  program="$folder/$mode/trainingsim" ;;
    esac
    label=$mode
    [ ${#folders[@]} -eq 1 ] || label="$mode, $(basename "$folder")"
    # Check once that it plays the whole call (exit 0, 3 stars) before timing it.
    $program play "$scenario" --replies "$replies" --lang zh-CN > "$hello/check.txt" \
        || { cat "$hello/check.txt"; echo "play with $label failed" >&2; exit 1; }
    grep -q '★★★' "$hello/check.txt" || { cat "$hello/check.txt"; echo "play with $label did not earn 3 stars" >&2; exit 1; }
    commands+=(-n "play $scenario ($label)" "$program play $scenario --replies $replies --lang zh-CN")
done
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$pub/play-vs-hello.md" --export-json "$pub/play-vs-hello.json" \
    "${commands[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$pub/play-vs-hello.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base, base_user = r[0]["mean"], r[0]["user"]
for x in r[1:]:
    target = 1.0 if "aot" in x["command"] else 4.0
    print(f"{x['command']}: mean {x['mean']*1000:.1f} ms, median {x['median']*1000:.1f} ms = "
          f"{x['mean']/base:.2f}x hello world ({base*1000:.1f} ms), user CPU {x['user']*1000:.1f} ms = "
          f"{x['user']/base_user:.2f}x ({base_user*1000:.1f} ms); target <= {target:g}x: {'met' if x['mean']/base <= target else 'NOT met'}")
PY
