/* SPDX-License-Identifier: ISC */
/* Unit tests for source.c: line map, line ends, code-point columns. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "source.h"

static struct source *
mk(const char *s)
{
	return source_from_mem("t", s, strlen(s));
}

static void
expect_pos(const struct source *src, size_t off, size_t line, size_t col)
{
	struct source_pos	p = source_position(src, off);

	assert_int_equal(p.line, line);
	assert_int_equal(p.column, col);
	assert_int_equal(p.offset, off);
}

static void
test_lf(void **state)
{
	struct source	*s = mk("FROM a\nRUN b\n");

	assert_int_equal(s->nlines, 2);
	expect_pos(s, 13, 3, 1);
	expect_pos(s, 0, 1, 1);
	expect_pos(s, 5, 1, 6);
	expect_pos(s, 7, 2, 1);
	expect_pos(s, 11, 2, 5);
	source_free(s);
}

static void
test_crlf_and_cr(void **state)
{
	struct source	*s = mk("A\r\nB\rC\nD");

	assert_int_equal(s->nlines, 4);
	expect_pos(s, 0, 1, 1);
	expect_pos(s, 3, 2, 1);
	expect_pos(s, 5, 3, 1);
	expect_pos(s, 7, 4, 1);
	source_free(s);
}

static void
test_no_final_newline(void **state)
{
	struct source	*s = mk("FROM a");

	assert_int_equal(s->nlines, 1);
	expect_pos(s, 6, 1, 7);
	source_free(s);
	s = mk("");
	assert_int_equal(s->nlines, 1);
	expect_pos(s, 0, 1, 1);
	source_free(s);
}

static void
test_multibyte_columns(void **state)
{
	/* "é" is 2 bytes, "€" 3, "😀" 4: each one column. */
	struct source	*s = mk("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x");

	expect_pos(s, 2, 1, 2);
	expect_pos(s, 5, 1, 3);
	expect_pos(s, 9, 1, 4);
	source_free(s);
}

static void
test_invalid_utf8(void **state)
{
	/* Each invalid byte is a column of its own. */
	struct source	*s = mk("\xff\x80\xc3x");

	expect_pos(s, 1, 1, 2);
	expect_pos(s, 2, 1, 3);
	expect_pos(s, 3, 1, 4);
	expect_pos(s, 4, 1, 5);
	assert_int_equal(utf8_seqlen("\xed\xa0\x80", 3), 0);	/* surrogate */
	assert_int_equal(utf8_seqlen("\xc0\xaf", 2), 0);	/* overlong */
	assert_int_equal(utf8_seqlen("\xf4\x90\x80\x80", 4), 0);	/* >10FFFF */
	assert_int_equal(utf8_seqlen("\xe2\x82", 2), 0);	/* truncated */
	assert_int_equal(utf8_seqlen("\xe2\x82\xac", 3), 3);
	source_free(s);
}

static void
test_tab_and_nul(void **state)
{
	struct source	*s = source_from_mem("t", "\ta\0b\nc", 6);

	expect_pos(s, 1, 1, 2);
	expect_pos(s, 3, 1, 4);
	expect_pos(s, 5, 2, 1);
	assert_int_equal(s->len, 6);
	assert_int_equal(source_line_end(s, 0), 4);
	assert_int_equal(source_line_start(s, 5), 5);
	source_free(s);
}

/* A BOM takes no column; asked in any order, the cache never counts it. */
static void
test_bom(void **state)
{
	struct source	*s = mk("\xef\xbb\xbf" "FROM a\nRUN b\n");

	expect_pos(s, 0, 1, 1);
	expect_pos(s, 3, 1, 1);
	expect_pos(s, 8, 1, 6);
	expect_pos(s, 1, 1, 1);
	expect_pos(s, 8, 1, 6);
	expect_pos(s, 14, 2, 5);
	source_free(s);
}

/* Positions asked forward, backward and across lines agree (cache). */
static void
test_position_order(void **state)
{
	struct source	*s = mk("a\xc3\xa9" "b c\nxyz");

	expect_pos(s, 5, 1, 5);
	expect_pos(s, 2, 1, 3);	/* inside the two-byte character */
	expect_pos(s, 3, 1, 3);
	expect_pos(s, 1, 1, 2);
	expect_pos(s, 4, 1, 4);
	expect_pos(s, 8, 2, 2);
	expect_pos(s, 5, 1, 5);
	assert_int_equal(source_line_end(s, 0), 6);
	assert_int_equal(source_line_end(s, 7), 10);
	assert_int_equal(source_line_end(s, 6), 6);
	source_free(s);
}

static void
test_offset_clamped(void **state)
{
	struct source	*s = mk("ab\n");

	expect_pos(s, 2, 1, 3);
	expect_pos(s, 3, 2, 1);	/* end of file after the newline */
	assert_int_equal(source_position(s, 99).offset, 3);
	source_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lf),
		cmocka_unit_test(test_crlf_and_cr),
		cmocka_unit_test(test_no_final_newline),
		cmocka_unit_test(test_multibyte_columns),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_tab_and_nul),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_position_order),
		cmocka_unit_test(test_offset_clamped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
