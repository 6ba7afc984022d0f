/* SPDX-License-Identifier: ISC */
/*
 * A bump allocator.  Every parsed file owns one arena; tokens, AST nodes,
 * decoded strings and spans come from it and are released together by
 * arena_free() (git's mem-pool.h).  There is no per-object free, so error
 * paths in the parser cannot leak and rules cannot double-free.
 *
 *	struct arena *a = arena_new();
 *	char *s = arena_strndup(a, p, n);	// borrowed; valid until arena_free(a)
 *	arena_free(a);
 *
 * Allocation never fails (it exits like xmalloc); memory is zeroed.
 */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);
void		 arena_reset(struct arena *);
void		*arena_alloc(struct arena *, size_t);
void		 arena_adopt(struct arena *, void *, size_t);
void		*arena_array(struct arena *, size_t, size_t);
void		*arena_memdup(struct arena *, const void *, size_t);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_strdup(struct arena *, const char *);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
size_t		 arena_used(const struct arena *);

#endif
