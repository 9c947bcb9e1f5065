#ifndef PARLEY_CFUZZDRIVER_H
#define PARLEY_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that keep their own `main`: parses the usual libFuzzer flags from
/// argv and calls `callback` with each input. It lives in the toolchain's libclang_rt.fuzzer, which
/// `-sanitize=fuzzer` links in.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
