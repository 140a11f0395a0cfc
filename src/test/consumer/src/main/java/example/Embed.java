package example;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.pywin32jvm.runtime.PythonEngine;
import org.pywin32jvm.runtime.Pywin32Jvm;

/** The README's embedding lines, from a consumer's classpath: both engines, and JSR-223 by name. */
public class Embed {
    public static void main(String[] args) throws Exception {
        for (String runtime : new String[] {"jython", "graalpy"}) {
            try (PythonEngine py = runtime.equals("jython") ? Pywin32Jvm.jython() : Pywin32Jvm.graalpy()) {
                py.exec("import win32ras, win32netcon");
                System.out.println("embedded " + runtime + ": " + py.eval("win32ras.IsHandleValid(1)") + " "
                    + py.eval("win32netcon.RESOURCETYPE_DISK"));
            }
        }
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("pywin32-graalpy");
        engine.put("code", 623);
        engine.eval("import winerror, win32ras");
        System.out.println("jsr223 pywin32-graalpy: " + engine.eval("winerror.ERROR_CANNOT_FIND_PHONEBOOK_ENTRY == code"));
    }
}
