package org.pywin32jvm.netbios;

import org.pywin32jvm.netbios.emulated.EmulatedNetbios;
import org.pywin32jvm.config.Config;

/** Chooses the Netbios backend: {@code pywin32jvm.netbios} = auto | emulated | windows | none (auto: windows on Windows, else emulated). */
public final class NetbiosBackends {
    private NetbiosBackends() {}

    /** NRC_ILLCMD: what a Netbios without any command support answers. */
    static final int NRC_ILLCMD = 0x03;

    public static NetbiosApi create() {
        String name = Config.choice("netbios", "auto", "auto", "emulated", "windows", "none");
        if ("auto".equals(name)) name = Config.isWindows() ? "windows" : "emulated";
        switch (name) {
            case "windows":         // netapi32.dll through JNA: JNA is loaded only here
                return new org.pywin32jvm.netbios.windows.JnaNetbios();
            case "emulated":
                return new EmulatedNetbios();
            case "none":
                return none();
            default:
                throw new IllegalStateException(name);   // Config.choice allows no other
        }
    }

    private static NetbiosApi none() {
        return new NetbiosApi() {
            @Override public String describe() { return "none (every command answers NRC_ILLCMD)"; }
            @Override public int netbios(Ncb ncb) { ncb.retcode = NRC_ILLCMD; return NRC_ILLCMD; }
        };
    }
}
