#ifndef PARLEY_CZLIB_SHIM_H
#define PARLEY_CZLIB_SHIM_H
/* zlib from the system (zlib1g-dev, which libxml2-dev brings): saved pages kept as .html.gz and
   gzip bodies of plain-http responses. */
#include <zlib.h>
#endif
