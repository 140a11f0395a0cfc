package org.pywin32jvm.ras.nm;

import java.util.concurrent.CountDownLatch;

import org.pywin32jvm.ras.RasApi;
import org.pywin32jvm.ras.RasDialFunc1;

/**
 * One RAS connection over a NetworkManager active connection: the state GetConnectStatus reports,
 * moved on by NetworkManager's signals (on dbus-java's signal thread) and reported to the dial's
 * RasDialFunc1 in order (through {@link NmCallbacks}), each RASCS_* state at most once and never backwards.
 */
final class NmConnection {
    final long handle;
    final String entryName;
    final String nmType;
    final String deviceType;
    final String deviceName;
    final String profilePath;
    final boolean passwordGiven;
    final NmClient client;
    /** False for an active connection someone else started (listed by EnumConnections). */
    final boolean ours;
    final CountDownLatch finished = new CountDownLatch(1);
    volatile String activePath;
    volatile int state;
    volatile int error;
    volatile boolean connected;
    volatile boolean done;               // the dial has ended: connected or failed
    volatile boolean hungUp;
    private volatile RasDialFunc1 callback;
    private volatile boolean silenced;      // no more callbacks run, even queued ones
    private int notified = -1;            // the last RASCS_* state the callback heard
    /** Run once when the dial ends (gives the secret agent back). */
    Runnable onFinish;

    NmConnection(long handle, String entryName, String nmType, String deviceName, String profilePath,
                 boolean passwordGiven, NmClient client, boolean ours, RasDialFunc1 callback) {
        this.handle = handle;
        this.entryName = entryName;
        this.nmType = nmType;
        this.deviceType = NmStates.deviceType(nmType);
        this.deviceName = deviceName;
        this.profilePath = profilePath;
        this.passwordGiven = passwordGiven;
        this.client = client;
        this.ours = ours;
        this.callback = callback;
        this.state = NmStates.RASCS_OPEN_PORT;
    }

    /** Active and not failed: what EnumConnections may list. */
    boolean live() { return !hungUp && error == 0 && state != NmStates.RASCS_DISCONNECTED; }

    synchronized void activeState(int nmState, int reason) {
        switch (nmState) {
            case NmStates.ACTIVE_ACTIVATING -> progress(NmStates.RASCS_CONNECT_DEVICE);
            case NmStates.ACTIVE_ACTIVATED -> connectedNow();
            case NmStates.ACTIVE_DEACTIVATED -> ended(reason);
            default -> { }
        }
    }

    synchronized void vpnState(int vpnState, int reason) {
        if (vpnState == NmStates.VPN_FAILED || vpnState == NmStates.VPN_DISCONNECTED) {
            ended(reason);
        } else {
            int s = NmStates.rasStateOfVpn(vpnState);
            if (s >= 0) progress(s);
        }
    }

    /** The secret agent was asked for this dial's password. */
    synchronized void authenticating() { progress(NmStates.RASCS_AUTHENTICATE); }

    /** The bus or NetworkManager went away. */
    synchronized void lost() {
        if (connected) ended(NmStates.REASON_DEVICE_DISCONNECTED);
        else fail(NmStates.ERROR_RASMAN_CANNOT_INITIALIZE);
    }

    synchronized void progress(int rasState) {
        if (done || rasState <= notified) return;
        if (ours) {         // the port is open and the device connecting once NetworkManager acts on the dial
            for (int s = NmStates.RASCS_OPEN_PORT; s <= NmStates.RASCS_CONNECT_DEVICE && s < rasState; s++) {
                if (s <= notified) continue;
                state = s;
                notify(s, 0);
            }
        }
        state = rasState;
        notify(rasState, 0);
    }

    private void connectedNow() {
        if (done) return;
        progress(NmStates.RASCS_AUTHENTICATED);
        state = NmStates.RASCS_CONNECTED;
        connected = true;
        notify(NmStates.RASCS_CONNECTED, 0);
        finish();
    }

    private void ended(int reason) {
        if (hungUp) return;
        if (connected || !ours) {
            state = NmStates.RASCS_DISCONNECTED;
            error = NmStates.dropError(reason);
            finish();
        } else {
            fail(NmStates.dialFailure(reason, nmType, passwordGiven));
        }
    }

    /** HangUp: the dial (if still going) ends without another notification. */
    synchronized void hangUpNow() {
        hungUp = true;
        silenced = true;
        callback = null;
        if (!done && error == 0) error = NmStates.ERROR_USER_DISCONNECTION;
        finish();
    }

    /** The dial fails with a RAS code, reported with the state it failed in. */
    synchronized void fail(int code) {
        if (done) return;
        error = code;
        notify(state, code);
        finish();
    }

    private void finish() {
        if (done) return;
        done = true;
        callback = null;
        finished.countDown();
        Runnable r = onFinish;
        onFinish = null;
        if (r != null) r.run();
    }

    /** Queues the callback (see NmCallbacks); one that fails stops this dial's notifications. */
    private void notify(int rasState, int err) {
        notified = Math.max(notified, rasState);
        RasDialFunc1 cb = callback;
        if (cb == null) return;
        NmCallbacks.run(() -> {
            if (silenced) return;                            // hung up, or a callback failed, meanwhile
            try {
                cb.call(handle, RasApi.WM_RASDIALEVENT, rasState, err, 0);
            } catch (RuntimeException | Error e) {
                // The Python trampoline prints callback errors itself; this is the engine going away.
                System.err.println("pywin32-jvm: RAS callback could not run (" + e.getClass().getSimpleName()
                    + "); dial " + handle + " gets no more notifications");
                silenced = true;
            }
        });
    }

    RasApi.ConnectStatus status() { return new RasApi.ConnectStatus(state, error, deviceType, deviceName); }

    @Override public String toString() { return "NmConnection[" + handle + ", " + entryName + ", state=" + state + "]"; }
}
