/* Shared helpers of the stand-in: UTF-16 strings and the fault switches tests flip at run time. */
#include "standin.h"
#include <errno.h>
#include <pthread.h>
#include <string.h>

size_t wlen(const WCHAR *s) { size_t n = 0; if (s) while (s[n]) n++; return n; }

int wcopy(WCHAR *dst, size_t cap, const WCHAR *src) {
    size_t n = wlen(src), i;
    if (cap == 0) return -1;
    int trunc = n >= cap;
    if (trunc) n = cap - 1;
    for (i = 0; i < n; i++) dst[i] = src[i];
    dst[n] = 0;
    return trunc ? -1 : 0;
}

int wfrom(WCHAR *dst, size_t cap, const char *a) {
    size_t n = strlen(a), i;
    if (cap == 0) return -1;
    int trunc = n >= cap;
    if (trunc) n = cap - 1;
    for (i = 0; i < n; i++) dst[i] = (unsigned char)a[i];
    dst[n] = 0;
    return trunc ? -1 : 0;
}

int weq(const WCHAR *a, const char *s) {
    size_t i;
    if (!a) return 0;
    for (i = 0; s[i]; i++) if (a[i] != (unsigned char)s[i]) return 0;
    return a[i] == 0;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int wieq(const WCHAR *a, const char *s) {
    size_t i;
    if (!a) return 0;
    for (i = 0; s[i]; i++) if (a[i] > 127 || lower(a[i]) != lower((unsigned char)s[i])) return 0;
    return a[i] == 0;
}

void wto(char *dst, size_t cap, const WCHAR *src) {
    size_t i = 0;
    if (src) for (; src[i] && i + 1 < cap; i++) dst[i] = src[i] < 128 ? (char)src[i] : '?';
    dst[i] = 0;
}

/* ---- fault switches ---- */
#define MAX_FAULTS 32
static struct { char key[64]; int value; } faults[MAX_FAULTS];
static pthread_mutex_t fault_lock = PTHREAD_MUTEX_INITIALIZER;

int standin_fault(const char *key) {
    int i, v = 0;
    pthread_mutex_lock(&fault_lock);
    for (i = 0; i < MAX_FAULTS; i++) if (faults[i].key[0] && strcmp(faults[i].key, key) == 0) { v = faults[i].value; break; }
    pthread_mutex_unlock(&fault_lock);
    return v;
}

/* Sets a fault switch (value 0 clears it); key NULL clears all. Returns 0, or -1 when the table is full. */
EXPORT int pywin32jvm_standin_control(const char *key, int value) {
    int i, free_slot = -1, rc = 0;
    pthread_mutex_lock(&fault_lock);
    if (!key) {
        memset(faults, 0, sizeof faults);
    } else {
        for (i = 0; i < MAX_FAULTS; i++) {
            if (faults[i].key[0] && strcmp(faults[i].key, key) == 0) { free_slot = i; break; }
            if (!faults[i].key[0] && free_slot < 0) free_slot = i;
        }
        if (free_slot < 0 || strlen(key) >= sizeof faults[0].key) rc = -1;
        else if (value == 0) faults[free_slot].key[0] = 0;
        else { strcpy(faults[free_slot].key, key); faults[free_slot].value = value; }
    }
    pthread_mutex_unlock(&fault_lock);
    return rc;
}

/* GetLastError() on Windows; JNA's Native.getLastError() reads errno on Linux. */
void standin_set_errno(int code) { errno = code; }
