package org.pywin32jvm.ras.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
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
        assertTrue(s.get("/pb", "Work", "f") != null);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileIsEmpty(@TempDir Path dir) {
        assertNull(new DialParamsStore(dir.resolve("nothing")).get("/pb", "Work", "f"));
    }
}
