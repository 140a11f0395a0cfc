package org.pywin32jvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the runnable jar carries of python-lib: every module's .pyi stub (for IDEs and help), in the jar and
 * in GraalPy's file list, and no tool cache (a mypy run in python-lib once packed 8.5 MB of .mypy_cache). The only
 * bytecode is the build's own: GraalPy's pycs of python-lib's modules (scripts/build/graalpy_precompile.py), one per
 * module, in the __pycache__ folders under the VFS's src/ — never a CPython pyc of a developer's run.
 */
class JarContentIT {
    static final Path REPO = Path.of(System.getProperty("pywin32jvm.repo", "."));
    static final String VFS = "org.graalvm.python.vfs/";

    @Test
    void jarHasTheStubsAndNoToolCaches() throws Exception {
        List<String> stubs;
        try (Stream<Path> s = Files.list(REPO.resolve("python-lib"))) {
            stubs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pyi")).sorted().toList();
        }
        assertEquals(11, stubs.size(), "python-lib stubs: " + stubs);
        try (JarFile jar = new JarFile(JarRunner.JAR.toFile())) {
            Set<String> names = jar.stream().map(JarEntry::getName).collect(Collectors.toCollection(TreeSet::new));
            List<String> caches = names.stream()
                .filter(n -> n.contains(".mypy_cache") || (n.contains("__pycache__") || n.endsWith(".pyc"))
                    && !isBuildPyc(n)).toList();
            assertTrue(caches.isEmpty(), "tool caches in the jar: " + caches.subList(0, Math.min(5, caches.size())));
            String fileslist;
            try (InputStream in = jar.getInputStream(jar.getEntry(VFS + "fileslist.txt"))) {
                fileslist = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertFalse(fileslist.contains(".mypy_cache"), "GraalPy's file list names .mypy_cache");
            long pycs = names.stream().filter(JarContentIT::isBuildPyc).filter(n -> n.endsWith(".pyc")).count();
            assertTrue(pycs >= stubs.size(), "GraalPy pycs of python-lib in the jar: " + pycs);
            for (String stub : stubs) {
                assertTrue(names.contains(VFS + "src/" + stub), stub + " is not in the jar");
                assertTrue(fileslist.contains("/" + VFS + "src/" + stub + "\n"), stub + " is not in fileslist.txt");
            }
        }
    }

    /** GraalPy's own bytecode of a python-lib module (or its folder), as the build writes it. */
    static boolean isBuildPyc(String name) {
        return name.startsWith(VFS + "src/") && (name.endsWith("/__pycache__/")
            || name.matches(".*/__pycache__/[A-Za-z0-9_]+\\.graalpy[0-9]+-[0-9]+\\.pyc"));
    }
}
