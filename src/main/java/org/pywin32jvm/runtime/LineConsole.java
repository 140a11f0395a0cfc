package org.pywin32jvm.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.pywin32jvm.config.Config;

/**
 * The console's line input through JLine 3: editing, history kept per user across sessions,
 * and tab completion computed by the engine (a {@link Completions} from Python).
 * The Python side ({@code _pywin32jvm_main.interact}) calls {@link #readLine} for every prompt.
 */
public final class LineConsole implements AutoCloseable {
    /** Completes the dotted name before the cursor: matches, one per line (Python's rlcompleter). */
    @FunctionalInterface
    public interface Completions {
        String complete(String text);
    }

    /** The identifier or dotted name that ends at the cursor, e.g. "win32wnet.WNetG". */
    private static final Pattern NAME_AT_END = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*$");

    private static final sun.misc.Signal SIGINT = new sun.misc.Signal("INT");

    /** The engine's Ctrl-C handler (KeyboardInterrupt), which JLine replaces by the JVM's default after a prompt. */
    private final sun.misc.SignalHandler engineInterrupt;
    private final Terminal terminal;
    private final LineReader reader;
    private boolean interrupted;

    private LineConsole(Terminal terminal, Completions completions) {
        this.terminal = terminal;
        this.engineInterrupt = currentHandler(SIGINT);
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(null);    // Python code: backslashes and quotes are the program's, not a shell's
        parser.setQuoteChars(new char[0]);
        this.reader = LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("pywin32-jvm")
            .parser(parser)
            .completer((r, line, candidates) -> complete(completions, line.word(), line.wordCursor(), candidates))
            .variable(LineReader.HISTORY_FILE, historyFile())
            .variable(LineReader.HISTORY_SIZE, 1000)
            .variable(LineReader.HISTORY_FILE_SIZE, 1000)
            // a tab at the start of a line (or after spaces) indents, as in CPython's console
            .option(LineReader.Option.INSERT_TAB, true)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, false)
            .build();
    }

    /** A console on this process's terminal; null when stdin is no terminal (the caller reads plain lines). */
    public static LineConsole open(Completions completions) {
        if (!Terminals.stdinIsTerminal()) return null;
        try {
            // nativeSignals(false): Ctrl-C while a statement runs stays the engine's (KeyboardInterrupt)
            Terminal t = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(false).build();
            // a pseudo-terminal nobody sized (CI, script(1) without a terminal) reports 0 columns
            if (t.getWidth() <= 0 || t.getHeight() <= 0) t.setSize(new Size(80, 24));
            return new LineConsole(t, completions);
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }

    /** The history file: -Dpywin32jvm.history / PYWIN32JVM_HISTORY, else $XDG_STATE_HOME/pywin32-jvm/history. */
    static Path historyFile() {
        String configured = Config.get("history", "");
        if (!configured.isEmpty()) return Path.of(configured);
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isEmpty()
            ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("pywin32-jvm").resolve("history");
    }

    /**
     * The next line without its newline; null at Ctrl-D or after Ctrl-C, which {@link #wasInterrupted}
     * tells apart.
     */
    public String readLine(String prompt) {
        interrupted = false;
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            interrupted = true;
            return null;
        } catch (EndOfFileException e) {
            return null;
        } finally {
            if (engineInterrupt != null) sun.misc.Signal.handle(SIGINT, engineInterrupt);
        }
    }

    private static sun.misc.SignalHandler currentHandler(sun.misc.Signal signal) {
        try {
            sun.misc.SignalHandler current = sun.misc.Signal.handle(signal, sun.misc.SignalHandler.SIG_DFL);
            sun.misc.Signal.handle(signal, current);
            return current;
        } catch (IllegalArgumentException e) {
            return null;   // the JVM does not let us handle this signal (e.g. -Xrs)
        }
    }

    /** Whether the last {@link #readLine} ended with Ctrl-C. */
    public boolean wasInterrupted() {
        return interrupted;
    }

    private static void complete(Completions completions, String word, int cursor, List<Candidate> candidates) {
        String before = word.substring(0, Math.min(cursor, word.length()));
        Matcher m = NAME_AT_END.matcher(before);
        if (!m.find()) return;
        String prefix = before.substring(0, m.start());
        String matches;
        try {
            matches = completions.complete(m.group());
        } catch (RuntimeException e) {
            return;   // a failing __getattr__ or __dir__ must not end the console
        }
        if (matches == null || matches.isEmpty()) return;
        for (String match : matches.split("\n")) {
            String shown = match.substring(match.lastIndexOf('.') + 1);
            // not "complete": JLine would append a space, CPython's readline appends nothing (rlcompleter
            // itself adds a callable's "(" and a keyword's space), so `win32wn<Tab>.WNetG<Tab>` works
            candidates.add(new Candidate(prefix + match, shown, null, null, null, null, false));
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // an unwritable history file costs the history, never the session
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to restore
        }
    }
}
