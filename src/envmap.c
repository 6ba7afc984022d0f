/* SPDX-License-Identifier: ISC */
/*
 * Persistent hash trie (see envmap.h).  Inner nodes branch on two bits
 * of a 32-bit FNV-1a hash, so a path is at most 16 inner nodes; a leaf
 * holds one name, and names whose whole hash collides chain through
 * kid[0] of their leaves.
 */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "envmap.h"

#define ENVMAP_BITS	2
#define ENVMAP_FAN	(1u << ENVMAP_BITS)
#define ENVMAP_DEPTH	(32 / ENVMAP_BITS)

struct envmap {
	unsigned		 gen;		/* batch that owns it, 0: none */
	uint32_t		 hash;		/* leaf */
	const char		*name;		/* leaf; NULL for inner */
	size_t			 namelen;
	const void		*value;		/* leaf */
	struct envmap		*kid[ENVMAP_FAN];	/* inner; a leaf's
						   kid[0]: collisions */
};

static uint32_t
envmap_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static unsigned
envmap_digit(uint32_t h, unsigned depth)
{
	return (h >> (depth * ENVMAP_BITS)) & (ENVMAP_FAN - 1);
}

static int
envmap_same(const struct envmap *l, const char *name, size_t len)
{
	return l->namelen == len && memcmp(l->name, name, len) == 0;
}

/* A copy of m owned by gen, or m itself when gen already owns it. */
static struct envmap *
envmap_own(struct arena *a, const struct envmap *m, unsigned gen)
{
	struct envmap	*c;

	if (gen != 0 && m->gen == gen)
		return (struct envmap *)(uintptr_t)m;
	c = arena_memdup(a, m, sizeof(*m));
	c->gen = gen;
	return c;
}

static struct envmap *
envmap_leaf(struct arena *a, uint32_t h, const char *name, size_t len,
    const void *value, unsigned gen)
{
	struct envmap	*l;

	l = arena_alloc(a, sizeof(*l));
	memset(l, 0, sizeof(*l));
	l->gen = gen;
	l->hash = h;
	l->name = name;
	l->namelen = len;
	l->value = value;
	return l;
}

/*
 * The collision chain c (leaves of one hash) with name bound to value:
 * the leaves before name's are copied, the rest shared.
 */
static struct envmap *
envmap_chain_put(struct arena *a, const struct envmap *c, uint32_t h,
    const char *name, size_t len, const void *value, unsigned gen)
{
	struct envmap	*l;

	if (c == NULL)
		return envmap_leaf(a, h, name, len, value, gen);
	l = envmap_own(a, c, gen);
	if (envmap_same(c, name, len))
		l->value = value;
	else
		l->kid[0] = envmap_chain_put(a, c->kid[0], h, name, len,
		    value, gen);
	return l;
}

static struct envmap *
envmap_put_at(struct arena *a, const struct envmap *m, unsigned depth,
    uint32_t h, const char *name, size_t len, const void *value,
    unsigned gen)
{
	struct envmap	*n;
	unsigned	 d;

	if (m == NULL)
		return envmap_leaf(a, h, name, len, value, gen);
	if (m->name != NULL) {
		if (m->hash == h || depth == ENVMAP_DEPTH)
			return envmap_chain_put(a, m, h, name, len, value,
			    gen);
		/* Split: an inner node holding the old leaf, then recurse. */
		n = arena_alloc(a, sizeof(*n));
		memset(n, 0, sizeof(*n));
		n->gen = gen;
		n->kid[envmap_digit(m->hash, depth)] =
		    (struct envmap *)(uintptr_t)m;
		return envmap_put_at(a, n, depth, h, name, len, value, gen);
	}
	n = envmap_own(a, m, gen);
	d = envmap_digit(h, depth);
	n->kid[d] = envmap_put_at(a, n->kid[d], depth + 1, h, name, len,
	    value, gen);
	return n;
}

/*
 * m with name (len bytes, borrowed) bound to value (non-NULL, borrowed).
 * gen != 0: the nodes of batch gen are updated in place.
 */
const struct envmap *
envmap_put(struct arena *a, const struct envmap *m, const char *name,
    size_t len, const void *value, unsigned gen)
{
	return envmap_put_at(a, m, 0, envmap_hash(name, len), name, len,
	    value, gen);
}

/* The value bound to name in m, or NULL. */
const void *
envmap_get(const struct envmap *m, const char *name, size_t len)
{
	uint32_t	h;
	unsigned	depth;

	h = envmap_hash(name, len);
	for (depth = 0; m != NULL && m->name == NULL; depth++)
		m = m->kid[envmap_digit(h, depth)];
	for (; m != NULL; m = m->kid[0])
		if (m->hash == h && envmap_same(m, name, len))
			return m->value;
	return NULL;
}

static void
envmap_collect(const struct envmap *m, const void **out, size_t max,
    size_t *n)
{
	unsigned	i;

	if (m == NULL)
		return;
	if (m->name != NULL) {
		for (; m != NULL; m = m->kid[0], (*n)++)
			if (*n < max)
				out[*n] = m->value;
		return;
	}
	for (i = 0; i < ENVMAP_FAN; i++)
		envmap_collect(m->kid[i], out, max, n);
}

/*
 * Store up to max values of m in out (in trie order, which depends only
 * on the names) and return how many m holds.  Call with max 0 to count.
 */
size_t
envmap_values(const struct envmap *m, const void **out, size_t max)
{
	size_t	n = 0;

	envmap_collect(m, out, max, &n);
	return n;
}
