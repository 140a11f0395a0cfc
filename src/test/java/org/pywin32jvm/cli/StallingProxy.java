package org.pywin32jvm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A server that stops answering, on loopback: it relays each connection to a real server (the Samba
 * fixture) until {@link #stall()}, then swallows what the client sends and answers nothing, as a
 * server that hangs mid-session does. Without a target it stalls from the start (it accepts and
 * never answers). It tells whether the client gave its connections up ({@link #allClosedByClient}).
 */
final class StallingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final Integer targetPort;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final List<Socket> clientGone = new CopyOnWriteArrayList<>();
    private final List<Socket> upstreams = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;
    private final java.util.concurrent.atomic.AtomicInteger answersLeft;

    /** A relay to 127.0.0.1:{@code targetPort}, or a server that never answers when it is null. */
    StallingProxy(Integer targetPort) throws IOException {
        this(targetPort, -1);
    }

    /**
     * A relay that stalls by itself once it has passed on {@code answers} reads from the server (1: the answer to
     * the client's first request, SMB's negotiate, so the logon that follows waits); -1: only at {@link #stall()}.
     */
    StallingProxy(Integer targetPort, int answers) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.stalled = targetPort == null;
        this.answersLeft = new java.util.concurrent.atomic.AtomicInteger(answers);
        daemon(this::acceptAll, "stall-accept");
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on nothing reaches the server and nothing comes back. */
    void stall() {
        stalled = true;
    }

    /** Whether every connection accepted so far was closed by the client, waiting up to {@code seconds}. */
    boolean allClosedByClient(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (clientGone.size() < accepted.size() || accepted.isEmpty()) {
            if (System.nanoTime() > end) return false;
            Thread.sleep(100);
        }
        return true;
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket client = server.accept();
                accepted.add(client);
                Socket upstream = targetPort == null ? null : new Socket(InetAddress.getLoopbackAddress(), targetPort);
                if (upstream != null) upstreams.add(upstream);
                daemon(() -> relay(client, upstream, true), "stall-up");
                if (upstream != null) daemon(() -> relay(upstream, client, false), "stall-down");
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void relay(Socket from, Socket to, boolean fromClient) {
        byte[] buf = new byte[65536];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            for (int n; (n = in.read(buf)) > 0; ) {
                if (!stalled && out != null) out.write(buf, 0, n);
                if (!fromClient && answersLeft.decrementAndGet() == 0) stalled = true;
            }
            if (fromClient) clientGone.add(from);
        } catch (IOException e) {
            if (fromClient) clientGone.add(from);
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : accepted) s.close();
        for (Socket s : upstreams) s.close();
    }
}
