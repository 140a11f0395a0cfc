package org.pywin32jvm.ras;

/**
 * RASDIALPARAMS: the six strings pywin32 passes as a sequence (empty = "use the stored value").
 * {@link #toString()} never shows the password.
 */
public record DialParams(String entryName, String phoneNumber, String callbackNumber,
                         String userName, String password, String domain) {

    public static final DialParams EMPTY = new DialParams("", "", "", "", "", "");

    public DialParams {
        entryName = nz(entryName);
        phoneNumber = nz(phoneNumber);
        callbackNumber = nz(callbackNumber);
        userName = nz(userName);
        password = nz(password);
        domain = nz(domain);
    }

    /** From pywin32's 0..6 item sequence; missing items are empty. */
    public static DialParams of(String... items) {
        String[] f = new String[6];
        for (int i = 0; i < 6; i++) f[i] = i < items.length ? items[i] : "";
        return new DialParams(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    public String[] toArray() {
        return new String[] {entryName, phoneNumber, callbackNumber, userName, password, domain};
    }

    private static String nz(String s) { return s == null ? "" : s; }

    @Override
    public String toString() {
        return "DialParams[entry=" + entryName + ", phone=" + phoneNumber + ", callback=" + callbackNumber
            + ", user=" + userName + ", password=" + (password.isEmpty() ? "" : "***") + ", domain=" + domain + "]";
    }
}
