#!/usr/bin/env bash
# Per-call cost of the Windows (JNA) backend against the native stand-in: WNetGetUser and
# RasGetConnectStatus straight from Java through JNA, through the backend, and through the Python face
# under Jython and GraalPy, side by side in one JVM (src/test/java/.../windows/WindowsBench.java).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/target/native"
mkdir -p "$out"
gcc -O2 -pthread -fPIC -shared -fvisibility=hidden -o "$out/libpywin32jvm-standin.so" native/standin/*.c
[ -f target/pywin32-jvm.jar ] || mvn -B -q -ntp package -DskipTests
mvn -B -q -ntp test-compile
java -Xmx1g -Dpolyglot.engine.WarnInterpreterOnly=false -Dpywin32jvm.windows.library="$out/libpywin32jvm-standin.so" \
  -cp target/pywin32-jvm.jar:target/test-classes org.pywin32jvm.windows.WindowsBench "${1:-7}"
