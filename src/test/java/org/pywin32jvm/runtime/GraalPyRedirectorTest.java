package org.pywin32jvm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.python.embedding.VirtualFileSystem;
import org.junit.jupiter.api.Test;

import org.pywin32jvm.fs.graalpy.NetworkFileSystem;

/** The redirector under GraalPy reads a private field of the shipped GraalPy: that read must work, silently. */
class GraalPyRedirectorTest {
    @Test
    void theShippedGraalPyHasTheField() throws Exception {
        VirtualFileSystem vfs = VirtualFileSystem.newBuilder().resourceLoadingClass(GraalPyEngine.class).build();
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Object fs;
        try {
            fs = GraalPyEngine.networkFileSystem(vfs);
        } finally {
            System.setErr(old);
        }
        assertNotNull(fs, err.toString(StandardCharsets.UTF_8));
        assertTrue(fs instanceof NetworkFileSystem);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertNotNull(VirtualFileSystem.class.getDeclaredField(GraalPyEngine.VFS_FIELD));
        assertTrue(GraalPyEngine.redirectorInstalled());
    }
}
