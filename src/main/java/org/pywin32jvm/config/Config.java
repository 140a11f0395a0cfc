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
            throw new SettingException(key, v, "a whole number");
        }
    }

    /** An int setting within [min, max]; anything else is a {@link SettingException}. */
    public static int getInt(String key, int defaultValue, int min, int max) {
        int n = getInt(key, defaultValue);
        if (n < min || n > max) throw new SettingException(key, String.valueOf(n), "a whole number from " + min + " to " + max);
        return n;
    }

    /**
     * A setting that must be one of {@code allowed} (compared case-insensitively, returned in lower case);
     * anything else is a {@link SettingException} listing the accepted values.
     */
    public static String choice(String key, String defaultValue, String... allowed) {
        String v = get(key, defaultValue);
        if (v == null) return null;
        String lower = v.toLowerCase(Locale.ROOT);
        for (String a : allowed) if (a.equals(lower)) return a;
        throw new SettingException(key, v, String.join(", ", allowed));
    }

    public static String envName(String key) {
        return "PYWIN32JVM_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
