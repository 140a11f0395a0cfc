package org.pywin32jvm.win32;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The Windows message texts, so that {@code strerror} reads as on Windows on every OS.
 * Off Windows the texts come from {@code messages.properties} (Win32 codes) and
 * {@code ras-messages.properties} (raserror.h, 600-999). On Windows a native source
 * (FormatMessage / RasGetErrorString) is installed by the Windows backend and asked first.
 */
public final class ErrorMessages {
    public static final String NO_MESSAGE = "No error message is available";

    private static final Map<Integer, String> SYSTEM = load("messages.properties");
    private static final Map<Integer, String> RAS = load("ras-messages.properties");

    private static volatile IntFunction<String> nativeSystem;
    private static volatile IntFunction<String> nativeRas;

    private ErrorMessages() {}

    /** Installed by the Windows backend: FormatMessage and RasGetErrorString; null results fall back. */
    public static void useNative(IntFunction<String> formatMessage, IntFunction<String> rasGetErrorString) {
        nativeSystem = formatMessage;
        nativeRas = rasGetErrorString;
    }

    /** FormatMessage(FROM_SYSTEM) text for a Win32 code, or pywin32's fixed "No error message" text. */
    public static String system(int code) {
        if (code == 0) return NO_MESSAGE;
        String text = ask(nativeSystem, code);
        if (text == null) text = SYSTEM.get(code);
        return text == null ? NO_MESSAGE : text;
    }

    /** pywin32's ReturnRasError order: RasGetErrorString, then FormatMessage, then the fixed text. */
    public static String ras(int code) {
        String text = ask(nativeRas, code);
        if (text == null) text = RAS.get(code);
        return text != null ? text : system(code);
    }

    /** RasGetErrorString itself: the RAS text only, null when there is none. */
    public static String rasOnly(int code) {
        String text = ask(nativeRas, code);
        return text != null ? text : RAS.get(code);
    }

    /** pywin32's CR/LF stripping of a FormatMessage result. */
    public static String strip(String text) {
        int n = text.length();
        if (n > 2 && isCrLf(text.charAt(n - 2))) return text.substring(0, n - 2);
        if (n > 0 && isCrLf(text.charAt(n - 1))) return text.substring(0, n - 1);
        return text;
    }

    private static boolean isCrLf(char c) { return c == '\r' || c == '\n'; }

    private static String ask(IntFunction<String> source, int code) {
        if (source == null) return null;
        String text = source.apply(code);
        return text == null || text.isEmpty() ? null : strip(text);
    }

    private static Map<Integer, String> load(String name) {
        Map<Integer, String> map = new ConcurrentHashMap<>();
        try (InputStream in = ErrorMessages.class.getResourceAsStream(name)) {
            if (in == null) return map;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key : p.stringPropertyNames()) map.put(Integer.parseInt(key.trim()), p.getProperty(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
