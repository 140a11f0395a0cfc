package org.pywin32jvm.ras.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.pywin32jvm.config.Config;

/**
 * The scenario in force: the file named by {@code pywin32jvm.ras.sim.scenario} (read again when the
 * setting, the file's size or its modification time change), or the default plan when unset.
 * A file that cannot be read or parsed makes dials fail with 711 and is reported once on stderr.
 */
final class ScenarioSource {
    static final String KEY = "ras.sim.scenario";

    private record Loaded(String setting, long mtime, long size, Scenario scenario, String problem) {}

    private volatile Loaded loaded;

    String setting() { return Config.get(KEY, null); }

    /** The scenario, or null with {@link #problem()} set. */
    Scenario current() {
        String setting = setting();
        Loaded l = loaded;
        if (setting == null) {
            if (l == null || l.setting != null) loaded = l = new Loaded(null, 0, 0, new Scenario(java.util.Map.of(), Scenario.DEFAULT), null);
            return l.scenario;
        }
        Path p = Path.of(setting);
        long mtime = -1;
        long size = -1;
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            mtime = a.lastModifiedTime().toMillis();
            size = a.size();
        } catch (IOException e) {
            // reported below as unreadable
        }
        if (l != null && setting.equals(l.setting) && l.mtime == mtime && l.size == size) return l.scenario;
        synchronized (this) {
            Scenario s = null;
            String problem = null;
            try {
                if (size > (1 << 20)) throw new IOException("larger than 1 MiB");
                s = ScenarioParser.parse(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problem = "cannot read " + p + ": " + e.getClass().getSimpleName();
            } catch (ScenarioParser.ScenarioException e) {
                problem = p + ": " + e.getMessage();
            }
            if (problem != null) System.err.println("pywin32-jvm: RAS sim scenario unusable, dials fail with 711: " + problem);
            loaded = l = new Loaded(setting, mtime, size, s, problem);
        }
        return l.scenario;
    }

    String problem() {
        Loaded l = loaded;
        return l == null ? null : l.problem;
    }
}
