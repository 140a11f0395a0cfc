package org.pywin32jvm.runtime;

import org.pywin32jvm.config.Config;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code java -jar pywin32-jvm.jar [--engine jython|graalpy] [-c CODE | script.py] [args...]}.
 * Bad usage is one line on stderr and a non-zero status; a Python error is the Python traceback;
 * a Java stack trace appears only with PYWIN32JVM_DEBUG=1.
 */
public final class Main {
    static final String USAGE = String.join("\n",
        "usage: pywin32-jvm [--engine jython|graalpy] [--jit] [-c CODE | script.py | -] [args...]",
        "       pywin32-jvm --version | --backends | --help",
        "",
        "  --engine NAME   jython (Python 2.7) or graalpy (Python 3, the default);",
        "                  also PYWIN32JVM_ENGINE or -Dpywin32jvm.engine",
        "  --jit           GraalPy's optimizing runtime (JDK 25+ and the Graal jars, see README)",
        "  -c CODE         run CODE as a program; the rest are sys.argv[1:]",
        "  script.py       run the script; no script: the interactive console",
        "  --version       versions of the product, both engines and the backends in use",
        "  --backends      the backends in use and how to choose them");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println("pywin32-jvm: " + e.getMessage());
            return 2;
        } catch (PythonException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) {
            if (Config.get("debug", "").equals("1")) e.printStackTrace(err);
            err.println("pywin32-jvm: internal error: " + oneLine(e));
            return 1;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) {
        String engine = Config.get("engine", Pywin32Jvm.DEFAULT_ENGINE);
        Pywin32Jvm.Option[] options = {};
        int i = 0;
        while (i < args.length && args[i].startsWith("-") && !args[i].equals("-")) {
            String a = args[i];
            if (a.equals("--engine") || a.equals("-e")) {
                if (i + 1 >= args.length) throw new UsageException("--engine needs a name: jython or graalpy");
                engine = args[i + 1];
                i += 2;
            } else if (a.startsWith("--engine=")) {
                engine = a.substring("--engine=".length());
                i++;
            } else if (a.equals("--jit")) {
                options = new Pywin32Jvm.Option[] {Pywin32Jvm.Option.JIT};
                i++;
            } else if (a.equals("--version") || a.equals("-V")) {
                printVersion(out);
                return 0;
            } else if (a.equals("--cds-training")) {
                return cdsTraining(engine, out);
            } else if (a.equals("--backends")) {
                printBackends(out);
                return 0;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (a.equals("-c")) {
                if (i + 1 >= args.length) throw new UsageException("argument expected for the -c option");
                checkEngine(engine);
                try (PythonEngine py = open(engine, options)) {
                    return py.runCode(args[i + 1], Arrays.copyOfRange(args, i + 2, args.length));
                }
            } else if (a.equals("--")) {
                i++;
                break;
            } else {
                throw new UsageException("unknown option " + a + " (try --help)");
            }
        }
        checkEngine(engine);
        if (i >= args.length || args[i].equals("-")) {
            try (PythonEngine py = open(engine, options)) {
                return py.repl();
            }
        }
        Path script = Path.of(args[i]);
        if (!Files.isRegularFile(script)) {
            throw new UsageException("can't open file '" + args[i] + "': [Errno 2] No such file or directory");
        }
        try (PythonEngine py = open(engine, options)) {
            return py.run(script, Arrays.copyOfRange(args, i + 1, args.length));
        }
    }

    private static void checkEngine(String engine) {
        if (!engine.equalsIgnoreCase("jython") && !engine.equalsIgnoreCase("graalpy")) {
            throw new UsageException("unknown engine '" + engine + "' (choose jython or graalpy)");
        }
    }

    private static PythonEngine open(String engine, Pywin32Jvm.Option... options) {
        try {
            return Pywin32Jvm.engine(engine, options);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * What bin/pywin32-jvm runs once per jar, JDK and engine under -XX:ArchiveClassesAtExit (AppCDS)
     * or -XX:AOTCacheOutput (JDK 25+): start the engine, import the face and run a script, so that
     * the archive holds what every later start-up loads.
     */
    private static int cdsTraining(String engine, PrintStream out) {
        checkEngine(engine);
        try (PythonEngine py = open(engine)) {
            py.runCode("import pywintypes, win32ras, win32wnet, winerror, win32netcon, _winargs\n"
                + "win32ras.IsHandleValid(1); win32wnet.NETRESOURCE(); print('')");
        }
        out.println("ok");
        return 0;
    }

    private static void printVersion(PrintStream out) {
        out.println("pywin32-jvm " + Pywin32Jvm.version());
        out.println("  jython:  Jython " + org.python.Version.PY_VERSION);
        try (org.graalvm.polyglot.Engine e = org.graalvm.polyglot.Engine.newBuilder("python")
                .option("engine.WarnInterpreterOnly", "false").build()) {
            out.println("  graalpy: " + GraalPyEngine.versionOf(e) + ", " + GraalPyEngine.runtimeOf(e));
        }
        out.println("  java:    " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.println("  default engine: " + Config.get("engine", Pywin32Jvm.DEFAULT_ENGINE));
        for (Map.Entry<String, String> b : Backends.describe().entrySet()) {
            out.println("  " + b.getKey() + ": " + b.getValue());
        }
    }

    private static void printBackends(PrintStream out) {
        for (Map.Entry<String, String> b : Backends.describe().entrySet()) {
            out.println(b.getKey() + ": " + b.getValue());
        }
        out.println();
        out.println("Choose with a system property or an environment variable:");
        choice(out, "wnet", "auto | smb | windows | none");
        choice(out, "netbios", "auto | emulated | windows | none");
        choice(out, "ras", "auto | phonebook | windows");
        choice(out, "ras.dialer", "none | sim   (phonebook backend only)");
        choice(out, "ras.sim.scenario", "FILE");
        choice(out, "windows.library", "PATH   (one library instead of rasapi32/mpr/netapi32)");
    }

    private static void choice(PrintStream out, String key, String values) {
        out.println(String.format("  -Dpywin32jvm.%-22s %-28s %s", key + "=...", Config.envName(key), values));
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        UsageException(String message) { super(message, null, false, false); }
    }
}
