package org.pywin32jvm.wnet.windows;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * mpr.dll, the wide functions win32wnet calls (portable style: wide strings are Pointers to UTF-16LE
 * memory, handles Pointers, DWORD/BOOL ints). jna-platform's Mpr lacks WNetAddConnection2, WNetGetUser,
 * WNetGetConnection, WNetGetResourceInformation/Parent and WNetGetLastError.
 */
public interface Mpr extends Library {
    int WNetAddConnection2W(NETRESOURCEW resource, Pointer password, Pointer userName, int flags);

    int WNetAddConnection3W(Pointer hwndOwner, NETRESOURCEW resource, Pointer password, Pointer userName, int flags);

    int WNetCancelConnection2W(Pointer name, int flags, int force);

    int WNetOpenEnumW(int scope, int type, int usage, NETRESOURCEW container, PointerByReference handle);

    int WNetEnumResourceW(Pointer handle, IntByReference count, Pointer buffer, IntByReference bufferSize);

    int WNetCloseEnum(Pointer handle);

    int WNetGetUserW(Pointer name, Pointer userName, IntByReference length);

    int WNetGetUniversalNameW(Pointer localPath, int infoLevel, Pointer buffer, IntByReference bufferSize);

    int WNetGetResourceInformationW(NETRESOURCEW resource, Pointer buffer, IntByReference cb, PointerByReference system);

    int WNetGetResourceParentW(NETRESOURCEW resource, Pointer buffer, IntByReference cb);

    int WNetGetLastErrorW(IntByReference error, Pointer errorBuf, int errorBufChars, Pointer nameBuf, int nameBufChars);

    int WNetGetConnectionW(Pointer localName, Pointer remoteName, IntByReference length);
}
