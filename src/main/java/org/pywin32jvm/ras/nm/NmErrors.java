package org.pywin32jvm.ras.nm;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * A failed D-Bus call as a RAS error code. The D-Bus error's name decides; its text is never shown
 * (it may echo arguments), so no secret can leak through an exception message.
 */
final class NmErrors {
    private NmErrors() {}

    /** The error name of a failed call (dbus-java puts it in getType(), or maps it to a class). */
    static String name(Throwable e) {
        if (e instanceof DBusExecutionException d && d.getType() != null) return d.getType();
        return e.getClass().getName();
    }

    /** The RAS code for a failed D-Bus call (by its error name) or connection attempt. */
    static int code(String n) {
        if (n.endsWith("PermissionDenied") || n.endsWith("AccessDenied") || n.endsWith("NotAuthorized")
                || n.endsWith("InteractiveAuthorizationRequired")) {
            return NmStates.ERROR_ACCESS_DENIED;
        }
        if (n.endsWith("UnknownConnection") || n.endsWith("UnknownObject") || n.endsWith("UnknownMethod")
                || n.endsWith("InvalidConnection")) {
            return NmStates.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
        }
        // the bus is gone, nobody owns NetworkManager's name, no reply in time, anything else
        return NmStates.ERROR_RASMAN_CANNOT_INITIALIZE;
    }

    /** Deactivating something NetworkManager no longer has active: HangUp treats it as done. */
    static boolean notActive(String n) {
        return n.endsWith("ConnectionNotActive") || n.endsWith("UnknownObject") || n.endsWith("UnknownConnection");
    }
}
