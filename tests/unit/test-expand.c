/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for expand.c: tables of words with the value, the word list,
 * the error (message and span) or the used/undefined names that BuildKit's
 * shell lexer gives for them, plus the depth, size and matching limits.
 * The expected values follow BuildKit's lex.go behaviour, including its
 * oddities (quoted "*" still matches, ${x//p/r} keeps one "/" when left
 * unexpanded).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "expand.h"

#define BS	'\\'
#define BT	'`'
#define RQ	EXPAND_RAW_QUOTES
#define RE	EXPAND_RAW_ESCAPES
#define SQ	EXPAND_SKIP_QUOTES
#define SU	EXPAND_SKIP_UNSET

/* Every table runs with these set; "UNSET..." names never are. */
static const char *base_env[] = {
	"PWD=/home",
	"SHELL=bash",
	"EMPTY=",
	"FOO=xxyy",
	"SP=a b",
	"STAR=*",
	"PATHV=/tmp/tmp/bar.txt",
	"KOREAN=\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4",	/* 3 syllables */
	"NL=a\nb",
	"ZERO=[$0]",
	"BR=[ab]c",
	"1=one",
	"INV=a\xff" "b",	/* not UTF-8 */
	NULL
};

struct value_case {
	const char	*word;
	int		 escape;
	unsigned	 flags;
	const char	*want;
};

/* Successful expansions: value only. */
static const struct value_case value_cases[] = {
	/* quoting and escapes, escape character '\' */
	{ "hello", BS, 0, "hello" },
	{ "he'll'o", BS, 0, "hello" },
	{ "he\"ll\"o", BS, 0, "hello" },
	{ "\"it's\"", BS, 0, "it's" },
	{ "'a\"b'", BS, 0, "a\"b" },
	{ "'$PWD'", BS, 0, "$PWD" },
	{ "\"$PWD\"", BS, 0, "/home" },
	{ "\"'$PWD'\"", BS, 0, "'/home'" },
	{ "'\\$PWD'", BS, 0, "\\$PWD" },
	{ "\\$PWD", BS, 0, "$PWD" },
	{ "\"\\$PWD\"", BS, 0, "$PWD" },
	{ "\"\\a\"", BS, 0, "\\a" },
	{ "\\a", BS, 0, "a" },
	{ "a\\\\b", BS, 0, "a\\b" },
	{ "\"a\\\\b\"", BS, 0, "a\\b" },
	{ "\"\\\"\"", BS, 0, "\"" },
	{ "\\\"x\\'", BS, 0, "\"x'" },
	{ "'it'\\''s'", BS, 0, "it's" },
	{ "abc\\", BS, 0, "abc" },
	{ "\"\"", BS, 0, "" },
	{ "a\\ b", BS, 0, "a b" },
	{ "\"a  b\"", BS, 0, "a  b" },
	{ "", BS, 0, "" },
	/* escape character '`' (# escape=`) */
	{ "a`b", BT, 0, "ab" },
	{ "C:\\path\\x", BT, 0, "C:\\path\\x" },
	{ "`$PWD", BT, 0, "$PWD" },
	{ "\"`\"x\"", BT, 0, "\"x" },
	{ "\"\\$PWD\"", BT, 0, "\\/home" },
	{ "\"``\"", BT, 0, "`" },
	/* plain references */
	{ "$PWD", BS, 0, "/home" },
	{ "${PWD}", BS, 0, "/home" },
	{ "$PWD/x", BS, 0, "/home/x" },
	{ "${PWD}x", BS, 0, "/homex" },
	{ "$PWDx", BS, 0, "" },
	{ "$PWD-x", BS, 0, "/home-x" },
	{ "$", BS, 0, "$" },
	{ "a$", BS, 0, "a$" },
	{ "$ a", BS, 0, "$ a" },
	{ "$.", BS, 0, "$." },
	{ "$1", BS, 0, "one" },
	{ "$12", BS, 0, "" },
	{ "${1}x", BS, 0, "onex" },
	{ "$@x", BS, 0, "x" },
	{ "$$", BS, 0, "" },
	{ "${KOREAN}", BS, 0, "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4" },
	{ "$PWD\xed\x95\x9c", BS, 0, "" },	/* Hangul is a letter */
	{ "$PWD\xe2\x80\x94x", BS, 0, "/home\xe2\x80\x94x" },	/* em dash */
	{ "$PWD\xc2\xb5", BS, 0, "" },			/* micro sign */
	{ "$PWD\xc2\xb7", BS, 0, "/home\xc2\xb7" },		/* middle dot */
	/* - and + with and without ":" */
	{ "${EMPTY:-def}", BS, 0, "def" },
	{ "${EMPTY-def}", BS, 0, "" },
	{ "${UNSET-def}", BS, 0, "def" },
	{ "${UNSET:-def}", BS, 0, "def" },
	{ "${PWD:-def}", BS, 0, "/home" },
	{ "${EMPTY:+alt}", BS, 0, "" },
	{ "${EMPTY+alt}", BS, 0, "alt" },
	{ "${UNSET+alt}", BS, 0, "" },
	{ "${PWD:+alt}", BS, 0, "alt" },
	{ "${EMPTY?msg}", BS, 0, "" },
	{ "${PWD:?msg}", BS, 0, "/home" },
	{ "${UNSET:-${PWD:-x}}", BS, 0, "/home" },
	{ "${UNSET:-${UNSET2:-x}}", BS, 0, "x" },
	{ "${UNSET:-a b}", BS, 0, "a b" },
	{ "${UNSET:-'$PWD'}", BS, 0, "$PWD" },
	{ "${UNSET:-\"$PWD\"}", BS, 0, "/home" },
	{ "${UNSET:-\\}}", BS, 0, "}" },
	{ "${UNSET:-\"}\"}", BS, 0, "}" },
	{ "${UNSET:-a\\b}", BS, 0, "ab" },
	{ "${#:-x}", BS, 0, "x" },
	{ "${PWD:+${SHELL}-$PWD}", BS, 0, "bash-/home" },
	/* # ## % %% */
	{ "${FOO#x}", BS, 0, "xyy" },
	{ "${FOO##x*}", BS, 0, "" },
	{ "${FOO#*x}", BS, 0, "xyy" },
	{ "${FOO##*x}", BS, 0, "yy" },
	{ "${FOO#?}", BS, 0, "xyy" },
	{ "${FOO#??}", BS, 0, "yy" },
	{ "${FOO#z}", BS, 0, "xxyy" },
	{ "${FOO#}", BS, 0, "xxyy" },
	{ "${FOO##}", BS, 0, "xxyy" },
	{ "${FOO%y}", BS, 0, "xxy" },
	{ "${FOO%y*}", BS, 0, "xxy" },
	{ "${FOO%%y*}", BS, 0, "xx" },
	{ "${FOO%x*}", BS, 0, "x" },
	{ "${FOO%%x*}", BS, 0, "" },
	{ "${FOO%%}", BS, 0, "xxyy" },
	{ "${UNSET#x}", BS, 0, "" },
	{ "${STAR#\\*}", BS, 0, "" },
	{ "${FOO#\"*\"}", BS, 0, "xxyy" },	/* quoted * still matches */
	{ "${FOO##'*'}", BS, 0, "" },
	{ "${FOO#$STAR}", BS, 0, "xxyy" },
	{ "${FOO#\"#\"x*}", BS, 0, "" },	/* "#x*" read as ##x* */
	{ "${KOREAN#?}", BS, 0, "\xea\xb5\xad\xec\x96\xb4" },
	{ "${KOREAN%?}", BS, 0, "\xed\x95\x9c\xea\xb5\xad" },
	{ "${NL##*}", BS, 0, "\nb" },		/* * stops at a newline */
	{ "${NL%%*}", BS, 0, "a\n" },
	{ "${PATHV##*/}", BS, 0, "bar.txt" },
	{ "${PATHV%.*}", BS, 0, "/tmp/tmp/bar" },
	{ "${PATHV%/*}", BS, 0, "/tmp/tmp" },
	{ "${PATHV%%/*}", BS, 0, "" },
	/* / and // */
	{ "${PATHV/tmp/x}", BS, 0, "/x/tmp/bar.txt" },
	{ "${PATHV//tmp/x}", BS, 0, "/x/x/bar.txt" },
	{ "${PATHV/\\/tmp/}", BS, 0, "/tmp/bar.txt" },
	{ "${PATHV//\\/tmp/}", BS, 0, "/bar.txt" },
	{ "${PATHV/*\\//}", BS, 0, "bar.txt" },
	{ "${PATHV/?/X}", BS, 0, "Xtmp/tmp/bar.txt" },
	{ "${PATHV//t?p/_}", BS, 0, "/_/_/bar.txt" },
	{ "${BR//[ab]/x}", BS, 0, "xc" },		/* no bracket sets */
	{ "${FOO//x/$PWD}", BS, 0, "/home/homeyy" },
	{ "${FOO/#x/y}", BS, 0, "xxyy" },		/* no anchors */
	{ "${FOO///}", BS, 0, "xxyy" },
	{ "${FOO///-}", BS, 0, "-x-x-y-y-" },
	{ "${FOO/y*/Z}", BS, 0, "xxZ" },
	{ "${FOO//x/[$ZERO]}", BS, 0, "[[x]][[x]]yy" },	/* $0 is the match */
	{ "${FOO/x/$ZERO}", BS, 0, "[$0]xyy" },
	{ "${NL//?/x}", BS, 0, "x\nx" },
	{ "${FOO/x/\\y}", BS, 0, "\\yxyy" },	/* repl keeps escapes */
	{ "${FOO//x/\\$0}", BS, 0, "\\x\\xyy" },
	{ "${FOO#`x}", BT, 0, "xxyy" },		/* "`x" is literal */
	{ "${FOO//*/-}", BS, 0, "-" },		/* no empty match after one */
	{ "${NL//*/-}", BS, 0, "-\n-" },
	{ "${FOO#\xef\xbb\xbfx}", BS, 0, "xyy" },	/* BOM skipped */
	{ "${UNSET//a/b}", BS, 0, "" },
	/* flags */
	{ "\"a b\"'c'", BS, RQ, "\"a b\"'c'" },
	{ "a\"$PWD\"", BS, RQ, "a\"/home\"" },
	{ "a\\ b", BS, RE, "a\\ b" },
	{ "\"\\$x\"", BS, RE, "\\$x" },
	{ "\"\\a\"", BS, RE, "\\\\a" },
	{ "${UNSET:-\\x}", BS, RE, "x" },	/* words drop escapes */
	{ "'$PWD'", BS, SQ, "'/home'" },
	{ "\"a\\\"", BS, SQ, "\"a\"" },
	{ "$UNSET", BS, SU, "$UNSET" },
	{ "${UNSET}", BS, SU, "${UNSET}" },
	{ "${UNSET:-x$PWD}", BS, SU, "${UNSET:-x/home}" },
	{ "${UNSET:?msg}", BS, SU, "${UNSET:?msg}" },
	{ "${UNSET//a/b}", BS, SU, "${UNSET/a/b}" },
	{ "${UNSET##*}", BS, SU, "${UNSET##*}" },
	{ "$PWD", BS, SU, "/home" },
	/* UTF-8 handling */
	{ "\xef\xbb\xbf" "abc", BS, 0, "abc" },		/* leading BOM */
	{ "a\xef\xbb\xbf", BS, 0, "a\xef\xbb\xbf" },
	{ "a\xff" "b", BS, 0, "a\xef\xbf\xbd" "b" },	/* invalid byte */
	{ "$INV", BS, 0, "a\xff" "b" },			/* values as they are */
	{ "${INV#a}", BS, 0, "\xff" "b" },
	{ "${INV%b}", BS, 0, "a\xef\xbf\xbd" },		/* % uses runes */
	{ "${INV/?/-}", BS, 0, "-\xff" "b" },
};

struct words_case {
	const char	*word;
	const char	*want[6];	/* NULL-terminated */
};

/* expand_words(): splitting after expansion, escape '\'. */
static const struct words_case words_cases[] = {
	{ "a b  c", { "a", "b", "c", NULL } },
	{ "\"a b\" c", { "a b", "c", NULL } },
	{ "a\\ b c", { "a b", "c", NULL } },
	{ "$SP", { "a", "b", NULL } },
	{ "\"$SP\"", { "a b", NULL } },
	{ "x$SP", { "xa", "b", NULL } },
	{ "'a b'\"c d\"", { "a bc d", NULL } },
	{ "\"\" ''", { NULL } },
	{ " \t", { NULL } },
	{ "80/tcp 443", { "80/tcp", "443", NULL } },
	{ "${UNSET:-8080 9090}", { "8080", "9090", NULL } },
	{ "a${UNSET:-b}c", { "abc", NULL } },
	{ "\"${SP}\"x y", { "a bx", "y", NULL } },
	{ "a\tb\nc", { "a", "b", "c", NULL } },
	{ "a\xe3\x80\x80" "b", { "a", "b", NULL } },	/* U+3000 is space */
	{ "${EMPTY}", { NULL } },
	{ "$INV \"$INV\"", { "a\xef\xbf\xbd" "b", "a\xff" "b", NULL } },
};

struct error_case {
	const char	*word;
	const char	*message;
	size_t		 off;
	size_t		 len;
};

/* Failures: BuildKit's message and the span of the bad expression. */
static const struct error_case error_cases[] = {
	{ "'abc", "unexpected end of statement while looking for matching "
	    "single-quote", 0, 4 },
	{ "x\"abc", "unexpected end of statement while looking for matching "
	    "double-quote", 1, 4 },
	{ "\"abc\\\"", "unexpected end of statement while looking for "
	    "matching double-quote", 0, 6 },
	{ "${", "syntax error: missing '}'", 0, 2 },
	{ "a${", "syntax error: missing '}'", 1, 2 },
	{ "${}", "syntax error: bad substitution", 0, 3 },
	{ "${:}", "syntax error: bad substitution", 0, 3 },
	{ "x${{a}}", "syntax error: bad substitution", 1, 3 },
	{ "${a", "syntax error: missing '}'", 0, 3 },
	{ "${a:-x", "syntax error: missing '}'", 0, 6 },
	{ "${a:-\"x}", "syntax error: missing '}'", 0, 8 },
	{ "${a:", "syntax error: missing '}'", 0, 4 },
	{ "${a=x}", "unsupported modifier (=) in substitution", 0, 4 },
	{ "x${a:=x}y", "unsupported modifier (:=) in substitution", 1, 7 },
	{ "${a:#x}", "unsupported modifier (:#) in substitution", 0, 5 },
	{ "${a b}", "unsupported modifier ( ) in substitution", 0, 4 },
	{ "${UNSET?}", "UNSET: is not allowed to be unset", 0, 9 },
	{ "${UNSET:?}", "UNSET: is not allowed to be unset", 0, 10 },
	{ "${EMPTY:?}", "EMPTY: is not allowed to be empty", 0, 10 },
	{ "${UNSET:?custom $PWD}", "UNSET: custom /home", 0, 21 },
	{ "a${UNSET:-${UNSET2:?no}}b", "UNSET2: no", 10, 13 },
	{ "${UNSET:-${UNSET2:?no}", "syntax error: missing '}'", 0, 22 },
	{ "${FOO#\\x}", "invalid pattern (\\x) in substitution: invalid "
	    "escape '\\x'", 0, 9 },
	{ "${FOO%a\\x}", "invalid pattern (\\xa) in substitution: invalid "
	    "escape '\\x'", 0, 10 },
	{ "${FOO/\\q/r}", "invalid pattern (\\q) in substitution: invalid "
	    "escape '\\q'", 0, 11 },
	{ "${FOO/a/b", "syntax error: missing '}'", 0, 9 },
	{ "${FOO/a}", "syntax error: missing '/' in ${}", 0, 8 },
	{ "${FOO//}", "syntax error: missing '/' in ${}", 0, 8 },
};

struct names_case {
	const char	*word;
	const char	*used[5];	/* NULL-terminated, in order */
	const char	*undefined[5];
};

/* used = every name looked up, undefined = those unset (Unmatched). */
static const struct names_case names_cases[] = {
	{ "$PWD $UNSET $PWD ${UNSET}", { "PWD", "UNSET", NULL },
	    { "UNSET", NULL } },
	{ "${UNSET:-$PWD}", { "PWD", "UNSET", NULL }, { "UNSET", NULL } },
	{ "${EMPTY-x}", { "EMPTY", NULL }, { NULL } },
	{ "${PWD:+$B}", { "B", "PWD", NULL }, { "B", NULL } },
	{ "'$PWD' \\$X \"\\$Y\"", { NULL }, { NULL } },
	{ "$1 $@ ${2}", { "1", "@", "2", NULL }, { "@", "2", NULL } },
	{ "${FOO#$STAR}", { "STAR", "FOO", NULL }, { NULL } },
	{ "${FOO/$A/$B}", { "A", "B", "FOO", NULL }, { "A", "B", NULL } },
	{ "${/a/b}", { "", NULL }, { "", NULL } },
	{ "$PWD ${UNSET:?x}", { "PWD", "UNSET", NULL }, { "UNSET", NULL } },
};

static struct expand_vars	vars;
static struct expand_env	env;

static int
setup(void **state)
{
	const char	**e, *eq;
	char		  name[32];

	(void)state;
	for (e = base_env; *e != NULL; e++) {
		eq = strchr(*e, '=');
		snprintf(name, sizeof name, "%.*s", (int)(eq - *e), *e);
		expand_vars_set(&vars, name, eq + 1);
	}
	env = expand_vars_env(&vars);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	expand_vars_release(&vars);
	return 0;
}

static void
test_values(void **state)
{
	const struct value_case	*c;
	struct expand_result	 r;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof value_cases / sizeof value_cases[0]; i++) {
		c = &value_cases[i];
		if (expand_word(&r, c->word, strlen(c->word), c->escape,
		    c->flags, &env) != 0) {
			fail_msg("case %zu '%s': unexpected error '%s'", i,
			    c->word, r.err.message);
		}
		if (r.len != strlen(c->want) ||
		    memcmp(r.value, c->want, r.len) != 0) {
			fail_msg("case %zu '%s': got '%s', want '%s'", i,
			    c->word, r.value, c->want);
		}
		assert_null(r.words);
		assert_null(r.err.message);
		expand_result_release(&r);
	}
}

static void
test_words(void **state)
{
	const struct words_case	*c;
	struct expand_result	 r;
	size_t			 i, n;

	(void)state;
	for (i = 0; i < sizeof words_cases / sizeof words_cases[0]; i++) {
		c = &words_cases[i];
		assert_int_equal(expand_words(&r, c->word, strlen(c->word), BS,
		    0, &env), 0);
		for (n = 0; c->want[n] != NULL; n++) {
			if (n >= r.nwords)
				fail_msg("case %zu '%s': only %zu words", i,
				    c->word, r.nwords);
			assert_string_equal(r.words[n], c->want[n]);
			assert_int_equal(r.wordlens[n], strlen(c->want[n]));
		}
		if (r.nwords != n)
			fail_msg("case %zu '%s': %zu words, want %zu", i,
			    c->word, r.nwords, n);
		expand_result_release(&r);
	}
}

static void
test_errors(void **state)
{
	const struct error_case	*c;
	struct expand_result	 r;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
		c = &error_cases[i];
		if (expand_word(&r, c->word, strlen(c->word), BS, 0,
		    &env) == 0) {
			fail_msg("case %zu '%s': no error, got '%s'", i,
			    c->word, r.value);
		}
		assert_null(r.value);
		assert_non_null(r.err.message);
		if (strcmp(r.err.message, c->message) != 0) {
			fail_msg("case %zu '%s': message '%s', want '%s'", i,
			    c->word, r.err.message, c->message);
		}
		if (r.err.span.off != c->off || r.err.span.len != c->len) {
			fail_msg("case %zu '%s': span %zu+%zu, want %zu+%zu",
			    i, c->word, r.err.span.off, r.err.span.len,
			    c->off, c->len);
		}
		expand_result_release(&r);
	}
}

static void
check_list(char **got, size_t ngot, const char *const *want, size_t i)
{
	size_t	n;

	for (n = 0; want[n] != NULL; n++) {
		if (n >= ngot)
			fail_msg("case %zu: only %zu names", i, ngot);
		assert_string_equal(got[n], want[n]);
	}
	if (ngot != n)
		fail_msg("case %zu: %zu names, want %zu", i, ngot, n);
}

static void
test_names(void **state)
{
	const struct names_case	*c;
	struct expand_result	 r;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof names_cases / sizeof names_cases[0]; i++) {
		c = &names_cases[i];
		(void)expand_word(&r, c->word, strlen(c->word), BS, 0, &env);
		check_list(r.used, r.nused, c->used, i);
		check_list(r.undefined, r.nundefined, c->undefined, i);
		expand_result_release(&r);
	}
}

/* Many distinct names stay deduplicated and in order. */
static void
test_names_many(void **state)
{
	struct expand_result	 r;
	char			*w, *p, name[16];
	size_t			 i, n = 2000;

	(void)state;
	p = w = malloc(n * 2 * 8 + 1);
	assert_non_null(w);
	for (i = 0; i < 2 * n; i++)
		p += snprintf(p, 9, "$v%zu ", i % n);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &env), 0);
	assert_int_equal(r.nused, n);
	assert_int_equal(r.nundefined, n);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof name, "v%zu", i);
		assert_string_equal(r.used[i], name);
		assert_string_equal(r.undefined[i], name);
	}
	assert_int_equal(r.len, 2 * n);		/* only the spaces */
	expand_result_release(&r);
	free(w);
}

/* "${a:-" n times, "x", then n "}" when closed. */
static char *
nested(size_t n, int closed)
{
	char	*w, *p;
	size_t	 i;

	p = w = malloc(n * 6 + 2);
	assert_non_null(w);
	for (i = 0; i < n; i++) {
		memcpy(p, "${a:-", 5);
		p += 5;
	}
	*p++ = 'x';
	for (i = 0; closed && i < n; i++)
		*p++ = '}';
	*p = '\0';
	return w;
}

static void
test_depth(void **state)
{
	struct expand_result	 r;
	char			*w;

	(void)state;
	w = nested(EXPAND_MAX_DEPTH, 1);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &env), 0);
	assert_string_equal(r.value, "x");
	expand_result_release(&r);
	free(w);

	w = nested(EXPAND_MAX_DEPTH + 1, 1);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &env), -1);
	assert_string_equal(r.err.message, "expansion nested too deeply");
	assert_int_equal(r.err.span.off, EXPAND_MAX_DEPTH * 5);
	expand_result_release(&r);
	free(w);

	/* 10,000 levels, closed or not, and inside double quotes. */
	w = nested(10000, 1);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &env), -1);
	assert_string_equal(r.err.message, "expansion nested too deeply");
	expand_result_release(&r);
	free(w);
	w = nested(10000, 0);
	assert_int_equal(expand_words(&r, w, strlen(w), BS, 0, &env), -1);
	assert_string_equal(r.err.message, "expansion nested too deeply");
	assert_null(r.words);
	expand_result_release(&r);
	free(w);
	w = nested(10000, 0);
	memset(w, '"', 1);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &env), -1);
	expand_result_release(&r);
	free(w);
}

static void
test_long_word(void **state)
{
	struct expand_result	 r;
	char			*w;
	size_t			 i, n = 1 << 20;

	(void)state;
	w = malloc(n + 1);
	assert_non_null(w);
	for (i = 0; i < n; i += 4)
		memcpy(w + i, "$PWD", 4);
	w[n] = '\0';
	assert_int_equal(expand_word(&r, w, n, BS, 0, &env), 0);
	assert_int_equal(r.len, n / 4 * 5);
	assert_memory_equal(r.value + r.len - 5, "/home", 5);
	expand_result_release(&r);
	free(w);
}

static void
test_limits(void **state)
{
	struct expand_vars	 v = { 0 };
	struct expand_env	 e;
	struct expand_result	 r;
	char			*big, *w;
	size_t			 i, n = 1 << 20;
	const char		*ww;

	(void)state;
	big = malloc(n + 1);
	assert_non_null(big);
	memset(big, 'a', n);
	big[n] = '\0';
	expand_vars_set(&v, "A", big);
	e = expand_vars_env(&v);

	/* Each replacement inserts 1 MiB: stops at the size limit. */
	ww = "x${A//a/$A}";
	assert_int_equal(expand_word(&r, ww, strlen(ww), BS, 0, &e), -1);
	assert_string_equal(r.err.message, "expansion result too large");
	assert_int_equal(r.err.span.off, 1);
	expand_result_release(&r);

	/* Twenty copies of 1 MiB is too much as well. */
	w = malloc(41);
	assert_non_null(w);
	for (i = 0; i < 20; i++)
		memcpy(w + 2 * i, "$A", 2);
	w[40] = '\0';
	assert_int_equal(expand_word(&r, w, 40, BS, 0, &e), -1);
	assert_string_equal(r.err.message, "expansion result too large");
	expand_result_release(&r);
	free(w);

	/* Backtracking would take forever; the automaton is linear. */
	n = 64 << 10;
	big[n] = '\0';
	expand_vars_set(&v, "A", big);
	e = expand_vars_env(&v);
	ww = "${A##*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}";
	assert_int_equal(expand_word(&r, ww, strlen(ww), BS, 0, &e), 0);
	assert_int_equal(r.len, n);
	expand_result_release(&r);
	ww = "${A%*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}";
	assert_int_equal(expand_word(&r, ww, strlen(ww), BS, 0, &e), 0);
	assert_int_equal(r.len, n);
	expand_result_release(&r);
	ww = "${A//*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/x}";
	assert_int_equal(expand_word(&r, ww, strlen(ww), BS, 0, &e), 0);
	assert_int_equal(r.len, n);
	expand_result_release(&r);
	ww = "${A//?/}";
	assert_int_equal(expand_word(&r, ww, strlen(ww), BS, 0, &e), 0);
	assert_int_equal(r.len, 0);
	expand_result_release(&r);

	/* A huge pattern against a huge value hits the work limit. */
	w = malloc(2 * 20000 + 8);
	assert_non_null(w);
	memcpy(w, "${A#", 4);
	for (i = 0; i < 20000; i++)
		memcpy(w + 4 + 2 * i, "*a", 2);
	memcpy(w + 4 + 2 * i, "b}", 3);
	assert_int_equal(expand_word(&r, w, strlen(w), BS, 0, &e), -1);
	assert_string_equal(r.err.message, "pattern matching too expensive");
	expand_result_release(&r);
	free(w);

	expand_vars_release(&v);
	free(big);
}

static void
test_api(void **state)
{
	struct expand_vars	 v = { 0 };
	struct expand_env	 e;
	struct expand_result	 r;

	(void)state;
	/* No environment: everything is unset. */
	assert_int_equal(expand_word(&r, "${X:-d}$Y", 9, BS, 0, NULL), 0);
	assert_string_equal(r.value, "d");
	assert_int_equal(r.nundefined, 2);
	expand_result_release(&r);
	expand_result_release(&r);		/* twice is harmless */

	/* Setting replaces, NULL unsets, values may contain NUL-free text. */
	expand_vars_set(&v, "X", "1");
	expand_vars_set(&v, "Y", "2");
	expand_vars_set(&v, "X", "3");
	e = expand_vars_env(&v);
	assert_int_equal(expand_word(&r, "$X$Y", 4, BS, 0, &e), 0);
	assert_string_equal(r.value, "32");
	expand_result_release(&r);
	expand_vars_set(&v, "X", NULL);
	e = expand_vars_env(&v);
	assert_int_equal(expand_word(&r, "${X-u}$Y", 8, BS, 0, &e), 0);
	assert_string_equal(r.value, "u2");
	expand_result_release(&r);

	/* The length is honoured: no NUL needed, embedded NUL kept. */
	assert_int_equal(expand_word(&r, "a\0b$Y", 5, BS, 0, &e), 0);
	assert_int_equal(r.len, 4);
	assert_memory_equal(r.value, "a\0b2", 4);
	expand_result_release(&r);
	assert_int_equal(expand_word(&r, "$Yzzz", 2, BS, 0, &e), 0);
	assert_string_equal(r.value, "2");
	expand_result_release(&r);
	assert_int_equal(expand_word(&r, NULL, 0, BS, 0, &e), 0);
	assert_string_equal(r.value, "");
	expand_result_release(&r);
	expand_vars_release(&v);
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_names_many),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_long_word),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_api),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
