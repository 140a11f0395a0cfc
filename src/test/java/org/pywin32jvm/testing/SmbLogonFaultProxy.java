package org.pywin32jvm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of an SMB server that fails the logon phase on purpose: it forwards the negotiate
 * and its answer, and when the client's first SESSION_SETUP arrives it either holds it (STALL: the server seems to
 * hang during session setup) or closes both sockets (DROP: the server process died during session setup). In PASS
 * mode it forwards everything. The mode applies to connections made after it is set.
 * <p>
 * SMB2 over TCP frames every message with a 4-byte header (a zero byte and a 24-bit length); the SMB2 header
 * that follows has the command at offset 12 (SESSION_SETUP is 1).
 */
public final class SmbLogonFaultProxy implements AutoCloseable {
    public enum Mode { PASS, STALL, DROP }

    private static final int SESSION_SETUP = 1;

    private final ServerSocket listener;
    private final String host;
    private final int port;
    private volatile Mode mode = Mode.PASS;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger faulted = new AtomicInteger();

    public SmbLogonFaultProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "smb-logon-fault-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() { return listener.getLocalPort(); }

    public void setMode(String m) { mode = Mode.valueOf(m); }

    /** How many session setups were held or dropped so far (a test checks its fault really happened). */
    public int faulted() { return faulted.get(); }

    /** Closes every connection it holds (a stalled one ends as a dropped one). */
    public void dropAll() {
        for (Socket s : open) quietly(s);
        open.clear();
    }

    @Override
    public void close() {
        quietly(listener);
        dropAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(host, port);
                open.add(client);
                open.add(server);
                Mode m = mode;
                daemon(() -> clientToServer(client, server, m));
                daemon(() -> pipe(server, client));
            } catch (IOException e) {
                // closed, or the server is down: the client sees its connection closed
            }
        }
    }

    private void clientToServer(Socket client, Socket server, Mode m) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            while (true) {
                byte[] head = in.readNBytes(4);
                if (head.length < 4) break;
                int len = ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
                byte[] body = in.readNBytes(len);
                if (body.length < len) break;
                boolean setup = len >= 14 && (body[0] & 0xff) == 0xFE && body[1] == 'S' && body[2] == 'M' && body[3] == 'B'
                    && ((body[12] & 0xff) | ((body[13] & 0xff) << 8)) == SESSION_SETUP;
                if (setup && m != Mode.PASS) {
                    faulted.incrementAndGet();
                    if (m == Mode.DROP) break;
                    in.transferTo(OutputStream.nullOutputStream());     // STALL: swallow, answer nothing
                    break;
                }
                out.write(head);
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        } finally {
            quietly(client);
            quietly(server);
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // either side closed
        } finally {
            quietly(from);
            quietly(to);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "smb-logon-fault-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void quietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
