package org.pywin32jvm.ras.nm;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs RasDialFunc1 callbacks, in the order the D-Bus threads queued them.
 * Not dbus-java's own threads: GraalPy cannot detach those from a closing context (they never
 * end), and warns at every exit; this one is a daemon that ends after 2 s without work.
 */
final class NmCallbacks {
    private NmCallbacks() {}

    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "pywin32jvm-ras-nm-callback");
            t.setDaemon(true);
            return t;
        });

    static {
        POOL.allowCoreThreadTimeOut(true);
    }

    static void run(Runnable r) { POOL.execute(r); }
}
