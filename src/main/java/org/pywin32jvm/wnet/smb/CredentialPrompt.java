package org.pywin32jvm.wnet.smb;

import java.io.Console;

/**
 * CONNECT_INTERACTIVE / CONNECT_PROMPT: asks for a user name and a password on the terminal, the
 * password with echo off, as {@code net use} does. With no terminal (a service, piped input, a test)
 * {@link #ask} answers null and the caller fails with ERROR_CANCELLED (1223), as Windows does when it
 * may not show a dialog.
 */
interface CredentialPrompt {
    /** What was typed: the user as written and the password (cleared by the caller). */
    record Typed(String user, char[] password) {}

    /** The credentials typed for {@code remote}, or null: no terminal, or the user entered no name. */
    Typed ask(String remote);

    /** The terminal of this process (java.io.Console), if it has one. */
    CredentialPrompt CONSOLE = remote -> {
        Console c = terminal();
        if (c == null) return null;
        String user = c.readLine("Enter the user name for '%s': ", remote);
        if (user == null || user.isBlank()) return null;
        char[] pw = c.readPassword("Enter the password for '%s': ", remote);
        return pw == null ? null : new Typed(user.strip(), pw);
    };

    /** System.console(), unless it is not a terminal (JDK 22+ gives a console for redirected streams too). */
    static Console terminal() {
        Console c = System.console();
        if (c == null) return null;
        try {
            Object t = Console.class.getMethod("isTerminal").invoke(c);
            if (Boolean.FALSE.equals(t)) return null;
        } catch (ReflectiveOperationException e) {
            // JDK < 22: System.console() is non-null only on a terminal
        }
        return c;
    }
}
