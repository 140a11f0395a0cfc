package org.pywin32jvm.wnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pywin32jvm.win32.Win32Exception;

class NetResourceCodecTest {
    private static NetResource nr(int type, String local, String remote) {
        return new NetResource(2, type, 3, 1, local, remote, "", null);
    }

    /** A backend whose enumResource hands out {@code items} in batches of at most 2, then fails or ends. */
    private static WNetApi backend(List<NetResource> items, boolean failAtEnd, List<Integer> counts) {
        int[] next = {0};
        return (WNetApi) Proxy.newProxyInstance(WNetApi.class.getClassLoader(), new Class<?>[] {WNetApi.class},
            (proxy, m, args) -> {
                if (!m.getName().equals("enumResource")) throw new UnsupportedOperationException(m.getName());
                int count = (Integer) args[1];
                counts.add(count);
                int n = Math.min(Math.min(2, count), items.size() - next[0]);
                if (n == 0 && failAtEnd) throw new Win32Exception(1222, "WNetEnumResource");
                NetResource[] out = items.subList(next[0], next[0] + n).toArray(new NetResource[0]);
                next[0] += n;
                return out;
            });
    }

    @Test
    void packsColumnsInEveryForm() {
        String text = NetResourceCodec.pack(List.of(nr(1, null, "\\\\s\\a"), nr(2, "Z:", "\\\\s\\b\0cut")));
        assertEquals(Arrays.asList("2", "C2", "V", "1", "2", "C3", "C1", "M", "N", "SZ:",
            "V", "\\\\s\\a", "\\\\s\\b", "C", "N"), Arrays.asList(text.split("\0", -1)));
        assertEquals("0", NetResourceCodec.pack(new ArrayList<>()));
    }

    @Test
    void enumerateStopsAtTheWantedCountAcrossBatches() {
        List<NetResource> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) items.add(nr(1, null, "r" + i));
        List<Integer> counts = new ArrayList<>();
        WNetApi api = backend(items, false, counts);
        assertEquals("5", NetResourceCodec.enumerate(api, 1, 5).split("\0")[0]);
        assertEquals(List.of(5, 3, 1), counts);
        String rest = NetResourceCodec.enumerate(api, 1, 0xFFFFFFFFL);
        assertEquals(Arrays.asList("2", "C2", "C1", "C3", "C1", "N", "V", "r5", "r6", "C", "N"),
            Arrays.asList(rest.split("\0", -1)));
        assertEquals("0", NetResourceCodec.enumerate(api, 1, 64));
    }

    @Test
    void anErrorEndsTheListWithWhatWasRead() {
        List<NetResource> items = List.of(nr(1, null, "a"), nr(1, null, "b"), nr(1, null, "c"));
        WNetApi api = backend(items, true, new ArrayList<>());
        assertEquals("3", NetResourceCodec.enumerate(api, 1, 64).split("\0")[0]);
        assertEquals("0", NetResourceCodec.enumerate(api, 1, 64));
    }
}
