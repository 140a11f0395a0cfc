/*
 * netapi32 stand-in, LAN Manager part (win32net): the shares of "\\standin" (share1, share2, printer and
 * whatever NetShareAdd made), NetServerGetInfo/NetWkstaGetInfo, NetUse* over the mpr part's connection
 * table (one table, as on Windows). Enum answers are paged by prefmaxlen with ERROR_MORE_DATA (234) and an
 * index as resume handle; every answer is one malloc'd block (entries, then their strings) that
 * NetApiBufferFree gives back. pywin32jvm_standin_netapi_buffers() counts the blocks not yet freed.
 */
#include "standin.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    WCHAR *netname; DWORD type; WCHAR *remark; DWORD permissions, max_uses, current_uses;
    WCHAR *path, *passwd; DWORD reserved; void *security_descriptor;
} SHARE_INFO_502;                                   /* SHARE_INFO_2 is its first eight fields */
typedef struct { WCHAR *netname; DWORD type; WCHAR *remark; } SHARE_INFO_1;
typedef struct { WCHAR *netname; DWORD type; WCHAR *remark; DWORD flags; } SHARE_INFO_501;
typedef struct {
    WCHAR *local, *remote, *password; DWORD status, asg_type, refcount, usecount; WCHAR *username, *domainname;
} USE_INFO_2;                                       /* USE_INFO_0 and _1 are its prefixes */
typedef struct { DWORD platform_id; WCHAR *name; DWORD version_major, version_minor, type; WCHAR *comment; } SERVER_INFO_101;
typedef struct { DWORD platform_id; WCHAR *computername, *langroup; DWORD ver_major, ver_minor; } WKSTA_INFO_100;
_Static_assert(sizeof(SHARE_INFO_502) == 72, "SHARE_INFO_502");
_Static_assert(sizeof(USE_INFO_2) == 56, "USE_INFO_2");
_Static_assert(sizeof(SERVER_INFO_101) == 40, "SERVER_INFO_101");

#define ERROR_NOT_SUPPORTED 50
#define NERR_DuplicateShare 2118
#define NERR_NetNameNotFound 2310
#define MAX_PREFERRED_LENGTH 0xFFFFFFFFu
#define ENTRY_MAX 64

static struct { int used; char name[81], remark[100], path[260]; DWORD type, max_uses; } shares[ENTRY_MAX];
static int shares_ready;
static long buffers;                                 /* allocated, not yet freed */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;          /* the share table */
static pthread_mutex_t buffers_lock = PTHREAD_MUTEX_INITIALIZER;  /* the count (alloc runs under lock) */

static void share_set(int i, const char *name, DWORD type, const char *remark, const char *path) {
    shares[i].used = 1; shares[i].type = type; shares[i].max_uses = 0xFFFFFFFFu;
    strncpy(shares[i].name, name, sizeof shares[i].name - 1);
    strncpy(shares[i].remark, remark, sizeof shares[i].remark - 1);
    strncpy(shares[i].path, path, sizeof shares[i].path - 1);
}

static void shares_init(void) {                      /* lock held */
    if (shares_ready) return;
    memset(shares, 0, sizeof shares);
    share_set(0, "share1", 0, "Stand-in share one", "C:\\standin\\share1");
    share_set(1, "share2", 0, "Stand-in share two", "C:\\standin\\share2");
    share_set(2, "printer", 1, "Stand-in printer", "");
    shares_ready = 1;
}

EXPORT void pywin32jvm_standin_netapi_reset(void) {
    pthread_mutex_lock(&lock);
    shares_ready = 0;
    shares_init();
    pthread_mutex_unlock(&lock);
}

EXPORT long pywin32jvm_standin_netapi_buffers(void) {
    pthread_mutex_lock(&buffers_lock);
    long n = buffers;
    pthread_mutex_unlock(&buffers_lock);
    return n;
}

static void *alloc(size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (p) { pthread_mutex_lock(&buffers_lock); buffers++; pthread_mutex_unlock(&buffers_lock); }
    return p;
}

EXPORT DWORD NetApiBufferFree(void *p) {
    if (p) { free(p); pthread_mutex_lock(&buffers_lock); buffers--; pthread_mutex_unlock(&buffers_lock); }
    return NO_ERROR;
}

/* NULL, "", "standin" or "\\standin": this pretend machine; anything else is not on the network. */
static DWORD check_server(const WCHAR *server) {
    char s[300];
    wto(s, sizeof s, server);
    const char *b = strncmp(s, "\\\\", 2) == 0 ? s + 2 : s;
    return !server || !s[0] || strcasecmp(b, "standin") == 0 ? NO_ERROR : ERROR_BAD_NETPATH;
}

static size_t wsize(const char *s) { return (strlen(s) + 1) * sizeof(WCHAR); }

static WCHAR *put(char *base, size_t *top, const char *s) {
    WCHAR *w = (WCHAR *)(base + *top);
    wfrom(w, strlen(s) + 1, s);
    *top += wsize(s);
    return w;
}

static size_t share_entry(DWORD level) {
    switch (level) {
    case 0: return sizeof(WCHAR *);
    case 1: return sizeof(SHARE_INFO_1);
    case 2: return offsetof(SHARE_INFO_502, reserved);       /* 64: SHARE_INFO_2 */
    case 501: return sizeof(SHARE_INFO_501);
    case 502: return sizeof(SHARE_INFO_502);
    default: return 0;
    }
}

static size_t share_strings(int i, DWORD level) {
    size_t n = wsize(shares[i].name);
    if (level >= 1) n += wsize(shares[i].remark);
    if (level == 2 || level == 502) n += wsize(shares[i].path);
    return n;
}

static void share_write(char *entry, char *base, size_t *top, int i, DWORD level) {
    SHARE_INFO_502 *s = (SHARE_INFO_502 *)entry;     /* every level starts with netname, type, remark */
    s->netname = put(base, top, shares[i].name);
    if (level == 0) return;
    s->type = shares[i].type;
    s->remark = put(base, top, shares[i].remark);
    if (level == 501) { ((SHARE_INFO_501 *)entry)->flags = 0; return; }
    if (level == 1) return;
    s->permissions = 0; s->max_uses = shares[i].max_uses; s->current_uses = 0;
    s->path = put(base, top, shares[i].path);
    s->passwd = NULL;
}

static int find_share(const WCHAR *name) {          /* lock held */
    char n[100];
    int i;
    wto(n, sizeof n, name);
    for (i = 0; i < ENTRY_MAX; i++) if (shares[i].used && strcasecmp(shares[i].name, n) == 0) return i;
    return -1;
}

EXPORT DWORD NetShareEnum(const WCHAR *server, DWORD level, BYTE **bufptr, DWORD prefmaxlen, DWORD *entriesread,
                          DWORD *totalentries, DWORD *resume) {
    int idx[ENTRY_MAX], n = 0, k, start, take = 0;
    size_t bytes = 0, top;
    if (!bufptr || !entriesread || !totalentries) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL; *entriesread = 0; *totalentries = 0;
    DWORD rc = check_server(server);
    if (rc) return rc;
    size_t entry = share_entry(level);
    if (!entry) return ERROR_INVALID_LEVEL;
    if (standin_fault("netapi.enum.stuck")) return ERROR_MORE_DATA;            /* 234 with nothing */
    if (standin_fault("netapi.enum.nullbuf")) { *entriesread = 1; *totalentries = 1; return NO_ERROR; }
    start = resume ? (int)*resume : 0;
    pthread_mutex_lock(&lock);
    shares_init();
    for (k = start > 0 ? start : 0; k < ENTRY_MAX; k++) if (shares[k].used) idx[n++] = k;
    for (take = 0; take < n; take++) {                /* at least one entry, then as many as prefmaxlen holds */
        size_t more = entry + share_strings(idx[take], level);
        if (take > 0 && prefmaxlen != MAX_PREFERRED_LENGTH && bytes + more > prefmaxlen) break;
        bytes += more;
    }
    char *base = take ? alloc(bytes) : NULL;
    if (take && !base) { pthread_mutex_unlock(&lock); return ERROR_NOT_ENOUGH_MEMORY; }
    top = (size_t)take * entry;
    for (k = 0; k < take; k++) share_write(base + (size_t)k * entry, base, &top, idx[k], level);
    pthread_mutex_unlock(&lock);
    *bufptr = (BYTE *)base; *entriesread = (DWORD)take; *totalentries = (DWORD)n;
    if (resume) *resume = take < n ? (DWORD)(idx[take]) : 0;
    return take < n ? ERROR_MORE_DATA : NO_ERROR;
}

EXPORT DWORD NetShareGetInfo(const WCHAR *server, const WCHAR *netname, DWORD level, BYTE **bufptr) {
    if (!bufptr) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL;
    DWORD rc = check_server(server);
    if (rc) return rc;
    size_t entry = share_entry(level), top = entry;
    if (!entry) return ERROR_INVALID_LEVEL;
    if (!netname) return ERROR_INVALID_PARAMETER;
    pthread_mutex_lock(&lock);
    shares_init();
    int i = find_share(netname);
    char *base = i >= 0 ? alloc(entry + share_strings(i, level)) : NULL;
    if (base) share_write(base, base, &top, i, level);
    pthread_mutex_unlock(&lock);
    if (i < 0) return NERR_NetNameNotFound;
    if (!base) return ERROR_NOT_ENOUGH_MEMORY;
    *bufptr = (BYTE *)base;
    return NO_ERROR;
}

EXPORT DWORD NetShareAdd(const WCHAR *server, DWORD level, BYTE *buf, DWORD *parm_err) {
    const SHARE_INFO_502 *s = (const SHARE_INFO_502 *)buf;
    char name[100], remark[100], path[260];
    int i;
    DWORD rc = check_server(server);
    if (rc) return rc;
    if (level != 2 && level != 502) return ERROR_INVALID_LEVEL;
    if (!s || !s->netname || !s->netname[0] || wlen(s->netname) > 80) { if (parm_err) *parm_err = 1; return ERROR_INVALID_PARAMETER; }
    wto(name, sizeof name, s->netname);
    wto(remark, sizeof remark, s->remark);
    wto(path, sizeof path, s->path);
    pthread_mutex_lock(&lock);
    shares_init();
    if (find_share(s->netname) >= 0) { pthread_mutex_unlock(&lock); return NERR_DuplicateShare; }
    for (i = 0; i < ENTRY_MAX && shares[i].used; i++) {}
    if (i < ENTRY_MAX) { share_set(i, name, s->type, remark, path); shares[i].max_uses = s->max_uses; }
    pthread_mutex_unlock(&lock);
    return i < ENTRY_MAX ? NO_ERROR : ERROR_NOT_ENOUGH_MEMORY;
}

EXPORT DWORD NetShareDel(const WCHAR *server, const WCHAR *netname, DWORD reserved) {
    (void)reserved;
    DWORD rc = check_server(server);
    if (rc) return rc;
    if (!netname) return ERROR_INVALID_PARAMETER;
    pthread_mutex_lock(&lock);
    shares_init();
    int i = find_share(netname);
    if (i >= 0) memset(&shares[i], 0, sizeof shares[i]);
    pthread_mutex_unlock(&lock);
    return i >= 0 ? NO_ERROR : NERR_NetNameNotFound;
}

EXPORT DWORD NetServerGetInfo(const WCHAR *server, DWORD level, BYTE **bufptr) {
    if (!bufptr) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL;
    DWORD rc = check_server(server);
    if (rc) return rc;
    if (level != 100 && level != 101) return ERROR_INVALID_LEVEL;
    size_t entry = level == 100 ? 16 : sizeof(SERVER_INFO_101), top = entry;
    char *base = alloc(entry + wsize("STANDIN") + wsize("stand-in server"));
    if (!base) return ERROR_NOT_ENOUGH_MEMORY;
    SERVER_INFO_101 *s = (SERVER_INFO_101 *)base;     /* SERVER_INFO_100 is its first two fields */
    s->platform_id = 500;
    s->name = put(base, &top, "STANDIN");
    if (level == 101) {
        s->version_major = 10; s->version_minor = 0; s->type = 0x1003;
        s->comment = put(base, &top, "stand-in server");
    }
    *bufptr = (BYTE *)base;
    return NO_ERROR;
}

EXPORT DWORD NetWkstaGetInfo(const WCHAR *server, DWORD level, BYTE **bufptr) {
    if (!bufptr) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL;
    DWORD rc = check_server(server);
    if (rc) return rc;
    if (level != 100) return ERROR_INVALID_LEVEL;
    size_t top = sizeof(WKSTA_INFO_100);
    char *base = alloc(top + wsize("STANDIN") + wsize("WORKGROUP"));
    if (!base) return ERROR_NOT_ENOUGH_MEMORY;
    WKSTA_INFO_100 *w = (WKSTA_INFO_100 *)base;
    w->platform_id = 500;
    w->computername = put(base, &top, "STANDIN");
    w->langroup = put(base, &top, "WORKGROUP");
    w->ver_major = 10; w->ver_minor = 0;
    *bufptr = (BYTE *)base;
    return NO_ERROR;
}

/* ---- NetUse*: the mpr part's table ---- */
typedef struct {
    DWORD dwScope, dwType, dwDisplayType, dwUsage;
    WCHAR *lpLocalName, *lpRemoteName, *lpComment, *lpProvider;
} NETRESOURCEW;
DWORD WNetAddConnection2W(NETRESOURCEW *nr, const WCHAR *password, const WCHAR *user, DWORD flags);
DWORD WNetCancelConnection2W(const WCHAR *name, DWORD flags, BOOL force);

EXPORT DWORD NetUseAdd(const WCHAR *server, DWORD level, BYTE *buf, DWORD *parm_err) {
    const USE_INFO_2 *u = (const USE_INFO_2 *)buf;
    WCHAR user[300];
    if (server && server[0]) return ERROR_NOT_SUPPORTED;
    if (level != 1 && level != 2) return ERROR_INVALID_LEVEL;
    if (!u || !u->remote) { if (parm_err) *parm_err = 2; return ERROR_INVALID_PARAMETER; }
    NETRESOURCEW nr = {0, u->asg_type == 0 ? 1u : u->asg_type == 1 ? 2u : 0u, 0, 0,
                       u->local && u->local[0] ? u->local : NULL, u->remote, NULL, NULL};
    const WCHAR *name = NULL;
    if (level == 2 && u->username) {
        size_t d = u->domainname ? wlen(u->domainname) : 0, n = wlen(u->username);
        if (d + n + 2 > sizeof user / sizeof user[0]) return ERROR_INVALID_PARAMETER;
        if (d) { memcpy(user, u->domainname, d * 2); user[d++] = '\\'; }
        memcpy(user + d, u->username, n * 2); user[d + n] = 0;
        name = user;
    }
    return WNetAddConnection2W(&nr, u->password, name, 0);
}

EXPORT DWORD NetUseDel(const WCHAR *server, const WCHAR *name, DWORD force) {
    if (server && server[0]) return ERROR_NOT_SUPPORTED;
    return WNetCancelConnection2W(name, 0, force != 0);
}

typedef struct { char local[8], remote[300], user[260]; } Use;

static size_t use_entry(DWORD level) { return level == 0 ? 16 : level == 1 ? 40 : level == 2 ? sizeof(USE_INFO_2) : 0; }

static size_t use_strings(const Use *c, DWORD level) {
    size_t n = wsize(c->local) + wsize(c->remote);
    if (level == 2) n += strchr(c->user, '\\') ? wsize(c->user) : wsize(c->user) + wsize("STANDIN");  /* user, domain */
    return n;
}

static void use_write(char *entry, char *base, size_t *top, const Use *c, DWORD level) {
    USE_INFO_2 *u = (USE_INFO_2 *)entry;
    u->local = put(base, top, c->local);
    u->remote = put(base, top, c->remote);
    if (level == 0) return;
    u->password = NULL; u->status = 0; u->refcount = 0; u->usecount = 1;
    u->asg_type = strcasecmp(c->remote, "\\\\standin\\printer") == 0 ? 1 : 0;
    if (level == 1) return;
    const char *bs = strchr(c->user, '\\');
    u->username = put(base, top, bs ? bs + 1 : c->user);
    if (bs) {                                       /* "DOMAIN\user": the part before the backslash */
        size_t d = (size_t)(bs - c->user);
        u->domainname = (WCHAR *)(base + *top);
        wfrom(u->domainname, d + 1, c->user);
        *top += (d + 1) * sizeof(WCHAR);
    }
    else u->domainname = put(base, top, "STANDIN");
}

EXPORT DWORD NetUseEnum(const WCHAR *server, DWORD level, BYTE **bufptr, DWORD prefmaxlen, DWORD *entriesread,
                        DWORD *totalentries, DWORD *resume) {
    int slot[STANDIN_MAX_CONN], n = 0, i, take;
    size_t bytes = 0, top;
    if (!bufptr || !entriesread || !totalentries) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL; *entriesread = 0; *totalentries = 0;
    if (server && server[0]) return ERROR_NOT_SUPPORTED;
    size_t entry = use_entry(level);
    if (!entry) return ERROR_INVALID_LEVEL;
    Use *l = calloc(STANDIN_MAX_CONN, sizeof *l);
    if (!l) return ERROR_NOT_ENOUGH_MEMORY;
    for (i = resume ? (int)*resume : 0; i < STANDIN_MAX_CONN; i++)
        if (standin_conn_get(i, l[n].local, l[n].remote, l[n].user)) slot[n++] = i;
    for (take = 0; take < n; take++) {
        size_t more = entry + use_strings(&l[take], level);
        if (take > 0 && prefmaxlen != MAX_PREFERRED_LENGTH && bytes + more > prefmaxlen) break;
        bytes += more;
    }
    char *base = take ? alloc(bytes) : NULL;
    if (take && !base) { free(l); return ERROR_NOT_ENOUGH_MEMORY; }
    top = (size_t)take * entry;
    for (i = 0; i < take; i++) use_write(base + (size_t)i * entry, base, &top, &l[i], level);
    free(l);
    *bufptr = (BYTE *)base; *entriesread = (DWORD)take; *totalentries = (DWORD)n;
    if (resume) *resume = take < n ? (DWORD)slot[take] : 0;
    return take < n ? ERROR_MORE_DATA : NO_ERROR;
}

EXPORT DWORD NetUseGetInfo(const WCHAR *server, const WCHAR *name, DWORD level, BYTE **bufptr) {
    Use c;
    char n[300];
    int i;
    if (!bufptr) return ERROR_INVALID_PARAMETER;
    *bufptr = NULL;
    if (server && server[0]) return ERROR_NOT_SUPPORTED;
    size_t entry = use_entry(level), top = entry;
    if (!entry) return ERROR_INVALID_LEVEL;
    if (!name) return ERROR_INVALID_PARAMETER;
    wto(n, sizeof n, name);
    for (i = 0; i < STANDIN_MAX_CONN; i++)
        if (standin_conn_get(i, c.local, c.remote, c.user)
            && (strcasecmp(c.local, n) == 0 || (!c.local[0] && strcasecmp(c.remote, n) == 0))) break;
    if (i == STANDIN_MAX_CONN) return ERROR_NOT_CONNECTED;
    char *base = alloc(entry + use_strings(&c, level));
    if (!base) return ERROR_NOT_ENOUGH_MEMORY;
    use_write(base, base, &top, &c, level);
    *bufptr = (BYTE *)base;
    return NO_ERROR;
}
