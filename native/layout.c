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
#include <lm.h>

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

    /* netapi32 (lm.h): win32net */
    T(SHARE_INFO_0);
    F(SHARE_INFO_0, shi0_netname);
    T(SHARE_INFO_1);
    F(SHARE_INFO_1, shi1_netname); F(SHARE_INFO_1, shi1_type); F(SHARE_INFO_1, shi1_remark);
    T(SHARE_INFO_2);
    F(SHARE_INFO_2, shi2_netname); F(SHARE_INFO_2, shi2_type); F(SHARE_INFO_2, shi2_remark);
    F(SHARE_INFO_2, shi2_permissions); F(SHARE_INFO_2, shi2_max_uses); F(SHARE_INFO_2, shi2_current_uses);
    F(SHARE_INFO_2, shi2_path); F(SHARE_INFO_2, shi2_passwd);
    T(SHARE_INFO_501);
    F(SHARE_INFO_501, shi501_netname); F(SHARE_INFO_501, shi501_type); F(SHARE_INFO_501, shi501_remark);
    F(SHARE_INFO_501, shi501_flags);
    T(SHARE_INFO_502);
    F(SHARE_INFO_502, shi502_netname); F(SHARE_INFO_502, shi502_type); F(SHARE_INFO_502, shi502_remark);
    F(SHARE_INFO_502, shi502_permissions); F(SHARE_INFO_502, shi502_max_uses); F(SHARE_INFO_502, shi502_current_uses);
    F(SHARE_INFO_502, shi502_path); F(SHARE_INFO_502, shi502_passwd); F(SHARE_INFO_502, shi502_reserved);
    F(SHARE_INFO_502, shi502_security_descriptor);
    T(SERVER_INFO_100);
    F(SERVER_INFO_100, sv100_platform_id); F(SERVER_INFO_100, sv100_name);
    T(SERVER_INFO_101);
    F(SERVER_INFO_101, sv101_platform_id); F(SERVER_INFO_101, sv101_name); F(SERVER_INFO_101, sv101_version_major);
    F(SERVER_INFO_101, sv101_version_minor); F(SERVER_INFO_101, sv101_type); F(SERVER_INFO_101, sv101_comment);
    T(WKSTA_INFO_100);
    F(WKSTA_INFO_100, wki100_platform_id); F(WKSTA_INFO_100, wki100_computername); F(WKSTA_INFO_100, wki100_langroup);
    F(WKSTA_INFO_100, wki100_ver_major); F(WKSTA_INFO_100, wki100_ver_minor);
    T(USE_INFO_0);
    F(USE_INFO_0, ui0_local); F(USE_INFO_0, ui0_remote);
    T(USE_INFO_1);
    F(USE_INFO_1, ui1_local); F(USE_INFO_1, ui1_remote); F(USE_INFO_1, ui1_password); F(USE_INFO_1, ui1_status);
    F(USE_INFO_1, ui1_asg_type); F(USE_INFO_1, ui1_refcount); F(USE_INFO_1, ui1_usecount);
    T(USE_INFO_2);
    F(USE_INFO_2, ui2_local); F(USE_INFO_2, ui2_remote); F(USE_INFO_2, ui2_password); F(USE_INFO_2, ui2_status);
    F(USE_INFO_2, ui2_asg_type); F(USE_INFO_2, ui2_refcount); F(USE_INFO_2, ui2_usecount);
    F(USE_INFO_2, ui2_username); F(USE_INFO_2, ui2_domainname);
}
