package org.pywin32jvm.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The off-Windows message catalogue and pywin32's CR/LF rule (spec 0.1). */
class ErrorMessagesTest {
    @Test
    void systemTextsAsWindowsPrintsThem() {
        assertEquals("Access is denied.", ErrorMessages.system(5));
        assertEquals("The parameter is incorrect.", ErrorMessages.system(87));
        assertEquals("The network path was not found.", ErrorMessages.system(53));
        assertEquals("The user name or password is incorrect.", ErrorMessages.system(1326));
        assertEquals("This network connection does not exist.", ErrorMessages.system(2250));
        assertEquals("A specified logon session does not exist. It may already have been terminated.",
            ErrorMessages.system(1312));
        assertEquals("No more data is available.", ErrorMessages.system(259));
    }

    @Test
    void everyCodeTheModulesRaiseHasAText() {
        int[] codes = {1, 2, 3, 4, 5, 6, 8, 50, 53, 59, 64, 65, 66, 67, 72, 85, 86, 87, 120, 121, 122, 124, 170,
            234, 259, 487, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1219, 1222, 1223, 1231, 1232,
            1272, 1312, 1326, 1328, 1329, 1330, 1331, 1385, 1907, 1909, 2202, 2250, 2401, 2404,
            // win32api / win32net
            11, 31, 123, 317, 1332, 1355, 2114, 2118, 2123, 2310};
        for (int code : codes) {
            String text = ErrorMessages.system(code);
            assertNotEquals(ErrorMessages.NO_MESSAGE, text, "no text for " + code);
            assertTrue(text.endsWith(".") || code == 317, code + ": " + text);
            assertFalse(text.contains("\r") || text.contains("\n"), code + " has a line break");
        }
    }

    @Test
    void rasTexts() {
        assertEquals("The system could not find the phone book entry for this connection.", ErrorMessages.ras(623));
        assertEquals("The system could not open the phone book file.", ErrorMessages.ras(621));
        assertEquals("An incorrect structure size was detected.", ErrorMessages.ras(632));
        for (int c = 600; c <= 645; c++) assertTrue(ErrorMessages.rasOnly(c) != null, "no RAS text for " + c);
        for (int c : new int[] {650, 651, 652, 653, 668, 676, 677, 678, 679, 680, 691, 703, 711, 718, 719, 720,
                800, 868}) {
            assertTrue(ErrorMessages.rasOnly(c) != null, "no RAS text for " + c);
        }
    }

    @Test
    void rasFallsBackToSystemThenFixedText() {
        assertNull(ErrorMessages.rasOnly(5));
        assertEquals("Access is denied.", ErrorMessages.ras(5));
        assertEquals(ErrorMessages.NO_MESSAGE, ErrorMessages.ras(999));
        assertEquals("No error message is available", ErrorMessages.system(0));
        assertEquals("No error message is available", ErrorMessages.system(123456));
    }

    @Test
    void exceptionCarriesTheText() {
        Win32Exception e = new Win32Exception(1219, "WNetAddConnection2");
        assertTrue(e.strerror.startsWith("Multiple connections to a server"));
        assertEquals(623, Win32Exception.ras(623, "RasDial").winerror);
        assertEquals("The system could not find the phone book entry for this connection.",
            Win32Exception.ras(623, "RasDial").strerror);
    }

    @Test
    void stripRuleOfPywin32() {
        assertEquals("Access is denied.", ErrorMessages.strip("Access is denied.\r\n"));
        assertEquals("Access is denied.", ErrorMessages.strip("Access is denied.\n"));
        assertEquals("Access is denied.", ErrorMessages.strip("Access is denied.\r"));
        assertEquals("Access is denied.", ErrorMessages.strip("Access is denied."));
        // next-to-last is CR/LF: the last two go, whatever the last one is
        assertEquals("abc", ErrorMessages.strip("abc\nx"));
        // only one pair is cut
        assertEquals("abc\r\n", ErrorMessages.strip("abc\r\n\r\n"));
        // too short for the two-character rule
        assertEquals("a", ErrorMessages.strip("a\n"));
        assertEquals("\r", ErrorMessages.strip("\r\n"));
        assertEquals("", ErrorMessages.strip("\n"));
        assertEquals("", ErrorMessages.strip(""));
    }
}
