package org.pywin32jvm.ras.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pywin32jvm.win32.Win32Exception;
import org.junit.jupiter.api.io.TempDir;

class DialParamsStoreTest {
    @Test
    void createdOwnerOnlyInAnOwnerOnlyDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve("dialparams");
        DialParamsStore s = new DialParamsStore(file);
        s.put("/pb", "Work", new DialParamsStore.Stored("1", "2", "alice", "CORP", "s3cret"), "f");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        DialParamsStore.Stored got = s.get("/pb", "work", "f");
        assertEquals("s3cret", got.password());
        assertEquals("alice", got.userName());
        assertFalse(got.toString().contains("s3cret"));
        assertFalse(s.toString().contains("s3cret"));
    }

    @Test
    void removingThePasswordRemovesItFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dialparams");
        DialParamsStore s = new DialParamsStore(file);
        s.put("/pb", "Work", new DialParamsStore.Stored("", "", "alice", "", "s3cret"), "f");
        s.put("/pb", "Work", new DialParamsStore.Stored("", "", "alice", "", null), "f");
        assertNull(s.get("/pb", "Work", "f").password());
        assertFalse(Files.readString(file).contains("s3cret"));
    }

    @Test
    void widePermissionsAreRepaired(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dialparams");
        DialParamsStore s = new DialParamsStore(file);
        s.put("/pb", "Work", new DialParamsStore.Stored("", "", "alice", "", "pw"), "f");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        String said = captureStderr(() -> assertTrue(s.get("/pb", "Work", "f") != null));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(said.contains("had permissions rw-rw-rw-; repaired to rw-------"), said);
        assertFalse(said.contains("pw"));
    }

    @Test
    void storeOfAnotherUserIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dialparams");
        DialParamsStore s = new DialParamsStore(file);
        s.put("/pb", "Work", new DialParamsStore.Stored("", "", "alice", "", "pw"), "f");
        try {
            Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } catch (java.io.IOException e) {
            Assumptions.abort("cannot give the file away (not root): " + e);
        }
        String said = captureStderr(() -> {
            Win32Exception e = assertThrows(Win32Exception.class, () -> s.get("/pb", "Work", "GetEntryDialParams"));
            assertEquals(5, e.winerror);
            assertEquals("GetEntryDialParams", e.funcname);
        });
        assertTrue(said.contains("refusing"), said);
    }

    static String captureStderr(Runnable r) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString();
    }

    @Test
    void missingFileIsEmpty(@TempDir Path dir) {
        assertNull(new DialParamsStore(dir.resolve("nothing")).get("/pb", "Work", "f"));
    }
}
