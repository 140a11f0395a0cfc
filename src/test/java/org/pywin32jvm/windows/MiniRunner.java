package org.pywin32jvm.windows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the plain @Test methods of the given classes (with their @BeforeAll/@BeforeEach/@AfterEach/@AfterAll)
 * in a child JVM, where {@link StandinAsanTest} has preloaded AddressSanitizer. Exit status = failures.
 */
public final class MiniRunner {
    private MiniRunner() {}

    public static void main(String[] args) throws Exception {
        int failures = 0;
        int passed = 0;
        for (String name : args) {
            Class<?> c = Class.forName(name);
            run(c, BeforeAll.class, null);
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(Test.class)) continue;
                var ctor = c.getDeclaredConstructor();
                ctor.setAccessible(true);
                Object test = ctor.newInstance();
                try {
                    run(c, BeforeEach.class, test);
                    m.setAccessible(true);
                    m.invoke(test);
                    run(c, AfterEach.class, test);
                    passed++;
                } catch (InvocationTargetException e) {
                    failures++;
                    System.out.println("FAIL " + c.getSimpleName() + "." + m.getName() + ": " + e.getCause());
                }
            }
            run(c, AfterAll.class, null);
        }
        System.out.println("mini-runner: " + passed + " passed, " + failures + " failed");
        System.exit(Math.min(failures, 100));
    }

    private static void run(Class<?> c, Class<? extends java.lang.annotation.Annotation> kind, Object target) throws Exception {
        for (Method m : c.getDeclaredMethods()) {
            if (!m.isAnnotationPresent(kind)) continue;
            m.setAccessible(true);
            m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target);
        }
    }
}
