// Only the header matters: SwiftPM wants one source file for a C target.
#include "CFuzzDriver.h"
