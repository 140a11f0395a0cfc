package org.pywin32jvm.fs.smb;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hierynomus.smbj.share.File;

/**
 * An open file on a share as a channel, streaming in chunks (the negotiated read/write size, at most
 * 1 MiB): a sequential reader has the next {@link #READ_AHEAD} chunks on the wire while it consumes the
 * current one, a sequential writer has one chunk on the wire while it fills the other. Nothing
 * ever holds the whole file. Failures become the java.nio exception of their Win32 code (see
 * {@link SmbFiles#ioException}); every network wait is bounded by smbj's configured timeout.
 */
public final class SmbChannel implements SeekableByteChannel {
    /** Read-ahead and write-behind run here (daemon threads: an open file never keeps the JVM alive). */
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pywin32jvm-smb-file");
        t.setDaemon(true);
        return t;
    });

    private final File file;
    private final String name;
    private final boolean readable, writable, append;
    private final int chunk;
    private long position;
    private boolean open = true;

    /** Chunks fetched ahead of a sequential reader (several reads in flight, as smbclient does). */
    static final int READ_AHEAD = 3;

    /** A read on the wire: where, into which buffer. */
    private record Pending(long start, byte[] buf, Future<Integer> bytes) {}

    // reading: the chunk in hand, and the next ones being fetched
    private byte[] rbuf;
    private long rbufStart = -1;      // file offset of rbuf[0]; -1 when empty
    private int rbufLen;
    private final java.util.ArrayDeque<Pending> ahead = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<byte[]> spare = new java.util.ArrayDeque<>();

    // writing: the chunk being filled, and the one on the wire
    private byte[] wbuf, wspare;
    private int wbufLen;              // bytes gathered, to be written at position - wbufLen
    private Future<Long> inFlight;

    SmbChannel(File file, String name, boolean readable, boolean writable, boolean append, int chunk)
            throws IOException {
        this.file = file;
        this.name = name;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.chunk = chunk;
        if (append) position = sizeNow();
    }

    private long sizeNow() throws IOException {
        return SmbFiles.io(name, () -> file.getFileInformation().getStandardInformation().getEndOfFile());
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
        } catch (ExecutionException e) {
            throw SmbFiles.ioException(FileErrors.code(e.getCause()), name, null, e.getCause());
        }
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
        if (rbuf != null) spare.push(rbuf);
        rbuf = null;
        int n;
        Pending head = ahead.peekFirst();
        if (head != null && head.start() == position) {
            ahead.removeFirst();
            rbuf = head.buf();
            n = await(head.bytes());
        } else {
            dropPrefetch();
            byte[] b = buffer();
            long at = position;
            rbuf = b;
            n = SmbFiles.io(name, () -> file.read(b, at, 0, b.length));
        }
        if (n <= 0) {
            rbufStart = -1;
            dropPrefetch();
            return false;
        }
        rbufStart = position;
        rbufLen = n;
        if (n == chunk) {                     // a full chunk: the reader is likely to want the next ones
            long next = ahead.isEmpty() ? position + n : ahead.peekLast().start() + chunk;
            while (ahead.size() < READ_AHEAD) {
                byte[] b = buffer();
                long at = next;
                ahead.addLast(new Pending(at, b, IO.submit(() -> file.read(b, at, 0, b.length))));
                next += chunk;
            }
        }
        return true;
    }

    private byte[] buffer() {
        byte[] b = spare.poll();
        return b != null ? b : new byte[chunk];
    }

    /** Waits out read-aheads nobody wants (their buffers are reused next). */
    private void dropPrefetch() {
        for (Pending p; (p = ahead.pollFirst()) != null; ) {
            try {
                p.bytes().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // a read-ahead failure matters only if that chunk is read, and then it is read again
            }
            spare.push(p.buf());
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
            awaitWrite();
            position = sizeNow();
        }
        rbufStart = -1;
        dropPrefetch();
        if (wbuf == null) {
            wbuf = new byte[chunk];
            wspare = new byte[chunk];
        }
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

    /** Puts the gathered chunk on the wire and continues in the other buffer. */
    private void sendGathered() throws IOException {
        if (wbufLen == 0) return;
        awaitWrite();
        long at = position - wbufLen;
        byte[] b = wbuf;
        int len = wbufLen;
        inFlight = SmbFiles.io(name, () -> file.writeAsync(b, at, 0, len));
        byte[] t = wbuf;
        wbuf = wspare;
        wspare = t;
        wbufLen = 0;
    }

    private void awaitWrite() throws IOException {
        if (inFlight == null) return;
        Future<Long> f = inFlight;
        inFlight = null;
        await(f);
    }

    /** Sends everything gathered and waits until the server has it. */
    public void flushWrites() throws IOException {
        try {
            sendGathered();
        } finally {
            awaitWrite();
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
        return sizeNow();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        ensureOpen();
        if (!writable) throw new NonWritableChannelException();
        flushWrites();
        if (size < sizeNow()) SmbFiles.io(name, () -> { file.setLength(size); return null; });
        if (position > size) position = size;
        rbufStart = -1;
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
