package org.pywin32jvm.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pywin32jvm.win32.Win32Exception;

/** The pure rules of the portable win32api: command lines, Windows paths, %VAR% expansion, errors. */
class PortableSystemTest {
    @Test
    void commandLinesSplitAsCommandLineToArgvW() {
        assertEquals(List.of("a", "b c", "d"), Launcher.splitCommandLine("a \"b c\" d"));
        assertEquals(List.of("a\\\"b", "c\\\\"), Launcher.splitCommandLine("a\\\\\\\"b c\\\\"));
        assertEquals(List.of("x", ""), Launcher.splitCommandLine("x \"\""));
        assertEquals(List.of(), Launcher.splitCommandLine("   "));
    }

    @Test
    void windowsPathsNormalise() {
        assertEquals("C:\\y\\z", WindowsPaths.normalize("c:/x/../y\\z"));
        assertEquals("C:\\", WindowsPaths.normalize("C:\\..\\.."));
        assertEquals("\\\\srv\\share\\a", WindowsPaths.normalize("\\\\srv\\share\\..\\..\\a"));
        assertEquals("D:\\dir\\", WindowsPaths.normalize("D:\\dir\\.\\"));
        assertTrue(WindowsPaths.isWindowsAbsolute("\\\\srv\\x"));
        assertTrue(!WindowsPaths.isWindowsAbsolute("/tmp"));
    }

    @Test
    void expansionKeepsUnknownReferences() {
        Map<String, String> env = Map.of("A", "1", "B", "two");
        assertEquals("1-two-%C%-100%", WindowsPaths.expand("%A%-%B%-%C%-100%", env::get));
        assertEquals("%X%1", WindowsPaths.expand("%X%%A%", env::get));
        assertEquals("%%", WindowsPaths.expand("%%", env::get));
    }

    @Test
    void missingProgramsAreWin32Codes() {
        assertEquals(Launcher.ERROR_FILE_NOT_FOUND, Launcher.winExec("rasphone -d \"Office VPN\""));
        assertEquals(Launcher.ERROR_FILE_NOT_FOUND, Launcher.winExec(""));
        assertEquals(Launcher.ERROR_PATH_NOT_FOUND, Launcher.shellExecute(null, "x", null, "/no/such/dir-8"));
        assertEquals(Launcher.SE_ERR_NOASSOC, Launcher.shellExecute("print", "x", null, null));
    }

    @Test
    void userNameExOffDomain() {
        PortableSystem s = new PortableSystem();
        assertEquals(s.computerName() + "\\" + s.userName(), s.userNameEx(2));
        assertEquals(1332, assertThrows(Win32Exception.class, () -> s.userNameEx(8)).winerror);
        assertEquals(1355, assertThrows(Win32Exception.class, () -> s.userNameEx(1)).winerror);
        Win32Exception e = assertThrows(Win32Exception.class, () -> s.userNameEx(99));
        assertEquals(87, e.winerror);
        assertEquals("GetUserNameExW", e.funcname);
        assertEquals(87, LastError.get());
        assertEquals(317, assertThrows(Win32Exception.class, () -> s.formatMessage(0x1FFFF)).winerror);
        assertEquals("Access is denied.\r\n", s.formatMessage(5));
    }
}
