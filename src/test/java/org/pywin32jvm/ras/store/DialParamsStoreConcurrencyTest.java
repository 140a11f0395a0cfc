package org.pywin32jvm.ras.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.win32.Win32Exception;

/** Item 1 of issue 13: no lost dial parameters between processes, comments kept, unambiguous keys; item 2: FIFOs. */
class DialParamsStoreConcurrencyTest {
    @Test
    void twoProcessesWriting500EntriesEachLoseNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dialparams");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Process> procs = new ArrayList<>();
        for (String prefix : new String[] {"a", "b"}) {
            procs.add(new ProcessBuilder(java, "-Xshare:auto", "-cp", cp, StoreWriterMain.class.getName(),
                file.toString(), prefix, "500").inheritIO().start());
        }
        for (Process p : procs) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "writer did not finish");
            assertEquals(0, p.exitValue());
        }
        DialParamsStore s = new DialParamsStore(file);
        int found = 0;
        for (String prefix : new String[] {"a", "b"}) {
            for (int i = 0; i < 500; i++) {
                DialParamsStore.Stored got = s.get("/pb", prefix + "-" + i, "f");
                if (got != null && got.userName().equals("user" + i) && ("pw" + i).equals(got.password())) found++;
            }
        }
        assertEquals(1000, found);
    }

    @Test
    void phonebookAndEntryWithTheSeparatorAreDifferentRecords(@TempDir Path dir) {
        DialParamsStore s = new DialParamsStore(dir.resolve("dialparams"));
        s.put("a", "b|c", new DialParamsStore.Stored("", "", "first", "", null), "f");
        s.put("a|b", "c", new DialParamsStore.Stored("", "", "second", "", null), "f");
        assertEquals("first", s.get("a", "b|c", "f").userName());
        assertEquals("second", s.get("a|b", "c", "f").userName());
        s.put("a%7Cb", "c", new DialParamsStore.Stored("", "", "third", "", null), "f");
        assertEquals("second", s.get("a|b", "c", "f").userName());
    }

    @Test
    void commentsOfTheUserAreKeptAndOldFormatRecordsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dialparams");
        Files.writeString(file, String.join("\n",
            "# my own note about the VPN",
            "/pb|office.user=alice",
            "/pb|office.domain=CORP",
            "! another note",
            "/pb|office.phone=",
            "/pb|office.callback=",
            ""));
        Files.setPosixFilePermissions(file, DialParamsStore.FILE_PERMS);
        DialParamsStore s = new DialParamsStore(file);
        DialParamsStore.Stored old = s.get("/pb", "Office", "f");
        assertNotNull(old, "an old-format record is read");
        assertEquals("alice", old.userName());
        s.put("/pb", "home", new DialParamsStore.Stored("", "", "bob", "", "pw"), "f");
        s.put("/pb", "Office", new DialParamsStore.Stored("", "", "alice2", "CORP", null), "f");
        String text = Files.readString(file);
        assertTrue(text.startsWith("# my own note about the VPN\n"), text);
        assertTrue(text.contains("! another note\n"), text);
        assertTrue(!text.contains("\n/pb|office.user"), "the old record moved to the new key: " + text);
        assertEquals("alice2", s.get("/pb", "office", "f").userName());
        assertEquals("bob", s.get("/pb", "HOME", "f").userName());
    }

    @Test
    void aFifoAsStoreIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        DialParamsStore s = new DialParamsStore(fifo);
        long t0 = System.nanoTime();
        Win32Exception e = assertThrows(Win32Exception.class, () -> s.get("/pb", "x", "RasGetEntryDialParams"));
        assertEquals(621, e.winerror);
        assertThrows(Win32Exception.class, () -> s.put("/pb", "x", new DialParamsStore.Stored("", "", "u", "", null), "f"));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
        DialParamsStore dev = new DialParamsStore(Path.of("/dev/zero"));
        assertEquals(621, assertThrows(Win32Exception.class, () -> dev.get("/pb", "x", "f")).winerror);
        assertNull(new DialParamsStore(dir.resolve("missing")).get("/pb", "x", "f"));
    }
}
