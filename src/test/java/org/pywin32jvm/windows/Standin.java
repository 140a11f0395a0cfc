package org.pywin32jvm.windows;

import com.sun.jna.Library;
import com.sun.jna.Native;

import org.pywin32jvm.testing.Fixtures;
import org.pywin32jvm.win32.jna.WindowsNative;

/**
 * The native stand-in of rasapi32/mpr/netapi32 built by scripts/fixtures/native.sh, and its test hooks.
 * Points the Windows backend at it the way a user would: -Dpywin32jvm.windows.library=PATH.
 */
final class Standin {
    private Standin() {}

    interface Control extends Library {
        int pywin32jvm_standin_control(String key, int value);

        void pywin32jvm_standin_ras_reset();

        void pywin32jvm_standin_wnet_reset();

        void pywin32jvm_standin_netapi_reset();

        long pywin32jvm_standin_netapi_buffers();
    }

    /** The library path (skips outside scripts/test.sh, fails under it when missing). */
    static String library() {
        String lib = Fixtures.require("PYWIN32JVM_TEST_STANDIN_LIB");
        System.setProperty("pywin32jvm." + WindowsNative.LIBRARY_KEY, lib);
        return lib;
    }

    static Control control() {
        return Native.load(library(), Control.class);
    }
}
