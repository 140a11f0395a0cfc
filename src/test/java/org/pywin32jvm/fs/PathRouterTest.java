package org.pywin32jvm.fs;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PathRouterTest {
    private final PathRouter router = new PathRouter(Map.of("Z:", "\\\\TESTSRV\\data", "Y:", "//other/pub")::get);

    private static WinPath unc(String server, String share, String... parts) {
        return new WinPath(server, share, List.of(parts), null);
    }

    @Test
    void uncSpellings() {
        assertEquals(unc("host", "share", "dir", "f"), router.route("\\\\host\\share\\dir\\f"));
        assertEquals(unc("host", "share", "dir", "f"), router.route("//host/share/dir/f"));
        assertEquals(unc("host", "share", "dir", "f"), router.route("\\\\host\\share\\dir/f"));
        assertEquals(unc("host", "share", "dir", "f"), router.route("\\\\host/share\\\\dir\\.\\x\\..\\f"));
        assertEquals(unc("host", "share", "dir", "f"), router.route("\\\\?\\UNC\\host\\share\\dir\\f"));
        assertEquals(unc("host", "share", "dir", "f"), router.route("\\\\?\\unc\\host\\share\\dir\\f"));
        assertEquals(unc("host", "share"), router.route("\\\\host\\share"));
        assertEquals(unc("host", "share"), router.route("\\\\host\\share\\"));
        assertEquals(unc("host", "share"), router.route("\\\\host\\share\\..\\.."));
        assertEquals("\\\\host\\share\\dir\\f", router.route("//host/share/dir/f").unc());
        assertEquals("dir\\f", router.route("//host/share/dir/f").smbPath());
    }

    @Test
    void notNetwork() {
        assertNull(router.route("/tmp/x"));
        assertNull(router.route("relative\\x"));
        assertNull(router.route("\\\\host"));            // a server is no file
        assertNull(router.route("\\\\"));
        assertNull(router.route("\\\\\\x\\y"));
        assertNull(router.route("\\\\.\\PIPE\\x"));
        assertNull(router.route("\\\\?\\Volume{abc}\\x"));
        assertNull(router.route("C:\\Windows"));          // not mapped in this process
        assertNull(router.route("Q:"));
        assertNull(router.route(""));
        assertNull(router.route(null));
        assertNull(router.route("\\\\host\\sh\0are\\x"));
        assertFalse(PathRouter.looksNetwork("/x"));
        assertTrue(PathRouter.looksNetwork("z:x"));
    }

    @Test
    void mappedDrives() {
        WinPath z = router.route("z:\\logs\\a.csv");
        assertEquals(unc("TESTSRV", "data", "logs", "a.csv").unc(), z.unc());
        assertEquals("Z:", z.drive());
        assertEquals("\\\\TESTSRV\\data\\logs\\a.csv", router.route("Z:/logs/a.csv").unc());
        assertEquals("\\\\TESTSRV\\data\\logs", router.route("z:logs").unc());      // relative to the drive root
        assertEquals("\\\\TESTSRV\\data", router.route("Z:").unc());
        assertEquals("\\\\TESTSRV\\data", router.route("Z:\\").unc());
        assertEquals("\\\\TESTSRV\\data\\x", router.route("\\\\?\\Z:\\x").unc());
        assertEquals("\\\\other\\pub\\a", router.route("Y:\\..\\a").unc());
    }

    @Test
    void parseKeepsServerOnlyAndDrive() {
        assertEquals(new PathRouter.Parsed(null, "srv", null, List.of()), PathRouter.parse("\\\\srv\\"));
        assertEquals(new PathRouter.Parsed("Z:", null, null, List.of("a")), PathRouter.parse("z:/a/"));
        assertEquals("Z:", PathRouter.driveKey("z:\\"));
        assertNull(PathRouter.driveKey("1:"));
    }

    @Test
    void trailingDotsAndSpacesAreIgnoredAsOnWindows() {
        assertEquals("\\\\h\\s\\a.txt", router.route("\\\\h\\s\\a.txt. ").unc());
        assertEquals("h", router.route("\\\\h\\s\\a").server());
        assertEquals("\\\\H\\S", router.route("\\\\h\\s\\a").shareKey());
        assertEquals("\\\\h\\s", router.route("\\\\h\\s\\a").parent().unc());
    }
}
