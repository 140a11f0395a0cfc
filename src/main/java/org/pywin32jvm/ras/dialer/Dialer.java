package org.pywin32jvm.ras.dialer;

import org.pywin32jvm.ras.RasApi;

/**
 * The connection half of RAS off Windows: the phonebook backend resolves the entry and the stored
 * credentials, then hands a {@link DialRequest} to a dialer. Handles are the dialer's own.
 */
public interface Dialer {
    int ERROR_INVALID_HANDLE = 6;

    String describe();

    /** False for a dialer that fails every dial up front (none): no entry lookup first. */
    default boolean dials() { return true; }

    /** RasDial after entry and credential resolution; never throws for a RAS failure. */
    RasApi.DialResult dial(DialRequest request, RasApi.Notifier notifier);

    /** True when the handle is one of this dialer's live connections. */
    boolean owns(long handle);

    void hangUp(long handle);

    RasApi.Connection[] enumConnections();

    RasApi.ConnectStatus getConnectStatus(long handle);
}
