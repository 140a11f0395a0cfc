package org.pywin32jvm.runtime;

import org.graalvm.polyglot.Engine;

/** Whether GraalPy runs optimized in this JVM, and the one-line warning when --jit / Option.JIT cannot be had. */
final class JitCheck {
    private static boolean warned;

    private JitCheck() {}

    /** True when Truffle's optimizing runtime is active (the fallback runtime calls itself "Interpreted"). */
    static boolean optimizing(Engine engine) {
        return !"Interpreted".equalsIgnoreCase(engine.getImplementationName());
    }

    static synchronized void warnIfInterpreted(Engine engine) {
        if (warned || optimizing(engine)) return;
        warned = true;
        int feature = Runtime.version().feature();
        // set by bin/pywin32-jvm when it could not add the compiler: "jars" (none beside the jar) or "jdk" (< 25)
        String missing = System.getProperty("pywin32jvm.jit.missing", feature < 25 ? "jdk" : "flags");
        String why = switch (missing) {
            case "jars" -> "the Graal compiler jars (jit/ beside the jar) are missing";
            case "jdk" -> "this is JDK " + feature + ", it needs JDK 25+";
            default -> "the JVM was started without the Graal jars on --upgrade-module-path and JVMCI enabled";
        };
        System.err.println("pywin32-jvm: warning: --jit ignored, running GraalPy interpreted: " + why);
    }
}
