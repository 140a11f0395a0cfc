/*
 * Drives every protocol path of the native stand-in (native/standin) from C, for the memory checkers:
 * scripts/fixtures/native.sh builds it with AddressSanitizer + UBSan (stand-in sources compiled in) and
 * runs the plain build under valgrind. The JVM tests exercise the same paths through JNA; this program
 * shows the stand-in itself reads and writes only what the Windows contract allows.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef uint32_t DWORD;
typedef uint16_t WCHAR;
typedef void *HANDLE;

extern int pywin32jvm_standin_control(const char *, int);
extern void pywin32jvm_standin_ras_reset(void);
extern void pywin32jvm_standin_wnet_reset(void);
extern DWORD RasDialW(void *, const WCHAR *, void *, DWORD, void *, HANDLE *);
extern DWORD RasHangUpW(HANDLE);
extern DWORD RasGetConnectStatusW(HANDLE, void *);
extern DWORD RasEnumConnectionsW(void *, DWORD *, DWORD *);
extern DWORD RasEnumEntriesW(const WCHAR *, const WCHAR *, void *, DWORD *, DWORD *);
extern DWORD RasGetEntryDialParamsW(const WCHAR *, void *, int *);
extern DWORD RasSetEntryDialParamsW(const WCHAR *, void *, int);
extern DWORD RasGetErrorStringW(unsigned, WCHAR *, DWORD);
extern DWORD RasGetEapUserIdentityW(const WCHAR *, const WCHAR *, DWORD, HANDLE, void **);
extern void RasFreeEapUserIdentityW(void *);
extern DWORD WNetAddConnection2W(void *, const WCHAR *, const WCHAR *, DWORD);
extern DWORD WNetCancelConnection2W(const WCHAR *, DWORD, int);
extern DWORD WNetOpenEnumW(DWORD, DWORD, DWORD, void *, HANDLE *);
extern DWORD WNetEnumResourceW(HANDLE, DWORD *, void *, DWORD *);
extern DWORD WNetCloseEnum(HANDLE);
extern DWORD WNetGetUserW(const WCHAR *, WCHAR *, DWORD *);
extern DWORD WNetGetConnectionW(const WCHAR *, WCHAR *, DWORD *);
extern DWORD WNetGetUniversalNameW(const WCHAR *, DWORD, void *, DWORD *);
extern DWORD WNetGetResourceInformationW(void *, void *, DWORD *, WCHAR **);
extern DWORD WNetGetResourceParentW(void *, void *, DWORD *);
extern DWORD WNetGetLastErrorW(DWORD *, WCHAR *, DWORD, WCHAR *, DWORD);
extern unsigned char Netbios(void *);

static int failures;
#define EXPECT(cond) do { if (!(cond)) { fprintf(stderr, "FAIL %s:%d %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static WCHAR *W(const char *s) {                    /* heap copy, exact size: overreads show up */
    size_t n = strlen(s), i;
    WCHAR *w = malloc((n + 1) * sizeof *w);
    for (i = 0; i <= n; i++) w[i] = (unsigned char)s[i];
    return w;
}

static void put(WCHAR *field, const char *s) { size_t i; for (i = 0; s[i]; i++) field[i] = (unsigned char)s[i]; field[i] = 0; }

static volatile int events, last_state;
static void on_dial(HANDLE h, unsigned msg, DWORD state, DWORD err, DWORD ext) {
    (void)h; (void)ext;
    if (msg == 0xCCCD) { events++; last_state = (int)(state | (err ? 0x10000 : 0)); }
}

static void ras(void) {
    enum { PARAMS = 2112, CONN = 1388, STATUS = 608, ENTRY = 1048 };
    unsigned char *p = calloc(1, PARAMS), *st = calloc(1, STATUS);
    HANDLE h = NULL;
    DWORD cb, n;
    pywin32jvm_standin_ras_reset();
    *(DWORD *)p = 1234;
    EXPECT(RasDialW(NULL, NULL, p, 0, NULL, &h) == 632);
    *(DWORD *)p = PARAMS;
    put((WCHAR *)(p + 4), "Nowhere");
    EXPECT(RasDialW(NULL, NULL, p, 0, NULL, &h) == 623 && h == NULL);
    put((WCHAR *)(p + 4), "Office VPN");
    put((WCHAR *)(p + 1034), "alice");
    put((WCHAR *)(p + 1548), "wrong");
    EXPECT(RasDialW(NULL, NULL, p, 0, NULL, &h) == 691 && h != NULL);   /* handle even on failure */
    EXPECT(RasHangUpW(h) == 0);
    EXPECT(RasHangUpW(h) == 6);                                         /* already closed */
    put((WCHAR *)(p + 1548), "secret");
    h = NULL;
    EXPECT(RasDialW(NULL, NULL, p, 1, (void *)on_dial, &h) == 0 && h != NULL);
    for (int i = 0; i < 500 && last_state != 0x2000; i++) usleep(2000);
    EXPECT(last_state == 0x2000 && events == 8);
    *(DWORD *)st = STATUS;
    EXPECT(RasGetConnectStatusW(h, st) == 0 && *(DWORD *)(st + 4) == 0x2000);
    EXPECT(RasGetConnectStatusW((HANDLE)(intptr_t)-2, st) == 6);
    *(DWORD *)st = 100;
    EXPECT(RasGetConnectStatusW(h, st) == 632);
    cb = 0;
    EXPECT(RasEnumConnectionsW(NULL, &cb, &n) == 603 && cb == CONN && n == 1);
    unsigned char *conns = calloc(1, cb);
    *(DWORD *)conns = CONN;
    HANDLE first;
    EXPECT(RasEnumConnectionsW(conns, &cb, &n) == 0 && n == 1);
    memcpy(&first, conns + 4, sizeof first);             /* pack(4): hrasconn is misaligned on x64 */
    EXPECT(first == h);
    free(conns);
    pywin32jvm_standin_control("ras.enum.size", 2);
    cb = CONN;
    EXPECT(RasEnumConnectionsW(NULL, &cb, &n) == 603 && cb == 0);
    pywin32jvm_standin_control(NULL, 0);
    EXPECT(RasHangUpW(h) == 0);
    /* hang up while the callback thread is still dialling: no more callbacks, no use after free */
    events = 0; last_state = -1; h = NULL;
    pywin32jvm_standin_control("ras.dial.step_ms", 20);
    EXPECT(RasDialW(NULL, NULL, p, 1, (void *)on_dial, &h) == 0);
    usleep(30000);
    EXPECT(RasHangUpW(h) == 0);
    int seen = events;
    usleep(100000);
    EXPECT(events == seen && events < 8);
    pywin32jvm_standin_control(NULL, 0);

    cb = ENTRY * 1;
    unsigned char *e = calloc(1, ENTRY);
    *(DWORD *)e = ENTRY;
    EXPECT(RasEnumEntriesW(NULL, NULL, e, &cb, &n) == 603 && cb == 2 * ENTRY && n == 2);
    free(e);
    e = calloc(2, ENTRY);
    *(DWORD *)e = ENTRY;
    EXPECT(RasEnumEntriesW(NULL, NULL, e, &cb, &n) == 0 && n == 2);
    WCHAR *bad_pb = W("/tmp/other.pbk");
    EXPECT(RasEnumEntriesW(NULL, bad_pb, e, &cb, &n) == 621);
    free(bad_pb);
    free(e);

    int got = 0;
    EXPECT(RasSetEntryDialParamsW(NULL, p, 0) == 0);
    memset(p + 4, 0, PARAMS - 4);
    put((WCHAR *)(p + 4), "Office VPN");
    EXPECT(RasGetEntryDialParamsW(NULL, p, &got) == 0 && got == 1);
    EXPECT(((WCHAR *)(p + 1548))[0] == 1);                              /* opaque token, not the password */

    WCHAR msg[512];
    EXPECT(RasGetErrorStringW(623, msg, 512) == 0 && msg[0] == 'T');
    EXPECT(RasGetErrorStringW(623, msg, 10) == 122);
    EXPECT(RasGetErrorStringW(5, msg, 512) == 87);

    void *id = NULL;
    WCHAR *vpn = W("Office VPN");
    EXPECT(RasGetEapUserIdentityW(NULL, vpn, 0, NULL, &id) == 0 && id != NULL);
    RasFreeEapUserIdentityW(id);
    free(vpn);
    free(p);
    free(st);
}

typedef struct { DWORD scope, type, display, usage; WCHAR *local, *remote, *comment, *provider; } NR;

static void wnet(void) {
    NR nr = {0};
    DWORD len, count;
    pywin32jvm_standin_wnet_reset();
    nr.type = 1;
    nr.local = W("Z:");
    nr.remote = W("\\\\standin\\share1");
    WCHAR *wrong = W("wrong"), *bob = W("bob");
    EXPECT(WNetAddConnection2W(&nr, wrong, NULL, 0) == 86);
    EXPECT(WNetAddConnection2W(&nr, NULL, bob, 0) == 0);
    EXPECT(WNetAddConnection2W(&nr, NULL, bob, 0) == 85);
    len = 0;
    EXPECT(WNetGetUserW(nr.local, NULL, &len) == 234 && len == 4);
    WCHAR *user = malloc(len * sizeof *user);
    EXPECT(WNetGetUserW(nr.local, user, &len) == 0 && user[0] == 'b' && user[3] == 0);
    free(user);
    len = 3;
    WCHAR small[3];
    EXPECT(WNetGetConnectionW(nr.local, small, &len) == 234 && len == 17);
    WCHAR *path = W("Z:\\dir\\file.txt");
    len = 0;
    EXPECT(WNetGetUniversalNameW(path, 2, small, &len) == 234);
    void *buf = malloc(len);
    EXPECT(WNetGetUniversalNameW(path, 2, buf, &len) == 0);
    free(buf);
    EXPECT(WNetGetUniversalNameW(path, 7, small, &len) == 124);
    free(path);

    HANDLE h = NULL;
    EXPECT(WNetOpenEnumW(2, 0, 0, NULL, &h) == 0);
    len = 40;
    count = (DWORD)-1;
    unsigned char tiny[40];
    EXPECT(WNetEnumResourceW(h, &count, tiny, &len) == 234 && len > 48);
    len = 4096;
    count = (DWORD)-1;
    buf = malloc(len);
    EXPECT(WNetEnumResourceW(h, &count, buf, &len) == 0 && count == 1);
    EXPECT(WNetEnumResourceW(h, &count, buf, &len) == 259);
    EXPECT(WNetCloseEnum(h) == 0);
    EXPECT(WNetCloseEnum(h) == 6);
    EXPECT(WNetEnumResourceW(h, &count, buf, &len) == 6);
    NR server = {0};
    server.remote = W("\\\\standin");
    EXPECT(WNetOpenEnumW(2, 0, 0, &server, &h) == 0);
    len = 4096; count = 2;
    EXPECT(WNetEnumResourceW(h, &count, buf, &len) == 0 && count == 2);
    len = 4096; count = 2;
    EXPECT(WNetEnumResourceW(h, &count, buf, &len) == 0 && count == 1);
    EXPECT(WNetCloseEnum(h) == 0);
    WCHAR *sys = NULL;
    NR file = {0};
    file.remote = W("\\\\standin\\share2\\a\\b");
    len = 16;
    EXPECT(WNetGetResourceInformationW(&file, buf, &len, &sys) == 234);
    len = 4096;
    EXPECT(WNetGetResourceInformationW(&file, buf, &len, &sys) == 0 && sys && sys[0] == '\\');
    len = 4096;
    EXPECT(WNetGetResourceParentW(&file, buf, &len) == 0);
    free(buf);
    NR ext = {0};
    ext.remote = W("\\\\standin\\extended");
    EXPECT(WNetAddConnection2W(&ext, NULL, NULL, 0) == 1208);
    DWORD code = 0;
    WCHAR desc[8], prov[8];
    EXPECT(WNetGetLastErrorW(&code, desc, 8, prov, 8) == 0 && code == 5555 && desc[7] == 0);
    EXPECT(WNetCancelConnection2W(nr.local, 0, 1) == 0);
    EXPECT(WNetCancelConnection2W(nr.local, 0, 1) == 2250);
    free(nr.local); free(nr.remote); free(server.remote); free(file.remote); free(ext.remote); free(wrong); free(bob);
    pywin32jvm_standin_wnet_reset();
}

typedef struct {
    unsigned char command, retcode, lsn, num; unsigned char *buffer; uint16_t length;
    unsigned char callname[16], name[16], rto, sto; void *post; unsigned char lana, cplt, reserve[18]; void *event;
} NCB;

static void netbios(void) {
    NCB n;
    unsigned char *lanas = malloc(256), *status = malloc(20);
    memset(&n, 0, sizeof n);
    n.command = 0x37; n.buffer = lanas; n.length = 256;
    EXPECT(Netbios(&n) == 0 && lanas[0] == 1);
    memset(&n, 0, sizeof n);
    n.command = 0x33; n.buffer = status; n.length = 20;
    memset(n.callname, ' ', 16); n.callname[0] = '*';
    EXPECT(Netbios(&n) == 6 && status[0] == 0x02);                     /* NRC_INCOMP: partial answer */
    memset(&n, 0, sizeof n);
    n.command = 0x7F;
    EXPECT(Netbios(&n) == 3);
    memset(&n, 0, sizeof n);
    n.command = 0x37; n.length = 10;
    EXPECT(Netbios(&n) == 1);
    free(lanas);
    free(status);
}

int main(void) {
    ras();
    wnet();
    netbios();
    usleep(50000);                              /* let detached dial threads finish */
    if (failures) { fprintf(stderr, "standin_check: %d failure(s)\n", failures); return 1; }
    printf("standin_check: all protocol paths passed\n");
    return 0;
}
