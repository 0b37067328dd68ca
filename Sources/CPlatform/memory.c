#include <stdlib.h>
#include "memory.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void briefing_return_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
