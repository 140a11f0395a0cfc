package org.pywin32jvm.windows;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

import org.pywin32jvm.netbios.windows.NCB;
import org.pywin32jvm.win32.jna.Pack4;

/**
 * A small C layout calculator over the declarations of our JNA structures (field order, Java types,
 * array lengths, Pack4), for a chosen pointer size. A 64-bit JVM cannot make JNA lay a structure out
 * with 4-byte pointers, so the x86 column is checked through this model; the model itself is checked
 * against JNA's real layout for 8-byte pointers in LayoutTest.
 */
final class LayoutModel {
    record Slot(int offset, int size) {}

    final Map<String, Slot> fields = new LinkedHashMap<>();
    int size;
    int align;

    static LayoutModel of(Class<? extends Structure> type, int pointerSize) throws ReflectiveOperationException {
        Structure proto = type.getDeclaredConstructor().newInstance();
        int pack = Pack4.class.isAssignableFrom(type) ? 4 : Integer.MAX_VALUE;
        LayoutModel m = new LayoutModel();
        int offset = 0;
        m.align = 1;
        for (String name : fieldOrder(type)) {
            Field f = type.getField(name);
            int[] sa = sizeAlign(type, f, f.get(proto), pointerSize);
            int a = Math.min(sa[1], pack);
            offset = (offset + a - 1) / a * a;
            m.fields.put(name, new Slot(offset, sa[0]));
            offset += sa[0];
            m.align = Math.max(m.align, a);
        }
        m.size = (offset + m.align - 1) / m.align * m.align;
        return m;
    }

    @SuppressWarnings("unchecked")
    private static int[] sizeAlign(Class<?> owner, Field f, Object value, int ptr) throws ReflectiveOperationException {
        Class<?> t = f.getType();
        if (t == int.class) return new int[] {4, 4};
        if (t == short.class) return new int[] {2, 2};
        if (t == byte.class) return new int[] {1, 1};
        if (Pointer.class.isAssignableFrom(t)) return new int[] {ptr, ptr};
        if (t == short[].class) return new int[] {2 * ((short[]) value).length, 2};
        if (t == byte[].class) {
            // nb30.h sizes ncb_reserve by the pointer size; every other byte array is fixed
            int n = owner == NCB.class && f.getName().equals("ncb_reserve") ? NCB.reserveSize(ptr) : ((byte[]) value).length;
            return new int[] {n, 1};
        }
        if (Structure.class.isAssignableFrom(t)) {
            LayoutModel inner = of((Class<? extends Structure>) t, ptr);
            return new int[] {inner.size, inner.align};
        }
        throw new IllegalArgumentException("no layout rule for " + t + " " + f.getName());
    }

    static List<String> fieldOrder(Class<?> type) {
        Structure.FieldOrder fo = type.getAnnotation(Structure.FieldOrder.class);
        return fo == null ? new ArrayList<>() : List.of(fo.value());
    }
}
