/* SPDX-License-Identifier: ISC */
/* Unit tests for arena.c: alignment, zeroing, large blocks, strings. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"

static void
test_zeroed_and_aligned(void **state)
{
	struct arena	*a = arena_new();
	unsigned char	*p;
	size_t		 i, j;

	for (i = 1; i < 200; i++) {
		p = arena_alloc(a, i);
		assert_int_equal((uintptr_t)p % 16, 0);
		for (j = 0; j < i; j++)
			assert_int_equal(p[j], 0);
		memset(p, 0xaa, i);
	}
	arena_free(a);
}

/* An adopted block counts in arena_used() and is freed with the arena
   (ASan and valgrind runs see a leak otherwise). */
static void
test_adopt(void **state)
{
	struct arena	*a = arena_new();
	size_t		 before;
	char		*p;

	before = arena_used(a);
	p = malloc(1000);
	assert_non_null(p);
	memset(p, 'x', 1000);
	arena_adopt(a, p, 1000);
	arena_adopt(a, NULL, 0);
	assert_int_equal(arena_used(a), before + 1000);
	arena_free(a);
}

/* After a reset the arena is empty and hands out zeroed memory again. */
static void
test_reset(void **state)
{
	struct arena	*a = arena_new();
	unsigned char	*p;
	size_t		 i, j;

	for (j = 0; j < 3; j++) {
		for (i = 0; i < 1000; i++) {
			p = arena_alloc(a, 300);
			assert_int_equal(p[0], 0);
			assert_int_equal(p[299], 0);
			memset(p, 0xee, 300);
		}
		(void)arena_alloc(a, 200 * 1024);	/* oversized chunk */
		arena_adopt(a, malloc(10), 10);
		assert_true(arena_used(a) >= 1000 * 300);
		arena_reset(a);
		assert_int_equal(arena_used(a), 0);
	}
	arena_free(a);
}

static void
test_large_block(void **state)
{
	struct arena	*a = arena_new();
	char		*small1, *big, *small2;

	small1 = arena_strdup(a, "before");
	big = arena_alloc(a, 1024 * 1024);
	small2 = arena_strdup(a, "after");
	memset(big, 'x', 1024 * 1024);
	assert_string_equal(small1, "before");
	assert_string_equal(small2, "after");
	assert_true(arena_used(a) >= 1024 * 1024);
	arena_free(a);
}

static void
test_strings(void **state)
{
	struct arena	*a = arena_new();
	char		*s;

	s = arena_strndup(a, "abc\0def", 7);
	assert_memory_equal(s, "abc\0def", 8);
	s = arena_printf(a, "%s-%d", "x", 42);
	assert_string_equal(s, "x-42");
	s = arena_strndup(a, "", 0);
	assert_string_equal(s, "");
	arena_free(NULL);
	arena_free(a);
}

static void
test_many_chunks(void **state)
{
	struct arena	*a = arena_new();
	int		**ptrs;
	int		 i;

	ptrs = arena_array(a, 100000, sizeof(*ptrs));
	for (i = 0; i < 100000; i++) {
		ptrs[i] = arena_alloc(a, sizeof(int));
		*ptrs[i] = i;
	}
	for (i = 0; i < 100000; i++)
		assert_int_equal(*ptrs[i], i);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zeroed_and_aligned),
		cmocka_unit_test(test_adopt),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_large_block),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_many_chunks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
