package org.pywin32jvm.ras.sim;

import java.util.concurrent.Future;

/** One simulated connection: its identity and the state GetConnectStatus reports. */
final class SimConnection {
    final long handle;
    final String entryName;
    final String deviceType;
    final String deviceName;
    volatile int state;
    volatile int error;
    volatile long stateNanos;         // System.nanoTime() when the state was entered (latency probe)
    volatile boolean closed;          // hung up: no further state change or callback
    volatile Future<?> pending;       // the next step or the remote drop

    SimConnection(long handle, String entryName, String deviceType, String deviceName, int state) {
        this.handle = handle;
        this.entryName = entryName;
        this.deviceType = deviceType;
        this.deviceName = deviceName;
        this.state = state;
    }

    /** Still dialling or connected (a failed or dropped dial keeps its handle until HangUp). */
    boolean active() {
        return !closed && error == 0 && state != RasStates.DISCONNECTED;
    }
}
