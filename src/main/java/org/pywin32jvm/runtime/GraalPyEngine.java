package org.pywin32jvm.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.python.embedding.GraalPyResources;
import org.graalvm.python.embedding.VirtualFileSystem;

/**
 * GraalPy: python-lib is served from the jar through GraalPy's VirtualFileSystem; all contexts of
 * the JVM share one Engine, so the second and later contexts start in a fraction of a second.
 */
final class GraalPyEngine implements PythonEngine {
    private static final class Shared {
        static final Engine ENGINE = Engine.newBuilder("python")
            .option("engine.WarnInterpreterOnly", "false")
            .build();
        static final VirtualFileSystem VFS = VirtualFileSystem.newBuilder()
            .resourceLoadingClass(GraalPyEngine.class)
            .allowHostIO(VirtualFileSystem.HostIO.READ_WRITE)
            .build();
    }

    private final Context context;
    private final Value main;
    /** Python's eval() bound to the embedding namespace: eval("None") must give None, not the module. */
    private final Value evalFn;

    GraalPyEngine(boolean jit) {
        if (jit) JitCheck.warnIfInterpreted(Shared.ENGINE);
        // Scripts expect what `python` gives them: files, threads, subprocesses and Java access.
        context = GraalPyResources.contextBuilder(Shared.VFS)
            .engine(Shared.ENGINE)
            .allowAllAccess(true)
            .allowHostClassLookup(name -> true)
            .build();
        try {
            main = context.eval("python", "import _pywin32jvm_main\n_pywin32jvm_main");
            evalFn = context.eval("python", "(lambda g: lambda source: eval(source, g))(globals())");
        } catch (PolyglotException e) {
            context.close();
            throw translate(e);
        }
    }

    @Override public String name() { return "graalpy"; }

    @Override public String version() { return versionOf(Shared.ENGINE); }

    static String versionOf(Engine engine) {
        // the shaded jar loses the polyglot release name ("Development Build"): the build records it
        return "GraalPy " + Pywin32Jvm.buildProperty("graalpy")
            + " (Python " + engine.getLanguages().get("python").getVersion() + ")";
    }

    /** "optimizing runtime (...)" when Truffle compiles guest code in this JVM, else "interpreted". */
    static String runtimeOf(Engine engine) {
        return JitCheck.optimizing(engine) ? "optimizing runtime (" + engine.getImplementationName() + ")" : "interpreted";
    }

    @Override
    public void exec(String code) {
        try {
            context.eval("python", code);
        } catch (PolyglotException e) {
            throw translate(e);
        }
    }

    @Override
    public Object eval(String expression) {
        Value v;
        try {
            v = evalFn.execute(expression);
        } catch (PolyglotException e) {
            throw translate(e);
        }
        if (v.isNull()) return null;
        if (v.isString()) return v.asString();
        if (v.isBoolean()) return v.asBoolean();
        if (v.fitsInInt()) return v.asInt();
        if (v.fitsInLong()) return v.asLong();
        if (v.isNumber()) return v.asDouble();
        if (v.isHostObject()) return v.asHostObject();
        return v.toString();
    }

    @Override
    public void put(String name, Object value) {
        context.getBindings("python").putMember(name, value);
    }

    @Override
    public int run(Path script, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(script.toString());
        argv.addAll(List.of(args));
        return call("run_path", script.toString(), argv.toArray(new String[0]));
    }

    @Override
    public int runCode(String code, String... args) {
        return call("run_code", code, args);
    }

    @Override
    public int repl() {
        String banner = "pywin32-jvm " + Pywin32Jvm.version() + " on " + version()
            + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.";
        try {
            return main.invokeMember("interact", banner).asInt();
        } catch (PolyglotException e) {
            throw translate(e);
        }
    }

    private int call(String function, String first, String[] argv) {
        try {
            Value list = context.eval("python", "list");
            return main.invokeMember(function, first, list.execute((Object) argv)).asInt();
        } catch (PolyglotException e) {
            throw translate(e);
        }
    }

    static PythonException translate(PolyglotException e) {
        if (e.isExit()) return new PythonException("SystemExit", String.valueOf(e.getExitStatus()), e);
        Value guest = e.isGuestException() ? e.getGuestObject() : null;
        String type = "java";
        if (guest != null && !guest.isNull()) {
            type = pythonTypeName(guest.getMetaObject());
        }
        String msg = e.getMessage();
        int colon = msg == null ? -1 : msg.indexOf(": ");
        return new PythonException(type, colon >= 0 ? msg.substring(colon + 2) : String.valueOf(msg), e);
    }

    /** "module.qualname" as Python spells it (builtins without module), e.g. "pywintypes.error". */
    private static String pythonTypeName(Value cls) {
        if (cls == null || cls.isNull()) return "Exception";
        String name = stringMember(cls, "__qualname__");
        if (name == null) name = cls.getMetaSimpleName();
        String module = stringMember(cls, "__module__");
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    private static String stringMember(Value v, String member) {
        try {
            Value m = v.getMember(member);
            return m != null && m.isString() ? m.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
