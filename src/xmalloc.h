/* SPDX-License-Identifier: ISC */
/*
 * Allocation that cannot fail: on out-of-memory these print a message and
 * exit with DFOPT_EXIT_SYSTEM, so callers never check for NULL (tmux
 * xmalloc.c).  Every pointer returned is freed with free().
 */
#ifndef XMALLOC_H
#define XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
int	 xasprintf(char **, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	 xvasprintf(char **, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

/*
 * Growable arrays: struct with fields v, n, cap.  VEC_PUSH returns a
 * pointer to the new, zeroed slot.
 */
#define VEC_GROW(vec) do {						\
	if ((vec)->n == (vec)->cap) {					\
		(vec)->cap = (vec)->cap ? (vec)->cap * 2 : 8;		\
		(vec)->v = xreallocarray((vec)->v, (vec)->cap,		\
		    sizeof(*(vec)->v));					\
	}								\
} while (0)

#endif
