package org.pywin32jvm.ras.phonebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pywin32jvm.win32.Win32Exception;

class PbkFileTest {
    static final String PBK = "; comment before everything\r\n"
        + "[Work VPN]\r\n"
        + "Encoding=1\r\n"
        + "UnknownFutureKey=  spaced value  \r\n"
        + "MEDIA=rastapi\r\n"
        + "DEVICE=vpn\r\n"
        + "Device=WAN Miniport (IKEv2)\r\n"
        + "PhoneNumber=vpn.example.com\r\n"
        + "; a comment inside\r\n"
        + "PhoneNumber=backup.example.com\r\n"
        + "\r\n"
        + "[ISP]\r\n"
        + "DEVICE=modem\r\n";

    @Test
    void roundTripIsByteExact() throws Exception {
        assertEquals(PBK, PbkParser.parse(PBK).format());
    }

    @Test
    void repeatedKeysAreAllKept() throws Exception {
        PbkFile f = PbkParser.parse(PBK);
        assertEquals(List.of("Work VPN", "ISP"), f.entryNames());
        PbkFile.Section s = f.entry("work vpn");
        assertEquals(List.of("vpn.example.com", "backup.example.com"), s.all("PhoneNumber"));
        assertEquals("vpn", s.firstExact("DEVICE"));
        assertEquals("WAN Miniport (IKEv2)", s.firstExact("Device"));
        assertEquals("  spaced value  ", s.first("unknownfuturekey"));
        assertNull(f.entry("nope"));
    }

    @Test
    void setChangesOnlyItsLine() throws Exception {
        PbkFile f = PbkParser.parse(PBK);
        f.entry("ISP").set("DEVICE", "isdn");
        f.entry("ISP").add("PhoneNumber", "555");
        String out = f.format();
        assertEquals(PBK.replace("DEVICE=modem\r\n", "DEVICE=isdn\r\nPhoneNumber=555\r\n"), out);
    }

    @Test
    void lfFilesAreReadToo() throws Exception {
        PbkFile f = PbkParser.parse(PBK.replace("\r\n", "\n"));
        assertEquals(2, f.entryNames().size());
    }

    @Test
    void garbageIsCorrupt() {
        assertThrows(PbkParser.CorruptPhonebookException.class, () -> PbkParser.parse("no section=1\n"));
        assertThrows(PbkParser.CorruptPhonebookException.class, () -> PbkParser.parse("[x]\njust words\n"));
        assertThrows(PbkParser.CorruptPhonebookException.class, () -> PbkParser.parse("[unclosed\n"));
        assertThrows(PbkParser.CorruptPhonebookException.class, () -> PbkParser.parse("[x]\na=\u0001\n"));
    }

    @Test
    void filesKeepTheirEncodingAndAreWrittenAtomically(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("ansi.pbk");
        byte[] ansi = "[Caf\u00e9]\r\nDEVICE=vpn\r\n".getBytes("windows-1252");
        Files.write(p, ansi);
        PbkFile f = PbkFiles.load(p, false, "RasEnumEntries");
        assertEquals(List.of("Caf\u00e9"), f.entryNames());
        PbkFiles.save(f, p, "RasSetEntryProperties");
        assertEquals(new String(ansi, "windows-1252"), new String(Files.readAllBytes(p), "windows-1252"));
        Path u = dir.resolve("utf8.pbk");
        Files.write(u, "\uFEFF[Z\u00fcrich]\r\n".getBytes(StandardCharsets.UTF_8));
        PbkFile g = PbkFiles.load(u, false, "RasEnumEntries");
        assertEquals(List.of("Z\u00fcrich"), g.entryNames());
        PbkFiles.save(g, u, "x");
        assertEquals("\uFEFF[Z\u00fcrich]\r\n", Files.readString(u));
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count());          // no temporary file left behind
        }
    }

    @Test
    void errorCodes(@TempDir Path dir) throws Exception {
        assertEquals(0, PbkFiles.load(dir.resolve("none.pbk"), true, "f").entryNames().size());
        assertEquals(621, assertThrows(Win32Exception.class, () -> PbkFiles.load(dir.resolve("none.pbk"), false, "f")).winerror);
        assertEquals(621, assertThrows(Win32Exception.class, () -> PbkFiles.load(dir, false, "f")).winerror);
        Path bad = dir.resolve("bad.pbk");
        Files.write(bad, new byte[] {0, 1, 2, (byte) 0xff});
        Win32Exception e = assertThrows(Win32Exception.class, () -> PbkFiles.load(bad, false, "RasEnumEntries"));
        assertEquals(625, e.winerror);
        assertEquals("RasEnumEntries", e.funcname);
    }
}
