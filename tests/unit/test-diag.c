/* SPDX-License-Identifier: ISC */
/* Unit tests for diag.c: adding, sorting, clamping, counting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"

static void
test_sort_and_count(void **state)
{
	struct source	*a = source_from_mem("b.Dockerfile", "FROM x\n", 7);
	struct source	*b = source_from_mem("a.Dockerfile", "FROM y\n", 7);
	struct diags	 d;
	struct span	 s0 = { 5, 1 }, s1 = { 0, 4 };
	struct diag	*dg;

	diags_init(&d);
	diag_add(&d, a, "DF3001", SEV_WARNING, s0, "w '%s'", "x");
	diag_add(&d, a, "DF2001", SEV_INFO, s0, "i");
	dg = diag_add(&d, b, "DF1001", SEV_ERROR, s1, "e");
	diag_set_help(dg, "try %d", 2);
	diag_add_edit(dg, s1, "COPY");
	diags_sort(&d);
	assert_string_equal(d.v[0].src->name, "a.Dockerfile");
	assert_string_equal(d.v[0].help, "try 2");
	assert_string_equal(d.v[0].edits[0].text, "COPY");
	assert_string_equal(d.v[1].rule, "DF2001");
	assert_string_equal(d.v[2].rule, "DF3001");
	assert_string_equal(d.v[2].message, "w 'x'");
	assert_int_equal(diags_worst(&d), SEV_ERROR);
	assert_int_equal(diags_count(&d, "DF2001"), 1);
	assert_int_equal(diags_count(&d, NULL), 3);
	diags_remove(&d, 0);
	assert_int_equal(diags_worst(&d), SEV_WARNING);
	diags_release(&d);
	assert_int_equal(diags_count(&d, NULL), 0);
	assert_int_equal(diags_worst(&d), SEV_NONE);
	source_free(a);
	source_free(b);
}

static void
test_span_clamped(void **state)
{
	struct source	*a = source_from_mem("x", "abc", 3);
	struct diags	 d;
	struct span	 s = { 2, 100 }, t = { 50, 2 };

	diags_init(&d);
	diag_add(&d, a, "DF1001", SEV_ERROR, s, "m");
	diag_add(&d, a, "DF1001", SEV_ERROR, t, "m");
	assert_int_equal(d.v[0].span.len, 1);
	assert_int_equal(d.v[1].span.off, 3);
	assert_int_equal(d.v[1].span.len, 0);
	diags_release(&d);
	source_free(a);
}

static void
test_severity_names(void **state)
{
	enum severity	s;

	assert_string_equal(severity_name(SEV_WARNING), "warning");
	assert_int_equal(severity_parse("Error", &s), 0);
	assert_int_equal(s, SEV_ERROR);
	assert_int_equal(severity_parse("off", &s), 0);
	assert_int_equal(s, SEV_NONE);
	assert_int_equal(severity_parse("fatal", &s), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sort_and_count),
		cmocka_unit_test(test_span_clamped),
		cmocka_unit_test(test_severity_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
