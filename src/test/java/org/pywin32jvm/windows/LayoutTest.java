package org.pywin32jvm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.Native;
import com.sun.jna.Structure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pywin32jvm.net.windows.SERVER_INFO_100;
import org.pywin32jvm.net.windows.SERVER_INFO_101;
import org.pywin32jvm.net.windows.SHARE_INFO_0;
import org.pywin32jvm.net.windows.SHARE_INFO_1;
import org.pywin32jvm.net.windows.SHARE_INFO_2;
import org.pywin32jvm.net.windows.SHARE_INFO_501;
import org.pywin32jvm.net.windows.SHARE_INFO_502;
import org.pywin32jvm.net.windows.USE_INFO_0;
import org.pywin32jvm.net.windows.USE_INFO_1;
import org.pywin32jvm.net.windows.USE_INFO_2;
import org.pywin32jvm.net.windows.WKSTA_INFO_100;
import org.pywin32jvm.netbios.windows.NCB;
import org.pywin32jvm.ras.windows.RASCONNSTATUSW;
import org.pywin32jvm.ras.windows.RASCONNW;
import org.pywin32jvm.ras.windows.RASDEVSPECIFICINFO;
import org.pywin32jvm.ras.windows.RASDIALEXTENSIONS;
import org.pywin32jvm.ras.windows.RASDIALPARAMSW;
import org.pywin32jvm.ras.windows.RASEAPINFO;
import org.pywin32jvm.ras.windows.RASEAPUSERIDENTITYW;
import org.pywin32jvm.ras.windows.RASENTRYNAMEW;
import org.pywin32jvm.ras.windows.RASTUNNELENDPOINT;
import org.pywin32jvm.wnet.windows.NETRESOURCEW;
import org.pywin32jvm.wnet.windows.REMOTE_NAME_INFOW;
import org.pywin32jvm.wnet.windows.UNIVERSAL_NAME_INFOW;

/**
 * Every JNA structure of the Windows backend against the C compiler's golden tables
 * (src/test/resources/native/layout-*.txt, regenerated and diffed by scripts/native-layouts.sh):
 * <ul>
 * <li>x86_64: JNA's own layout on this JVM (portable style, so Linux x86-64 computes the Win64
 *   layout), field by field, and the struct size;</li>
 * <li>i686: the same declarations laid out by {@link LayoutModel} with 4-byte pointers (a 64-bit JVM
 *   cannot make JNA do it); the model is first checked to reproduce JNA exactly at 8 bytes.</li>
 * </ul>
 * Both directions: every field the compiler lists must exist in the Java structure, and the reverse.
 */
class LayoutTest {
    static GoldenLayout x64;
    static GoldenLayout x86;

    @BeforeAll
    static void load() throws Exception {
        x64 = GoldenLayout.load("x86_64");
        x86 = GoldenLayout.load("i686");
    }

    static Stream<Class<? extends Structure>> structures() {
        return Stream.of(RASCONNW.class, RASDIALPARAMSW.class, RASCONNSTATUSW.class, RASTUNNELENDPOINT.class,
            RASENTRYNAMEW.class, RASEAPINFO.class, RASDIALEXTENSIONS.class, RASDEVSPECIFICINFO.class,
            RASEAPUSERIDENTITYW.class, NETRESOURCEW.class, REMOTE_NAME_INFOW.class, UNIVERSAL_NAME_INFOW.class,
            NCB.class, org.pywin32jvm.sys.windows.OSVERSIONINFOEXW.class,
            SHARE_INFO_0.class, SHARE_INFO_1.class, SHARE_INFO_2.class, SHARE_INFO_501.class, SHARE_INFO_502.class,
            SERVER_INFO_100.class, SERVER_INFO_101.class, WKSTA_INFO_100.class, USE_INFO_0.class, USE_INFO_1.class,
            USE_INFO_2.class);
    }

    static int jnaOffset(Structure s, String field) throws Exception {
        Method m = Structure.class.getDeclaredMethod("fieldOffset", String.class);
        m.setAccessible(true);
        return (Integer) m.invoke(s, field);
    }

    @ParameterizedTest
    @MethodSource("structures")
    void x64FieldByFieldAgainstJna(Class<? extends Structure> type) throws Exception {
        assertEquals(8, Native.POINTER_SIZE, "this check needs a 64-bit JVM");
        String c = type.getSimpleName();
        Structure s = type.getDeclaredConstructor().newInstance();
        LayoutModel model = LayoutModel.of(type, 8);
        List<String> golden = x64.fieldNames(c);
        List<String> java = LayoutModel.fieldOrder(type);
        assertEquals(golden.stream().sorted().toList(), java.stream().sorted().toList(), c + ": field names");
        for (String f : java) {
            GoldenLayout.Entry e = x64.field(c, f);
            assertNotNull(e, c + "." + f + " not in the golden table");
            assertEquals(e.a(), jnaOffset(s, f), c + "." + f + " offset (JNA)");
            assertEquals(e.a(), model.fields.get(f).offset(), c + "." + f + " offset (model)");
            assertEquals(e.b(), model.fields.get(f).size(), c + "." + f + " size");
        }
        assertEquals(x64.struct(c).a(), s.size(), c + " sizeof (JNA)");
        assertEquals(x64.struct(c).a(), model.size, c + " sizeof (model)");
        assertEquals(x64.struct(c).b(), model.align, c + " alignment (model)");
    }

    @ParameterizedTest
    @MethodSource("structures")
    void x86FieldByFieldWithFourBytePointers(Class<? extends Structure> type) throws Exception {
        String c = type.getSimpleName();
        LayoutModel model = LayoutModel.of(type, 4);
        for (String f : LayoutModel.fieldOrder(type)) {
            GoldenLayout.Entry e = x86.field(c, f);
            assertNotNull(e, c + "." + f + " not in the i686 table");
            assertEquals(e.a(), model.fields.get(f).offset(), c + "." + f + " offset (x86)");
            assertEquals(e.b(), model.fields.get(f).size(), c + "." + f + " size (x86)");
        }
        assertEquals(x86.struct(c).a(), model.size, c + " sizeof (x86)");
        assertEquals(x86.struct(c).b(), model.align, c + " alignment (x86)");
    }

    @Test
    void dwSizeValuesSentArePywin32s() {
        assertEquals(1388, RASCONNW.SIZE);
        assertEquals(2112, RASDIALPARAMSW.SIZE);
        assertEquals(2112, new RASDIALPARAMSW().dwSize);
        assertEquals(608, RASCONNSTATUSW.SIZE);
        assertEquals(608, new RASCONNSTATUSW().dwSize);
        assertEquals(1048, RASENTRYNAMEW.SIZE);
        assertEquals(60, RASDIALEXTENSIONS.SIZE);
        assertEquals(48, NETRESOURCEW.SIZE);
        assertEquals(96, new NCB().size());
        // the strides NetShareEnum/NetUseEnum answers are walked with (x64)
        assertEquals(72, SHARE_INFO_502.SIZE);
        assertEquals(56, USE_INFO_2.SIZE);
    }

    @Test
    void goldenTablesCoverEveryStructure() {
        structures().forEach(t -> assertTrue(x64.struct(t.getSimpleName()) != null && x86.struct(t.getSimpleName()) != null,
            t.getSimpleName()));
    }
}
