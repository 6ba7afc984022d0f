/* SPDX-License-Identifier: ISC */
/*
 * Bump allocator in chunks; see arena.h for the contract.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "xmalloc.h"

#define ARENA_CHUNK	(64 * 1024)
#define ARENA_ALIGN	16

struct arena_chunk {
	struct arena_chunk	*next;		/* older chunk */
	size_t			 size;		/* usable bytes in data */
	size_t			 used;		/* bytes handed out */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena {
	struct arena_chunk	*head;		/* chunk being filled */
	size_t			 total;		/* bytes handed out, all chunks */
};

/* Return a new, empty arena.  Caller frees with arena_free(). */
struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

/* Release the arena and everything allocated from it.  NULL is a no-op. */
void
arena_free(struct arena *a)
{
	struct arena_chunk	*c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

/*
 * Return size zeroed bytes aligned to ARENA_ALIGN.  Borrowed; valid until
 * arena_free().  A request larger than a chunk gets a chunk of its own.
 */
void *
arena_alloc(struct arena *a, size_t size)
{
	struct arena_chunk	*c;
	size_t			 need, csize;
	void			*p;

	if (size > SIZE_MAX - ARENA_ALIGN)
		BUG("arena_alloc: size overflow");
	need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (need == 0)
		need = ARENA_ALIGN;
	c = a->head;
	if (c == NULL || c->size - c->used < need) {
		csize = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		c = xmalloc(sizeof(*c) + csize);
		c->size = csize;
		c->used = 0;
		/* Keep filling the old chunk when the new one is oversized. */
		if (a->head != NULL && csize > ARENA_CHUNK) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	p = c->data + c->used;
	c->used += need;
	a->total += need;
	memset(p, 0, size);
	return p;
}

/* Zeroed array of nmemb elements; exits on overflow like xreallocarray. */
void *
arena_array(struct arena *a, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		BUG("arena_array: size overflow");
	return arena_alloc(a, nmemb * size);
}

void *
arena_memdup(struct arena *a, const void *p, size_t n)
{
	void	*q;

	q = arena_alloc(a, n);
	if (n != 0)
		memcpy(q, p, n);
	return q;
}

/* Copy n bytes and a terminating NUL; embedded NULs are kept. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	if (n == SIZE_MAX)
		BUG("arena_strndup: size overflow");
	p = arena_alloc(a, n + 1);
	if (n != 0)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*tmp, *p;
	int	 len;

	va_start(ap, fmt);
	len = xvasprintf(&tmp, fmt, ap);
	va_end(ap);
	p = arena_strndup(a, tmp, (size_t)len);
	free(tmp);
	return p;
}

/* Bytes handed out so far (for benchmarks and limits). */
size_t
arena_used(const struct arena *a)
{
	return a->total;
}
