#ifndef PARLEY_CNCURSES_SHIM_H
#define PARLEY_CNCURSES_SHIM_H
/* Wide-character ncurses for Swift: the pkg-config feature macros are dropped by SwiftPM,
   so the wide API is enabled here, before curses.h. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline attr_t parley_attr_bold(void) { return A_BOLD; }
static inline attr_t parley_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_attr_reverse(void) { return A_REVERSE; }
static inline attr_t parley_attr_normal(void) { return A_NORMAL; }
static inline int parley_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int parley_key_resize(void) { return KEY_RESIZE; }
static inline int parley_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t parley_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline int parley_set_cchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}
/* Asks for a full repaint on the next refresh (after the process was suspended). */
static inline void parley_force_repaint(void) { clearok(curscr, TRUE); }

/* term.h last: it defines short macros (lines, columns, ...) for every capability. */
#include <term.h>

/* Whether the terminal type in TERM can draw the reader, read from terminfo for `fd`:
   1 when it can move the cursor and clear the screen, 0 when it cannot, -1 when TERM is unknown. */
static inline int parley_terminal_can_draw(int fd) {
    int error = 0;
    if (setupterm(NULL, fd, &error) != OK) return -1;
    int can = cursor_address != NULL && cursor_address != (char *)-1
        && clear_screen != NULL && clear_screen != (char *)-1;
    del_curterm(cur_term);
    return can;
}
#endif
