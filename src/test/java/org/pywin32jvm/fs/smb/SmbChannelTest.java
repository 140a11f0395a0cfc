package org.pywin32jvm.fs.smb;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pywin32jvm.win32.Win32Exception;

/** SmbChannel's read-ahead and write-behind over a fake file whose requests finish in any order. */
class SmbChannelTest {
    /** An in-memory file: reads sleep a random while (so later ones often finish first); writes finish late. */
    static class FakeFile implements RemoteFile {
        byte[] data;
        final Random delays = new Random(7);
        final List<Long> reads = new CopyOnWriteArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger(), maxInFlight = new AtomicInteger();
        final List<CompletableFuture<Long>> pendingWrites = new CopyOnWriteArrayList<>();
        volatile long failWriteAt = -1;
        boolean closed;

        FakeFile(byte[] data) { this.data = data; }

        @Override
        public int read(byte[] buf, long at, int len) throws Exception {
            reads.add(at);
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                int delay;
                synchronized (delays) { delay = delays.nextInt(4); }
                Thread.sleep(delay);
                synchronized (this) {
                    if (at >= data.length) return 0;
                    int n = (int) Math.min(len, data.length - at);
                    System.arraycopy(data, (int) at, buf, 0, n);
                    return n;
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public Future<Long> writeAsync(byte[] buf, long at, int len) {
            byte[] copy = Arrays.copyOf(buf, len);   // what the request carries when it is sent
            CompletableFuture<Long> f = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (at == failWriteAt) throw new Win32Exception(112, "WriteFile");   // disk full
                synchronized (this) {
                    if (data.length < at + len) data = Arrays.copyOf(data, (int) (at + len));
                    System.arraycopy(copy, 0, data, (int) at, len);
                }
                return (long) len;
            });
            pendingWrites.add(f);
            return f;
        }

        @Override public synchronized long size() { return data.length; }
        @Override public synchronized void setLength(long size) { data = Arrays.copyOf(data, (int) size); }
        @Override public void close() { closed = true; }
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] readAll(SmbChannel ch, int piece) throws IOException {
        ByteBuffer out = ByteBuffer.allocate((int) ch.size() + 1);
        ByteBuffer buf = ByteBuffer.allocate(piece);
        for (int n; (n = ch.read(buf.clear())) > 0; ) out.put(buf.flip());
        return Arrays.copyOf(out.array(), out.position());
    }

    @Test
    void chunkAndWindowFollowTheNegotiatedSizes() {
        assertEquals(192 * 1024, SmbChannel.chunk(8 << 20, 8 << 20));
        assertEquals(65536, SmbChannel.chunk(65536, 1 << 20));
        assertEquals(4096, SmbChannel.chunk(1 << 20, 4096));
        assertEquals(21, SmbChannel.window(192 * 1024));     // 4 MiB on the wire
        assertEquals(24, SmbChannel.window(4096));           // capped: never hundreds of requests
        assertEquals(1, SmbChannel.window(8 << 20));         // a chunk larger than the budget: one at a time
    }

    @Test
    void sequentialReadGivesTheFileInOrderWhateverOrderReadsFinishIn() throws Exception {
        int chunk = 1000;
        byte[] content = random(chunk * 57 + 123, 1);
        FakeFile f = new FakeFile(content);
        try (SmbChannel ch = new SmbChannel(f, "\\\\S\\s\\f", true, false, false, chunk)) {
            assertArrayEquals(content, readAll(ch, 777));    // pieces that straddle chunks
        }
        assertTrue(f.closed);
        assertTrue(f.maxInFlight.get() > 2, "reads overlapped: " + f.maxInFlight);
        assertTrue(f.maxInFlight.get() <= SmbChannel.window(chunk), "at most a window on the wire");
        // each chunk fetched once, and nothing far beyond the end
        assertEquals(f.reads.size(), f.reads.stream().distinct().count(), "no chunk fetched twice");
        assertTrue(f.reads.stream().allMatch(at -> at < content.length + (long) chunk * SmbChannel.window(chunk)));
    }

    @Test
    void readAheadStartsSmallAfterASeek() throws Exception {
        int chunk = 100;
        byte[] content = random(chunk * 200, 2);
        FakeFile f = new FakeFile(content);
        try (SmbChannel ch = new SmbChannel(f, "f", true, false, false, chunk)) {
            Random r = new Random(3);
            for (int i = 0; i < 30; i++) {                   // a reader that jumps about, reading 10 bytes each
                int at = r.nextInt(content.length - 10);
                ch.position(at);
                ByteBuffer b = ByteBuffer.allocate(10);
                while (b.hasRemaining() && ch.read(b) > 0) { }
                assertArrayEquals(Arrays.copyOfRange(content, at, at + 10), b.array(), "at " + at);
            }
        }
        // one chunk where it lands and at most one ahead (plus one more when ten bytes cross into it): not a window
        assertTrue(f.reads.size() <= 30 * 3, "fetched " + f.reads.size() + " chunks for 30 small reads");
    }

    @Test
    void sizeIsAskedOfTheServerOnceNotBeforeEveryRead() throws Exception {
        int chunk = 1000;
        byte[] content = random(chunk * 30 + 5, 6);
        AtomicInteger queries = new AtomicInteger();
        FakeFile f = new FakeFile(content) {
            @Override
            public synchronized long size() {
                queries.incrementAndGet();
                return super.size();
            }
        };
        try (SmbChannel ch = new SmbChannel(f, "f", true, true, false, chunk)) {
            ByteBuffer b = ByteBuffer.allocate(100);
            long got = 0;
            while (ch.size() > ch.position()) {           // as GraalPy reads: bounded by the size, every time
                got += ch.read(b.clear());
            }
            assertEquals(content.length, got);
            assertEquals(1, queries.get(), "one query for 300 reads");
            ch.write(ByteBuffer.wrap(new byte[2500]));     // its own writes and truncates keep the size exact
            assertEquals(content.length + 2500, ch.size());
            ch.truncate(10);
            assertEquals(10, ch.size());
            ch.position(50);                               // reading past the end says nothing about the size
            assertEquals(-1, ch.read(b.clear()));
            assertEquals(10, ch.size());
            synchronized (f) {                             // someone else appends: seen once the answer is old
                f.data = Arrays.copyOf(f.data, 77);
            }
            Thread.sleep(SmbChannel.SIZE_LIFETIME_NANOS / 1_000_000 + 50);
            assertEquals(77, ch.size());
        }
    }

    @Test
    void writeBehindKeepsOrderAndSizeAndFlushesOnClose() throws Exception {
        int chunk = 1000;
        byte[] content = random(chunk * 40 + 7, 4);
        FakeFile f = new FakeFile(new byte[0]);
        try (SmbChannel ch = new SmbChannel(f, "f", true, true, false, chunk)) {
            for (int off = 0; off < content.length; off += 333) {
                ch.write(ByteBuffer.wrap(content, off, Math.min(333, content.length - off)));
            }
            assertEquals(content.length, ch.size());         // size waits for the writes
            ch.position(0);
            assertArrayEquals(content, readAll(ch, 4096));    // reading after writing sees every byte
            ch.position(content.length);
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        }
        assertEquals(content.length + 3, f.data.length);
        assertTrue(f.pendingWrites.stream().allMatch(CompletableFuture::isDone), "close waited for every write");
        assertTrue(f.pendingWrites.size() > 1);
    }

    @Test
    void aFailedBackgroundWriteIsReportedWithItsWin32Code() throws Exception {
        int chunk = 1000;
        FakeFile f = new FakeFile(new byte[0]);
        f.failWriteAt = 3000;
        SmbChannel ch = new SmbChannel(f, "\\\\S\\s\\f", false, true, false, chunk);
        IOException e = assertThrows(IOException.class, () -> {
            for (int i = 0; i < 40; i++) ch.write(ByteBuffer.wrap(new byte[chunk]));
            ch.close();
        });
        assertInstanceOf(FileSystemException.class, e);
        assertEquals(112, ((Win32Exception) e.getCause()).winerror);
        ch.close();                                          // closing afterwards does not report it again
        assertFalse(ch.isOpen());
    }

    @Test
    void anInterruptedReaderGetsInterruptedIOExceptionNotAHang() throws Exception {
        int chunk = 1000;
        FakeFile f = new FakeFile(random(chunk * 100, 5)) {
            @Override
            public int read(byte[] buf, long at, int len) throws Exception {
                if (at >= 3L * chunk) Thread.sleep(60_000);  // a server that stalls after a few chunks
                return super.read(buf, at, len);
            }
        };
        SmbChannel ch = new SmbChannel(f, "f", true, false, false, chunk);
        ByteBuffer b = ByteBuffer.allocate(chunk);
        Thread reader = Thread.currentThread();
        Thread ctrlC = new Thread(() -> {                    // Ctrl-C arrives while the stalled chunk is awaited
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            reader.interrupt();
        });
        ctrlC.start();
        try {
            IOException e = assertThrows(IOException.class, () -> {
                while (ch.read(b.clear()) > 0) { }
            });
            assertInstanceOf(InterruptedIOException.class, e);
        } finally {
            Thread.interrupted();
        }
        long t0 = System.nanoTime();
        Thread.currentThread().interrupt();
        ch.close();                                          // does not wait out the stalled read-aheads
        assertTrue(Thread.interrupted());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    /** A sink that takes at most {@code max} bytes per write (as a channel may), into memory. */
    static final class Sink implements java.nio.channels.WritableByteChannel {
        final java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        final int max;
        Sink(int max) { this.max = max; }
        @Override public int write(ByteBuffer src) {
            int n = Math.min(max, src.remaining());
            byte[] b = new byte[n];
            src.get(b);
            got.write(b, 0, n);
            return n;
        }
        @Override public boolean isOpen() { return true; }
        @Override public void close() { }
    }

    @Test
    void transferToGivesTheRestOfTheFileFromThePositionThroughShortWrites() throws Exception {
        int chunk = 1000;
        byte[] content = random(chunk * 40 + 17, 9);
        FakeFile f = new FakeFile(content);
        try (SmbChannel ch = new SmbChannel(f, "f", true, false, false, chunk)) {
            ByteBuffer first = ByteBuffer.allocate(1500);   // part of the file read already, into the second chunk
            while (first.hasRemaining()) ch.read(first);
            Sink out = new Sink(333);
            assertEquals(content.length - 1500, ch.transferTo(out));
            assertArrayEquals(Arrays.copyOfRange(content, 1500, content.length), out.got.toByteArray());
            assertEquals(content.length, ch.position());
            assertEquals(0, ch.transferTo(new Sink(10)), "at the end: nothing more");
            assertEquals(-1, ch.read(ByteBuffer.allocate(1)));
        }
        // each chunk of data fetched once (a read at the end asks again: the file may have grown)
        List<Long> inFile = f.reads.stream().filter(at -> at < content.length).toList();
        assertEquals(inFile.size(), inFile.stream().distinct().count(), "no chunk fetched twice");
    }

    @Test
    void transferToSendsWhatWasWrittenBeforeReadingAndRefusesAWriteOnlyChannel() throws Exception {
        FakeFile f = new FakeFile(random(5000, 10));
        try (SmbChannel ch = new SmbChannel(f, "f", true, true, false, 1000)) {
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));   // gathered, not yet on the wire
            Sink out = new Sink(1 << 20);
            ch.transferTo(out);
            assertEquals(4997, out.got.size());
            assertEquals(1, f.data[0]);
        }
        try (SmbChannel w = new SmbChannel(new FakeFile(new byte[10]), "f", false, true, false, 1000)) {
            assertThrows(java.nio.channels.NonReadableChannelException.class, () -> w.transferTo(new Sink(1)));
        }
    }

    @Test
    void channelCopyStreamsAnyChannelAndHandsAShareFileItsChunks() throws Exception {
        byte[] content = random((3 << 20) + 5, 11);
        Sink out = new Sink(100_000);
        assertEquals(content.length, org.pywin32jvm.fs.ChannelCopy.copy(
            java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(content)), out));
        assertArrayEquals(content, out.got.toByteArray());
        FakeFile f = new FakeFile(content);
        Sink fromShare = new Sink(1 << 20);
        try (SmbChannel ch = new SmbChannel(f, "f", true, false, false, 4096)) {
            assertEquals(content.length, org.pywin32jvm.fs.ChannelCopy.copy(ch, fromShare));
        }
        assertArrayEquals(content, fromShare.got.toByteArray());
    }
}
