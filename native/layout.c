/*
 * Layout probe: the Windows structure layouts pywin32 (WINVER 0x601, UNICODE) hands to rasapi32, mpr and
 * netapi32, as a real Windows C compiler (mingw-w64) sees them.
 *
 * Compiled with -S only (scripts/native-layouts.sh): the numbers land in the assembly text as
 * "@@ STRUCT FIELD OFFSET SIZE" and "@@ STRUCT * SIZEOF ALIGN" lines, so nothing is executed and no Wine
 * is needed. The result is diffed against src/test/resources/native/layout-{x86_64,i686}.txt, which
 * LayoutTest compares field by field with the project's JNA structures.
 *
 * mingw-w64 10 lags the Windows SDK; the *_SDK types append, still under pack(4), the documented fields
 * of the versions pywin32 is built against. They report only the appended fields and their own size.
 */
#define UNICODE
#define _UNICODE
#include <windows.h>
#include <stddef.h>
#include <ras.h>
#include <winnetwk.h>
#include <nb30.h>

#define F(S, f) __asm__ volatile(".ascii \"\\n@@ " #S " " #f " %c0 %c1\\n\"" :: "i"(offsetof(S, f)), "i"(sizeof(((S *)0)->f)))
#define T(S)    __asm__ volatile(".ascii \"\\n@@ " #S " * %c0 %c1\\n\"" :: "i"(sizeof(S)), "i"(__alignof__(S)))

#include <pshpack4.h>
typedef struct { RASCONNW base; GUID guidCorrelationId; } RASCONNW_SDK;                          /* >= 0x600 */
typedef struct { RASCONNSTATUSW base; RASTUNNELENDPOINT localEndPoint, remoteEndPoint;
                 DWORD rasconnsubstate; } RASCONNSTATUSW_SDK;                                   /* >= 0x601 */
typedef struct { DWORD dwSize; BYTE *pbDevSpecificInfo; } RASDEVSPECIFICINFO_SDK;
typedef struct { RASDIALEXTENSIONS base; BOOL fSkipPppAuth;
                 RASDEVSPECIFICINFO_SDK RasDevSpecificInfo; } RASDIALEXTENSIONS_SDK;           /* >= 0x601 */
#include <poppack.h>

void layout(void) {
    T(RASCONNW);
    F(RASCONNW, dwSize); F(RASCONNW, hrasconn); F(RASCONNW, szEntryName); F(RASCONNW, szDeviceType);
    F(RASCONNW, szDeviceName); F(RASCONNW, szPhonebook); F(RASCONNW, dwSubEntry); F(RASCONNW, guidEntry);
    F(RASCONNW, dwFlags); F(RASCONNW, luid);
    T(RASCONNW_SDK); F(RASCONNW_SDK, guidCorrelationId);

    T(RASDIALPARAMSW);
    F(RASDIALPARAMSW, dwSize); F(RASDIALPARAMSW, szEntryName); F(RASDIALPARAMSW, szPhoneNumber);
    F(RASDIALPARAMSW, szCallbackNumber); F(RASDIALPARAMSW, szUserName); F(RASDIALPARAMSW, szPassword);
    F(RASDIALPARAMSW, szDomain); F(RASDIALPARAMSW, dwSubEntry); F(RASDIALPARAMSW, dwCallbackId);
    F(RASDIALPARAMSW, dwIfIndex);

    T(RASCONNSTATUSW);
    F(RASCONNSTATUSW, dwSize); F(RASCONNSTATUSW, rasconnstate); F(RASCONNSTATUSW, dwError);
    F(RASCONNSTATUSW, szDeviceType); F(RASCONNSTATUSW, szDeviceName); F(RASCONNSTATUSW, szPhoneNumber);
    T(RASCONNSTATUSW_SDK);
    F(RASCONNSTATUSW_SDK, localEndPoint); F(RASCONNSTATUSW_SDK, remoteEndPoint); F(RASCONNSTATUSW_SDK, rasconnsubstate);
    T(RASTUNNELENDPOINT);
    F(RASTUNNELENDPOINT, dwType); F(RASTUNNELENDPOINT, ipv6);

    T(RASENTRYNAMEW);
    F(RASENTRYNAMEW, dwSize); F(RASENTRYNAMEW, szEntryName); F(RASENTRYNAMEW, dwFlags);
    F(RASENTRYNAMEW, szPhonebookPath);

    T(RASEAPINFO);
    F(RASEAPINFO, dwSizeofEapInfo); F(RASEAPINFO, pbEapInfo);
    T(RASDIALEXTENSIONS);
    F(RASDIALEXTENSIONS, dwSize); F(RASDIALEXTENSIONS, dwfOptions); F(RASDIALEXTENSIONS, hwndParent);
    F(RASDIALEXTENSIONS, reserved); F(RASDIALEXTENSIONS, reserved1); F(RASDIALEXTENSIONS, RasEapInfo);
    T(RASDIALEXTENSIONS_SDK);
    F(RASDIALEXTENSIONS_SDK, fSkipPppAuth); F(RASDIALEXTENSIONS_SDK, RasDevSpecificInfo);
    T(RASDEVSPECIFICINFO_SDK);
    F(RASDEVSPECIFICINFO_SDK, dwSize); F(RASDEVSPECIFICINFO_SDK, pbDevSpecificInfo);

    T(RASEAPUSERIDENTITYW);
    F(RASEAPUSERIDENTITYW, szUserName); F(RASEAPUSERIDENTITYW, dwSizeofEapInfo); F(RASEAPUSERIDENTITYW, pbEapInfo);

    T(OSVERSIONINFOEXW);
    F(OSVERSIONINFOEXW, dwOSVersionInfoSize); F(OSVERSIONINFOEXW, dwMajorVersion); F(OSVERSIONINFOEXW, dwMinorVersion);
    F(OSVERSIONINFOEXW, dwBuildNumber); F(OSVERSIONINFOEXW, dwPlatformId); F(OSVERSIONINFOEXW, szCSDVersion);
    F(OSVERSIONINFOEXW, wServicePackMajor); F(OSVERSIONINFOEXW, wServicePackMinor); F(OSVERSIONINFOEXW, wSuiteMask);
    F(OSVERSIONINFOEXW, wProductType); F(OSVERSIONINFOEXW, wReserved);
    T(NETRESOURCEW);
    F(NETRESOURCEW, dwScope); F(NETRESOURCEW, dwType); F(NETRESOURCEW, dwDisplayType); F(NETRESOURCEW, dwUsage);
    F(NETRESOURCEW, lpLocalName); F(NETRESOURCEW, lpRemoteName); F(NETRESOURCEW, lpComment); F(NETRESOURCEW, lpProvider);
    T(REMOTE_NAME_INFOW);
    F(REMOTE_NAME_INFOW, lpUniversalName); F(REMOTE_NAME_INFOW, lpConnectionName); F(REMOTE_NAME_INFOW, lpRemainingPath);
    T(UNIVERSAL_NAME_INFOW);
    F(UNIVERSAL_NAME_INFOW, lpUniversalName);

    T(NCB);
    F(NCB, ncb_command); F(NCB, ncb_retcode); F(NCB, ncb_lsn); F(NCB, ncb_num); F(NCB, ncb_buffer);
    F(NCB, ncb_length); F(NCB, ncb_callname); F(NCB, ncb_name); F(NCB, ncb_rto); F(NCB, ncb_sto);
    F(NCB, ncb_post); F(NCB, ncb_lana_num); F(NCB, ncb_cmd_cplt); F(NCB, ncb_reserve); F(NCB, ncb_event);
    T(LANA_ENUM);
    F(LANA_ENUM, length); F(LANA_ENUM, lana);
    T(ADAPTER_STATUS);
    F(ADAPTER_STATUS, adapter_address); F(ADAPTER_STATUS, name_count);
}
