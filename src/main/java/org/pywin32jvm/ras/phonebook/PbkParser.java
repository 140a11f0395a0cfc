package org.pywin32jvm.ras.phonebook;

/**
 * Parses .pbk text. Accepts what rasphone writes: [section] headers, key=value lines, blank lines
 * and ;/# comments. Anything else (a line without '=', an unclosed header, control characters)
 * makes the phonebook corrupt: {@link CorruptPhonebookException}.
 */
public final class PbkParser {
    private PbkParser() {}

    /** Thrown for text that is not a phonebook; the caller maps it to ERROR_CORRUPT_PHONEBOOK (625). */
    public static final class CorruptPhonebookException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptPhonebookException(int lineNo, String why) {
            super("line " + lineNo + ": " + why, null, false, false);
        }
    }

    public static PbkFile parse(String text) throws CorruptPhonebookException {
        PbkFile f = new PbkFile();
        if (text.startsWith("\uFEFF")) {
            f.bom = true;
            text = text.substring(1);
        }
        PbkFile.Section current = null;
        String[] lines = text.split("\r\n|\n|\r", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) n--;          // the final line end
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            checkChars(line, i + 1);
            String t = line.strip();
            if (t.startsWith("[")) {
                if (!t.endsWith("]") || t.length() < 3) throw new CorruptPhonebookException(i + 1, "bad section header");
                current = f.addEntry(t.substring(1, t.length() - 1));
                continue;
            }
            boolean verbatim = t.isEmpty() || t.startsWith(";") || t.startsWith("#");
            if (verbatim) {
                if (current == null) f.preamble.add(line);
                else current.lines.add(new PbkFile.Line(null, null, line));
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || current == null) throw new CorruptPhonebookException(i + 1, "not a key=value line");
            current.lines.add(new PbkFile.Line(line.substring(0, eq).strip(), line.substring(eq + 1), null));
        }
        return f;
    }

    private static void checkChars(String line, int lineNo) throws CorruptPhonebookException {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\uFFFD') {
                throw new CorruptPhonebookException(lineNo, "control character");
            }
        }
    }
}
