package org.pywin32jvm.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

import org.pywin32jvm.fs.smb.SmbChannel;

/**
 * The data loop of python-lib's shutil fast path (_pywin32jvm_copy): all of one channel into another in Java,
 * in large pieces, instead of a Python loop of 16-64 KiB reads and writes through the engine's file objects.
 * A file on a share hands over its chunks as they arrive ({@link SmbChannel#transferTo}).
 */
public final class ChannelCopy {
    /** The piece size from a local file: CPython's shutil.COPY_BUFSIZE on Windows. */
    static final int PIECE = 1 << 20;

    private ChannelCopy() {}

    /** Copies from {@code in}'s position to its end into {@code out}; the number of bytes copied. */
    public static long copy(ReadableByteChannel in, WritableByteChannel out) throws IOException {
        if (in instanceof SmbChannel smb) return smb.transferTo(out);
        ByteBuffer buf = ByteBuffer.allocate(PIECE);
        long total = 0;
        while (in.read(buf.clear()) >= 0) {
            buf.flip();
            while (buf.hasRemaining()) total += out.write(buf);
        }
        return total;
    }
}
