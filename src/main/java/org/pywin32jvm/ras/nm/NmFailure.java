package org.pywin32jvm.ras.nm;

/** A D-Bus call that failed, reduced to its RAS error code (no text: it could hold a secret). */
final class NmFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;
    /** The D-Bus error said the connection is not active (HangUp takes that as done). */
    final boolean notActive;

    NmFailure(int code) { this(code, false); }

    private NmFailure(int code, boolean notActive) {
        super("RAS error " + code, null, false, false);
        this.code = code;
        this.notActive = notActive;
    }

    static NmFailure named(String errorName) {
        String n = errorName == null ? "" : errorName;
        return new NmFailure(NmErrors.code(n), NmErrors.notActive(n));
    }

    static NmFailure of(Throwable e) {
        return e instanceof NmFailure f ? f : named(NmErrors.name(e));
    }
}
