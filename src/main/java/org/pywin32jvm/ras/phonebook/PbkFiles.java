package org.pywin32jvm.ras.phonebook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.pywin32jvm.config.RegularFiles;
import org.pywin32jvm.win32.Win32Exception;

/**
 * Reading and writing phonebook files with RAS error codes: a missing or unreadable file is
 * ERROR_CANNOT_OPEN_PHONEBOOK (621), a read failure ERROR_CANNOT_LOAD_PHONEBOOK (622), text that is
 * not a phonebook ERROR_CORRUPT_PHONEBOOK (625), a failed write ERROR_CANNOT_WRITE_PHONEBOOK (624).
 * Text is UTF-8 when it decodes as such, else Windows-1252 (rasphone's 8-bit files); a rewrite keeps it.
 */
public final class PbkFiles {
    public static final int ERROR_CANNOT_OPEN_PHONEBOOK = 621;
    public static final int ERROR_CANNOT_LOAD_PHONEBOOK = 622;
    public static final int ERROR_CANNOT_WRITE_PHONEBOOK = 624;
    public static final int ERROR_CORRUPT_PHONEBOOK = 625;

    /** A phonebook larger than this is not a phonebook (and is not read into memory). */
    static final long MAX_SIZE = RegularFiles.MAX_SIZE;

    private static final Charset ANSI = Charset.forName("windows-1252");

    private PbkFiles() {}

    private record Cached(Object fileKey, long mtimeNanos, long size, PbkFile file) {}

    private static final java.util.Map<Path, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A phonebook for reading only, parsed again when the file's identity, size or modification
     * time change (one stat per call instead of a read and parse: Dial looks its entry up every time).
     */
    public static PbkFile loadCached(Path path, boolean missingOk, String funcname) {
        Path key = path.toAbsolutePath().normalize();
        if (missingOk && !key.toFile().exists()) return new PbkFile();
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(key, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            CACHE.remove(key);
            return load(path, missingOk, funcname);
        }
        long mtime = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        Cached c = CACHE.get(key);
        if (c != null && java.util.Objects.equals(c.fileKey, a.fileKey()) && c.mtimeNanos == mtime && c.size == a.size()) {
            return c.file;
        }
        PbkFile f = load(path, missingOk, funcname);
        if (CACHE.size() > 64) CACHE.clear();        // bounded: a handful of phonebooks in practice
        CACHE.put(key, new Cached(a.fileKey(), mtime, a.size(), f));
        return f;
    }

    /** Loads a phonebook; a missing file is an empty phonebook when missingOk (the default phonebook). */
    public static PbkFile load(Path path, boolean missingOk, String funcname) {
        byte[] data;
        try {
            data = RegularFiles.read(path);
        } catch (RegularFiles.NotUsable e) {
            // a directory, FIFO or device (which would block or never end): 621; over the size cap: 625
            throw Win32Exception.ras(e.tooBig ? ERROR_CORRUPT_PHONEBOOK : ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        } catch (NoSuchFileException e) {
            if (missingOk) return new PbkFile();
            throw Win32Exception.ras(ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        } catch (AccessDeniedException e) {
            throw Win32Exception.ras(ERROR_CANNOT_OPEN_PHONEBOOK, funcname);
        } catch (IOException e) {
            throw Win32Exception.ras(ERROR_CANNOT_LOAD_PHONEBOOK, funcname);
        }
        boolean utf8 = true;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            utf8 = false;
            text = new String(data, ANSI);
        }
        try {
            PbkFile f = PbkParser.parse(text);
            f.ansi = !utf8;
            return f;
        } catch (PbkParser.CorruptPhonebookException e) {
            throw Win32Exception.ras(ERROR_CORRUPT_PHONEBOOK, funcname);
        }
    }

    /** Writes atomically (temporary file in the same directory, then a rename). */
    public static void save(PbkFile f, Path path, String funcname) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".pbk", ".tmp");
            try {
                Files.write(tmp, f.format().getBytes(f.ansi ? ANSI : StandardCharsets.UTF_8));
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw Win32Exception.ras(ERROR_CANNOT_WRITE_PHONEBOOK, funcname);
        }
    }
}
