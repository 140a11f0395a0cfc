/*
 * A native STAND-IN for rasapi32.dll, mpr.dll and netapi32.dll, for Linux test runs only.
 *
 * It exports the same W function names, with the Windows structure layouts as x64 Windows has them
 * (2-byte WCHAR, ras.h's pack(4)) and Windows' documented protocol behaviour: dwSize checks (632),
 * 603/234 size negotiation, ERROR_NO_MORE_ITEMS, invalid handles (6), a RasDialFunc1 sequence fired from
 * a native thread. It lets the project's JNA code run unchanged on Linux. It is NOT Windows: what only a
 * real Windows run can show is listed in README (section "windows").
 */
#ifndef PYWIN32JVM_STANDIN_H
#define PYWIN32JVM_STANDIN_H

#include <stddef.h>
#include <stdint.h>

#define EXPORT __attribute__((visibility("default")))

typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint16_t WCHAR;
typedef uint16_t WORD;
typedef uint8_t BYTE;
typedef uint8_t UCHAR;
typedef uintptr_t ULONG_PTR;
typedef void *HANDLE;
typedef struct { uint32_t d1; uint16_t d2, d3; uint8_t d4[8]; } GUID;
typedef struct { uint32_t low; int32_t high; } LUID;

/* Win32 / raserror.h codes the stand-in answers with */
#define NO_ERROR 0
#define ERROR_INVALID_HANDLE 6
#define ERROR_NOT_ENOUGH_MEMORY 8
#define ERROR_BAD_NETPATH 53
#define ERROR_BAD_NET_NAME 67
#define ERROR_ALREADY_ASSIGNED 85
#define ERROR_INVALID_PASSWORD 86
#define ERROR_INVALID_PARAMETER 87
#define ERROR_INSUFFICIENT_BUFFER 122
#define ERROR_INVALID_LEVEL 124
#define ERROR_MORE_DATA 234
#define ERROR_NO_MORE_ITEMS 259
#define ERROR_BAD_DEVICE 1200
#define ERROR_NOT_CONTAINER 1207
#define ERROR_EXTENDED_ERROR 1208
#define ERROR_NOT_CONNECTED 2250
#define ERROR_BUFFER_TOO_SMALL 603
#define ERROR_CANNOT_OPEN_PHONEBOOK 621
#define ERROR_CANNOT_FIND_PHONEBOOK_ENTRY 623
#define ERROR_INVALID_SIZE 632
#define ERROR_AUTHENTICATION_FAILURE 691

/* UTF-16 helpers (WCHAR is 2 bytes here, wchar_t is 4 on Linux, so no wcs* functions) */
size_t wlen(const WCHAR *s);
int wcopy(WCHAR *dst, size_t cap, const WCHAR *src);      /* 0 ok, -1 truncated (dst still terminated) */
int wfrom(WCHAR *dst, size_t cap, const char *ascii);      /* ASCII -> UTF-16 */
int weq(const WCHAR *a, const char *ascii);                /* a == ascii (exact) */
int wieq(const WCHAR *a, const char *ascii);               /* ASCII case-insensitive */
void wto(char *dst, size_t cap, const WCHAR *src);         /* UTF-16 -> ASCII ('?' for others), for keys */

/* The mpr part's connection table, shared with the netapi32 part (NetUse*), as on Windows */
#define STANDIN_MAX_CONN 32
int standin_conn_get(int i, char local[8], char remote[300], char user[260]);

/* Fault injection for the bad-input tests: pywin32jvm_standin_control(key, value) */
int standin_fault(const char *key);
void standin_set_errno(int code);

#endif
