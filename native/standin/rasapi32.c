/*
 * rasapi32 stand-in: a fixed phonebook ("Office VPN", "Home ISP"), stored dial parameters, and an
 * in-memory connection table. Entry passwords are "secret"; anything else fails authentication (691).
 * Windows semantics imitated: dwSize checks (632), 603 size negotiation with the required size written
 * back, ERROR_INVALID_HANDLE (6) for unknown or closed handles (handle values are never reused), and
 * a RasDialFunc1 state sequence fired from a native thread for asynchronous dials.
 */
#include "standin.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#pragma pack(push, 4)
typedef struct {
    DWORD dwSize; HANDLE hrasconn; WCHAR szEntryName[257]; WCHAR szDeviceType[17]; WCHAR szDeviceName[129];
    WCHAR szPhonebook[260]; DWORD dwSubEntry; GUID guidEntry; DWORD dwFlags; LUID luid; GUID guidCorrelationId;
} RASCONNW;
typedef struct {
    DWORD dwSize; WCHAR szEntryName[257]; WCHAR szPhoneNumber[129]; WCHAR szCallbackNumber[129];
    WCHAR szUserName[257]; WCHAR szPassword[257]; WCHAR szDomain[16]; DWORD dwSubEntry; ULONG_PTR dwCallbackId;
    DWORD dwIfIndex;
} RASDIALPARAMSW;
typedef struct {
    DWORD dwSize; DWORD rasconnstate; DWORD dwError; WCHAR szDeviceType[17]; WCHAR szDeviceName[129];
    WCHAR szPhoneNumber[129]; BYTE localEndPoint[20]; BYTE remoteEndPoint[20]; DWORD rasconnsubstate;
} RASCONNSTATUSW;
typedef struct { DWORD dwSize; WCHAR szEntryName[257]; DWORD dwFlags; WCHAR szPhonebookPath[261]; } RASENTRYNAMEW;
typedef struct {
    DWORD dwSize; DWORD dwfOptions; HANDLE hwndParent; ULONG_PTR reserved, reserved1;
    struct { DWORD dwSizeofEapInfo; BYTE *pbEapInfo; } RasEapInfo;
    BOOL fSkipPppAuth; struct { DWORD dwSize; BYTE *pbDevSpecificInfo; } RasDevSpecificInfo;
} RASDIALEXTENSIONS;
typedef struct { WCHAR szUserName[257]; DWORD dwSizeofEapInfo; BYTE pbEapInfo[1]; } RASEAPUSERIDENTITYW;
#pragma pack(pop)

/* The stand-in has the x64 Windows layouts (LP64 Linux == LLP64 Windows for these types). */
_Static_assert(sizeof(RASCONNW) == 1388, "RASCONNW");
_Static_assert(sizeof(RASDIALPARAMSW) == 2112, "RASDIALPARAMSW");
_Static_assert(sizeof(RASCONNSTATUSW) == 608, "RASCONNSTATUSW");
_Static_assert(sizeof(RASENTRYNAMEW) == 1048, "RASENTRYNAMEW");
_Static_assert(sizeof(RASDIALEXTENSIONS) == 60, "RASDIALEXTENSIONS");
_Static_assert(offsetof(RASEAPUSERIDENTITYW, pbEapInfo) == 520, "RASEAPUSERIDENTITYW");

#define WM_RASDIALEVENT 0xCCCD
#define RASCS_OpenPort 0
#define RASCS_Authenticate 5
#define RASCS_Authenticated 14
#define RASCS_Connected 0x2000
#define RASCS_Disconnected 0x2001
#define SAVED_PASSWORD_TOKEN "\x01standin-saved-password"

typedef void (*RasDialFunc1)(HANDLE, unsigned, DWORD, DWORD, DWORD);

static const struct { const char *name, *phone, *type, *device; } ENTRIES[] = {
    {"Office VPN", "vpn.example.test", "vpn", "Stand-in VPN (PPTP)"},
    {"Home ISP", "5551234", "modem", "Stand-in Modem"},
};
#define N_ENTRIES 2

static struct { WCHAR user[257], password[257], domain[16]; int saved; } stored[N_ENTRIES];

#define MAX_CONN 64
typedef struct {
    uintptr_t handle;           /* 0 = free slot */
    int entry; DWORD state, error; HANDLE hwnd;
} Conn;
static Conn conns[MAX_CONN];
static uintptr_t next_handle = 0x10000;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int find_entry(const WCHAR *name) {
    int i;
    for (i = 0; i < N_ENTRIES; i++) if (wieq(name, ENTRIES[i].name)) return i;
    return -1;
}

/* NULL = the system phonebook; a file path must end in "standin.pbk". */
static int phonebook_ok(const WCHAR *pb) {
    size_t n = wlen(pb);
    return !pb || (n >= 11 && wieq(pb + n - 11, "standin.pbk"));
}

static Conn *find_conn(HANDLE h) {      /* lock held */
    int i;
    if (!h) return NULL;
    for (i = 0; i < MAX_CONN; i++) if (conns[i].handle && conns[i].handle == (uintptr_t)h) return &conns[i];
    return NULL;
}

static void nap_ms(int ms) { struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L}; nanosleep(&t, NULL); }

EXPORT DWORD RasGetErrorStringW(unsigned code, WCHAR *buf, DWORD cch) {
    static const struct { unsigned code; const char *text; } T[] = {
        {603, "The buffer is too small."},
        {621, "The system could not open the phone book file."},
        {623, "The system could not find the phone book entry for this connection."},
        {632, "The structure size is incorrect."},
        {691, "The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server."},
        {711, "The operation could not complete because the Remote Access Connection Manager service is not running."},
    };
    size_t i;
    char text[400];
    if (!buf) { standin_set_errno(ERROR_INVALID_PARAMETER); return ERROR_INVALID_PARAMETER; }
    for (i = 0; i < sizeof T / sizeof T[0]; i++) if (T[i].code == code) break;
    if (i == sizeof T / sizeof T[0]) { standin_set_errno(ERROR_INVALID_PARAMETER); return ERROR_INVALID_PARAMETER; }
    strcpy(text, standin_fault("ras.errorstring.mark") ? "[stand-in] " : "");
    strncat(text, T[i].text, sizeof text - strlen(text) - 1);
    if (strlen(text) >= cch) { standin_set_errno(ERROR_INSUFFICIENT_BUFFER); return ERROR_INSUFFICIENT_BUFFER; }
    wfrom(buf, cch, text);
    return NO_ERROR;
}

static DWORD authenticate(int entry, const RASDIALPARAMSW *p) {
    const WCHAR *user = p->szUserName[0] ? p->szUserName : stored[entry].user;
    const WCHAR *pw = p->szPassword;
    if (!pw[0] || weq(pw, SAVED_PASSWORD_TOKEN)) pw = stored[entry].saved ? stored[entry].password : NULL;
    return user && user[0] && pw && weq(pw, "secret") ? NO_ERROR : ERROR_AUTHENTICATION_FAILURE;
}

typedef struct { uintptr_t handle; RasDialFunc1 fn; DWORD auth; } DialJob;

static void *dial_thread(void *arg) {
    DialJob *job = arg;
    static const DWORD SEQ[] = {0, 1, 2, 3, 4, RASCS_Authenticate, RASCS_Authenticated, RASCS_Connected};
    size_t i;
    int delay = standin_fault("ras.dial.step_ms");
    for (i = 0; i < sizeof SEQ / sizeof SEQ[0]; i++) {
        DWORD state = SEQ[i], err = (state == RASCS_Authenticate) ? job->auth : 0;
        pthread_mutex_lock(&lock);
        Conn *c = find_conn((HANDLE)job->handle);
        if (c) { c->state = state; c->error = err; }
        pthread_mutex_unlock(&lock);
        if (!c) break;                                   /* hung up meanwhile: no more notifications */
        if (job->fn) job->fn((HANDLE)job->handle, WM_RASDIALEVENT, state, err, 0);
        if (err) break;                                  /* Windows stops at the failing state */
        nap_ms(delay > 0 ? delay : 1);
    }
    free(job);
    return NULL;
}

EXPORT DWORD RasDialW(RASDIALEXTENSIONS *ext, const WCHAR *phonebook, RASDIALPARAMSW *params,
                      DWORD notifierType, void *notifier, HANDLE *phConn) {
    int entry, i;
    Conn *c = NULL;
    if (!params || !phConn) return ERROR_INVALID_PARAMETER;
    if (params->dwSize != sizeof(RASDIALPARAMSW) && params->dwSize != 2096) return ERROR_INVALID_SIZE;
    if (ext && ext->dwSize != sizeof(RASDIALEXTENSIONS) && ext->dwSize != 44) return ERROR_INVALID_SIZE;
    if (*phConn) return ERROR_INVALID_HANDLE;           /* must be NULL on input (no paused dials here) */
    if (notifier && notifierType != 1 && notifierType != 0xFFFFFFFFu) return ERROR_INVALID_PARAMETER;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    entry = find_entry(params->szEntryName);
    if (entry < 0) return ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
    DWORD auth = authenticate(entry, params);

    pthread_mutex_lock(&lock);
    for (i = 0; i < MAX_CONN; i++) if (!conns[i].handle) { c = &conns[i]; break; }
    if (c) {
        c->handle = next_handle; next_handle += 4;
        c->entry = entry; c->state = RASCS_OpenPort; c->error = 0;
        c->hwnd = notifierType == 0xFFFFFFFFu ? notifier : NULL;
    }
    pthread_mutex_unlock(&lock);
    if (!c) return ERROR_NOT_ENOUGH_MEMORY;
    uintptr_t h = c->handle;
    *phConn = (HANDLE)h;

    if (!notifier) {                                     /* synchronous: the final state, handle even on failure */
        pthread_mutex_lock(&lock);
        if ((c = find_conn((HANDLE)h)) != NULL) { c->state = auth ? RASCS_Authenticate : RASCS_Connected; c->error = auth; }
        pthread_mutex_unlock(&lock);
        return auth;
    }
    DialJob *job = malloc(sizeof *job);
    if (!job) return ERROR_NOT_ENOUGH_MEMORY;
    job->handle = h;
    job->fn = notifierType == 1 ? (RasDialFunc1)notifier : NULL;   /* HWND: no window to post to on Linux */
    job->auth = auth;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&t, &attr, dial_thread, job);
    pthread_attr_destroy(&attr);
    if (rc) { free(job); return ERROR_NOT_ENOUGH_MEMORY; }
    return NO_ERROR;
}

EXPORT DWORD RasHangUpW(HANDLE h) {
    pthread_mutex_lock(&lock);
    Conn *c = find_conn(h);
    if (c) memset(c, 0, sizeof *c);
    pthread_mutex_unlock(&lock);
    return c ? NO_ERROR : ERROR_INVALID_HANDLE;
}

EXPORT DWORD RasGetConnectStatusW(HANDLE h, RASCONNSTATUSW *st) {
    if (!st) return ERROR_INVALID_PARAMETER;
    if (st->dwSize != sizeof(RASCONNSTATUSW) && st->dwSize != 564) return ERROR_INVALID_SIZE;
    pthread_mutex_lock(&lock);
    Conn *c = find_conn(h);
    if (c) {
        st->rasconnstate = c->state; st->dwError = c->error;
        wfrom(st->szDeviceType, 17, ENTRIES[c->entry].type);
        wfrom(st->szDeviceName, 129, ENTRIES[c->entry].device);
        wfrom(st->szPhoneNumber, 129, ENTRIES[c->entry].phone);
    }
    pthread_mutex_unlock(&lock);
    return c ? NO_ERROR : ERROR_INVALID_HANDLE;
}

EXPORT DWORD RasEnumConnectionsW(RASCONNW *buf, DWORD *cb, DWORD *count) {
    int i, n = 0, k = 0;
    if (!cb || !count) return ERROR_INVALID_PARAMETER;
    if (buf && buf->dwSize != sizeof(RASCONNW) && buf->dwSize != 1372) return ERROR_INVALID_SIZE;
    int fault = standin_fault("ras.enum.size");
    pthread_mutex_lock(&lock);
    for (i = 0; i < MAX_CONN; i++) if (conns[i].handle) n++;
    DWORD need = (DWORD)(n * sizeof(RASCONNW));
    if (fault == 2 || fault == 3) {                      /* 2: "too small" with no size; 3: ever-growing size */
        *cb = fault == 2 ? 0 : *cb + sizeof(RASCONNW);
        standin_set_errno(ERROR_BUFFER_TOO_SMALL);      /* what GetLastError() then shows */
        pthread_mutex_unlock(&lock);
        return ERROR_BUFFER_TOO_SMALL;
    }
    if (!buf || *cb < need) { *cb = need; *count = n; pthread_mutex_unlock(&lock); return n ? ERROR_BUFFER_TOO_SMALL : NO_ERROR; }
    for (i = 0; i < MAX_CONN; i++) {
        if (!conns[i].handle) continue;
        RASCONNW *r = &buf[k++];
        DWORD size = buf->dwSize;
        memset(r, 0, sizeof *r);
        r->dwSize = size;
        r->hrasconn = (HANDLE)conns[i].handle;
        wfrom(r->szEntryName, 257, ENTRIES[conns[i].entry].name);
        wfrom(r->szDeviceType, 17, ENTRIES[conns[i].entry].type);
        wfrom(r->szDeviceName, 129, ENTRIES[conns[i].entry].device);
        r->dwSubEntry = 1;
    }
    pthread_mutex_unlock(&lock);
    *cb = need;
    *count = fault == 1 ? (DWORD)k + 1000 : (DWORD)k;   /* 1: claims more entries than the buffer holds */
    return NO_ERROR;
}

EXPORT DWORD RasEnumEntriesW(const WCHAR *reserved, const WCHAR *phonebook, RASENTRYNAMEW *buf, DWORD *cb, DWORD *count) {
    int i;
    char name[32];
    if (reserved || !cb || !count) return ERROR_INVALID_PARAMETER;
    if (buf && buf->dwSize != sizeof(RASENTRYNAMEW) && buf->dwSize != 520) return ERROR_INVALID_SIZE;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    int extra = standin_fault("ras.entries.extra");      /* more names than pywin32's first buffer holds */
    if (extra < 0 || extra > 100) extra = 0;
    int n = N_ENTRIES + extra;
    DWORD need = (DWORD)(n * sizeof(RASENTRYNAMEW));
    if (!buf || *cb < need) { *cb = need; *count = (DWORD)n; return ERROR_BUFFER_TOO_SMALL; }
    for (i = 0; i < n; i++) {
        memset(&buf[i], 0, sizeof buf[i]);
        buf[i].dwSize = sizeof(RASENTRYNAMEW);
        if (i < N_ENTRIES) wfrom(buf[i].szEntryName, 257, ENTRIES[i].name);
        else { snprintf(name, sizeof name, "Extra %d", i - N_ENTRIES + 1); wfrom(buf[i].szEntryName, 257, name); }
        buf[i].dwFlags = 1;                              /* REN_AllUsers */
    }
    *cb = need;
    *count = (DWORD)n;
    return NO_ERROR;
}

EXPORT DWORD RasGetEntryDialParamsW(const WCHAR *phonebook, RASDIALPARAMSW *p, BOOL *pwRetrieved) {
    if (!p || !pwRetrieved) return ERROR_INVALID_PARAMETER;
    if (p->dwSize != sizeof(RASDIALPARAMSW) && p->dwSize != 2096) return ERROR_INVALID_SIZE;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    int e = find_entry(p->szEntryName);
    if (e < 0) return ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
    pthread_mutex_lock(&lock);
    wfrom(p->szEntryName, 257, ENTRIES[e].name);
    p->szPhoneNumber[0] = 0;                             /* Windows does not hand back the phone number */
    p->szCallbackNumber[0] = 0;
    wcopy(p->szUserName, 257, stored[e].user);
    wcopy(p->szDomain, 16, stored[e].domain);
    /* Like Windows 2000+: an opaque token stands for the saved password, never the password itself. */
    if (stored[e].saved) wfrom(p->szPassword, 257, SAVED_PASSWORD_TOKEN); else p->szPassword[0] = 0;
    *pwRetrieved = stored[e].saved;
    pthread_mutex_unlock(&lock);
    return NO_ERROR;
}

EXPORT DWORD RasSetEntryDialParamsW(const WCHAR *phonebook, RASDIALPARAMSW *p, BOOL removePassword) {
    if (!p) return ERROR_INVALID_PARAMETER;
    if (p->dwSize != sizeof(RASDIALPARAMSW) && p->dwSize != 2096) return ERROR_INVALID_SIZE;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    int e = find_entry(p->szEntryName);
    if (e < 0) return ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
    pthread_mutex_lock(&lock);
    wcopy(stored[e].user, 257, p->szUserName);
    wcopy(stored[e].domain, 16, p->szDomain);
    if (removePassword) { memset(stored[e].password, 0, sizeof stored[e].password); stored[e].saved = 0; }
    else if (p->szPassword[0] && !weq(p->szPassword, SAVED_PASSWORD_TOKEN)) {
        wcopy(stored[e].password, 257, p->szPassword); stored[e].saved = 1;
    }
    pthread_mutex_unlock(&lock);
    return NO_ERROR;
}

/* Dialogs on Windows; the stand-in only validates like the real call does before showing one. */
EXPORT DWORD RasCreatePhonebookEntryW(HANDLE hwnd, const WCHAR *phonebook) {
    (void)hwnd;
    return phonebook_ok(phonebook) ? NO_ERROR : ERROR_CANNOT_OPEN_PHONEBOOK;
}

EXPORT DWORD RasEditPhonebookEntryW(HANDLE hwnd, const WCHAR *phonebook, const WCHAR *entry) {
    (void)hwnd;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    return find_entry(entry) < 0 ? ERROR_CANNOT_FIND_PHONEBOOK_ENTRY : NO_ERROR;
}

EXPORT DWORD RasGetEapUserIdentityW(const WCHAR *phonebook, const WCHAR *entry, DWORD flags, HANDLE hwnd,
                                    RASEAPUSERIDENTITYW **out) {
    (void)flags; (void)hwnd;
    if (!out) return ERROR_INVALID_PARAMETER;
    *out = NULL;
    if (!phonebook_ok(phonebook)) return ERROR_CANNOT_OPEN_PHONEBOOK;
    int e = find_entry(entry);
    if (e < 0) return ERROR_CANNOT_FIND_PHONEBOOK_ENTRY;
    if (e != 0) return 0x0000032C;                       /* 812 ERROR_INVALID_FUNCTION_FOR_ENTRY: not EAP */
    static const BYTE info[] = {0xEA, 0x01, 0x02, 0x03};
    RASEAPUSERIDENTITYW *id = calloc(1, offsetof(RASEAPUSERIDENTITYW, pbEapInfo) + sizeof info);
    if (!id) return ERROR_NOT_ENOUGH_MEMORY;
    pthread_mutex_lock(&lock);
    if (stored[e].user[0]) wcopy(id->szUserName, 257, stored[e].user); else wfrom(id->szUserName, 257, "eapuser");
    pthread_mutex_unlock(&lock);
    id->dwSizeofEapInfo = sizeof info;
    memcpy(id->pbEapInfo, info, sizeof info);
    *out = id;
    return NO_ERROR;
}

EXPORT void RasFreeEapUserIdentityW(RASEAPUSERIDENTITYW *id) { free(id); }

/* Test hook: forget stored dial parameters and connections. */
EXPORT void pywin32jvm_standin_ras_reset(void) {
    pthread_mutex_lock(&lock);
    memset(stored, 0, sizeof stored);
    memset(conns, 0, sizeof conns);
    pthread_mutex_unlock(&lock);
}
