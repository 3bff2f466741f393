#!/usr/bin/env bash
# Publishes the trainingsim program (src/TrainingSim.Cli) in the three modes compared in docs/performance.md:
#   OUT/fd   framework-dependent (JIT): run as `dotnet OUT/fd/trainingsim.dll` (what `dotnet run` runs, without
#            the build check) or through its apphost OUT/fd/trainingsim
#   OUT/r2r  ReadyToRun, framework-dependent, linux-x64: OUT/r2r/trainingsim
#   OUT/aot  Native AOT, linux-x64 (the shipped build): OUT/aot/trainingsim — needs clang and zlib1g-dev
#            (apt-get install -y clang zlib1g-dev); the ILCompiler packages come from NuGet on restore.
# Each folder has scenarios/ and content/ beside the program (the csproj copies them on publish).
#
# Usage: bench/scripts/publish-modes.sh OUT [fd] [r2r] [aot]     (no mode given: all three)
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:?usage: $0 OUT [fd] [r2r] [aot]}
shift
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(fd r2r aot)
mkdir -p "$out"
out=$(cd "$out" && pwd)
project=src/TrainingSim.Cli

for mode in "${modes[@]}"; do
    case $mode in
        fd)  args=() ;;
        r2r) args=(-r linux-x64 -p:PublishReadyToRun=true) ;;
        aot)
            command -v clang >/dev/null || { echo "Native AOT needs clang: apt-get install -y clang zlib1g-dev" >&2; exit 2; }
            args=(-r linux-x64 -p:PublishAot=true) ;;
        *) echo "unknown mode $mode (fd, r2r, aot)" >&2; exit 2 ;;
    esac
    echo "== $mode: dotnet publish $project -c Release ${args[*]} -o $out/$mode"
    rm -rf "${out:?}/$mode"
    start=$(date +%s)
    dotnet publish "$project" -c Release "${args[@]}" -o "$out/$mode" -nologo < /dev/null > "$out/$mode.log" 2>&1 \
        || { tail -30 "$out/$mode.log"; echo "publish $mode failed" >&2; exit 1; }
    grep -E ' warning | error ' "$out/$mode.log" | sort -u || true
    echo "   $(grep -cE ' warning ' "$out/$mode.log" || true) warning lines, $(( $(date +%s) - start )) s," \
         "$(du -sh --exclude=scenarios --exclude=content --exclude='*.pdb' --exclude='*.dbg' "$out/$mode" | cut -f1) without the library and symbols"
done
