package org.pywin32jvm.win32.jna;

import java.nio.charset.StandardCharsets;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * Wide (WCHAR, UTF-16LE) strings by hand, so the same code works on Windows and against the Linux
 * stand-in, where JNA's {@code WString}/{@code char[]} would be 4-byte wchar_t. Strings go in as
 * {@link Memory} holding UTF-16LE plus a 2-byte NUL; an embedded NUL simply ends the string for the
 * callee, as it does for a wide Win32 API.
 */
public final class Wide {
    private Wide() {}

    /** A NUL-terminated UTF-16LE copy of {@code s}, or null for null. */
    public static Memory of(String s) {
        if (s == null) return null;
        byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
        Memory m = new Memory(b.length + 2L);
        m.write(0, b, 0, b.length);
        m.setShort(b.length, (short) 0);
        return m;
    }

    /** Overwrites a secret's memory with zeros (passwords), then lets it go. */
    public static void wipe(Memory m) {
        if (m != null) m.clear();
    }

    /** Reads a NUL-terminated wide string of at most {@code maxChars} characters; null pointer gives null. */
    public static String read(Pointer p, long maxChars) {
        if (p == null) return null;
        long n = 0;
        while (n < maxChars && p.getShort(n * 2) != 0) n++;
        return new String(p.getByteArray(0, (int) (n * 2)), StandardCharsets.UTF_16LE);
    }

    /** The string in a WCHAR array field (up to its first NUL). */
    public static String get(short[] field) {
        int n = 0;
        while (n < field.length && field[n] != 0) n++;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) field[i];
        return new String(c);
    }

    /**
     * Puts {@code s} into a WCHAR array field, NUL-terminated and zero-padded. The caller has checked the
     * length; a string that does not fit is an error here, never a silent overflow.
     */
    public static void put(short[] field, String s) {
        String v = s == null ? "" : s;
        if (v.length() >= field.length) {
            throw new IllegalArgumentException("string of " + v.length() + " characters does not fit a WCHAR["
                + field.length + "] field");
        }
        java.util.Arrays.fill(field, (short) 0);
        for (int i = 0; i < v.length(); i++) field[i] = (short) v.charAt(i);
    }

    /** Like {@link #put} but silently cut to the field (pywin32 does this for some names). */
    public static void putTruncated(short[] field, String s) {
        String v = s == null ? "" : s;
        put(field, v.length() >= field.length ? v.substring(0, field.length - 1) : v);
    }
}
