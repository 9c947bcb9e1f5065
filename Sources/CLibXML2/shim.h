#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H
/* libxml2 from the system (libxml2-dev): its HTML parser for saved pages, its XML reader for feeds.
   Both are used with network access off and without external entities or DTD loading. */
/* Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers,
   whose UErrorCode differs from the one in Foundation's own ICU module: a build that loads both fails,
   or not, depending on the order modules are built in. Parley never touches libxml2's converters, so
   the ICU part of encoding.h is left out (it only adds trailing fields to a struct used by pointer). */
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xpath.h>
#endif
