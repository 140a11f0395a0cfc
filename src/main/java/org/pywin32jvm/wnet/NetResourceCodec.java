package org.pywin32jvm.wnet;

/**
 * A batch of NetResources as one string, so python-lib builds a batch of PyNETRESOURCEs with one
 * foreign call instead of eight field reads per item (that is most of the enumeration cost under
 * an interpreted GraalPy). Fields are separated by NUL, which no Win32 string can contain; ints are
 * signed decimals; a string field is "S" + text, a null one "N".
 */
public final class NetResourceCodec {
    private NetResourceCodec() {}

    public static final int FIELDS = 8;

    public static String pack(NetResource[] batch) {
        StringBuilder b = new StringBuilder(batch.length * 64);
        for (NetResource r : batch) {
            b.append(r.scope).append('\0').append(r.type).append('\0')
                .append(r.displayType).append('\0').append(r.usage).append('\0');
            str(b, r.localName);
            str(b, r.remoteName);
            str(b, r.comment);
            str(b, r.provider);
        }
        return b.toString();
    }

    private static void str(StringBuilder b, String s) {
        if (s == null) {
            b.append('N');
        } else {
            int nul = s.indexOf('\0');
            b.append('S').append(nul < 0 ? s : s.substring(0, nul));
        }
        b.append('\0');
    }
}
