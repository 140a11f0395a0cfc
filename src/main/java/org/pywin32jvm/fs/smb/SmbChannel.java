package org.pywin32jvm.fs.smb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;

import com.hierynomus.smbj.share.File;

/**
 * An open file on a share as a channel. Streaming: reads fetch one chunk (the negotiated read size,
 * at most 1 MiB) into a buffer that is reused, writes are gathered into one chunk before they go out;
 * nothing ever holds the whole file. Failures become {@link SmbIOException} carrying the Win32 code.
 */
public final class SmbChannel implements SeekableByteChannel {
    private final File file;
    private final String name;
    private final boolean readable, writable, append;
    private final byte[] rbuf, wbuf;
    private long position;
    private long rbufStart = -1;      // file offset of rbuf[0]; -1 when empty
    private int rbufLen;
    private int wbufLen;              // bytes pending, to be written at position - wbufLen
    private boolean open = true;

    SmbChannel(File file, String name, boolean readable, boolean writable, boolean append, int chunk)
            throws IOException {
        this.file = file;
        this.name = name;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.rbuf = readable ? new byte[chunk] : null;
        this.wbuf = writable ? new byte[chunk] : null;
        if (append) position = sizeNow();
    }

    private long sizeNow() throws IOException {
        return SmbFiles.io(name, () -> file.getFileInformation().getStandardInformation().getEndOfFile());
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) throw new ClosedChannelException();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (!readable) throw new NonReadableChannelException();
        flushWrites();
        if (!dst.hasRemaining()) return 0;
        if (rbufStart < 0 || position < rbufStart || position >= rbufStart + rbufLen) {
            rbufStart = position;
            rbufLen = 0;
            int n = SmbFiles.io(name, () -> file.read(rbuf, position, 0, rbuf.length));
            if (n <= 0) {
                rbufStart = -1;
                return -1;
            }
            rbufLen = n;
        }
        int off = (int) (position - rbufStart);
        int n = Math.min(dst.remaining(), rbufLen - off);
        dst.put(rbuf, off, n);
        position += n;
        return n;
    }

    /** Up to {@code max} bytes at the current position; an empty array at end of file. */
    public byte[] read(int max) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.max(0, Math.min(max, rbuf == null ? max : Math.max(rbuf.length, max))));
        int total = 0;
        while (b.hasRemaining()) {
            int n = read(b);
            if (n < 0) break;
            total += n;
            if (total > 0 && rbufStart < 0) break;
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        if (!writable) throw new NonWritableChannelException();
        if (append && wbufLen == 0) position = sizeNow();
        rbufStart = -1;
        int total = src.remaining();
        while (src.hasRemaining()) {
            int n = Math.min(src.remaining(), wbuf.length - wbufLen);
            src.get(wbuf, wbufLen, n);
            wbufLen += n;
            position += n;
            if (wbufLen == wbuf.length) flushWrites();
        }
        return total;
    }

    /** Writes all of {@code data}. */
    public int write(byte[] data) throws IOException { return write(ByteBuffer.wrap(data)); }

    /** Sends the gathered bytes. */
    public void flushWrites() throws IOException {
        if (wbufLen == 0) return;
        long at = position - wbufLen;
        int len = wbufLen;
        wbufLen = 0;
        SmbFiles.io(name, () -> file.write(wbuf, at, 0, len));
    }

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
            SmbFiles.io(name, () -> { file.close(); return null; });
        }
    }
}
