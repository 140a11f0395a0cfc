package org.pywin32jvm.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is a terminal (CPython's isatty(0)), without loading a terminal library. */
final class Terminals {
    private Terminals() {}

    static boolean stdinIsTerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (Files.exists(fd0, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                // fall through
            }
        }
        // elsewhere (macOS, Windows): JDK 17 has a Console only when stdin and stdout are terminals
        return System.console() != null;
    }
}
