package org.pywin32jvm.fs.smb;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An open file on a share as a channel, streaming in chunks of {@link #chunk} bytes with up to {@link #window}
 * of them on the wire: a sequential reader has the next chunks being fetched while it consumes the current one
 * (the read-ahead starts at one chunk and doubles with each chunk read in order, so a reader that seeks about
 * fetches little it does not want), a sequential writer has its filled chunks being written while it fills the
 * next. At most {@link #IN_FLIGHT} bytes are in flight, whatever the file's size: nothing ever holds the whole
 * file. Failures become the java.nio exception of their Win32 code (see {@link SmbFiles#ioException}); a
 * write that failed in the background is reported by the next write, flush or close. Every network wait is
 * bounded by smbj's configured timeout, and every wait of the caller's thread is interruptible.
 */
public final class SmbChannel implements SeekableByteChannel {
    /** Read-ahead runs here (smbj's read is blocking; daemon threads: an open file never keeps the JVM alive). */
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pywin32jvm-smb-file");
        t.setDaemon(true);
        return t;
    });

    /**
     * Largest read or write sent at once: 192 KiB (three 64 KiB credits), not the 8 MiB a server offers. Several
     * requests on the wire keep the connection as busy as one big one, and every buffer stays a plain young
     * object: smbj builds a write request in a buffer of the next power of two above it (256 KiB here; 512 KiB
     * for a 256 KiB write), and G1 allocates anything of half a region (512 KiB at the default heap sizes) as a
     * humongous object, each of which forced a collection at 1 MiB chunks.
     */
    static final int MAX_CHUNK = 192 * 1024;
    /** Bytes on the wire at most per open file (reads ahead or writes behind). */
    static final int IN_FLIGHT = 4 << 20;
    /**
     * How long {@link #size()} trusts what it last learnt. Both engines ask a channel's size before every read
     * (GraalPy to bound the read, Jython's stream for available()): a network round trip each time made that, not
     * the transfer, the limit (one query per 16-64 KiB read). What the channel itself sees keeps the answer
     * exact for its own use (its writes, a truncate, a read that ends short of a full chunk: the end of file);
     * only a change by someone else shows up to this late. (Windows' redirector keeps file sizes for 10 s.)
     */
    static final long SIZE_LIFETIME_NANOS = 1_000_000_000L;

    /** Requests on the wire at most per open file (so that tiny negotiated sizes do not mean hundreds). */
    static final int MAX_WINDOW = 24;

    /** The request size for a server's negotiated read and write limits. */
    static int chunk(int maxRead, int maxWrite) {
        return Math.max(1, Math.min(MAX_CHUNK, Math.min(maxRead, maxWrite)));
    }

    /** How many requests of {@code chunk} bytes may be on the wire at once. */
    static int window(int chunk) {
        return Math.max(1, Math.min(MAX_WINDOW, IN_FLIGHT / chunk));
    }

    private final RemoteFile file;
    private final String name;
    private final boolean readable, writable, append;
    private final int chunk, window;
    private long position;
    private boolean open = true;
    private long knownSize = -1, knownAt;   // the file's size as last learnt, and when (nanoTime); -1: unknown

    /** A read on the wire: where, into which buffer. */
    private record Pending(long start, byte[] buf, Future<Integer> bytes) {}

    /** A write on the wire, and the buffer it writes from. */
    private record Write(byte[] buf, Future<Long> done) {}

    // reading: the chunk in hand, and the next ones being fetched
    private byte[] rbuf;
    private long rbufStart = -1;      // file offset of rbuf[0]; -1 when empty
    private int rbufLen;
    private int depth = 1;            // chunks to keep fetched ahead now (doubles up to window while in order)
    private final ArrayDeque<Pending> ahead = new ArrayDeque<>();
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();   // buffers no request is using

    // writing: the chunk being filled, and the ones on the wire (oldest first)
    private byte[] wbuf;
    private int wbufLen;              // bytes gathered, to be written at position - wbufLen
    private final ArrayDeque<Write> writes = new ArrayDeque<>();

    SmbChannel(RemoteFile file, String name, boolean readable, boolean writable, boolean append, int chunk)
            throws IOException {
        this.file = file;
        this.name = name;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.chunk = chunk;
        this.window = window(chunk);
        if (append) know(position = sizeNow());
    }

    private long sizeNow() throws IOException {
        return SmbFiles.io(name, file::size);
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) throw new ClosedChannelException();
    }

    private <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name);
        } catch (CancellationException e) {
            throw new InterruptedIOException(name);
        } catch (ExecutionException e) {
            throw SmbFiles.ioException(FileErrors.code(e.getCause()), name, null, e.getCause());
        }
    }

    private byte[] buffer() {
        byte[] b = spare.poll();
        return b != null ? b : new byte[chunk];
    }

    private void recycle(byte[] b) {
        if (b != null && spare.size() <= window) spare.push(b);
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (!readable) throw new NonReadableChannelException();
        flushWrites();
        if (!dst.hasRemaining()) return 0;
        if (rbufStart < 0 || position < rbufStart || position >= rbufStart + rbufLen) {
            if (!fill()) return -1;
        }
        int off = (int) (position - rbufStart);
        int n = Math.min(dst.remaining(), rbufLen - off);
        dst.put(rbuf, off, n);
        position += n;
        return n;
    }

    /** Makes the chunk at {@code position} current; false at end of file. */
    private boolean fill() throws IOException {
        recycle(rbuf);
        rbuf = null;
        rbufStart = -1;
        int n;
        Pending head = ahead.peekFirst();
        if (head != null && head.start() == position) {       // read in order: the next chunk is on its way
            ahead.removeFirst();
            n = await(head.bytes());   // if this throws, its buffer is not reused (the read may still be writing it)
            rbuf = head.buf();
            depth = Math.min(window, depth * 2);
        } else {                                               // a seek (or the first read): fetch just this
            dropPrefetch();
            depth = 1;
            byte[] b = buffer();
            long at = position;
            n = SmbFiles.io(name, () -> file.read(b, at, chunk));
            rbuf = b;
        }
        if (n > 0 && n < chunk) know(position + n);       // a short read ends at the end of file
        else if (n > 0 && knownSize >= 0 && position + n > knownSize) know(position + n);   // it has grown
        else if (n <= 0 && knownSize > position) knownSize = -1;                         // it has shrunk
        if (n <= 0) {
            dropPrefetch();
            return false;
        }
        rbufStart = position;
        rbufLen = n;
        if (n == chunk) {                     // a full chunk: the reader is likely to want the next ones
            long next = ahead.isEmpty() ? position + n : ahead.peekLast().start() + chunk;
            while (ahead.size() < depth) {
                byte[] b = buffer();
                long at = next;
                ahead.addLast(new Pending(at, b, IO.submit(() -> file.read(b, at, chunk))));
                next += chunk;
            }
        }
        return true;
    }

    /**
     * Waits out read-aheads nobody wants (their buffers are reused next). Interrupted, it waits no more: the
     * reads still under way finish on their own, and their buffers are left to them.
     */
    private void dropPrefetch() {
        boolean interrupted = false;
        for (Pending p; (p = ahead.pollFirst()) != null; ) {
            if (interrupted && !p.bytes().isDone()) continue;
            try {
                p.bytes().get();
                recycle(p.buf());
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException ignored) {
                // a read-ahead failure matters only if that chunk is read, and then it is read again
                recycle(p.buf());
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Writes everything from the current position to the end of the file into {@code out}, straight from the
     * chunks as they arrive (no copy into a caller's buffer); the number of bytes. The position ends at the end.
     */
    public long transferTo(WritableByteChannel out) throws IOException {
        ensureOpen();
        if (!readable) throw new NonReadableChannelException();
        flushWrites();
        long total = 0;
        while (true) {
            if (rbufStart < 0 || position < rbufStart || position >= rbufStart + rbufLen) {
                if (!fill()) return total;
            }
            int off = (int) (position - rbufStart);
            ByteBuffer b = ByteBuffer.wrap(rbuf, off, rbufLen - off);
            while (b.hasRemaining()) {
                int n = out.write(b);
                position += n;
                total += n;
            }
        }
    }

    /** Up to {@code max} bytes at the current position; an empty array at end of file. */
    public byte[] read(int max) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.max(0, max));
        while (b.hasRemaining() && read(b) > 0) {
            if (rbufStart < 0) break;
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    // ---- writing ---------------------------------------------------------------------------------

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        if (!writable) throw new NonWritableChannelException();
        if (append && wbufLen == 0) {
            awaitWrites();
            know(position = sizeNow());           // appending goes where the file ends now, whoever wrote last
        }
        rbufStart = -1;
        dropPrefetch();
        if (wbuf == null) wbuf = buffer();
        int total = src.remaining();
        while (src.hasRemaining()) {
            int n = Math.min(src.remaining(), wbuf.length - wbufLen);
            src.get(wbuf, wbufLen, n);
            wbufLen += n;
            position += n;
            if (wbufLen == wbuf.length) sendGathered();
        }
        return total;
    }

    /** Writes all of {@code data}. */
    public int write(byte[] data) throws IOException { return write(ByteBuffer.wrap(data)); }

    /** Puts the gathered chunk on the wire (after the oldest write, when the window is full) and starts the next. */
    private void sendGathered() throws IOException {
        if (wbufLen == 0) return;
        if (writes.size() >= window) awaitOldestWrite();
        long at = position - wbufLen;
        byte[] b = wbuf;
        int len = wbufLen;
        writes.addLast(new Write(b, SmbFiles.io(name, () -> file.writeAsync(b, at, len))));
        if (knownSize >= 0 && at + len > knownSize) knownSize = at + len;
        wbuf = buffer();
        wbufLen = 0;
    }

    private void awaitOldestWrite() throws IOException {
        Write w = writes.pollFirst();
        await(w.done());                      // if this throws, the buffer is not reused
        recycle(w.buf());
    }

    /** Waits for every write on the wire; the first failure is thrown once all have finished. */
    private void awaitWrites() throws IOException {
        IOException first = null;
        while (!writes.isEmpty()) {
            try {
                awaitOldestWrite();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }

    /** Sends everything gathered and waits until the server has it. */
    public void flushWrites() throws IOException {
        try {
            sendGathered();
        } finally {
            awaitWrites();
        }
    }

    // ---- the rest of SeekableByteChannel ----------------------------------------------------------

    @Override public long position() { return position; }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) throw new IllegalArgumentException("negative position");
        flushWrites();
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        flushWrites();
        long now = System.nanoTime();
        if (knownSize < 0 || now - knownAt > SIZE_LIFETIME_NANOS) know(sizeNow());
        return knownSize;
    }

    private void know(long size) {
        knownSize = size;
        knownAt = System.nanoTime();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        ensureOpen();
        if (!writable) throw new NonWritableChannelException();
        flushWrites();
        if (size < sizeNow()) SmbFiles.io(name, () -> { file.setLength(size); return null; });
        if (position > size) position = size;
        knownSize = -1;
        rbufStart = -1;
        dropPrefetch();
        return this;
    }

    @Override public boolean isOpen() { return open; }

    @Override
    public void close() throws IOException {
        if (!open) return;
        try {
            flushWrites();
        } finally {
            open = false;
            dropPrefetch();
            SmbFiles.io(name, () -> { file.close(); return null; });
        }
    }
}
