package org.pywin32jvm.runtime;

import org.pywin32jvm.config.Config;

/**
 * The opt-in Windows face ({@code pywin32jvm.platform} = windows | native): when asked for, each engine
 * runs python-lib's {@code _pywin32jvm_face.apply()} right after start-up, before any script.
 */
final class WindowsFace {
    private WindowsFace() {}

    static final String APPLY = "import _pywin32jvm_face\n_pywin32jvm_face.apply()\n";

    static boolean requested() {
        String v = Config.get("platform", "native").toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("windows") && !v.equals("native")) {
            throw new IllegalArgumentException("pywin32jvm.platform must be 'windows' or 'native', not '" + v + "'");
        }
        return v.equals("windows");
    }
}
