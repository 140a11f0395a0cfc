package org.pywin32jvm.wnet.windows;

import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.NativeBuffer;
import org.pywin32jvm.win32.jna.Wide;
import org.pywin32jvm.wnet.NetResource;

/**
 * NETRESOURCEW in the portable style: the four strings are raw pointers to UTF-16LE memory (48 bytes on
 * x64, 32 on x86). jna-platform's NETRESOURCE has String fields, which are 4-byte wchar_t off Windows.
 */
@FieldOrder({"dwScope", "dwType", "dwDisplayType", "dwUsage", "lpLocalName", "lpRemoteName", "lpComment",
    "lpProvider"})
public class NETRESOURCEW extends Structure {
    public int dwScope;
    public int dwType;
    public int dwDisplayType;
    public int dwUsage;
    public Pointer lpLocalName;
    public Pointer lpRemoteName;
    public Pointer lpComment;
    public Pointer lpProvider;

    public static final int SIZE = new NETRESOURCEW().size();

    public NETRESOURCEW() {}

    public NETRESOURCEW(Pointer p) {
        super(p);
        read();
    }

    /**
     * An input NETRESOURCE (null gives null). The string memory is added to {@code keep}, which the caller
     * holds until the call returns.
     */
    public static NETRESOURCEW from(NetResource r, List<Memory> keep) {
        if (r == null) return null;
        NETRESOURCEW n = new NETRESOURCEW();
        n.dwScope = r.scope;
        n.dwType = r.type;
        n.dwDisplayType = r.displayType;
        n.dwUsage = r.usage;
        n.lpLocalName = hold(Wide.of(r.localName), keep);
        n.lpRemoteName = hold(Wide.of(r.remoteName), keep);
        n.lpComment = hold(Wide.of(r.comment), keep);
        n.lpProvider = hold(Wide.of(r.provider), keep);
        return n;
    }

    private static Pointer hold(Memory m, List<Memory> keep) {
        if (m != null) keep.add(m);
        return m;
    }

    /** A Java copy of an answer the DLL wrote into {@code buf}; its strings must lie inside buf. */
    public NetResource toJava(NativeBuffer buf) {
        return new NetResource(dwScope, dwType, dwDisplayType, dwUsage,
            buf.string(lpLocalName, "lpLocalName"), buf.string(lpRemoteName, "lpRemoteName"),
            buf.string(lpComment, "lpComment"), buf.string(lpProvider, "lpProvider"));
    }
}
