package org.pywin32jvm.ras.dialer;

/**
 * A dial, resolved: the entry (or, for an entry-less dial, the phone number), the phonebook's device
 * type and name for it (null if it has none), and the credentials after stored values were filled in.
 * toString never shows the password.
 */
public record DialRequest(String entryName, String phoneNumber, String deviceType, String deviceName,
                          String userName, String password, String domain) {
    @Override
    public String toString() {
        return "DialRequest[entry=" + entryName + ", phone=" + phoneNumber + ", user=" + userName
            + ", domain=" + domain + ", password=" + (password == null || password.isEmpty() ? "" : "***") + "]";
    }
}
