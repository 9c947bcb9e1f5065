#ifndef PARLEY_CZLIB_SHIM_H
#define PARLEY_CZLIB_SHIM_H
/* zlib from the system (zlib1g-dev): inflates saved pages kept as .html.gz. */
#include <zlib.h>
#endif
