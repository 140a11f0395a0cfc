package org.pywin32jvm.sys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ShellExecute and WinExec off Windows: the program is started by the OS (ProcessBuilder, not
 * waited for); documents, folders and URLs go to the desktop's opener (xdg-open / open). A program
 * that does not exist gives the code Windows gives for a missing file, never an exception.
 */
final class Launcher {
    private Launcher() {}

    static final int ERROR_FILE_NOT_FOUND = 2;      // also SE_ERR_FNF
    static final int ERROR_PATH_NOT_FOUND = 3;      // also SE_ERR_PNF
    static final int ERROR_ACCESS_DENIED = 5;       // also SE_ERR_ACCESSDENIED
    static final int ERROR_BAD_FORMAT = 11;
    static final int SE_ERR_NOASSOC = 31;
    /** What a successful ShellExecute returns on Windows (a fake HINSTANCE > 32). */
    static final long SHELL_OK = 42;
    /** What a successful WinExec returns (> 31). */
    static final int WINEXEC_OK = 33;

    static int winExec(String commandLine) {
        List<String> argv = splitCommandLine(commandLine);
        if (argv.isEmpty()) return ERROR_FILE_NOT_FOUND;
        Path program = findProgram(argv.get(0), null);
        if (program == null) return ERROR_FILE_NOT_FOUND;
        argv.set(0, program.toString());
        int rc = start(argv, null);
        return rc == 0 ? WINEXEC_OK : rc;
    }

    static long shellExecute(String operation, String file, String parameters, String directory) {
        String verb = operation == null || operation.isEmpty() ? "open" : operation.toLowerCase(Locale.ROOT);
        File dir = directory == null || directory.isEmpty() ? null : new File(directory);
        if (dir != null && !dir.isDirectory()) return ERROR_PATH_NOT_FOUND;
        boolean url = file.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !file.matches("(?i)[a-z]:[\\\\/].*");
        if (!verb.equals("open") && !verb.equals("explore")) return SE_ERR_NOASSOC;
        if (!url && verb.equals("open")) {
            Path program = findProgram(file, dir);
            if (program != null) {
                List<String> argv = new ArrayList<>();
                argv.add(program.toString());
                if (parameters != null) argv.addAll(splitCommandLine(parameters));
                int rc = start(argv, dir);
                return rc == 0 ? SHELL_OK : rc;
            }
        }
        if (!url) {
            Path target = dir != null ? dir.toPath().resolve(file) : Path.of(file);
            if (!Files.exists(target)) return ERROR_FILE_NOT_FOUND;
            file = target.toString();
        }
        Path opener = findProgram(System.getProperty("os.name", "").startsWith("Mac") ? "open" : "xdg-open", null);
        if (opener == null) return SE_ERR_NOASSOC;
        List<String> argv = new ArrayList<>(List.of(opener.toString(), file));
        int rc = start(argv, dir);
        return rc == 0 ? SHELL_OK : rc;
    }

    /** A program name as Windows resolves it: a path, or a name on PATH; "name.exe" also finds "name". */
    static Path findProgram(String name, File dir) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) return null;
        List<String> candidates = new ArrayList<>(List.of(name));
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".exe", ".com", ".bat", ".cmd"}) {
            if (lower.endsWith(ext) && name.length() > ext.length()) candidates.add(name.substring(0, name.length() - ext.length()));
        }
        for (String c : candidates) {
            if (c.indexOf('/') >= 0 || c.indexOf('\\') >= 0) {
                Path p = dir != null ? dir.toPath().resolve(c) : Path.of(c);
                if (runnable(p)) return p;
                continue;
            }
            if (dir != null) {
                Path p = dir.toPath().resolve(c);
                if (runnable(p)) return p;
            }
            String path = System.getenv("PATH");
            if (path == null) continue;
            for (String entry : path.split(File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path p = Path.of(entry, c);
                if (runnable(p)) return p;
            }
        }
        return null;
    }

    /** A regular file with an execute bit (Files.isExecutable alone is true for any file when run as root). */
    private static boolean runnable(Path p) {
        if (!Files.isRegularFile(p) || !Files.isExecutable(p)) return false;
        try {
            return Files.getPosixFilePermissions(p).stream().anyMatch(x -> x.name().endsWith("EXECUTE"));
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    /** Starts the process without waiting; 0, or the Win32 code for why it could not start. */
    private static int start(List<String> argv, File dir) {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")));
        try {
            pb.start();
            return 0;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("error=13")) return ERROR_ACCESS_DENIED;
            if (m.contains("error=8")) return ERROR_BAD_FORMAT;        // ENOEXEC
            return ERROR_FILE_NOT_FOUND;
        }
    }

    /** CommandLineToArgvW's rules: blanks separate, "..." groups, 2n backslashes + quote = n + quote toggle. */
    static List<String> splitCommandLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                int n = 0;
                while (i < line.length() && line.charAt(i) == '\\') { n++; i++; }
                if (i < line.length() && line.charAt(i) == '"') {
                    cur.append("\\".repeat(n / 2));
                    if (n % 2 == 1) { cur.append('"'); i++; }
                } else {
                    cur.append("\\".repeat(n));
                }
                any = true;
                continue;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if ((c == ' ' || c == '\t') && !inQuotes) {
                if (any) { out.add(cur.toString()); cur.setLength(0); any = false; }
            } else {
                cur.append(c);
                any = true;
            }
            i++;
        }
        if (any) out.add(cur.toString());
        return out;
    }
}
