// ncursesw shim. SwiftPM drops the -D flags from ncursesw.pc, so the wide-character API
// must be switched on here, before the header. Macros and globals (stdscr, LINES, COLS,
// COLOR_PAIR, A_BOLD ...) are not importable into Swift 6: wrap them in inline functions.
#ifndef DLTUTOR_CNCURSES_SHIM_H
#define DLTUTOR_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }

#endif
