#!/usr/bin/env bash
# Per-call cost of the Windows (JNA) backend against the native stand-in: WNetGetUser and
# RasGetConnectStatus straight from Java through JNA, through the backend, and through the Python face
# under Jython and GraalPy, side by side in one JVM (src/test/java/.../windows/WindowsBench.java).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/target/native"
mkdir -p "$out"
gcc -O2 -pthread -fPIC -shared -fvisibility=hidden -o "$out/libpywin32jvm-standin.so" native/standin/*.c
# fresh classes (a jar left by an earlier build could be stale), test classes for the harness
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
java -Xmx1g -Dpolyglot.engine.WarnInterpreterOnly=false -Dpywin32jvm.windows.library="$out/libpywin32jvm-standin.so" \
  -cp "target/classes:target/test-classes:$(cat "$out/classpath.txt")" org.pywin32jvm.windows.WindowsBench "${1:-7}"
