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

    public static PythonEngine jython() {
        return new JythonEngine();
    }

    public static PythonEngine graalpy() {
        return new GraalPyEngine();
    }

    /** "jython" or "graalpy"; anything else is an IllegalArgumentException with a one-line message. */
    public static PythonEngine engine(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "jython": return jython();
            case "graalpy": return graalpy();
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
