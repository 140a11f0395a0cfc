package org.pywin32jvm.fs.smb;

import java.util.concurrent.Future;

import com.hierynomus.smbj.share.File;

/** The calls {@link SmbChannel} makes on an open file on a share (smbj's {@link File}; a fake in tests). */
interface RemoteFile {
    /** Reads up to {@code len} bytes at {@code at} into {@code buf[0..]}; 0 or less at end of file. Blocking. */
    int read(byte[] buf, long at, int len) throws Exception;

    /** Starts writing {@code buf[0..len)} at {@code at}; the future gives the bytes written. */
    Future<Long> writeAsync(byte[] buf, long at, int len) throws Exception;

    long size() throws Exception;

    void setLength(long size) throws Exception;

    void close() throws Exception;

    static RemoteFile of(File f) {
        return new RemoteFile() {
            @Override public int read(byte[] buf, long at, int len) { return f.read(buf, at, 0, len); }
            @Override public Future<Long> writeAsync(byte[] buf, long at, int len) { return f.writeAsync(buf, at, 0, len); }
            @Override public long size() { return f.getFileInformation().getStandardInformation().getEndOfFile(); }
            @Override public void setLength(long size) { f.setLength(size); }
            @Override public void close() { f.close(); }
        };
    }
}
