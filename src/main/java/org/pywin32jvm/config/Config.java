package org.pywin32jvm.config;

import java.util.Locale;

/**
 * Settings read once: a system property {@code pywin32jvm.<key>} wins over the environment
 * variable {@code PYWIN32JVM_<KEY>} (dots become underscores), which wins over the default.
 */
public final class Config {
    private Config() {}

    public static String get(String key, String defaultValue) {
        String v = System.getProperty("pywin32jvm." + key);
        if (v == null || v.isBlank()) v = System.getenv(envName(key));
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    public static int getInt(String key, int defaultValue) {
        String v = get(key, null);
        if (v == null) return defaultValue;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pywin32jvm." + key + " must be a whole number, not '" + v + "'");
        }
    }

    public static String envName(String key) {
        return "PYWIN32JVM_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
