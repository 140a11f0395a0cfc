package org.pywin32jvm.win32;

/**
 * A Win32 failure: the code, the name of the Win32 function pywin32 reports, and the system message.
 * Every backend throws this and only this; python-lib turns it into {@code pywintypes.error}.
 * The message never contains arguments of the call, so no password can leak through it.
 */
public class Win32Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final int winerror;
    public final String funcname;
    public final String strerror;

    public Win32Exception(int winerror, String funcname, String strerror) {
        super("(" + winerror + ", '" + funcname + "', '" + strerror + "')", null, false, false);
        this.winerror = winerror;
        this.funcname = funcname;
        this.strerror = strerror;
        org.pywin32jvm.sys.LastError.set(winerror);    // as a failing Win32 call leaves it for GetLastError
    }

    /** Standard API error: the text is the system message for {@code winerror}. */
    public Win32Exception(int winerror, String funcname) {
        this(winerror, funcname, ErrorMessages.system(winerror));
    }

    /** RAS API error: RasGetErrorString first, then the system message (pywin32's ReturnRasError). */
    public static Win32Exception ras(int winerror, String funcname) {
        return new Win32Exception(winerror, funcname, ErrorMessages.ras(winerror));
    }

    public int getWinerror() { return winerror; }
    public String getFuncname() { return funcname; }
    public String getStrerror() { return strerror; }
}
