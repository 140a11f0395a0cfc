package org.pywin32jvm.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Settings published by scripts/fixtures/*.sh (a Samba server, a native stand-in library, ...).
 * Outside scripts/test.sh a missing fixture skips the test; under it
 * (PYWIN32JVM_REQUIRE_FIXTURES=1) a missing fixture fails it, so CI can never pass by skipping.
 */
public final class Fixtures {
    private Fixtures() {}

    public static String require(String envName) {
        String v = System.getenv(envName);
        if (v != null && !v.isBlank()) return v;
        String msg = "fixture setting " + envName + " is not set (run scripts/test.sh)";
        if ("1".equals(System.getenv("PYWIN32JVM_REQUIRE_FIXTURES"))) Assertions.fail(msg);
        Assumptions.abort(msg);
        return null;
    }
}
