package org.pywin32jvm.netbios;

import org.pywin32jvm.netbios.emulated.EmulatedNetbios;
import org.pywin32jvm.runtime.Config;

/** Chooses the Netbios backend: {@code pywin32jvm.netbios} = auto | emulated | none (auto: emulated off Windows). */
public final class NetbiosBackends {
    private NetbiosBackends() {}

    /** NRC_ILLCMD: what a Netbios without any command support answers. */
    static final int NRC_ILLCMD = 0x03;

    public static NetbiosApi create() {
        String name = Config.get("netbios", "auto");
        if ("auto".equals(name) && Config.isWindows()) name = "windows";   // JNA is loaded only here
        switch (name) {
            case "windows":
                return new org.pywin32jvm.netbios.windows.JnaNetbios();
            case "auto":
                if (!Config.isWindows()) return new EmulatedNetbios();
                // the JNA (netapi32.dll) backend arrives with its own issue; until then no commands
                return none();
            case "emulated":
                return new EmulatedNetbios();
            case "none":
                return none();
            default:
                throw new IllegalArgumentException("unknown Netbios backend '" + name + "' (pywin32jvm.netbios)");
        }
    }

    private static NetbiosApi none() {
        return new NetbiosApi() {
            @Override public String describe() { return "none (every command answers NRC_ILLCMD)"; }
            @Override public int netbios(Ncb ncb) { ncb.retcode = NRC_ILLCMD; return NRC_ILLCMD; }
        };
    }
}
