package org.pywin32jvm.runtime;

/** A Python exception that escaped {@link PythonEngine#exec} or {@link PythonEngine#eval}. */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public PythonException(String pythonType, String message, Throwable cause) {
        super(pythonType + ": " + message, cause);
        this.pythonType = pythonType;
    }

    /** The Python exception's class name, e.g. "pywintypes.error" or "TypeError". */
    public String pythonType() {
        return pythonType;
    }
}
