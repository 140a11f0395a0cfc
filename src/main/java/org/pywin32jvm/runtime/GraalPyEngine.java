package org.pywin32jvm.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.python.embedding.GraalPyResources;
import org.graalvm.python.embedding.VirtualFileSystem;

import org.pywin32jvm.fs.graalpy.NetworkFileSystem;

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
        /** python-lib's VFS and the host's files, with network paths routed to SMB (null: redirector off). */
        static final FileSystem FILES = networkFileSystem(VFS);
    }

    /**
     * The VFS's own polyglot file system wrapped by the network router. GraalPyResources keeps the
     * VFS's file system in a package-private field (GraalPy 25.0): read it. Should another GraalPy
     * lack it, the engine still runs, without the redirector, and says so once on stderr.
     */
    static FileSystem networkFileSystem(VirtualFileSystem vfs) {
        try {
            java.lang.reflect.Field f = VirtualFileSystem.class.getDeclaredField(VFS_FIELD);
            f.setAccessible(true);
            return new NetworkFileSystem((FileSystem) f.get(vfs), Backends::filesOrNull, Path.of(vfs.getMountPoint()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("pywin32-jvm: warning: UNC paths and mapped drives will not work as files under GraalPy"
                + " (this GraalPy's VirtualFileSystem has no readable field '" + VFS_FIELD + "': " + e + ")");
            return null;
        }
    }

    static final String VFS_FIELD = "delegatingFileSystem";

    /** True when GraalPy contexts get the network file system (the redirector). */
    static boolean redirectorInstalled() { return Shared.FILES != null; }

    private final Context context;
    private final Value main;
    /** Python's eval() bound to the embedding namespace: eval("None") must give None, not the module. */
    private final Value evalFn;

    /** {@code face}: the Windows face whatever the setting says (else the setting decides). */
    GraalPyEngine(boolean jit, boolean face) {
        boolean windowsFace = WindowsFace.requested() || face;     // a bad setting fails before a context exists
        if (jit) JitCheck.warnIfInterpreted(Shared.ENGINE);
        // Scripts expect what `python` gives them: files, threads, subprocesses and Java access.
        Context.Builder builder = GraalPyResources.contextBuilder(Shared.VFS);
        if (Shared.FILES != null) {
            builder.allowIO(IOAccess.newBuilder().allowHostSocketAccess(true).fileSystem(Shared.FILES).build());
        }
        context = builder
            .engine(Shared.ENGINE)
            .allowAllAccess(true)
            .allowHostClassLookup(name -> true)
            .build();
        try {
            main = context.eval("python", "import _pywin32jvm_main\n_pywin32jvm_main");
            if (windowsFace) context.eval("python", WindowsFace.APPLY);
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
        return toJava(v);
    }

    private static Object toJava(Value v) {
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
    public Object call(String function, Object... args) {
        Value f = context.getBindings("python").getMember(function);
        if (f == null || !f.canExecute()) {
            throw new PythonException("NameError", "name '" + function + "' is not a callable global", null);
        }
        try {
            return toJava(f.execute(args));
        } catch (PolyglotException e) {
            throw translate(e);
        }
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
    public int runModule(String module, String... args) {
        return call("run_module", module, args);
    }

    @Override
    public int runSource(String source, String filename, String... argv) {
        try {
            Value list = context.eval("python", "list");
            return main.invokeMember("run_source", source, filename, list.execute((Object) argv)).asInt();
        } catch (PolyglotException e) {
            throw translate(e);
        }
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
