/*
 * mpr stand-in: one pretend server "\\standin" with shares share1, share2 (disks) and printer, an
 * in-memory connection table (drive letters and deviceless), enumeration handles, and Windows'
 * size negotiation: 234 ERROR_MORE_DATA with the required size written back, 259 at the end of an
 * enumeration, 6 for unknown or closed handles (handle values are never reused).
 */
#include "standin.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

typedef struct {
    DWORD dwScope, dwType, dwDisplayType, dwUsage;
    WCHAR *lpLocalName, *lpRemoteName, *lpComment, *lpProvider;
} NETRESOURCEW;
typedef struct { WCHAR *lpUniversalName; } UNIVERSAL_NAME_INFOW;
typedef struct { WCHAR *lpUniversalName, *lpConnectionName, *lpRemainingPath; } REMOTE_NAME_INFOW;
_Static_assert(sizeof(NETRESOURCEW) == 48, "NETRESOURCEW");
_Static_assert(sizeof(REMOTE_NAME_INFOW) == 24, "REMOTE_NAME_INFOW");

#define PROVIDER "Microsoft Windows Network"
#define SERVER "\\\\standin"
#define RESOURCE_CONNECTED 1
#define RESOURCE_GLOBALNET 2
#define RESOURCE_REMEMBERED 3
#define RESOURCETYPE_ANY 0
#define RESOURCETYPE_DISK 1
#define RESOURCETYPE_PRINT 2
#define DISPLAY_NETWORK 6
#define DISPLAY_SERVER 2
#define DISPLAY_SHARE 3
#define USAGE_CONNECTABLE 1
#define USAGE_CONTAINER 2

static const struct { const char *name, *comment; DWORD type; } SHARES[] = {
    {"share1", "Stand-in share one", RESOURCETYPE_DISK},
    {"share2", "Stand-in share two", RESOURCETYPE_DISK},
    {"printer", "Stand-in printer", RESOURCETYPE_PRINT},
};
#define N_SHARES 3

/* A NETRESOURCE with ASCII strings, before packing into a caller's buffer ("" = NULL pointer). */
typedef struct { DWORD scope, type, display, usage; char local[8], remote[300], comment[100], provider[40]; } Res;

#define MAX_CONN STANDIN_MAX_CONN
static struct { int used; char local[8], remote[300], user[260]; } conns[MAX_CONN];
#define MAX_ENUM 32
static struct { uintptr_t handle; int n, pos; Res *items; } enums[MAX_ENUM];
static uintptr_t next_enum = 0x20000;
static struct { DWORD code; char text[200]; } last_error;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* "\\standin\share\rest" -> share index (or -1 for the bare server), rest; returns an error code. */
static DWORD parse_unc(const char *unc, int *share, const char **rest) {
    size_t sl = strlen(SERVER), i;
    if (strncasecmp(unc, SERVER, sl) != 0 || (unc[sl] && unc[sl] != '\\')) return ERROR_BAD_NETPATH;
    *share = -1; *rest = "";
    if (!unc[sl] || !unc[sl + 1]) return NO_ERROR;
    const char *s = unc + sl + 1, *end = strchr(s, '\\');
    size_t n = end ? (size_t)(end - s) : strlen(s);
    for (i = 0; i < N_SHARES; i++)
        if (strlen(SHARES[i].name) == n && strncasecmp(s, SHARES[i].name, n) == 0) { *share = (int)i; *rest = end ? end : ""; return NO_ERROR; }
    return ERROR_BAD_NET_NAME;
}

static int is_drive(const char *s) { return ((s[0] | 32) >= 'a' && (s[0] | 32) <= 'z') && s[1] == ':' && !s[2]; }

static void share_res(Res *r, int i, DWORD scope) {
    memset(r, 0, sizeof *r);
    r->scope = scope; r->type = SHARES[i].type; r->display = DISPLAY_SHARE; r->usage = USAGE_CONNECTABLE;
    strcpy(r->remote, SERVER "\\"); strcat(r->remote, SHARES[i].name);
    strcpy(r->comment, SHARES[i].comment); strcpy(r->provider, PROVIDER);
}

static void server_res(Res *r, DWORD scope) {
    memset(r, 0, sizeof *r);
    r->scope = scope; r->display = DISPLAY_SERVER; r->usage = USAGE_CONTAINER;
    strcpy(r->remote, SERVER); strcpy(r->provider, PROVIDER);
}

static size_t wbytes(const char *s) { return s[0] ? (strlen(s) + 1) * sizeof(WCHAR) : 0; }
static size_t res_bytes(const Res *r) {
    return sizeof(NETRESOURCEW) + wbytes(r->local) + wbytes(r->remote) + wbytes(r->comment) + wbytes(r->provider);
}

/* Strings go to the end of the buffer, below *top, as Windows does. */
static WCHAR *put_str(char *base, size_t *top, const char *s) {
    if (!s[0]) return NULL;
    size_t n = wbytes(s);
    *top -= n;
    WCHAR *w = (WCHAR *)(base + *top);
    wfrom(w, n / sizeof(WCHAR), s);
    return w;
}

static void put_res(NETRESOURCEW *nr, char *base, size_t *top, const Res *r) {
    nr->dwScope = r->scope; nr->dwType = r->type; nr->dwDisplayType = r->display; nr->dwUsage = r->usage;
    nr->lpLocalName = put_str(base, top, r->local);
    nr->lpRemoteName = put_str(base, top, r->remote);
    nr->lpComment = put_str(base, top, r->comment);
    nr->lpProvider = put_str(base, top, r->provider);
}

static int find_conn(const char *name) {     /* lock held: by drive letter or by remote name */
    int i;
    for (i = 0; i < MAX_CONN; i++)
        if (conns[i].used && (strcasecmp(conns[i].local, name) == 0 || (!conns[i].local[0] && strcasecmp(conns[i].remote, name) == 0)))
            return i;
    return -1;
}

static DWORD add_connection(NETRESOURCEW *nr, const WCHAR *password, const WCHAR *user) {
    char local[64] = "", remote[300], uname[260];
    int share, i;
    const char *rest;
    if (!nr || !nr->lpRemoteName) return ERROR_INVALID_PARAMETER;
    wto(remote, sizeof remote, nr->lpRemoteName);
    if (nr->lpLocalName) wto(local, sizeof local, nr->lpLocalName);
    if (strcasecmp(remote, SERVER "\\extended") == 0) {
        pthread_mutex_lock(&lock);
        last_error.code = 5555; strcpy(last_error.text, "The stand-in provider reports the share as offline.");
        pthread_mutex_unlock(&lock);
        return ERROR_EXTENDED_ERROR;
    }
    DWORD rc = parse_unc(remote, &share, &rest);
    if (rc) return rc;
    if (share < 0 || rest[0]) return ERROR_BAD_NET_NAME;
    if (password && weq(password, "wrong")) return ERROR_INVALID_PASSWORD;
    if (local[0] && !is_drive(local)) return ERROR_BAD_DEVICE;
    wto(uname, sizeof uname, user && user[0] ? user : NULL);
    if (!uname[0]) strcpy(uname, "standinuser");
    pthread_mutex_lock(&lock);
    if (local[0] && find_conn(local) >= 0) { pthread_mutex_unlock(&lock); return ERROR_ALREADY_ASSIGNED; }
    for (i = 0; i < MAX_CONN && conns[i].used; i++) {}
    if (i < MAX_CONN) {
        conns[i].used = 1;
        strcpy(conns[i].local, local);
        if (local[0] >= 'a' && local[0] <= 'z') conns[i].local[0] = (char)(local[0] - 32);
        snprintf(conns[i].remote, sizeof conns[i].remote, SERVER "\\%s", SHARES[share].name);
        strcpy(conns[i].user, uname);
    }
    pthread_mutex_unlock(&lock);
    return i < MAX_CONN ? NO_ERROR : ERROR_NOT_ENOUGH_MEMORY;
}

/* Slot i of the connection table for the netapi32 part (NetUseEnum): 1 and a copy when used, else 0. */
int standin_conn_get(int i, char local[8], char remote[300], char user[260]) {
    int used = 0;
    if (i < 0 || i >= MAX_CONN) return 0;
    pthread_mutex_lock(&lock);
    if (conns[i].used) {
        used = 1;
        memcpy(local, conns[i].local, 8); memcpy(remote, conns[i].remote, 300); memcpy(user, conns[i].user, 260);
    }
    pthread_mutex_unlock(&lock);
    return used;
}

EXPORT DWORD WNetAddConnection2W(NETRESOURCEW *nr, const WCHAR *password, const WCHAR *user, DWORD flags) {
    (void)flags;
    return add_connection(nr, password, user);
}

EXPORT DWORD WNetAddConnection3W(HANDLE hwnd, NETRESOURCEW *nr, const WCHAR *password, const WCHAR *user, DWORD flags) {
    (void)hwnd; (void)flags;
    return add_connection(nr, password, user);
}

EXPORT DWORD WNetCancelConnection2W(const WCHAR *name, DWORD flags, BOOL force) {
    char n[300];
    (void)flags; (void)force;
    if (!name) return ERROR_INVALID_PARAMETER;
    wto(n, sizeof n, name);
    pthread_mutex_lock(&lock);
    int i = find_conn(n);
    if (i >= 0) memset(&conns[i], 0, sizeof conns[i]);
    pthread_mutex_unlock(&lock);
    return i >= 0 ? NO_ERROR : ERROR_NOT_CONNECTED;
}

EXPORT DWORD WNetOpenEnumW(DWORD scope, DWORD type, DWORD usage, NETRESOURCEW *container, HANDLE *out) {
    Res items[MAX_CONN + N_SHARES];
    int n = 0, i, share;
    const char *rest;
    (void)usage;
    if (!out) return ERROR_INVALID_PARAMETER;
    if (scope == RESOURCE_CONNECTED) {
        pthread_mutex_lock(&lock);
        for (i = 0; i < MAX_CONN; i++) {
            if (!conns[i].used || (type != RESOURCETYPE_ANY && type != RESOURCETYPE_DISK)) continue;
            Res *r = &items[n++];
            memset(r, 0, sizeof *r);
            r->scope = RESOURCE_CONNECTED; r->type = RESOURCETYPE_DISK; r->display = DISPLAY_SHARE; r->usage = 0;
            strcpy(r->local, conns[i].local); strcpy(r->remote, conns[i].remote); strcpy(r->provider, PROVIDER);
        }
        pthread_mutex_unlock(&lock);
    } else if (scope == RESOURCE_GLOBALNET) {
        if (!container || !container->lpRemoteName) {
            server_res(&items[n++], RESOURCE_GLOBALNET);
        } else {
            char remote[300];
            wto(remote, sizeof remote, container->lpRemoteName);
            DWORD rc = parse_unc(remote, &share, &rest);
            if (rc) return rc;
            if (share >= 0) return ERROR_NOT_CONTAINER;
            for (i = 0; i < N_SHARES; i++)
                if (type == RESOURCETYPE_ANY || type == SHARES[i].type) share_res(&items[n++], i, RESOURCE_GLOBALNET);
        }
    } else if (scope != RESOURCE_REMEMBERED) {
        return ERROR_INVALID_PARAMETER;
    }
    pthread_mutex_lock(&lock);
    for (i = 0; i < MAX_ENUM && enums[i].handle; i++) {}
    if (i == MAX_ENUM) { pthread_mutex_unlock(&lock); return ERROR_NOT_ENOUGH_MEMORY; }
    enums[i].items = malloc(sizeof(Res) * (n ? n : 1));
    if (!enums[i].items) { pthread_mutex_unlock(&lock); return ERROR_NOT_ENOUGH_MEMORY; }
    memcpy(enums[i].items, items, sizeof(Res) * n);
    enums[i].n = n; enums[i].pos = 0;
    enums[i].handle = next_enum; next_enum += 8;
    *out = (HANDLE)enums[i].handle;
    pthread_mutex_unlock(&lock);
    return NO_ERROR;
}

static int find_enum(HANDLE h) {
    int i;
    for (i = 0; i < MAX_ENUM; i++) if (h && enums[i].handle == (uintptr_t)h) return i;
    return -1;
}

EXPORT DWORD WNetEnumResourceW(HANDLE h, DWORD *count, void *buf, DWORD *size) {
    if (!count || !size) return ERROR_INVALID_PARAMETER;
    pthread_mutex_lock(&lock);
    int e = find_enum(h);
    if (e < 0) { pthread_mutex_unlock(&lock); return ERROR_INVALID_HANDLE; }
    if (enums[e].pos >= enums[e].n) { pthread_mutex_unlock(&lock); return ERROR_NO_MORE_ITEMS; }
    size_t cap = buf ? *size : 0, used = 0, top = cap;
    DWORD want = *count, k = 0;
    /* fixed parts from the start, strings from the end, as many whole entries as fit */
    while (k < want && enums[e].pos + (int)k < enums[e].n) {
        const Res *r = &enums[e].items[enums[e].pos + k];
        size_t strings = res_bytes(r) - sizeof(NETRESOURCEW);
        if (used + sizeof(NETRESOURCEW) + strings > top) break;
        put_res((NETRESOURCEW *)buf + k, buf, &top, r);
        used += sizeof(NETRESOURCEW);
        k++;
    }
    if (k == 0) {
        *size = (DWORD)res_bytes(&enums[e].items[enums[e].pos]);
        pthread_mutex_unlock(&lock);
        return ERROR_MORE_DATA;
    }
    enums[e].pos += (int)k;
    pthread_mutex_unlock(&lock);
    if (standin_fault("wnet.enum.wild")) ((NETRESOURCEW *)buf)->lpRemoteName = (WCHAR *)(uintptr_t)0x10;
    *count = standin_fault("wnet.enum.count") ? k + 50 : k;
    return NO_ERROR;
}

EXPORT DWORD WNetCloseEnum(HANDLE h) {
    pthread_mutex_lock(&lock);
    int e = find_enum(h);
    if (e >= 0) { free(enums[e].items); memset(&enums[e], 0, sizeof enums[e]); }
    pthread_mutex_unlock(&lock);
    return e >= 0 ? NO_ERROR : ERROR_INVALID_HANDLE;
}

/* Copies an ASCII answer into a character-counted buffer: 234 and the needed count when too small. */
static DWORD answer_chars(const char *value, WCHAR *buf, DWORD *len) {
    DWORD need = (DWORD)strlen(value) + 1;
    if (!buf || *len < need) { *len = need; return ERROR_MORE_DATA; }
    wfrom(buf, *len, value);
    return NO_ERROR;
}

EXPORT DWORD WNetGetUserW(const WCHAR *name, WCHAR *buf, DWORD *len) {
    char n[300], user[260] = "";
    if (!len) return ERROR_INVALID_PARAMETER;
    if (standin_fault("wnet.getuser.grow")) { *len += 10; return ERROR_MORE_DATA; }
    wto(n, sizeof n, name);
    if (!n[0]) strcpy(user, "standinuser");
    else {
        pthread_mutex_lock(&lock);
        int i = find_conn(n);
        if (i >= 0) strcpy(user, conns[i].user);
        pthread_mutex_unlock(&lock);
        if (i < 0) return ERROR_NOT_CONNECTED;
    }
    return answer_chars(user, buf, len);
}

EXPORT DWORD WNetGetConnectionW(const WCHAR *local, WCHAR *remote, DWORD *len) {
    char n[64], value[300] = "";
    if (!len) return ERROR_INVALID_PARAMETER;
    wto(n, sizeof n, local);
    if (!is_drive(n)) return ERROR_BAD_DEVICE;
    pthread_mutex_lock(&lock);
    int i = find_conn(n);
    if (i >= 0) strcpy(value, conns[i].remote);
    pthread_mutex_unlock(&lock);
    return i < 0 ? ERROR_NOT_CONNECTED : answer_chars(value, remote, len);
}

EXPORT DWORD WNetGetUniversalNameW(const WCHAR *path, DWORD level, void *buf, DWORD *size) {
    char p[600], remote[300] = "", universal[900];
    if (!path || !size) return ERROR_INVALID_PARAMETER;
    if (level != 1 && level != 2) return ERROR_INVALID_LEVEL;
    wto(p, sizeof p, path);
    char drive[3] = {p[0], p[1], 0};
    if (!p[0] || !p[1] || !is_drive(drive) || (p[2] && p[2] != '\\')) return ERROR_NOT_CONNECTED;
    pthread_mutex_lock(&lock);
    int i = find_conn(drive);
    if (i >= 0) strcpy(remote, conns[i].remote);
    pthread_mutex_unlock(&lock);
    if (i < 0) return ERROR_NOT_CONNECTED;
    const char *rest = p + 2;
    snprintf(universal, sizeof universal, "%s%s", remote, rest);
    size_t fixed = level == 1 ? sizeof(UNIVERSAL_NAME_INFOW) : sizeof(REMOTE_NAME_INFOW);
    size_t need = fixed + wbytes(universal) + (level == 2 ? wbytes(remote) + wbytes(rest) : 0);
    if (!buf || *size < need) { *size = (DWORD)need; return ERROR_MORE_DATA; }
    size_t top = *size;
    if (level == 1) {
        ((UNIVERSAL_NAME_INFOW *)buf)->lpUniversalName = put_str(buf, &top, universal);
    } else {
        REMOTE_NAME_INFOW *r = buf;
        r->lpUniversalName = put_str(buf, &top, universal);
        r->lpConnectionName = put_str(buf, &top, remote);
        r->lpRemainingPath = put_str(buf, &top, rest);
    }
    return NO_ERROR;
}

EXPORT DWORD WNetGetResourceInformationW(NETRESOURCEW *nr, void *buf, DWORD *cb, WCHAR **system) {
    char remote[300];
    int share;
    const char *rest;
    Res r;
    if (!nr || !nr->lpRemoteName || !cb) return ERROR_INVALID_PARAMETER;
    wto(remote, sizeof remote, nr->lpRemoteName);
    DWORD rc = parse_unc(remote, &share, &rest);
    if (rc) return rc;
    if (share < 0) server_res(&r, 0); else share_res(&r, share, 0);
    size_t need = res_bytes(&r) + wbytes(rest);
    if (!buf || *cb < need) { *cb = (DWORD)need; return ERROR_MORE_DATA; }
    size_t top = *cb;
    WCHAR *sys = put_str(buf, &top, rest);
    put_res(buf, buf, &top, &r);
    if (system) *system = sys;
    return NO_ERROR;
}

EXPORT DWORD WNetGetResourceParentW(NETRESOURCEW *nr, void *buf, DWORD *cb) {
    char remote[300];
    int share;
    const char *rest;
    Res r;
    if (!nr || !nr->lpRemoteName || !cb) return ERROR_INVALID_PARAMETER;
    wto(remote, sizeof remote, nr->lpRemoteName);
    DWORD rc = parse_unc(remote, &share, &rest);
    if (rc) return rc;
    if (share >= 0) server_res(&r, 0);
    else { memset(&r, 0, sizeof r); r.display = DISPLAY_NETWORK; r.usage = USAGE_CONTAINER; strcpy(r.provider, PROVIDER); strcpy(r.remote, PROVIDER); }
    size_t need = res_bytes(&r);
    if (!buf || *cb < need) { *cb = (DWORD)need; return ERROR_MORE_DATA; }
    size_t top = *cb;
    put_res(buf, buf, &top, &r);
    return NO_ERROR;
}

EXPORT DWORD WNetGetLastErrorW(DWORD *err, WCHAR *desc, DWORD descChars, WCHAR *name, DWORD nameChars) {
    if (!err || !desc || !name) return ERROR_INVALID_PARAMETER;
    pthread_mutex_lock(&lock);
    *err = last_error.code;
    wfrom(desc, descChars, last_error.text);
    wfrom(name, nameChars, last_error.code ? PROVIDER : "");
    pthread_mutex_unlock(&lock);
    return NO_ERROR;
}

/* Test hook: drop all connections, enumerations and the provider error. */
EXPORT void pywin32jvm_standin_wnet_reset(void) {
    int i;
    pthread_mutex_lock(&lock);
    memset(conns, 0, sizeof conns);
    for (i = 0; i < MAX_ENUM; i++) free(enums[i].items);
    memset(enums, 0, sizeof enums);
    memset(&last_error, 0, sizeof last_error);
    pthread_mutex_unlock(&lock);
}
