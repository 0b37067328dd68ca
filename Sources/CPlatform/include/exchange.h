#ifndef BRIEFING_EXCHANGE_H
#define BRIEFING_EXCHANGE_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (also where the system lacks it).
int briefing_exchange_paths(const char *a, const char *b);

#endif
