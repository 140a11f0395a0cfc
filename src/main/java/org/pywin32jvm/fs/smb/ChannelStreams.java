package org.pywin32jvm.fs.smb;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/**
 * A channel's streams (java.nio.channels.Channels) that still name their channel: Jython's builtin open() wraps a
 * stream in its file object, and python-lib's shutil fast path (_pywin32jvm_copy) finds the channel back through
 * the file object's stream.
 */
public final class ChannelStreams {
    private ChannelStreams() {}

    /** The channel behind a stream made here, or null for any other stream. */
    public static SeekableByteChannel channelOf(Object stream) {
        if (stream instanceof In in) return in.channel;
        if (stream instanceof Out out) return out.channel;
        return null;
    }

    public static java.io.InputStream input(SeekableByteChannel ch) { return new In(ch); }

    public static java.io.OutputStream output(SeekableByteChannel ch) { return new Out(ch); }

    private static final class In extends FilterInputStream {
        final SeekableByteChannel channel;

        In(SeekableByteChannel ch) {
            super(Channels.newInputStream(ch));
            channel = ch;
        }
    }

    private static final class Out extends FilterOutputStream {
        final SeekableByteChannel channel;

        Out(SeekableByteChannel ch) {
            super(Channels.newOutputStream(ch));
            channel = ch;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);      // FilterOutputStream would write byte by byte
        }
    }
}
