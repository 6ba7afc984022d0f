/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for dockerignore.c against moby/patternmatcher's semantics:
 * cleaning, wildcards, "**", classes, escapes, parent directories,
 * exceptions and the file syntax.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "dfopt.h"
#include "dockerignore.h"

static void
test_clean(void **state)
{
	static const char *const cases[][2] = {
		{ "", "." },
		{ ".", "." },
		{ "a/b/", "a/b" },
		{ "./a//b/./c", "a/b/c" },
		{ "a/../b", "b" },
		{ "a/b/../../..", ".." },
		{ "../../a", "../../a" },
		{ "/../a", "/a" },
		{ "/", "/" },
		{ "//a", "/a" },
	};
	char	*s;
	size_t	 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		s = dockerignore_clean(cases[i][0]);
		assert_string_equal(s, cases[i][1]);
		free(s);
	}
}

static void
test_patterns(void **state)
{
	static const struct {
		const char	*pattern;
		const char	*path;
		int		 match;
	} cases[] = {
		{ "*", "fileutils.go", 1 },
		{ "*.go", "fileutils.go", 1 },
		{ "*.go", "a/fileutils.go", 0 },
		{ "*/*.go", "a/fileutils.go", 1 },
		{ "**", "a/b/c", 1 },
		{ "**/*.go", "main.go", 1 },
		{ "**/*.go", "a/b/main.go", 1 },
		{ "**/*.go", "a/b/main.c", 0 },
		{ "a/**/z", "a/z", 1 },
		{ "a/**/z", "a/b/c/z", 1 },
		{ "docs/**", "docs/a/b.md", 1 },
		{ "?.txt", "a.txt", 1 },
		{ "?.txt", "ab.txt", 0 },
		{ "?", "/", 0 },
		{ "[a-c]x", "bx", 1 },
		{ "[a-c]x", "dx", 0 },
		{ "[^a]x", "bx", 1 },
		{ "[^a]x", "ax", 0 },
		{ "\\*x", "*x", 1 },
		{ "\\*x", "ax", 0 },
		{ "a.b", "axb", 0 },		/* '.' is literal */
		{ "a+(b)", "a+(b)", 1 },
		{ "node_modules", "node_modules/x/y.js", 1 },	/* parent */
		{ "a/b", "a/b/c/d", 1 },
		{ "a/b", "a/bc", 0 },
		{ "/abs/x", "abs/x", 1 },	/* leading / dropped */
		{ "./rel//x/", "rel/x", 1 },	/* cleaned */
		{ "x", "./x", 1 },
		{ "[", "[", 0 },		/* invalid: never matches */
		{ ".git", ".git/HEAD", 1 },
		{ "*.log", "logs/a.log", 0 },
	};
	size_t	i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (dockerignore_match_pattern(cases[i].pattern,
		    cases[i].path) != cases[i].match)
			fail_msg("pattern '%s' path '%s': expected %d",
			    cases[i].pattern, cases[i].path, cases[i].match);
	}
}

static void
test_file_syntax_and_exceptions(void **state)
{
	const char		*text =
	    "# comment\n"
	    "   \n"
	    "*.md\n"
	    "!README.md\n"
	    " # not a comment \n"
	    "build\n"
	    "!build/keep\n"
	    "!\n"
	    "tmp\r\n";
	struct dockerignore	*di;

	di = dockerignore_parse(text, strlen(text));
	assert_int_equal(di->n, 6);
	assert_string_equal(di->v[0].text, "*.md");
	assert_int_equal(di->v[0].line, 3);
	assert_true(di->v[1].exclusion);
	assert_string_equal(di->v[1].text, "README.md");
	assert_string_equal(di->v[2].text, "# not a comment");
	assert_string_equal(di->v[5].text, "tmp");
	assert_true(dockerignore_match(di, "CHANGES.md"));
	assert_false(dockerignore_match(di, "README.md"));
	assert_false(dockerignore_match(di, "docs/x.md"));
	assert_true(dockerignore_match(di, "# not a comment"));
	assert_true(dockerignore_match(di, "build/out/a.o"));
	assert_false(dockerignore_match(di, "build/keep"));
	assert_false(dockerignore_match(di, "build/keep/sub"));
	assert_true(dockerignore_match(di, "tmp"));
	assert_false(dockerignore_match(di, "src/main.c"));
	assert_false(dockerignore_match(NULL, "anything"));
	dockerignore_free(di);

	/* the last matching pattern decides */
	text = "!a\na\n";
	di = dockerignore_parse(text, strlen(text));
	assert_true(dockerignore_match(di, "a"));
	dockerignore_free(di);
	text = "\xef\xbb\xbf" "bom\n";
	di = dockerignore_parse(text, strlen(text));
	assert_string_equal(di->v[0].text, "bom");
	dockerignore_free(di);
}

static void
test_load(void **state)
{
	char			 path[] = "/tmp/dfopt-di-XXXXXX";
	struct dockerignore	*di;
	FILE			*fp;
	int			 fd;

	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs("vendor\n!vendor/keep.txt", fp);	/* no final newline */
	fclose(fp);
	assert_int_equal(dockerignore_load(&di, path), 0);
	assert_int_equal(di->n, 2);
	assert_true(dockerignore_match(di, "vendor/x"));
	assert_false(dockerignore_match(di, "vendor/keep.txt"));
	dockerignore_free(di);
	unlink(path);
	assert_int_equal(dockerignore_load(&di, path), -1);
	assert_null(di);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_file_syntax_and_exceptions),
		cmocka_unit_test(test_load),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
