package org.pywin32jvm.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * The embedding API: ready interpreters of either engine.
 * <pre>
 * try (PythonEngine py = Pywin32Jvm.graalpy()) {
 *     py.exec("import win32wnet");
 *     System.out.println(py.eval("win32wnet.WNetGetUser()"));
 * }
 * </pre>
 */
public final class Pywin32Jvm {
    private Pywin32Jvm() {}

    public static final String DEFAULT_ENGINE = "graalpy";

    /** Options of {@link #graalpy(Option...)} and {@link #engine(String, Option...)}. */
    public enum Option {
        /**
         * GraalPy's optimizing runtime, for long-running work (servers, hot loops): it compiles the
         * Python code the application runs often. The JVM must have been started on JDK 25+ with the
         * Graal jars ({@code jit/} beside the jar) on {@code --upgrade-module-path} and
         * {@code -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI} (see {@link #JIT_JVM_FLAGS});
         * elsewhere one line on stderr says so and the engine runs interpreted. No effect on Jython.
         */
        JIT,
        /**
         * The Windows face for this engine only (both engines): the script reads {@code sys.platform}
         * {@code 'win32'}, {@code os.name} {@code 'nt'}, {@code platform.system()} {@code 'Windows'}. Other
         * engines of the JVM keep theirs, so one host can run a face engine next to a plain one. Without it
         * the setting {@code pywin32jvm.platform} ({@code PYWIN32JVM_PLATFORM}) decides.
         */
        WINDOWS_FACE
    }

    /** The JVM flags that, with {@code --upgrade-module-path=<the jars in jit/>}, enable {@link Option#JIT}. */
    public static final java.util.List<String> JIT_JVM_FLAGS =
        java.util.List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI");

    public static PythonEngine jython() {
        return new JythonEngine(false);
    }

    /** A Jython engine with options, e.g. {@code Pywin32Jvm.jython(Option.WINDOWS_FACE)} (JIT: no effect). */
    public static PythonEngine jython(Option... options) {
        return new JythonEngine(has(options, Option.WINDOWS_FACE));
    }

    public static PythonEngine graalpy() {
        return new GraalPyEngine(false, false);
    }

    /** A GraalPy engine with options, e.g. {@code Pywin32Jvm.graalpy(Option.JIT)}. */
    public static PythonEngine graalpy(Option... options) {
        return new GraalPyEngine(has(options, Option.JIT), has(options, Option.WINDOWS_FACE));
    }

    private static boolean has(Option[] options, Option o) {
        return java.util.Arrays.asList(options).contains(o);
    }

    /** "jython" or "graalpy"; anything else is an IllegalArgumentException with a one-line message. */
    public static PythonEngine engine(String name, Option... options) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "jython": return jython(options);
            case "graalpy": return graalpy(options);
            default: throw new IllegalArgumentException("unknown engine '" + name + "' (choose jython or graalpy)");
        }
    }

    /** The product version, from the build's version.properties. */
    public static String version() {
        return buildProperty("version");
    }

    /** A version the build recorded: "version" (the product) or "graalpy" (the GraalPy release). */
    static String buildProperty(String key) {
        try (InputStream in = Pywin32Jvm.class.getResourceAsStream("/org/pywin32jvm/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty(key, "dev");
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "dev";
    }
}
