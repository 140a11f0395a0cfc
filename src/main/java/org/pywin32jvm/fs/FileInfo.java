package org.pywin32jvm.fs;

/**
 * What a directory entry or a stat says about a network file. Times are Windows FILETIMEs
 * (100 ns since 1601-01-01 UTC), attributes are FILE_ATTRIBUTE_* bits; {@code fileId} is the server's
 * file index and {@code volumeId} stands for the share (st_ino / st_dev, so os.path.samefile works).
 */
public record FileInfo(String name, int attributes, long size, long creationTime, long lastAccessTime,
                       long lastWriteTime, long changeTime, String shortName, long fileId, long volumeId) {
    public static final int FILE_ATTRIBUTE_READONLY = 0x1;
    public static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;

    /** FILETIME ticks between 1601-01-01 and 1970-01-01. */
    public static final long EPOCH_DIFF = 116444736000000000L;

    public boolean isDirectory() { return (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0; }

    /** A FILETIME as Unix seconds (with fraction). */
    public static double unixSeconds(long filetime) { return (filetime - EPOCH_DIFF) / 1e7; }

    public double mtime() { return unixSeconds(lastWriteTime); }

    public double atime() { return unixSeconds(lastAccessTime); }

    public double ctime() { return unixSeconds(creationTime); }
}
