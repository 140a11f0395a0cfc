package org.pywin32jvm.wnet.smb;

import java.util.Arrays;

import com.hierynomus.smbj.auth.AuthenticationContext;

/**
 * Who a connection logs on as. {@code user} keeps the caller's spelling ({@code DOMAIN\\user},
 * {@code user@domain} or {@code user}); the password is a char[] cleared by {@link #clear()}.
 * toString never shows the password.
 */
public final class Credentials {
    public enum Kind { USER, ANONYMOUS, GUEST }

    public final Kind kind;
    public final String user;       // as given, null for anonymous/guest
    public final String account;    // the user part
    public final String domain;     // may be null
    private final char[] password;

    private Credentials(Kind kind, String user, String account, String domain, char[] password) {
        this.kind = kind;
        this.user = user;
        this.account = account;
        this.domain = domain;
        this.password = password;
    }

    public static Credentials anonymous() { return new Credentials(Kind.ANONYMOUS, null, null, null, new char[0]); }

    public static Credentials guest() { return new Credentials(Kind.GUEST, null, null, null, new char[0]); }

    /** A user as written by the caller; {@code defaultDomain} applies when the name has none. */
    public static Credentials user(String user, String defaultDomain, char[] password) {
        String account = user;
        String domain = defaultDomain;
        int bs = user.indexOf('\\');
        int at = user.lastIndexOf('@');
        if (bs >= 0) {
            domain = user.substring(0, bs);
            account = user.substring(bs + 1);
        } else if (at > 0) {
            account = user.substring(0, at);
            domain = user.substring(at + 1);
        }
        return new Credentials(Kind.USER, user, account, domain,
            password == null ? new char[0] : Arrays.copyOf(password, password.length));
    }

    /** A fresh smbj context (its own copy of the password, cleared by the caller via {@link #wipe}). */
    AuthenticationContext context() {
        switch (kind) {
            case ANONYMOUS: return AuthenticationContext.anonymous();
            case GUEST: return AuthenticationContext.guest();
            default: return new AuthenticationContext(account, Arrays.copyOf(password, password.length),
                domain == null ? "" : domain);
        }
    }

    static void wipe(AuthenticationContext ctx) {
        char[] p = ctx.getPassword();
        if (p != null) Arrays.fill(p, '\0');
    }

    /** Same identity (user and domain, case-insensitive)? Passwords are not compared. */
    public boolean sameIdentity(Credentials o) {
        if (kind != o.kind) return false;
        if (kind != Kind.USER) return true;
        return account.equalsIgnoreCase(o.account)
            && (domain == null ? "" : domain).equalsIgnoreCase(o.domain == null ? "" : o.domain);
    }

    /** An own copy (its own password array), for a connection that keeps its credentials. */
    Credentials copy() {
        return new Credentials(kind, user, account, domain, Arrays.copyOf(password, password.length));
    }

    public void clear() { Arrays.fill(password, '\0'); }

    @Override
    public String toString() {
        return kind == Kind.USER ? "Credentials[" + user + "]" : "Credentials[" + kind.name().toLowerCase() + "]";
    }
}
