package org.pywin32jvm.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading the files that settings and scripts name (phonebooks, the dial-parameter store, the password file)
 * safely: only a regular file (a symbolic link to one is fine) of at most {@link #MAX_SIZE} bytes is read.
 * A FIFO, device, socket or directory would block or never end, so it is refused before it is opened.
 */
public final class RegularFiles {
    /** The documented size cap of a phonebook, store or password file (16 MiB). */
    public static final long MAX_SIZE = 16L << 20;

    /** Thrown for a file that exists but is not a regular file, or is larger than {@link #MAX_SIZE}. */
    public static final class NotUsable extends IOException {
        private static final long serialVersionUID = 1L;

        /** True when the file is regular but over the size cap (not a phonebook), false when it is no regular file. */
        public final boolean tooBig;

        public NotUsable(String why, boolean tooBig) {
            super(why, null);
            this.tooBig = tooBig;
        }
    }

    private RegularFiles() {}

    /** The file's bytes; NoSuchFileException when missing, NotUsable when not a regular file or too big. */
    public static byte[] read(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        if (!a.isRegularFile()) throw new NotUsable("not a regular file", false);
        if (a.size() > MAX_SIZE) throw new NotUsable("larger than " + MAX_SIZE + " bytes", true);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] data = in.readNBytes((int) MAX_SIZE + 1);     // it may grow between the check and the read
            if (data.length > MAX_SIZE) throw new NotUsable("larger than " + MAX_SIZE + " bytes", true);
            return data;
        }
    }
}
