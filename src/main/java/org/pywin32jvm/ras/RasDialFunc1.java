package org.pywin32jvm.ras;

/** RasDialFunc1: called for every connection state, from a dialer thread. */
@FunctionalInterface
public interface RasDialFunc1 {
    void call(long hrasconn, int unMsg, int rasconnstate, int dwError, int dwExtendedError);
}
