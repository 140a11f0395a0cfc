package org.pywin32jvm.net.windows;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * netapi32.dll, the LAN Manager functions win32net calls. netapi32 is Unicode only: the exports have no
 * W suffix and every LMSTR is a Pointer to UTF-16LE memory (portable style). Results come back in a
 * buffer the DLL allocates ({@code bufptr}), which must always be given back with NetApiBufferFree.
 * NET_API_STATUS and DWORDs are ints.
 */
public interface Netapi32 extends Library {
    int NetShareEnum(Pointer servername, int level, PointerByReference bufptr, int prefmaxlen,
                     IntByReference entriesread, IntByReference totalentries, IntByReference resumeHandle);

    int NetShareGetInfo(Pointer servername, Pointer netname, int level, PointerByReference bufptr);

    int NetShareAdd(Pointer servername, int level, Structure buf, IntByReference parmErr);

    int NetShareDel(Pointer servername, Pointer netname, int reserved);

    int NetServerGetInfo(Pointer servername, int level, PointerByReference bufptr);

    int NetWkstaGetInfo(Pointer servername, int level, PointerByReference bufptr);

    int NetUseAdd(Pointer uncServerName, int level, Structure buf, IntByReference parmError);

    int NetUseDel(Pointer uncServerName, Pointer useName, int forceLevelFlags);

    int NetUseEnum(Pointer uncServerName, int level, PointerByReference bufptr, int preferedMaximumSize,
                   IntByReference entriesRead, IntByReference totalEntries, IntByReference resumeHandle);

    int NetUseGetInfo(Pointer uncServerName, Pointer useName, int level, PointerByReference bufptr);

    int NetApiBufferFree(Pointer buffer);
}
