// Test aid, not part of the program: types lines through Unikey's engine (scim-unikey's build) via its C interface; see run.sh.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct { int v[16]; } Opts;
static void (*Setup)(void); static void (*Filter)(unsigned); static void (*Reset)(void);
static void (*SetIM)(int); static void (*GetOpt)(Opts*); static void (*SetOpt)(Opts*);
static void (*Bs)(void);
static unsigned char *Buf; static int *Backs; static int *BufChars;
static unsigned text[4096]; static int len;
static int decode(const unsigned char *s, int n, unsigned *out) {
  int k = 0; for (int i = 0; i < n;) { unsigned c = s[i];
    if (c < 0x80) { out[k++] = c; i++; }
    else if ((c & 0xE0) == 0xC0) { out[k++] = ((c & 0x1F) << 6) | (s[i+1] & 0x3F); i += 2; }
    else if ((c & 0xF0) == 0xE0) { out[k++] = ((c & 0x0F) << 12) | ((s[i+1] & 0x3F) << 6) | (s[i+2] & 0x3F); i += 3; }
    else { out[k++] = '?'; i++; } }
  return k; }
static void put(unsigned c) { char b[4]; int n = 0;
  if (c < 0x80) b[n++] = c; else if (c < 0x800) { b[n++] = 0xC0 | (c >> 6); b[n++] = 0x80 | (c & 0x3F); }
  else { b[n++] = 0xE0 | (c >> 12); b[n++] = 0x80 | ((c >> 6) & 0x3F); b[n++] = 0x80 | (c & 0x3F); }
  fwrite(b, 1, n, stdout); }
static void apply(unsigned ch) {
  if (*BufChars == 0 && *Backs == 0) { text[len++] = ch; return; }
  len -= *Backs; if (len < 0) len = 0;
  unsigned out[1024]; int k = decode(Buf, *BufChars, out);
  for (int i = 0; i < k; i++) text[len++] = out[i]; }
int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW); if (!h) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  Setup = dlsym(h, "UnikeySetup"); Filter = dlsym(h, "UnikeyFilter"); Reset = dlsym(h, "UnikeyResetBuf");
  SetIM = dlsym(h, "UnikeySetInputMethod"); GetOpt = dlsym(h, "UnikeyGetOptions"); SetOpt = dlsym(h, "UnikeySetOptions");
  Bs = dlsym(h, "UnikeyBackspacePress");
  Buf = dlsym(h, "UnikeyBuf"); Backs = dlsym(h, "UnikeyBackspaces"); BufChars = dlsym(h, "UnikeyBufChars");
  Setup();
  Opts o; memset(&o, 0, sizeof o); GetOpt(&o);
  if (getenv("DUMP")) { for (int i = 0; i < 9; i++) fprintf(stderr, "%d ", o.v[i]); fprintf(stderr, "\n"); }
  char line[8192];
  // input: method \t style \t keys ; '\b' in keys = Backspace (written as the two chars \b)
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    char *m = strtok(line, "\t"), *st = strtok(NULL, "\t"), *keys = strtok(NULL, "");
    if (!keys) keys = "";
    o.v[0] = 1; o.v[1] = strcmp(st, "modern") == 0; o.v[2] = 0; o.v[7] = 1; o.v[8] = 1; SetOpt(&o);
    SetIM(strcmp(m, "vni") == 0 ? 1 : 0); Reset(); len = 0;
    for (char *p = keys; *p; p++) {
      if (p[0] == '\\' && p[1] == 'b') { p++; Bs(); if (*Backs == 0) { if (len) len--; } else { len -= *Backs; if (len < 0) len = 0; unsigned out[1024]; int k = decode(Buf, *BufChars, out); for (int i = 0; i < k; i++) text[len++] = out[i]; } continue; }
      Filter((unsigned char)*p); apply((unsigned char)*p); }
    Filter(' '); apply(' '); if (len && text[len-1] == ' ') len--;
    for (int i = 0; i < len; i++) put(text[i]); putchar('\n'); }
  return 0; }
