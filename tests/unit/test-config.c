/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for config.c: .dfopt.yaml keys, .hadolint.yaml mapping,
 * errors with line and column, user rule patterns, config_find().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "dfopt.h"
#include "ast.h"
#include "dfconfig.h"
#include "re.h"
#include "rules/rules.h"

static struct config *
parse_ok(const char *yaml, int hadolint)
{
	struct config	*c;
	char		*err;

	if (config_parse(&c, "t.yaml", yaml, strlen(yaml), hadolint,
	    &err) != 0) {
		fprintf(stderr, "unexpected: %s\n", err);
		free(err);
		fail();
	}
	return c;
}

/* The error message of a config that must fail. */
static char *
parse_err(const char *yaml, int hadolint)
{
	struct config	*c;
	char		*err = NULL;

	assert_int_equal(config_parse(&c, "t.yaml", yaml, strlen(yaml),
	    hadolint, &err), -1);
	assert_null(c);
	assert_non_null(err);
	return err;
}

static void
test_dfopt_keys(void **state)
{
	const struct config_label	*l;
	struct config			*c;
	const char			*yaml =
	    "ignore: [DF3001, apt-lists-not-removed]\n"
	    "enable:\n  - DF9001\n"
	    "level:\n  DL3008: error\n  DF2001: off\n"
	    "failure-level: info\n"
	    "trusted-registries: [docker.io, ghcr.io]\n"
	    "label-schema:\n  maintainer: text\n"
	    "  org.opencontainers.image.source: url\n"
	    "strict-labels: true\n"
	    "shellcheck: yes\n"
	    "exclude: ['vendor/*']\n"
	    "disable-ignore-pragma: false\n";

	c = parse_ok(yaml, 0);
	assert_int_equal(c->nignore, 2);
	assert_string_equal(c->ignore[1], "apt-lists-not-removed");
	assert_null(c->ignore[2]);
	assert_int_equal(c->nenable, 1);
	assert_int_equal(c->nlevels, 2);
	assert_string_equal(c->levels[0].rule, "DL3008");
	assert_int_equal(c->levels[0].level, SEV_ERROR);
	assert_int_equal(c->levels[1].level, SEV_NONE);
	assert_int_equal(c->failure_level, SEV_INFO);
	assert_string_equal(config_trusted_registries(c)[1], "ghcr.io");
	assert_null(config_trusted_registries(c)[2]);
	assert_int_equal(config_label_schema(c, &l), 2);
	assert_string_equal(l[1].name, "org.opencontainers.image.source");
	assert_string_equal(l[1].type, "url");
	assert_true(config_strict_labels(c));
	assert_int_equal(c->shellcheck, 1);
	assert_string_equal(c->exclude[0], "vendor/*");
	assert_int_equal(c->no_pragmas, 0);
	config_free(c);
}

static void
test_empty_and_defaults(void **state)
{
	const struct config_label	*l;
	struct config			*c;

	c = parse_ok("", 0);
	assert_int_equal(c->nignore, 0);
	assert_int_equal(c->failure_level, SEV_NONE);
	assert_int_equal(c->shellcheck, -1);
	assert_null(config_trusted_registries(c));
	assert_int_equal(config_label_schema(c, &l), 0);
	config_free(c);
	c = parse_ok("# only a comment\n", 0);
	config_free(c);
	assert_null(config_trusted_registries(NULL));
	assert_false(config_strict_labels(NULL));
}

static void
test_hadolint_mapping(void **state)
{
	struct config	*c;
	const char	*yaml =
	    "ignored:\n  - DL3008\n  - SC2086\n"
	    "failure-threshold: error\n"
	    "override:\n  error: [DL3001, DL3002]\n  info: [DL3006]\n"
	    "trustedRegistries:\n  - my.registry\n"
	    "label-schema:\n  author: text\n"
	    "strict-labels: true\n"
	    "disable-ignore-pragma: true\n"
	    "format: tty\n"
	    "no-color: true\n";

	c = parse_ok(yaml, 1);
	assert_true(c->hadolint);
	assert_int_equal(c->nignore, 2);
	assert_string_equal(c->ignore[0], "DL3008");
	assert_int_equal(c->failure_level, SEV_ERROR);
	assert_int_equal(c->nlevels, 3);
	assert_string_equal(c->levels[1].rule, "DL3002");
	assert_int_equal(c->levels[1].level, SEV_ERROR);
	assert_string_equal(c->levels[2].rule, "DL3006");
	assert_int_equal(c->levels[2].level, SEV_INFO);
	assert_string_equal(c->trusted[0], "my.registry");
	assert_int_equal(c->nlabels, 1);
	assert_true(c->strict_labels);
	assert_true(c->no_pragmas);
	config_free(c);

	c = parse_ok("failure-threshold: none\n", 1);
	assert_true(c->no_fail);
	config_free(c);
	c = parse_ok("no-fail: true\n", 1);
	assert_true(c->no_fail);
	config_free(c);
}

static void
test_errors_have_positions(void **state)
{
	char	*e;

	e = parse_err("ignore: [DF3001\n", 0);
	assert_non_null(strstr(e, "t.yaml:2:1: "));
	free(e);
	e = parse_err("ignore: [a]\nbogus: 1\n", 0);
	assert_string_equal(e, "t.yaml:2:1: unknown key 'bogus'");
	free(e);
	e = parse_err("failure-level: severe\n", 0);
	assert_string_equal(e, "t.yaml:1:16: unknown level 'severe' "
	    "(error, warning, info, style or off)");
	free(e);
	e = parse_err("ignore: DF3001\n", 0);
	assert_string_equal(e, "t.yaml:1:9: 'ignore' must be a list");
	free(e);
	e = parse_err("strict-labels: maybe\n", 0);
	assert_non_null(strstr(e, "t.yaml:1:16: 'strict-labels' must be"));
	free(e);
	e = parse_err("label-schema:\n  a: colour\n", 0);
	assert_non_null(strstr(e, "t.yaml:2:6: unknown label type 'colour'"));
	free(e);
	e = parse_err("- a\n- b\n", 0);
	assert_non_null(strstr(e, "t.yaml:1:1: the configuration must be"));
	free(e);
	/* hadolint keys are not dfopt keys, and the other way round */
	e = parse_err("ignored: [DL3008]\n", 0);
	assert_string_equal(e, "t.yaml:1:1: unknown key 'ignored'");
	free(e);
	e = parse_err("ignore: [DL3008]\n", 1);
	assert_string_equal(e, "t.yaml:1:1: unknown hadolint key 'ignore'");
	free(e);
	e = parse_err("override:\n  fatal: [DL3000]\n", 1);
	assert_non_null(strstr(e, "t.yaml:2:3: unknown level 'fatal'"));
	free(e);
}

static void
test_user_rules(void **state)
{
	struct config	*c;
	struct span	 m;
	const char	*yaml =
	    "rules:\n"
	    "  - id: ACME001\n"
	    "    name: no-curl-pipe\n"
	    "    message: do not pipe curl into a shell\n"
	    "    level: error\n"
	    "    match: command\n"
	    "    pattern: 'curl .*'\n"
	    "  - id: ACME002\n"
	    "    message: no sudo\n"
	    "    help: run as root instead\n"
	    "    instructions: [RUN, copy]\n"
	    "    pattern: \\bsudo\\b\n";

	c = parse_ok(yaml, 0);
	assert_int_equal(c->nrules, 2);
	assert_string_equal(c->rules[0].entry.id, "ACME001");
	assert_string_equal(c->rules[0].entry.name, "no-curl-pipe");
	assert_int_equal(c->rules[0].entry.level, SEV_ERROR);
	assert_int_equal(c->rules[0].match, CONFIG_MATCH_COMMAND);
	assert_int_equal(c->rules[0].kinds, 1UL << AST_RUN);
	assert_true(c->rules[0].entry.flags & RULE_USER);
	assert_int_equal(c->rules[1].entry.level, SEV_WARNING);
	assert_int_equal(c->rules[1].kinds, (1UL << AST_RUN) |
	    (1UL << AST_COPY));
	assert_string_equal(c->rules[1].help, "run as root instead");
	assert_int_equal(re_search(c->rules[1].re, "RUN sudo x", 10, &m), 1);
	assert_int_equal(m.off, 4);
	assert_int_equal(m.len, 4);
	assert_int_equal(re_search(c->rules[1].re, "pseudo", 6, &m), 0);
	config_free(c);
}

static void
test_user_rule_errors(void **state)
{
	char	*e;

	e = parse_err("rules:\n  - id: X1\n    message: m\n"
	    "    pattern: 'a(b'\n", 0);
	/* the quote, then "a(b": PCRE2 reports the end of the pattern */
	assert_non_null(strstr(e, "t.yaml:4:"));
	assert_non_null(strstr(e, "rule 'X1': invalid pattern: "));
	free(e);
	e = parse_err("rules:\n  - id: X1\n    pattern: a\n", 0);
	assert_string_equal(e, "t.yaml:2:5: rule 'X1' without 'message'");
	free(e);
	e = parse_err("rules:\n  - message: m\n    pattern: a\n", 0);
	assert_string_equal(e, "t.yaml:2:5: rule without 'id'");
	free(e);
	e = parse_err("rules:\n  - id: DF3001\n    message: m\n"
	    "    pattern: a\n", 0);
	assert_string_equal(e, "t.yaml:2:9: rule id 'DF3001' is already a "
	    "dfopt rule");
	free(e);
	e = parse_err("rules:\n  - id: X1\n    message: m\n    pattern: a\n"
	    "    instructions: [RUNN]\n", 0);
	assert_string_equal(e, "t.yaml:5:20: unknown instruction 'RUNN'");
	free(e);
	e = parse_err("rules:\n  - id: X1\n    message: m\n    pattern: a\n"
	    "    match: command\n    instructions: [COPY]\n", 0);
	assert_non_null(strstr(e, "'match: command' applies to RUN only"));
	free(e);
	e = parse_err("rules:\n  - id: X1\n    message: m\n    pattern: a\n"
	    "  - id: x1\n    message: m\n    pattern: b\n", 0);
	assert_string_equal(e, "t.yaml:5:9: duplicate rule id 'x1'");
	free(e);
}

static void
test_pattern_offset(void **state)
{
	char	*e;

	/* plain scalar at column 14; "*" at offset 0 is the problem */
	e = parse_err("rules:\n  - {id: X1, message: m, pattern: '*a'}\n", 0);
	assert_non_null(strstr(e, "t.yaml:2:"));
	free(e);
	e = parse_err("rules:\n  - id: X1\n    message: m\n"
	    "    pattern: ab[\n", 0);
	/* "    pattern: " is 13 columns; PCRE2 reports offset 3 */
	assert_non_null(strstr(e, "t.yaml:4:17: rule 'X1': invalid pattern"));
	free(e);
}

static void
test_rules_level(void **state)
{
	const struct rule_entry	*r;
	struct config		*c;

	r = rules_find("DF9001");
	assert_non_null(r);
	assert_int_equal(rules_level(r, NULL), SEV_NONE);	/* off */
	c = parse_ok("enable: [unused-suppression]\n", 0);
	assert_int_equal(rules_level(r, c), SEV_WARNING);
	config_free(c);
	c = parse_ok("level: {DF9001: error}\n", 0);
	assert_int_equal(rules_level(r, c), SEV_ERROR);
	config_free(c);
	c = parse_ok("level: {DF9001: error}\nignore: [unused-suppression]\n", 0);
	assert_int_equal(rules_level(r, c), SEV_NONE);
	config_free(c);
	c = config_new();
	config_add_level(c, "df9001", SEV_STYLE);
	assert_int_equal(rules_level(r, c), SEV_STYLE);
	config_add_level(c, "DF9001", SEV_NONE);
	assert_int_equal(rules_level(r, c), SEV_NONE);
	config_free(c);
}

static void
test_find_and_load(void **state)
{
	char		 tmpl[] = "/tmp/dfopt-cfg-XXXXXX", path[512];
	char		 sub[600], *found, *err;
	struct config	*c;
	FILE		*fp;

	assert_non_null(mkdtemp(tmpl));
	snprintf(sub, sizeof(sub), "%s/repo/a/b", tmpl);
	snprintf(path, sizeof(path), "%s/repo", tmpl);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/repo/.git", tmpl);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/repo/a", tmpl);
	assert_int_equal(mkdir(path, 0700), 0);
	assert_int_equal(mkdir(sub, 0700), 0);
	/* above the repository root: never read */
	snprintf(path, sizeof(path), "%s/.dfopt.yaml", tmpl);
	fp = fopen(path, "w");
	fputs("ignore: [x]\n", fp);
	fclose(fp);
	setenv("XDG_CONFIG_HOME", tmpl, 1);	/* no dfopt/config.yaml */
	assert_int_equal(config_find(&found, sub), 0);
	/* a .hadolint.yaml in the repository root */
	snprintf(path, sizeof(path), "%s/repo/.hadolint.yaml", tmpl);
	fp = fopen(path, "w");
	fputs("ignored: [DL3008]\n", fp);
	fclose(fp);
	assert_int_equal(config_find(&found, sub), 1);
	assert_non_null(strstr(found, "/repo/.hadolint.yaml"));
	assert_int_equal(config_load(&c, found, &err), 0);
	assert_true(c->hadolint);
	assert_string_equal(c->ignore[0], "DL3008");
	config_free(c);
	free(found);
	/* the nearest directory wins */
	snprintf(path, sizeof(path), "%s/repo/a/.dfopt.yaml", tmpl);
	fp = fopen(path, "w");
	fputs("ignore: [DF3001]\n", fp);
	fclose(fp);
	assert_int_equal(config_find(&found, sub), 1);
	assert_non_null(strstr(found, "/repo/a/.dfopt.yaml"));
	assert_int_equal(config_load(&c, found, &err), 0);
	assert_false(c->hadolint);
	config_free(c);
	free(found);
	/* in one directory, .dfopt.yaml before .hadolint.yaml */
	snprintf(path, sizeof(path), "%s/repo/a/.hadolint.yaml", tmpl);
	fp = fopen(path, "w");
	fputs("ignored: [DL3009]\n", fp);
	fclose(fp);
	assert_int_equal(config_find(&found, sub), 1);
	assert_non_null(strstr(found, "/repo/a/.dfopt.yaml"));
	free(found);
	assert_int_equal(remove(path), 0);
	/* $XDG_CONFIG_HOME/dfopt/config.yaml when nothing is found */
	snprintf(path, sizeof(path), "%s/repo/a/.dfopt.yaml", tmpl);
	assert_int_equal(remove(path), 0);
	snprintf(path, sizeof(path), "%s/repo/.hadolint.yaml", tmpl);
	assert_int_equal(remove(path), 0);
	snprintf(path, sizeof(path), "%s/dfopt", tmpl);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/dfopt/config.yaml", tmpl);
	fp = fopen(path, "w");
	fclose(fp);
	assert_int_equal(config_find(&found, sub), 1);
	assert_string_equal(found, path);
	free(found);
	assert_int_equal(config_load(&c, "/nonexistent/x.yaml", &err), -1);
	assert_string_equal(err, "/nonexistent/x.yaml: No such file or "
	    "directory");
	free(err);
	/* clean up, deepest first */
	{
		static const char *const rm[] = {
			"dfopt/config.yaml", "dfopt", ".dfopt.yaml",
			"repo/a/b", "repo/a", "repo/.git", "repo", ""
		};
		size_t	i;

		for (i = 0; i < sizeof(rm) / sizeof(rm[0]); i++) {
			snprintf(path, sizeof(path), "%s/%s", tmpl, rm[i]);
			assert_int_equal(remove(path), 0);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dfopt_keys),
		cmocka_unit_test(test_empty_and_defaults),
		cmocka_unit_test(test_hadolint_mapping),
		cmocka_unit_test(test_errors_have_positions),
		cmocka_unit_test(test_user_rules),
		cmocka_unit_test(test_user_rule_errors),
		cmocka_unit_test(test_pattern_offset),
		cmocka_unit_test(test_rules_level),
		cmocka_unit_test(test_find_and_load),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
