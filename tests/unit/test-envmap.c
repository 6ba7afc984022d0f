/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for envmap.c: lookups, persistence (old maps unchanged by
 * updates), batches, whole-hash collisions, and listing the values.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "envmap.h"

#define N	5000

static char	names[N][16];
static int	values[N];

static void
fill(void)
{
	size_t	i;

	for (i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "VAR_%zu", i);
		values[i] = (int)i;
	}
}

static const void *
get(const struct envmap *m, const char *name)
{
	return envmap_get(m, name, strlen(name));
}

static void
test_put_get(void **state)
{
	struct arena		*a = arena_new();
	const struct envmap	*m = NULL;
	size_t			 i;

	fill();
	assert_null(get(NULL, "PATH"));
	for (i = 0; i < N; i++)
		m = envmap_put(a, m, names[i], strlen(names[i]), &values[i],
		    0);
	for (i = 0; i < N; i++)
		assert_ptr_equal(get(m, names[i]), &values[i]);
	assert_null(get(m, "VAR_"));
	assert_null(get(m, "VAR_5000"));
	/* Only len bytes of the name count. */
	assert_ptr_equal(envmap_get(m, "VAR_12345", 6), &values[12]);
	assert_int_equal(envmap_values(m, NULL, 0), N);
	arena_free(a);
}

static void
test_persistent(void **state)
{
	struct arena		*a = arena_new();
	const struct envmap	*m1 = NULL, *m2, *m3;
	static int		 x, y;

	fill();
	m1 = envmap_put(a, m1, "A", 1, &values[0], 0);
	m1 = envmap_put(a, m1, "B", 1, &values[1], 0);
	m2 = envmap_put(a, m1, "A", 1, &x, 0);	/* rebind */
	m3 = envmap_put(a, m1, "C", 1, &y, 0);	/* a branch */
	assert_ptr_equal(get(m1, "A"), &values[0]);
	assert_null(get(m1, "C"));
	assert_ptr_equal(get(m2, "A"), &x);
	assert_ptr_equal(get(m2, "B"), &values[1]);
	assert_null(get(m2, "C"));
	assert_ptr_equal(get(m3, "A"), &values[0]);
	assert_ptr_equal(get(m3, "C"), &y);
	assert_int_equal(envmap_values(m2, NULL, 0), 2);
	assert_int_equal(envmap_values(m3, NULL, 0), 3);
	arena_free(a);
}

static void
test_batch(void **state)
{
	struct arena		*a = arena_new();
	const struct envmap	*base = NULL, *m;
	size_t			 i, used;

	fill();
	base = envmap_put(a, base, "KEEP", 4, &values[0], 0);
	m = base;
	for (i = 0; i < N; i++)
		m = envmap_put(a, m, names[i], strlen(names[i]), &values[i],
		    7);
	/* The map the batch started from is untouched. */
	assert_null(get(base, "VAR_0"));
	assert_int_equal(envmap_values(base, NULL, 0), 1);
	for (i = 0; i < N; i++)
		assert_ptr_equal(get(m, names[i]), &values[i]);
	assert_ptr_equal(get(m, "KEEP"), &values[0]);
	/* Rebinding inside the batch updates in place: no growth. */
	used = arena_used(a);
	for (i = 0; i < N; i++)
		m = envmap_put(a, m, names[i], strlen(names[i]),
		    &values[N - 1 - i], 7);
	assert_int_equal(arena_used(a), used);
	for (i = 0; i < N; i++)
		assert_ptr_equal(get(m, names[i]), &values[N - 1 - i]);
	arena_free(a);
}

static uint32_t
fnv(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

struct hn {
	uint32_t	h;
	uint32_t	i;
};

static int
hn_cmp(const void *a, const void *b)
{
	const struct hn	*x = a, *y = b;

	return x->h < y->h ? -1 : x->h > y->h;
}

/* Two names whose 32-bit hashes are equal share one trie leaf chain. */
static void
test_collisions(void **state)
{
	struct arena		*a = arena_new();
	const struct envmap	*m = NULL, *m2;
	struct hn		*v;
	char			 n1[32], n2[32];
	const void		*out[3];
	static int		 p, q, r;
	uint32_t		 i, k = 400000, x = 1;
	uint32_t		*seed;

	/* Pseudo-random names: FNV-1a of "c0".."cN" is too regular. */
	v = calloc(k, sizeof(*v));
	seed = calloc(k, sizeof(*seed));
	assert_non_null(v);
	assert_non_null(seed);
	for (i = 0; i < k; i++) {
		x = x * 1664525u + 1013904223u;
		seed[i] = x;
		snprintf(n1, sizeof(n1), "c%08x%u", x, i);
		v[i].h = fnv(n1);
		v[i].i = i;
	}
	qsort(v, k, sizeof(*v), hn_cmp);
	for (i = 1; i < k && v[i].h != v[i - 1].h; i++)
		/* nothing */;
	assert_true(i < k);	/* the birthday bound makes one certain */
	snprintf(n1, sizeof(n1), "c%08x%u", seed[v[i - 1].i], v[i - 1].i);
	snprintf(n2, sizeof(n2), "c%08x%u", seed[v[i].i], v[i].i);
	free(v);
	free(seed);
	assert_int_equal(fnv(n1), fnv(n2));

	m = envmap_put(a, m, n1, strlen(n1), &p, 0);
	m = envmap_put(a, m, n2, strlen(n2), &q, 0);
	assert_ptr_equal(get(m, n1), &p);
	assert_ptr_equal(get(m, n2), &q);
	m2 = envmap_put(a, m, n1, strlen(n1), &r, 0);
	assert_ptr_equal(get(m2, n1), &r);
	assert_ptr_equal(get(m2, n2), &q);
	assert_ptr_equal(get(m, n1), &p);
	assert_int_equal(envmap_values(m2, out, 3), 2);
	assert_true((out[0] == &r && out[1] == &q) ||
	    (out[0] == &q && out[1] == &r));
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_get),
		cmocka_unit_test(test_persistent),
		cmocka_unit_test(test_batch),
		cmocka_unit_test(test_collisions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
