#ifndef BRIEFING_MEMORY_H
#define BRIEFING_MEMORY_H

/// Gives the memory the allocator holds free back to the system (glibc's malloc_trim; nothing
/// elsewhere), so that what one build step let go is not counted again beside the next step's.
void briefing_return_free_memory(void);

#endif
