#ifndef PARLEY_CZLIB_SHIM_H
#define PARLEY_CZLIB_SHIM_H
/* zlib from the system (zlib1g-dev, which libxml2-dev brings): saved pages kept as .html.gz and
   gzip bodies of plain-http responses. */
#include <zlib.h>

/* inflateInit2 is a macro; gzip framing is window bits 15 + 16. */
static inline int parley_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}
#endif
