#ifndef DOITHOAI_CNCURSESW_SHIM_H
#define DOITHOAI_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags: without this the wide API
// (get_wch, mvaddwstr, cchar_t) is silently missing.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import these macros, and Swift 6 rejects the mutable globals.
static inline WINDOW *doithoai_stdscr(void) { return stdscr; }
static inline int doithoai_lines(void) { return LINES; }
static inline int doithoai_cols(void) { return COLS; }
static inline int doithoai_colors(void) { return COLORS; }
static inline unsigned int doithoai_a_bold(void) { return A_BOLD; }
static inline unsigned int doithoai_a_reverse(void) { return A_REVERSE; }
static inline unsigned int doithoai_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int doithoai_a_dim(void) { return A_DIM; }
static inline unsigned int doithoai_color_pair(int n) { return COLOR_PAIR(n); }
static inline int doithoai_key_f(int n) { return KEY_F(n); }
static inline void doithoai_set_escdelay(int ms) { set_escdelay(ms); }
static inline int doithoai_key_code_yes(void) { return KEY_CODE_YES; }
static inline unsigned long doithoai_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline unsigned long doithoai_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline unsigned long doithoai_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline unsigned long doithoai_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline unsigned long doithoai_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
