package org.pywin32jvm.runtime;

import java.util.Arrays;
import java.util.List;

import org.pywin32jvm.config.Config;

/**
 * The command line, parsed as CPython parses {@code python [option] ... [-c cmd | -m mod | file | -] [arg] ...}:
 * options stop at the first program source; everything after it is sys.argv[1:].
 * One field per option, one case per option in {@link #parse}: add new options the same way.
 */
final class CliOptions {
    /** What to do besides running Python. */
    enum Action { RUN, VERSION, HELP, BACKENDS, CDS_TRAINING }

    Action action = Action.RUN;
    String engine = Config.get("engine", Pywin32Jvm.DEFAULT_ENGINE);
    /** --jit: GraalPy's optimizing runtime. */
    boolean jit;
    /** -i: the console after the program, in its namespace. */
    boolean interactive;
    /** -c CODE */
    String command;
    /** -m MODULE */
    String module;
    /** the script, "-" for standard input, or null (no program given) */
    String script;
    /** sys.argv[1:] */
    List<String> args = List.of();

    private CliOptions() {}

    static CliOptions parse(String[] argv) {
        CliOptions o = new CliOptions();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--engine") || a.equals("-e")) {
                o.engine = value(argv, i, "--engine needs a name: jython or graalpy");
                i += 2;
            } else if (a.startsWith("--engine=")) {
                o.engine = a.substring("--engine=".length());
                i++;
            } else if (a.equals("--platform") || a.startsWith("--platform=")) {
                // the Windows face (runtime.WindowsFace reads it through Config)
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : value(argv, i, "--platform needs windows or native");
                if (!v.equals("windows") && !v.equals("native")) throw new Main.UsageException("--platform needs windows or native");
                System.setProperty("pywin32jvm.platform", v);
                i += a.contains("=") ? 1 : 2;
            } else if (a.equals("--version") || a.equals("-V")) {
                o.action = Action.VERSION;
                return o;
            } else if (a.equals("--help") || a.equals("-h")) {
                o.action = Action.HELP;
                return o;
            } else if (a.equals("--backends")) {
                o.action = Action.BACKENDS;
                return o;
            } else if (a.equals("--cds-training")) {
                o.action = Action.CDS_TRAINING;
                return o;
            } else if (a.equals("--jit")) {
                o.jit = true;
                i++;
            } else if (a.equals("-i")) {
                o.interactive = true;
                i++;
            } else if (a.equals("-c")) {
                o.command = value(argv, i, "argument expected for the -c option");
                return o.rest(argv, i + 2);
            } else if (a.equals("-m")) {
                o.module = value(argv, i, "argument expected for the -m option");
                return o.rest(argv, i + 2);
            } else if (a.equals("--")) {
                return o.program(argv, i + 1);
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new Main.UsageException("unknown option " + a + " (try --help)");
            } else {
                return o.program(argv, i);
            }
        }
        return o;
    }

    private CliOptions program(String[] argv, int i) {
        if (i < argv.length) {
            script = argv[i];
            return rest(argv, i + 1);
        }
        return this;
    }

    private CliOptions rest(String[] argv, int from) {
        args = List.of(Arrays.copyOfRange(argv, Math.min(from, argv.length), argv.length));
        return this;
    }

    private static String value(String[] argv, int i, String missing) {
        if (i + 1 >= argv.length) throw new Main.UsageException(missing);
        return argv[i + 1];
    }

    Pywin32Jvm.Option[] options() {
        return jit ? new Pywin32Jvm.Option[] {Pywin32Jvm.Option.JIT} : new Pywin32Jvm.Option[0];
    }

    String[] argsArray() {
        return args.toArray(new String[0]);
    }
}
