package org.pywin32jvm.runtime;

import org.pywin32jvm.config.Config;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar pywin32-jvm.jar [--engine jython|graalpy] [-i] [-c CODE | -m MODULE | script.py | -] [args...]}.
 * Bad usage is one line on stderr and a non-zero status; a Python error is the Python traceback;
 * a Java stack trace appears only with PYWIN32JVM_DEBUG=1.
 */
public final class Main {
    static final String USAGE = String.join("\n",
        "usage: pywin32-jvm [--engine jython|graalpy] [--jit] [-i] [-c CODE | -m MODULE | script.py | -] [args...]",
        "       pywin32-jvm --version | --backends | --help",
        "",
        "  --engine NAME   jython (Python 2.7) or graalpy (Python 3, the default);",
        "                  also PYWIN32JVM_ENGINE or -Dpywin32jvm.engine",
        "  --jit           GraalPy's optimizing runtime (JDK 25+ and the Graal jars, see README)",
        "  -c CODE         run CODE as a program; the rest are sys.argv[1:]",
        "  -m MODULE       run a module as __main__ (e.g. -m netbios)",
        "  -i              after the program, the interactive console in its namespace",
        "  script.py       run the script (a directory: its __main__.py)",
        "  -               run standard input as the script (also when stdin is not a terminal)",
        "  (nothing)       the interactive console when stdin is a terminal",
        "  --platform windows  the script sees sys.platform 'win32', os.name 'nt' (PYWIN32JVM_PLATFORM)",
        "  --version       versions of the product, both engines and the backends in use",
        "  --backends      the backends in use and how to choose them");

    private Main() {}

    public static void main(String[] args) {
        // the command line, not an embedding host: Ctrl-C is Python's KeyboardInterrupt (_pywin32jvm_main)
        System.setProperty("pywin32jvm.cli.sigint", "true");
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println("pywin32-jvm: " + e.getMessage());
            return e.status;
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
        CliOptions o = CliOptions.parse(args);
        switch (o.action) {
            case VERSION: printVersion(out); return 0;
            case HELP: out.println(USAGE); return 0;
            case BACKENDS: printBackends(out); return 0;
            case CDS_TRAINING: return cdsTraining(o.engine, out);
            default: break;
        }
        checkEngine(o.engine);
        Path script = null;
        if (o.script != null && !o.script.equals("-")) script = scriptFile(o.script);
        try (PythonEngine py = open(o.engine, o.options())) {
            int status;
            if (o.command != null) {
                status = py.runCode(o.command, o.argsArray());
            } else if (o.module != null) {
                status = py.runModule(o.module, o.argsArray());
            } else if (script != null) {
                status = py.run(script, o.argsArray());
            } else if (o.script != null || !Terminals.stdinIsTerminal()) {
                // `-` or piped input: the whole of stdin is one script, as `python -` / `python < file`
                String[] argv = new String[o.args.size() + 1];
                argv[0] = o.script == null ? "" : "-";
                for (int k = 0; k < o.args.size(); k++) argv[k + 1] = o.args.get(k);
                status = py.runSource(readStdin(), "<stdin>", argv);
            } else {
                return py.repl();
            }
            // -i: the console follows whatever the program did (CPython's inspect mode)
            return o.interactive ? py.repl() : status;
        }
    }

    /** The script to run: a file, or a directory with a __main__.py (as python runs a directory). */
    private static Path scriptFile(String name) {
        Path script = Path.of(name);
        if (Files.isDirectory(script)) {
            Path main = script.resolve("__main__.py");
            if (Files.isRegularFile(main)) return main;
            // status 1, as CPython 3.11 (`python3 /tmp`); a missing file is 2, as there
            throw new UsageException("can't find '__main__' module in '" + name + "': it is a directory", 1);
        }
        if (!Files.isRegularFile(script)) {
            throw new UsageException("can't open file '" + name + "': [Errno 2] No such file or directory");
        }
        return script;
    }

    private static String readStdin() {
        try {
            return new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UsageException("can't read standard input: " + e.getMessage());
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
        choice(out, "ras.dialer", "none | sim | nm | auto   (phonebook backend only)");
        choice(out, "ras.sim.scenario", "FILE");
        choice(out, "ras.nm.bus", "system | session | ADDRESS   (nm dialer)");
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
        final int status;
        UsageException(String message) { this(message, 2); }
        UsageException(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
