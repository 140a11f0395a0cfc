package org.pywin32jvm.ras.dialer;

import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.win32.Win32Exception;

/**
 * The default dialer off Windows: nothing pretends to dial. Dial returns handle 0 with
 * ERROR_RASMAN_CANNOT_INITIALIZE (711) and sends no notification; there are no connections.
 */
public final class NoneDialer implements Dialer {
    public static final int ERROR_RASMAN_CANNOT_INITIALIZE = 711;

    @Override public String describe() { return "none (Dial returns 711; pywin32jvm.ras.dialer=sim selects the simulated server)"; }

    @Override
    public RasApi.DialResult dial(DialRequest request, RasApi.Notifier notifier) {
        return new RasApi.DialResult(0, ERROR_RASMAN_CANNOT_INITIALIZE);
    }

    @Override public boolean dials() { return false; }

    @Override public boolean owns(long handle) { return false; }

    @Override public void hangUp(long handle) { throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasHangup"); }

    @Override public RasApi.Connection[] enumConnections() { return new RasApi.Connection[0]; }

    @Override
    public RasApi.ConnectStatus getConnectStatus(long handle) {
        throw Win32Exception.ras(ERROR_INVALID_HANDLE, "RasGetConnectStatus");
    }
}
