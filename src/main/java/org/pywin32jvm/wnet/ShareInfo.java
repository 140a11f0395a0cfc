package org.pywin32jvm.wnet;

/**
 * One share as srvsvc's NetShareEnum/NetShareGetInfo describe it (SHARE_INFO_502 without the
 * security descriptor). Fields a lower info level does not carry are 0 / null. {@code type} and
 * {@code maxUses} hold the raw 32-bit pattern.
 */
public record ShareInfo(String netname, int type, String remark, int permissions, int maxUses, int currentUses,
                        String path, String passwd) {
    public ShareInfo(String netname, int type, String remark) {
        this(netname, type, remark, 0, 0, 0, null, null);
    }
}
