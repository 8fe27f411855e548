// ncursesw shim. SwiftPM drops the -D flags from ncursesw.pc, so the wide-character API
// must be switched on here, before the header. Macros and globals (stdscr, LINES, COLS,
// COLOR_PAIR, A_BOLD ...) are not importable into Swift 6: wrap them in inline functions.
// Keep this header free of static variables: Swift may emit these inline functions into
// several object files, and each would get its own copy of such a variable.
#ifndef DLTUTOR_CNCURSES_SHIM_H
#define DLTUTOR_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Declared here because the C library's module does not expose them without
// _XOPEN_SOURCE/_GNU_SOURCE, which would have to be set before its first inclusion.
extern int wcwidth(wchar_t character);
extern int pipe2(int descriptors[2], int flags);

/// The columns the C library (and so curses) gives one wide character (-1: unprintable).
static inline int dl_wcwidth(unsigned int character) { return wcwidth((wchar_t)character); }

/// A pipe whose ends are close-on-exec and non-blocking.
static inline int dl_pipe_nonblocking(int descriptors[2]) {
    return pipe2(descriptors, O_CLOEXEC | O_NONBLOCK);
}

static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline WINDOW *dl_curscr(void) { return curscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }

/// Whether the current LC_CTYPE locale encodes text as UTF-8.
static inline int dl_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Starts curses on the process's own stdout/stdin (stdio globals are not importable
/// in Swift 6). Returns NULL when the terminal type is unknown, instead of exiting.
static inline SCREEN *dl_newterm_stdio(const char *terminal_type) {
    return newterm(terminal_type, stdout, stdin);
}

// Text attributes (NCURSES_BITS macros).
static inline attr_t dl_attr_normal(void) { return A_NORMAL; }
static inline attr_t dl_attr_bold(void) { return A_BOLD; }
static inline attr_t dl_attr_dim(void) { return A_DIM; }
static inline attr_t dl_attr_italic(void) { return A_ITALIC; }
static inline attr_t dl_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dl_attr_reverse(void) { return A_REVERSE; }

// Key codes that are function-like macros or need KEY_CODE_YES.
static inline int dl_key_code_yes(void) { return KEY_CODE_YES; }
static inline int dl_key_f(int n) { return KEY_F(n); }
static inline int dl_key_resize(void) { return KEY_RESIZE; }
static inline int dl_key_mouse(void) { return KEY_MOUSE; }

// Mouse masks (built from NCURSES_MOUSE_MASK, a function-like macro).
static inline mmask_t dl_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t dl_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
static inline mmask_t dl_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dl_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }

/// Builds a complex character of up to CCHARW_MAX wide characters (a spacing character and
/// its combining marks) with an extended colour pair, which setcchar takes through its
/// opaque pointer so that pairs above 32767 work.
static inline int dl_setcchar(cchar_t *out, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(out, text, attributes, (NCURSES_PAIRS_T)(pair > 32767 ? 0 : pair), &pair);
}

/// The most wide characters one cell may hold.
static inline int dl_cchar_max(void) { return CCHARW_MAX; }

/// The terminal size of `fd` from the kernel (ioctl is variadic, so Swift cannot call it).
static inline int dl_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

/// Installs `handler` for `signal_number` with a full signal mask during the handler and
/// no SA_RESTART (a blocking poll should wake up). Returns 0 on success.
static inline int dl_install_signal_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigfillset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, NULL);
}

/// Restores the default action for `signal_number`.
static inline int dl_default_signal_handler(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

/// Unblocks `signal_number` for this thread (a re-raised signal must not stay pending).
static inline int dl_unblock_signal(int signal_number) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal_number);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#endif
