package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pywin32jvm.netbios.windows.Netapi32;
import org.pywin32jvm.ras.windows.Rasapi32;
import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.wnet.windows.Mpr;

/**
 * Every function our JNA interfaces bind must be exported by the real DLL: checked against mingw-w64's
 * import libraries. x64: the plain name. x86: the stdcall decoration {@code _Name@N}, whose N is the
 * bytes of arguments, so a missing or extra parameter in our declaration fails too (every argument we
 * pass is 4 bytes on x86: DWORDs, pointers, structures by reference, callbacks).
 */
class ExportCheckTest {

    static Set<String> symbols(String arch, String dll) throws IOException, InterruptedException {
        String root = Fixtures.require("PYWIN32JVM_TEST_MINGW_ROOT");
        String lib = root + "/" + arch + "-w64-mingw32/lib/lib" + dll + ".a";
        Process p = new ProcessBuilder(arch + "-w64-mingw32-nm", "-g", lib).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Set<String> names = new HashSet<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[1].equals("T")) names.add(f[2]);
        }
        assertTrue(names.size() > 10, "no symbols read from " + lib);
        return names;
    }

    @ParameterizedTest
    @CsvSource({"rasapi32, org.pywin32jvm.ras.windows.Rasapi32", "mpr, org.pywin32jvm.wnet.windows.Mpr",
        "netapi32, org.pywin32jvm.netbios.windows.Netapi32",
        "netapi32, org.pywin32jvm.net.windows.Netapi32", "kernel32, org.pywin32jvm.sys.windows.Kernel32W",
        "advapi32, org.pywin32jvm.sys.windows.NativeSystemLibs$Advapi32W",
        "secur32, org.pywin32jvm.sys.windows.NativeSystemLibs$Secur32W",
        "shell32, org.pywin32jvm.sys.windows.NativeSystemLibs$Shell32W"})
    void everyBoundFunctionIsExported(String dll, String iface) throws Exception {
        Class<?> type = Class.forName(iface);
        Set<String> x64 = symbols("x86_64", dll);
        Set<String> x86 = symbols("i686", dll);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != type) continue;
            checked++;
            if (!x64.contains(m.getName())) missing.add("x64 " + m.getName());
            String decorated = "_" + m.getName() + "@" + 4 * m.getParameterCount();
            if (!x86.contains(decorated)) missing.add("x86 " + decorated);
        }
        assertTrue(checked > 0);
        assertEquals(List.of(), missing, dll + ": bound but not exported");
    }

    @org.junit.jupiter.api.Test
    void theInterfacesBindWhatPywin32Calls() {
        Set<String> bound = new HashSet<>();
        for (Class<?> c : new Class<?>[] {Rasapi32.class, Mpr.class, Netapi32.class,
            org.pywin32jvm.net.windows.Netapi32.class}) {
            for (Method m : c.getDeclaredMethods()) bound.add(m.getName());
        }
        for (String name : List.of("RasDialW", "RasHangUpW", "RasEnumConnectionsW", "RasEnumEntriesW",
                "RasGetConnectStatusW", "RasGetEntryDialParamsW", "RasSetEntryDialParamsW", "RasGetErrorStringW",
                "RasCreatePhonebookEntryW", "RasEditPhonebookEntryW", "RasGetEapUserIdentityW",
                "WNetAddConnection2W", "WNetAddConnection3W", "WNetCancelConnection2W", "WNetOpenEnumW",
                "WNetEnumResourceW", "WNetCloseEnum", "WNetGetUserW", "WNetGetUniversalNameW",
                "WNetGetResourceInformationW", "WNetGetResourceParentW", "WNetGetLastErrorW", "WNetGetConnectionW",
                "Netbios", "NetShareEnum", "NetShareGetInfo", "NetShareAdd", "NetShareDel", "NetServerGetInfo",
                "NetWkstaGetInfo", "NetUseAdd", "NetUseDel", "NetUseEnum", "NetUseGetInfo", "NetApiBufferFree")) {
            assertTrue(bound.contains(name), name);
        }
    }
}
