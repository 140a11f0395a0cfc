package org.pywin32jvm.ras.windows;

import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.win32.jna.Pack4;

/** RASTUNNELENDPOINT: a type and an IPv4/IPv6 address union (20 bytes). */
@FieldOrder({"dwType", "ipv6"})
public class RASTUNNELENDPOINT extends Pack4 {
    public int dwType;
    public byte[] ipv6 = new byte[16];
}
