package example;

import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.Pywin32Jvm;

/** The README's five lines. */
public class Embed {
    public static void main(String[] args) {
        try (PythonEngine py = Pywin32Jvm.jython()) {
            py.exec("import win32ras, win32netcon");
            System.out.println("embedded: " + py.eval("win32ras.IsHandleValid(1)") + " " + py.eval("win32netcon.RESOURCETYPE_DISK"));
        }
    }
}
