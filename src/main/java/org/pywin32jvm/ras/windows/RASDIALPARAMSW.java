package org.pywin32jvm.ras.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

import org.pywin32jvm.ras.DialParams;
import org.pywin32jvm.win32.jna.Pack4;
import org.pywin32jvm.win32.jna.Wide;

/**
 * RASDIALPARAMSW, WINVER 0x601 (with dwIfIndex, without szEncPassword): 2112 bytes on x64, 2108 on x86.
 * jna-platform's RASDIALPARAMS is the 0x400 version (2096).
 */
@FieldOrder({"dwSize", "szEntryName", "szPhoneNumber", "szCallbackNumber", "szUserName", "szPassword", "szDomain",
    "dwSubEntry", "dwCallbackId", "dwIfIndex"})
public class RASDIALPARAMSW extends Pack4 {
    public int dwSize;
    public short[] szEntryName = new short[257];
    public short[] szPhoneNumber = new short[129];
    public short[] szCallbackNumber = new short[129];
    public short[] szUserName = new short[257];
    public short[] szPassword = new short[257];
    public short[] szDomain = new short[16];
    public int dwSubEntry;
    public Pointer dwCallbackId;
    public int dwIfIndex;

    public static final int SIZE = new RASDIALPARAMSW().size();

    /** pywin32's maximum characters per item (RAS_MaxEntryName, RAS_MaxPhoneNumber, UNLEN, PWLEN, DNLEN). */
    public static final int[] MAX_CHARS = {256, 128, 128, 256, 256, 15};

    public RASDIALPARAMSW() {
        dwSize = SIZE;
    }

    private short[][] fieldsInOrder() {
        return new short[][] {szEntryName, szPhoneNumber, szCallbackNumber, szUserName, szPassword, szDomain};
    }

    /**
     * Fills the six strings. A string longer than its field fails with pywin32's own ValueError text
     * (python-lib checks first; this is the last line of defence against an overflow).
     */
    public RASDIALPARAMSW set(DialParams p) {
        String[] items = p.toArray();
        short[][] f = fieldsInOrder();
        for (int i = 0; i < 6; i++) {
            if (items[i].length() > MAX_CHARS[i]) {
                throw new IllegalArgumentException("<RasDialParams conversion>: String size (" + items[i].length()
                    + ") greater than acceptable size (" + MAX_CHARS[i] + ")");
            }
            Wide.put(f[i], items[i]);
        }
        return this;
    }

    public DialParams get() {
        return new DialParams(Wide.get(szEntryName), Wide.get(szPhoneNumber), Wide.get(szCallbackNumber),
            Wide.get(szUserName), Wide.get(szPassword), Wide.get(szDomain));
    }

    /** Zeroes the Java copy and the native memory (the password is in both). */
    public void wipe() {
        java.util.Arrays.fill(szPassword, (short) 0);
        getPointer().clear(size());
    }
}
