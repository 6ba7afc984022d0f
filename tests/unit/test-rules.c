/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for the rule table and the engine (src/rules/rules.c):
 * table invariants, lookups, the DF1xxx/DF4xxx entries mirroring the
 * parser's and the graph's findings, and what rules_check() does with
 * levels, --select, pragmas, BuildKit's check directive, user rules and
 * DF9001/DF9002.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "ast.h"
#include "dfconfig.h"
#include "diag.h"
#include "graph.h"
#include "parser.h"
#include "source.h"
#include "rules/rules.h"

static void
test_table_invariants(void **state)
{
	const char	*problem;
	size_t		 i;

	problem = rules_table_problem();
	if (problem != NULL)
		fail_msg("%s", problem);
	assert_true(rules_count() > 40);
	for (i = 1; i < rules_count(); i++)
		assert_true(strcmp(rules_at(i - 1)->id, rules_at(i)->id) < 0);
	for (i = 0; i < rules_count(); i++) {
		/* every fix has a safety, every check a scope */
		assert_true(rules_at(i)->fix == FIX_NONE ||
		    rules_at(i)->fix == FIX_SAFE ||
		    rules_at(i)->fix == FIX_UNSAFE);
		assert_true((rules_at(i)->check != NULL) ==
		    (rules_at(i)->scope != RULE_SCOPE_NONE));
	}
}

static void
test_find(void **state)
{
	const struct rule_entry	*r;

	r = rules_find("DF1001");
	assert_non_null(r);
	assert_string_equal(r->name, "unknown-instruction");
	assert_ptr_equal(rules_find("df1001"), r);
	assert_ptr_equal(rules_find("Unknown-Instruction"), r);
	r = rules_find("NoEmptyContinuation");
	assert_non_null(r);
	assert_string_equal(r->id, "DF1006");
	assert_ptr_equal(rules_find("noemptycontinuation"), r);
	assert_string_equal(rules_find("DL3024")->id, "DF4005");
	assert_null(rules_find("DF0000"));
	assert_null(rules_find("no-such-rule"));
	assert_null(rules_find(NULL));
	assert_true(rules_match(r, "DF1006"));
	assert_true(rules_match(r, "empty-continuation"));
	assert_false(rules_match(r, "DF1005"));
	assert_false(rules_match(NULL, "DF1006"));
}

static void
test_mirrors(void **state)
{
	const struct rule_entry	*r;
	size_t			 i;

	for (i = 0; i < parser_nfindings; i++) {
		r = rules_find(parser_findings[i].id);
		if (r == NULL)
			fail_msg("no table entry for %s",
			    parser_findings[i].id);
		assert_string_equal(r->name, parser_findings[i].name);
		assert_int_equal(r->level, parser_findings[i].level);
		/* DF1010 also checks the RUN analysis limit itself. */
		if (strcmp(r->id, "DF1010") == 0)
			assert_int_equal(r->scope, RULE_SCOPE_INSTR);
		else
			assert_int_equal(r->scope, RULE_SCOPE_NONE);
	}
	for (i = 0; i < graph_nfindings; i++) {
		r = rules_find(graph_findings[i].id);
		if (r == NULL)
			fail_msg("no table entry for %s", graph_findings[i].id);
		assert_string_equal(r->name, graph_findings[i].name);
		assert_int_equal(r->level, graph_findings[i].level);
		assert_int_equal(r->scope, RULE_SCOPE_NONE);
	}
}

static void
test_buildkit_and_uri(void **state)
{
	const struct rule_entry	*r;
	const char		*u;

	assert_string_equal(rules_buildkit_name(rules_find("DF1006")),
	    "NoEmptyContinuation");
	assert_string_equal(rules_buildkit_name(rules_find("DF4005")),
	    "DuplicateStageName");
	assert_null(rules_buildkit_name(rules_find("DF4003")));	/* DL only */
	assert_null(rules_buildkit_name(rules_find("DF1001")));
	r = rules_find("DF1001");
	u = rules_help_uri(r);
	assert_non_null(u);
	assert_non_null(strstr(u, "/rules/DF1001.md"));
	assert_ptr_equal(rules_help_uri(r), u);
}

/* Run parser, graph and engine on text; the findings are in *d. */
static struct source *
run(const char *text, struct config *cfg, const char *const *select,
    struct diags *d)
{
	struct source		*src;
	struct ast_file		*f;
	struct graph		*g;
	struct graph_opts	 go;
	struct rules_opts	 ro;

	diags_init(d);
	src = source_from_mem("Dockerfile", text, strlen(text));
	f = parser_parse(src, d, 0);
	memset(&go, 0, sizeof(go));
	graph_build(&g, f, &go, d);
	memset(&ro, 0, sizeof(ro));
	ro.config = cfg;
	ro.select = select;
	rules_check(f, g, &ro, d);
	graph_free(g);
	ast_file_free(f);
	diags_sort(d);
	return src;
}

/* The n-th finding of rule id, or NULL. */
static const struct diag *
find(const struct diags *d, const char *id, size_t n)
{
	size_t	i;

	for (i = 0; i < d->n; i++)
		if (strcmp(d->v[i].rule, id) == 0 && n-- == 0)
			return &d->v[i];
	return NULL;
}

static void
test_levels_select_ignore(void **state)
{
	const char		*text = "FROM alpine:3\nFROBNICATE x\n";
	const char *const	 sel[] = { "DF4001", NULL };
	const char *const	 sel2[] = { "unknown-instruction", NULL };
	struct config		*cfg;
	struct source		*src;
	struct diags		 d;

	src = run(text, NULL, NULL, &d);
	assert_non_null(find(&d, "DF1001", 0));
	assert_int_equal(find(&d, "DF1001", 0)->level, SEV_ERROR);
	diags_release(&d);
	source_free(src);

	cfg = config_new();
	config_add_level(cfg, "unknown-instruction", SEV_STYLE);
	src = run(text, cfg, NULL, &d);
	assert_int_equal(find(&d, "DF1001", 0)->level, SEV_STYLE);
	diags_release(&d);
	source_free(src);
	config_add_ignore(cfg, "DF1001");
	src = run(text, cfg, NULL, &d);
	assert_null(find(&d, "DF1001", 0));
	diags_release(&d);
	source_free(src);
	config_free(cfg);

	src = run(text, NULL, sel, &d);
	assert_int_equal(d.n, 0);
	diags_release(&d);
	source_free(src);
	src = run(text, NULL, sel2, &d);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].rule, "DF1001");
	diags_release(&d);
	source_free(src);
}

static void
test_pragmas_and_unused(void **state)
{
	const char	*text =
	    "FROM alpine:3\n"
	    "# dfopt ignore=unknown-instruction\n"
	    "FROBNICATE x\n"
	    "# dfopt ignore=DF1002,DF7777\n"
	    "FROBNICATE y\n"
	    "# dfopt ignore\n"
	    "RUN true\n";
	struct config	*cfg;
	struct source	*src;
	struct diags	 d;
	const struct diag *dg;

	/* DF9001 is off by default; DF9002 is on */
	src = run(text, NULL, NULL, &d);
	assert_int_equal(diags_count(&d, "DF1001"), 1);
	dg = find(&d, "DF1001", 0);
	assert_int_equal(source_position(src, dg->span.off).line, 5);
	assert_int_equal(diags_count(&d, "DF9001"), 0);
	assert_int_equal(diags_count(&d, "DF9002"), 2);
	dg = find(&d, "DF9002", 0);
	assert_string_equal(dg->message, "unknown rule 'DF7777' in "
	    "suppression");
	assert_int_equal(source_position(src, dg->span.off).column, 23);
	assert_int_equal(dg->span.len, 6);
	assert_string_equal(find(&d, "DF9002", 1)->message,
	    "malformed suppression comment");
	diags_release(&d);
	source_free(src);

	cfg = config_new();
	config_add_level(cfg, "DF9001", SEV_WARNING);
	src = run(text, cfg, NULL, &d);
	assert_int_equal(diags_count(&d, "DF9001"), 1);
	dg = find(&d, "DF9001", 0);
	assert_string_equal(dg->message, "suppression of 'DF1002' matched "
	    "no finding");
	assert_int_equal(source_position(src, dg->span.off).line, 4);
	assert_int_equal(source_position(src, dg->span.off).column, 16);
	diags_release(&d);
	source_free(src);

	/* disable-ignore-pragma: pragmas are plain comments */
	cfg->no_pragmas = 1;
	src = run(text, cfg, NULL, &d);
	assert_int_equal(diags_count(&d, "DF1001"), 2);
	assert_int_equal(diags_count(&d, "DF9001"), 0);
	assert_int_equal(diags_count(&d, "DF9002"), 0);
	diags_release(&d);
	source_free(src);
	config_free(cfg);
}

static void
test_check_directive(void **state)
{
	const char	*warn =
	    "FROM alpine:3\nRUN a \\\n\n  b\n";
	const char	*err =
	    "# check=error=true\nFROM alpine:3\nRUN a \\\n\n  b\n";
	const char	*skip =
	    "# check=skip=NoEmptyContinuation\nFROM alpine:3\nRUN a \\\n\n"
	    "  b\n";
	struct source	*src;
	struct diags	 d;

	src = run(warn, NULL, NULL, &d);
	assert_non_null(find(&d, "DF1006", 0));
	assert_int_equal(find(&d, "DF1006", 0)->level, SEV_WARNING);
	diags_release(&d);
	source_free(src);
	src = run(err, NULL, NULL, &d);
	assert_int_equal(find(&d, "DF1006", 0)->level, SEV_ERROR);
	diags_release(&d);
	source_free(src);
	src = run(skip, NULL, NULL, &d);
	assert_null(find(&d, "DF1006", 0));
	diags_release(&d);
	source_free(src);
}

static void
test_user_rules(void **state)
{
	const char	*yaml =
	    "rules:\n"
	    "  - id: ACME1\n"
	    "    message: no curl\n"
	    "    help: use the package manager\n"
	    "    pattern: curl +-s\n"
	    "  - id: ACME2\n"
	    "    message: no wget in a command\n"
	    "    match: command\n"
	    "    pattern: ^wget\n"
	    "  - id: ACME3\n"
	    "    message: no platform flag\n"
	    "    instructions: [FROM]\n"
	    "    pattern: --platform\n";
	const char	*text =
	    "FROM --platform=linux/amd64 alpine:3\n"
	    "RUN apt-get update && \\\n"
	    "    curl  -s x && sudo wget y\n"
	    "COPY curl -s /dst\n";
	const char	*p;
	struct config	*cfg;
	struct source	*src;
	struct diags	 d;
	const struct diag *dg;
	char		*err;

	assert_int_equal(config_parse(&cfg, "t.yaml", yaml, strlen(yaml), 0,
	    &err), 0);
	src = run(text, cfg, NULL, &d);
	assert_int_equal(diags_count(&d, "ACME1"), 2);
	dg = find(&d, "ACME1", 0);
	p = strstr(text, "curl  -s x");
	assert_int_equal(dg->span.off, (size_t)(p - text));
	assert_int_equal(dg->span.len, 8);
	assert_int_equal(dg->level, SEV_WARNING);
	assert_string_equal(dg->help, "use the package manager");
	assert_int_equal(diags_count(&d, "ACME2"), 1);
	dg = find(&d, "ACME2", 0);
	assert_int_equal(source_position(src, dg->span.off).line, 3);
	assert_int_equal(diags_count(&d, "ACME3"), 1);
	dg = find(&d, "ACME3", 0);
	assert_int_equal(dg->span.off, 5);
	assert_int_equal(dg->span.len, 10);
	diags_release(&d);
	source_free(src);
	config_free(cfg);
}

static void
test_catastrophic_pattern(void **state)
{
	const char	*yaml =
	    "rules:\n  - id: SLOW\n    message: slow\n    pattern: (a+)+$\n";
	struct config	*cfg;
	struct source	*src;
	struct diags	 d;
	char		*err, *text;
	size_t		 n = 20000;

	assert_int_equal(config_parse(&cfg, "t.yaml", yaml, strlen(yaml), 0,
	    &err), 0);
	text = malloc(n + 32);
	memcpy(text, "FROM alpine:3\nRUN ", 18);
	memset(text + 18, 'a', n);
	memcpy(text + 18 + n, "!\n", 3);
	src = run(text, cfg, NULL, &d);	/* returns: the limit stops it */
	assert_int_equal(diags_count(&d, "SLOW"), 0);
	diags_release(&d);
	source_free(src);
	config_free(cfg);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_invariants),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_mirrors),
		cmocka_unit_test(test_buildkit_and_uri),
		cmocka_unit_test(test_levels_select_ignore),
		cmocka_unit_test(test_pragmas_and_unused),
		cmocka_unit_test(test_check_directive),
		cmocka_unit_test(test_user_rules),
		cmocka_unit_test(test_catastrophic_pattern),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
