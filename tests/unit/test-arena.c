/* SPDX-License-Identifier: ISC */
/* Unit tests for arena.c: alignment, zeroing, large blocks, strings. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
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
		cmocka_unit_test(test_large_block),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_many_chunks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
