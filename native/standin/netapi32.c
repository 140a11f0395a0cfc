/*
 * netapi32 stand-in: Netbios with one LANA (0) and a fixed adapter address, enough for NCBENUM,
 * NCBRESET and NCBASTAT ("*") as pywin32's MAC-address recipe uses them. Answers and NRC_* codes as
 * Windows documents them; everything else is NRC_ILLCMD.
 */
#include "standin.h"
#include <string.h>

typedef struct _NCB {
    UCHAR ncb_command, ncb_retcode, ncb_lsn, ncb_num;
    UCHAR *ncb_buffer;
    WORD ncb_length;
    UCHAR ncb_callname[16], ncb_name[16];
    UCHAR ncb_rto, ncb_sto;
    void (*ncb_post)(struct _NCB *);
    UCHAR ncb_lana_num, ncb_cmd_cplt;
    UCHAR ncb_reserve[18];
    HANDLE ncb_event;
} NCB;
_Static_assert(sizeof(NCB) == 96, "NCB");
_Static_assert(offsetof(NCB, ncb_event) == 88, "NCB.ncb_event");

#define NCBRESET 0x32
#define NCBASTAT 0x33
#define NCBENUM 0x37
#define ASYNCH 0x80
#define NRC_GOODRET 0x00
#define NRC_BUFLEN 0x01
#define NRC_ILLCMD 0x03
#define NRC_INCOMP 0x06
#define NRC_BRIDGE 0x23
#define NRC_PENDING 0xFF
#define ADAPTER_STATUS_SIZE 60

static const UCHAR MAC[6] = {0x02, 0x00, 0x5E, 0x10, 0x20, 0x30};

static UCHAR finish(NCB *n, UCHAR rc) { n->ncb_retcode = rc; n->ncb_cmd_cplt = rc; return rc; }

EXPORT UCHAR Netbios(NCB *n) {
    if (!n) return NRC_BUFLEN;
    UCHAR cmd = n->ncb_command & (UCHAR)~ASYNCH;
    if (n->ncb_command & ASYNCH) return finish(n, NRC_ILLCMD);   /* the stand-in has no asynchronous mode */
    if (n->ncb_length && !n->ncb_buffer) return finish(n, NRC_BUFLEN);
    switch (cmd) {
    case NCBENUM:
        if (n->ncb_length < 2) return finish(n, NRC_BUFLEN);
        n->ncb_buffer[0] = 1;
        n->ncb_buffer[1] = 0;
        return finish(n, NRC_GOODRET);
    case NCBRESET:
        return finish(n, n->ncb_lana_num == 0 ? NRC_GOODRET : NRC_BRIDGE);
    case NCBASTAT: {
        UCHAR status[ADAPTER_STATUS_SIZE];
        if (n->ncb_lana_num != 0) return finish(n, NRC_BRIDGE);
        if (!n->ncb_buffer) return finish(n, NRC_BUFLEN);
        memset(status, 0, sizeof status);
        memcpy(status, MAC, sizeof MAC);
        status[6] = 3;                                  /* rev_major */
        status[8] = 0xFE;                               /* adapter_type: Ethernet */
        size_t n_copy = n->ncb_length < sizeof status ? n->ncb_length : sizeof status;
        memcpy(n->ncb_buffer, status, n_copy);
        return finish(n, n_copy < sizeof status ? NRC_INCOMP : NRC_GOODRET);
    }
    default:
        return finish(n, NRC_ILLCMD);
    }
}
