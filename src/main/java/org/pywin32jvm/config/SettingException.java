package org.pywin32jvm.config;

/**
 * A setting whose value cannot be used. The message names the setting (property and environment
 * variable), the bad value and what is accepted, so python-lib can raise it as one clear Python
 * exception. Never cached: the next use reads the setting again, so a fixed setting works at once.
 */
public class SettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public final String key;
    public final String value;
    public final String accepted;

    public SettingException(String key, String value, String accepted) {
        super("setting pywin32jvm." + key + " (" + Config.envName(key) + ") = '" + value + "' is not valid; accepted: "
            + accepted);
        this.key = key;
        this.value = value;
        this.accepted = accepted;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public String getAccepted() { return accepted; }
}
