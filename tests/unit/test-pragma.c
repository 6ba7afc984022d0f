/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for pragma.c: the comment syntax, BuildKit's check
 * directive, the ranges pragmas cover, and marking what was used.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "parser.h"
#include "pragma.h"
#include "source.h"
#include "rules/rules.h"

static void
test_parse_forms(void **state)
{
	struct pragma	p;

	assert_int_equal(pragma_parse(&p, " dfopt ignore=DF4001", 10), 1);
	assert_int_equal(p.tool, PRAGMA_DFOPT);
	assert_int_equal(p.scope, PRAGMA_NEXT);
	assert_int_equal(p.nids, 1);
	assert_string_equal(p.ids[0].text, "DF4001");
	assert_int_equal(p.ids[0].span.off, 24);
	assert_int_equal(p.ids[0].span.len, 6);
	pragma_release(&p);

	assert_int_equal(pragma_parse(&p, " hadolint global ignore=DL3008, "
	    "DL3009 ,SC2086", 0), 1);
	assert_int_equal(p.tool, PRAGMA_HADOLINT);
	assert_int_equal(p.scope, PRAGMA_GLOBAL);
	assert_int_equal(p.nids, 3);
	assert_string_equal(p.ids[1].text, "DL3009");
	assert_string_equal(p.ids[2].text, "SC2086");
	assert_int_equal(p.ids[2].span.off, 40);
	pragma_release(&p);

	assert_int_equal(pragma_parse(&p, "dfopt stage ignore = "
	    "apt-lists-not-removed -- builder only", 0), 1);
	assert_int_equal(p.scope, PRAGMA_STAGE);
	assert_int_equal(p.nids, 1);
	assert_string_equal(p.ids[0].text, "apt-lists-not-removed");
	pragma_release(&p);

	assert_int_equal(pragma_parse(&p, " DFOPT IGNORE=x", 0), 1);
	pragma_release(&p);
}

static void
test_parse_not_pragmas(void **state)
{
	struct pragma	p;

	assert_int_equal(pragma_parse(&p, " install curl", 0), 0);
	assert_int_equal(pragma_parse(&p, " dfopt is great", 0), 0);
	assert_int_equal(pragma_parse(&p, " dfopt", 0), 0);
	assert_int_equal(pragma_parse(&p, " dfoptignore=x", 0), 0);
	assert_int_equal(pragma_parse(&p, " hadolint shell=bash", 0), 0);
	/* malformed: looks like a pragma, is not one */
	assert_int_equal(pragma_parse(&p, " dfopt ignore", 0), -1);
	assert_true(p.invalid);
	assert_int_equal(p.nids, 0);
	assert_int_equal(pragma_parse(&p, " dfopt ignore=", 0), -1);
	assert_int_equal(pragma_parse(&p, " dfopt ignore=a,", 0), -1);
	assert_int_equal(pragma_parse(&p, " dfopt ignore=a;b", 0), -1);
	assert_int_equal(pragma_parse(&p, " dfopt global x", 0), -1);
}

static void
test_check_directive(void **state)
{
	struct pragmas	ps;

	pragmas_init(&ps);
	assert_int_equal(pragmas_check_directive(&ps,
	    "skip=JSONArgsRecommended, StageNameCasing;error=true", 100), 0);
	assert_int_equal(ps.n, 1);
	assert_int_equal(ps.v[0].tool, PRAGMA_BUILDKIT);
	assert_int_equal(ps.v[0].scope, PRAGMA_GLOBAL);
	assert_int_equal(ps.v[0].nids, 2);
	assert_string_equal(ps.v[0].ids[0].text, "JSONArgsRecommended");
	assert_string_equal(ps.v[0].ids[1].text, "StageNameCasing");
	assert_int_equal(ps.v[0].ids[1].span.off, 126);
	assert_true(ps.check_error);
	assert_int_equal(pragmas_check_directive(&ps, "error=maybe", 0), -1);
	assert_true(ps.v[1].invalid);
	assert_int_equal(pragmas_check_directive(&ps, "frobnicate=1", 0), -1);
	pragmas_release(&ps);
}

/* Collect the pragmas of a Dockerfile text. */
static struct ast_file *
parse(const char *text, struct source **src, struct pragmas *ps)
{
	struct diags	 d;
	struct ast_file	*f;

	diags_init(&d);
	*src = source_from_mem("Dockerfile", text, strlen(text));
	f = parser_parse(*src, &d, 0);
	diags_release(&d);
	pragmas_init(ps);
	pragmas_collect(ps, f);
	return f;
}

/* Span of the first occurrence of needle in text. */
static struct span
at(const char *text, const char *needle)
{
	struct span	s;
	const char	*p = strstr(text, needle);

	assert_non_null(p);
	s.off = p - text;
	s.len = strlen(needle);
	return s;
}

static void
test_ranges(void **state)
{
	const char		*text =
	    "# check=skip=unknown-instruction\n"
	    "# dfopt global ignore=DF1002\n"
	    "FROM alpine AS build\n"
	    "# dfopt ignore=DF4001\n"
	    "# another comment\n"
	    "RUN apt-get install \\\n"
	    "    curl\n"
	    "RUN apt-get clean\n"
	    "# dfopt stage ignore=DF4002\n"
	    "FROM alpine\n"
	    "RUN two\n"
	    "# hadolint stage ignore=DF4003\n"
	    "RUN three\n"
	    "FROM alpine AS last\n"
	    "RUN four\n";
	const struct rule_entry	*r4001, *r4002, *r4003, *r1002, *r1001;
	struct source		*src;
	struct pragmas		 ps;
	struct ast_file		*f;

	r1001 = rules_find("DF1001");
	r1002 = rules_find("DF1002");
	r4001 = rules_find("DF4001");
	r4002 = rules_find("DF4002");
	r4003 = rules_find("DF4003");
	if (r1001 == NULL || r1002 == NULL || r4001 == NULL ||
	    r4002 == NULL || r4003 == NULL)
		skip();
	f = parse(text, &src, &ps);
	assert_int_equal(ps.n, 5);
	/* the directive: anywhere, by name */
	assert_true(pragmas_suppress(&ps, r1001, at(text, "RUN four")));
	/* global */
	assert_true(pragmas_suppress(&ps, r1002, at(text, "RUN two")));
	/* next instruction, past a comment, on its continuation line */
	assert_true(pragmas_suppress(&ps, r4001, at(text, "curl")));
	assert_false(pragmas_suppress(&ps, r4001, at(text, "RUN apt-get "
	    "clean")));
	assert_false(pragmas_suppress(&ps, r4001, at(text, "FROM alpine AS "
	    "build")));
	/* stage pragma above FROM: that whole stage only */
	assert_false(pragmas_suppress(&ps, r4002, at(text, "RUN apt-get "
	    "clean")));
	assert_true(pragmas_suppress(&ps, r4002, at(text, "FROM alpine\n")));
	assert_true(pragmas_suppress(&ps, r4002, at(text, "RUN three")));
	assert_false(pragmas_suppress(&ps, r4002, at(text, "RUN four")));
	/* stage pragma inside a stage: from the comment on */
	assert_false(pragmas_suppress(&ps, r4003, at(text, "RUN two")));
	assert_true(pragmas_suppress(&ps, r4003, at(text, "RUN three")));
	assert_false(pragmas_suppress(&ps, r4003, at(text, "RUN four")));
	/* every id used */
	assert_true(ps.v[0].ids[0].used);
	assert_true(ps.v[3].ids[0].used);
	pragmas_release(&ps);
	ast_file_free(f);
	source_free(src);
}

static void
test_unused_and_skip_all(void **state)
{
	const char		*text =
	    "# check=skip=all\n"
	    "FROM alpine\n"
	    "# dfopt ignore=DF4001,DF4002\n"
	    "RUN x\n";
	const struct rule_entry	*r4001, *bk;
	struct source		*src;
	struct pragmas		 ps;
	struct ast_file		*f;

	bk = rules_find("NoEmptyContinuation");		/* DF1006 */
	assert_non_null(rules_buildkit_name(bk));
	r4001 = rules_find("DF4001");
	if (bk == NULL || r4001 == NULL)
		skip();
	f = parse(text, &src, &ps);
	assert_true(ps.skip_all);
	assert_false(ps.skip_all_id->used);
	assert_true(pragmas_suppress(&ps, bk, at(text, "FROM")));
	assert_true(ps.skip_all_id->used);
	assert_false(pragmas_suppress(&ps, r4001, at(text, "FROM")));
	assert_true(pragmas_suppress(&ps, r4001, at(text, "RUN x")));
	assert_true(ps.v[1].ids[0].used);
	assert_false(ps.v[1].ids[1].used);
	pragmas_release(&ps);
	ast_file_free(f);
	source_free(src);
}

static void
test_pragma_after_last_instruction(void **state)
{
	const char		*text = "FROM alpine\n# dfopt ignore=DF1001\n";
	const struct rule_entry	*r = rules_find("DF1001");
	struct source		*src;
	struct pragmas		 ps;
	struct ast_file		*f;

	if (r == NULL)
		skip();
	f = parse(text, &src, &ps);
	assert_int_equal(ps.n, 1);
	assert_int_equal(ps.v[0].range.len, 0);
	assert_false(pragmas_suppress(&ps, r, at(text, "FROM")));
	assert_false(pragmas_suppress(&ps, r, at(text, "# dfopt")));
	pragmas_release(&ps);
	ast_file_free(f);
	source_free(src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_not_pragmas),
		cmocka_unit_test(test_check_directive),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_unused_and_skip_all),
		cmocka_unit_test(test_pragma_after_last_instruction),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
