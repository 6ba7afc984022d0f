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

/* A malloc'd block the arena frees (arena_adopt()). */
struct arena_adopted {
	struct arena_adopted	*next;
	void			*p;
};

struct arena {
	struct arena_chunk	*head;		/* chunk being filled */
	size_t			 total;		/* bytes handed out, all chunks */
	struct arena_adopted	*adopted;
	struct arena_chunk	*spare;		/* standard chunks kept by
						   arena_reset() */
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
	arena_reset(a);
	for (c = a->spare; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

/*
 * Release everything allocated from a but keep its standard chunks for
 * what comes next: an arena used as a cache that is emptied over and
 * over (run.c) then does not return memory to the system and fault it
 * back in each time.
 */
void
arena_reset(struct arena *a)
{
	struct arena_chunk	*c, *next;
	struct arena_adopted	*ad, *adnext;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		if (c->size == ARENA_CHUNK) {
			c->used = 0;
			c->next = a->spare;
			a->spare = c;
		} else
			free(c);
	}
	a->head = NULL;
	for (ad = a->adopted; ad != NULL; ad = adnext) {
		adnext = ad->next;
		free(ad->p);
		free(ad);
	}
	a->adopted = NULL;
	a->total = 0;
}

/*
 * Hand p (from malloc(), or NULL) to a: it is freed by arena_free().  For
 * a large array grown with realloc(), which would otherwise be copied
 * into the arena whole.  size is its length, counted in arena_used().
 */
void
arena_adopt(struct arena *a, void *p, size_t size)
{
	struct arena_adopted	*ad;

	if (p == NULL)
		return;
	ad = xmalloc(sizeof(*ad));
	ad->p = p;
	ad->next = a->adopted;
	a->adopted = ad;
	a->total += size;
}

static void	*arena_raw(struct arena *, size_t);

/*
 * Return size zeroed bytes aligned to ARENA_ALIGN.  Borrowed; valid until
 * arena_free().  A request larger than a chunk gets a chunk of its own.
 */
void *
arena_alloc(struct arena *a, size_t size)
{
	void	*p;

	p = arena_raw(a, size);
	memset(p, 0, size);
	return p;
}

/*
 * arena_alloc() without the zeroing, for copies that overwrite every byte
 * at once (zeroing a 70 MB instruction array only to copy over it was a
 * tenth of the time of a 10 MB file).
 */
static void *
arena_raw(struct arena *a, size_t size)
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
		if (csize == ARENA_CHUNK && a->spare != NULL) {
			c = a->spare;
			a->spare = c->next;
		} else {
			c = xmalloc(sizeof(*c) + csize);
			c->size = csize;
		}
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

	q = arena_raw(a, n);
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
	p = arena_raw(a, n + 1);
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
