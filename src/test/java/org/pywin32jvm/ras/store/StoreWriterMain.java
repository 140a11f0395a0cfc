package org.pywin32jvm.ras.store;

import java.nio.file.Path;

/** A child process of {@link DialParamsStoreConcurrencyTest}: writes N entries named PREFIX-i into a store. */
public final class StoreWriterMain {
    private StoreWriterMain() {}

    public static void main(String[] args) {
        DialParamsStore s = new DialParamsStore(Path.of(args[0]));
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            s.put("/pb", args[1] + "-" + i, new DialParamsStore.Stored("", "", "user" + i, "", "pw" + i), "SetEntryDialParams");
        }
    }
}
