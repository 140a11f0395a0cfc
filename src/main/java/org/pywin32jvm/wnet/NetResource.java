package org.pywin32jvm.wnet;

/**
 * A Win32 NETRESOURCE as plain Java values. The DWORD fields hold the raw 32-bit pattern
 * (python-lib reads them back signed, as pywin32's T_INT members do).
 */
public final class NetResource {
    public int scope;
    public int type;
    public int displayType;
    public int usage;
    public String localName;
    public String remoteName;
    public String comment;
    public String provider;

    public NetResource() {}

    public NetResource(int scope, int type, int displayType, int usage,
                       String localName, String remoteName, String comment, String provider) {
        this.scope = scope;
        this.type = type;
        this.displayType = displayType;
        this.usage = usage;
        this.localName = localName;
        this.remoteName = remoteName;
        this.comment = comment;
        this.provider = provider;
    }

    public NetResource copy() {
        return new NetResource(scope, type, displayType, usage, localName, remoteName, comment, provider);
    }

    @Override
    public String toString() {
        return "NetResource[scope=" + scope + ", type=" + type + ", displayType=" + displayType + ", usage=" + usage
            + ", local=" + localName + ", remote=" + remoteName + ", comment=" + comment + ", provider=" + provider + "]";
    }
}
