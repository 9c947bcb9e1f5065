#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H
/* libxml2 from the system (libxml2-dev): its HTML parser for saved pages, its XML reader for feeds.
   Both are used with network access off and without external entities or DTD loading. */
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xpath.h>
#endif
