/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for lexer.c: logical lines (continuations, comments and
 * empty lines inside them), directives, the escape character, BOM, line
 * ends, heredoc bodies, and the Go-semantics helpers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "parser.h"
#include "source.h"

struct lx {
	struct source	*src;
	struct arena	*a;
	struct diags	 d;
	struct lexer	*lx;
};

static void
lx_open(struct lx *t, const char *s, size_t n)
{
	t->src = source_from_mem("t", s, n);
	t->a = arena_new();
	diags_init(&t->d);
	t->lx = lexer_new(t->src, t->a, &t->d);
}

static void
lx_openz(struct lx *t, const char *s)
{
	lx_open(t, s, strlen(s));
}

static void
lx_close(struct lx *t)
{
	lexer_free(t->lx);
	arena_free(t->a);
	diags_release(&t->d);
	source_free(t->src);
}

/* The next logical line must be want (exact bytes). */
static void
next_is(struct lx *t, const char *want)
{
	struct lex_line	ll;

	assert_int_equal(lexer_next(t->lx, &ll), 1);
	assert_int_equal(ll.text.len, strlen(want));
	assert_memory_equal(ll.text.s, want, ll.text.len);
}

static void
at_end(struct lx *t)
{
	struct lex_line	ll;

	assert_int_equal(lexer_next(t->lx, &ll), 0);
}

static size_t
count(struct lx *t, const char *id)
{
	return diags_count(&t->d, id);
}

static void
test_simple_lines(void **state)
{
	struct lx	t;

	lx_openz(&t, "FROM a\nRUN b\n");
	next_is(&t, "FROM a");
	next_is(&t, "RUN b");
	at_end(&t);
	assert_int_equal(t.d.n, 0);
	lx_close(&t);
}

static void
test_leading_space_trimmed(void **state)
{
	struct lx	t;

	lx_openz(&t, "   \tFROM a   \n");
	next_is(&t, "FROM a   ");
	lx_close(&t);
}

static void
test_blank_lines_skipped(void **state)
{
	struct lx	t;

	lx_openz(&t, "\n\n  \t \nFROM a\n\n\nRUN b");
	next_is(&t, "FROM a");
	next_is(&t, "RUN b");
	at_end(&t);
	lx_close(&t);
}

static void
test_continuation_joins(void **state)
{
	struct lx	t;

	/* No separator; the next line keeps its leading blanks. */
	lx_openz(&t, "RUN a \\\n    b\\\nc\n");
	next_is(&t, "RUN a     bc");
	at_end(&t);
	lx_close(&t);
}

static void
test_continuation_trailing_blanks(void **state)
{
	struct lx	t;

	/* Blanks after the escape go with it; blanks before it stay. */
	lx_openz(&t, "RUN a  \\  \t\nb\n");
	next_is(&t, "RUN a  b");
	lx_close(&t);
}

static void
test_doubled_escape_no_continuation(void **state)
{
	struct lx	t;

	lx_openz(&t, "RUN echo a\\\\\nRUN b\n");
	next_is(&t, "RUN echo a\\\\");
	next_is(&t, "RUN b");
	lx_close(&t);
}

static void
test_tripled_escape_no_continuation(void **state)
{
	struct lx	t;

	/* BuildKit's regexp cannot see "\\\\\\" as escaped escape + escape. */
	lx_openz(&t, "RUN a\\\\\\\nRUN b\n");
	next_is(&t, "RUN a\\\\\\");
	next_is(&t, "RUN b");
	lx_close(&t);
}

static void
test_escape_alone_on_line(void **state)
{
	struct lx	t;

	lx_openz(&t, "RUN a \\\n\\\nb\n");
	next_is(&t, "RUN a b");
	lx_close(&t);
}

static void
test_comment_in_continuation(void **state)
{
	struct lx	t;
	struct ast_comment *c;
	size_t		n;

	lx_openz(&t, "RUN a \\\n# skipped\n   # also\n  b\n");
	next_is(&t, "RUN a   b");
	assert_int_equal(count(&t, DF_EMPTY_CONTINUATION), 0);
	c = lexer_comments(t.lx, &n);
	assert_int_equal(n, 2);
	assert_string_equal(c[0].text, " skipped");
	assert_string_equal(c[1].text, " also");
	lx_close(&t);
}

static void
test_empty_continuation_warns(void **state)
{
	struct lx	t;

	lx_openz(&t, "RUN a \\\n\n  \n  b\nRUN c \\\n\nd\n");
	next_is(&t, "RUN a   b");
	next_is(&t, "RUN c d");
	/* One finding per instruction, at the first empty line. */
	assert_int_equal(count(&t, DF_EMPTY_CONTINUATION), 2);
	assert_int_equal(t.d.v[0].level, SEV_WARNING);
	assert_int_equal(t.d.v[0].span.off, 8);
	lx_close(&t);
}

static void
test_eof_in_continuation(void **state)
{
	struct lx	t;
	struct lex_line	ll;

	lx_openz(&t, "RUN a \\\n");
	assert_int_equal(lexer_next(t.lx, &ll), 1);
	assert_int_equal(ll.eof_in_continuation, 1);
	assert_int_equal(count(&t, DF_CONTINUATION_AT_EOF), 1);
	lx_close(&t);
}

static void
test_crlf(void **state)
{
	struct lx	t;

	lx_openz(&t, "FROM a\r\nRUN b \\\r\n  c\r\n");
	next_is(&t, "FROM a");
	next_is(&t, "RUN b   c");
	assert_int_equal(t.d.n, 0);
	lx_close(&t);
}

static void
test_lone_cr_is_not_a_line_end(void **state)
{
	struct lx	t;

	lx_openz(&t, "FROM a\rRUN b\r");
	next_is(&t, "FROM a\rRUN b");
	at_end(&t);
	assert_int_equal(count(&t, DF_LONE_CR), 1);
	assert_int_equal(t.d.v[0].span.off, 6);
	lx_close(&t);
}

static void
test_bom(void **state)
{
	struct lx	t;

	lx_openz(&t, "\xef\xbb\xbf# escape=`\nFROM a `\n b\n");
	next_is(&t, "FROM a  b");
	assert_int_equal(lexer_bom(t.lx), 3);
	assert_int_equal(lexer_escape(t.lx), '`');
	lx_close(&t);
}

static void
test_bom_only_first_line(void **state)
{
	struct lx	t;

	lx_openz(&t, "FROM a\n\xef\xbb\xbfRUN b\n");
	next_is(&t, "FROM a");
	next_is(&t, "\xef\xbb\xbfRUN b");
	assert_int_equal(lexer_bom(t.lx), 0);
	lx_close(&t);
}

static void
test_directives(void **state)
{
	struct lx	 t;
	struct ast_directive *d;
	size_t		 n;

	lx_openz(&t, "# syntax = docker/dockerfile:1  \n#ESCAPE=`\n"
	    "#  check=skip=all\nFROM a\n");
	next_is(&t, "FROM a");
	d = lexer_directives(t.lx, &n);
	assert_int_equal(n, 3);
	assert_string_equal(d[0].name, "syntax");
	assert_string_equal(d[0].value, "docker/dockerfile:1");
	assert_int_equal(d[0].value_span.off, 11);
	assert_int_equal(d[0].value_span.len, 19);
	assert_string_equal(d[1].name, "escape");
	assert_string_equal(d[2].value, "skip=all");
	lexer_comments(t.lx, &n);
	assert_int_equal(n, 0);
	lx_close(&t);
}

static void
test_directives_stop_at_comment(void **state)
{
	struct lx	 t;
	size_t		 n;

	lx_openz(&t, "# hello\n# escape=`\nFROM a \\\nb\n");
	next_is(&t, "FROM a b");
	assert_int_equal(lexer_escape(t.lx), '\\');
	lexer_directives(t.lx, &n);
	assert_int_equal(n, 0);
	lexer_comments(t.lx, &n);
	assert_int_equal(n, 2);
	lx_close(&t);
}

static void
test_directives_stop_at_blank_line(void **state)
{
	struct lx	 t;
	size_t		 n;

	lx_openz(&t, "\n# escape=`\nFROM a\n");
	next_is(&t, "FROM a");
	lexer_directives(t.lx, &n);
	assert_int_equal(n, 0);
	lx_close(&t);
}

static void
test_directive_unknown_ends_directives(void **state)
{
	struct lx	 t;
	size_t		 n;

	lx_openz(&t, "# foo=bar\n# escape=`\nFROM a\n");
	next_is(&t, "FROM a");
	lexer_directives(t.lx, &n);
	assert_int_equal(n, 0);
	lx_close(&t);
}

static void
test_directive_duplicate(void **state)
{
	struct lx	 t;
	size_t		 n;

	lx_openz(&t, "# escape=`\n# escape=\\\nFROM a\n");
	next_is(&t, "FROM a");
	assert_int_equal(count(&t, DF_INVALID_DIRECTIVE), 1);
	assert_int_equal(lexer_escape(t.lx), '`');
	lexer_directives(t.lx, &n);
	assert_int_equal(n, 1);
	lx_close(&t);
}

static void
test_directive_bad_escape(void **state)
{
	struct lx	 t;

	lx_openz(&t, "# escape=x\nFROM a\n");
	next_is(&t, "FROM a");
	assert_int_equal(count(&t, DF_INVALID_DIRECTIVE), 1);
	assert_int_equal(lexer_escape(t.lx), '\\');
	lx_close(&t);
}

static void
test_backtick_escape(void **state)
{
	struct lx	t;

	/* With escape=`, a backslash at the end is just a character. */
	lx_openz(&t, "# escape=`\nRUN a `\n b\nRUN c:\\\nRUN d\n");
	next_is(&t, "RUN a  b");
	next_is(&t, "RUN c:\\");
	next_is(&t, "RUN d");
	lx_close(&t);
}

static void
test_prev_comments(void **state)
{
	struct lx	t;
	struct lex_line	ll;

	lx_openz(&t, "# a\n# b\nFROM x\n# c\n#\n# d\nRUN y\nRUN z\n");
	assert_int_equal(lexer_next(t.lx, &ll), 1);
	assert_int_equal(ll.comment0, 0);
	assert_int_equal(ll.ncomments, 2);
	/* A blank "#" ends the run: only "# d" stays above RUN y. */
	assert_int_equal(lexer_next(t.lx, &ll), 1);
	assert_int_equal(ll.comment0, 4);
	assert_int_equal(ll.ncomments, 1);
	assert_int_equal(lexer_next(t.lx, &ll), 1);
	assert_int_equal(ll.ncomments, 0);
	lx_close(&t);
}

static void
test_segments_map_to_source(void **state)
{
	struct lx	t;
	struct lex_line	ll;
	struct span	sp;

	lx_openz(&t, "RUN a \\\n  # c\n  b\n");
	assert_int_equal(lexer_next(t.lx, &ll), 1);
	assert_int_equal(ll.text.nsegs, 2);
	/* "b" is logical offset 8, source offset 16 */
	assert_int_equal(ast_text_source_off(&ll.text, 8), 16);
	/* "a   b" crosses the continuation and the comment */
	sp = ast_text_span(&ll.text, 4, 5);
	assert_int_equal(sp.off, 4);
	assert_int_equal(sp.len, 13);
	assert_int_equal(ll.end, 17);
	lx_close(&t);
}

static void
test_heredoc_body(void **state)
{
	struct lx		 t;
	struct ast_heredoc	 hd;

	lx_openz(&t, "RUN <<EOF\nline 1\n\tline 2\nEOF\nRUN x\n");
	next_is(&t, "RUN <<EOF");
	memset(&hd, 0, sizeof(hd));
	assert_int_equal(lexer_heredoc(t.lx, "EOF", 3, 0, &hd), 1);
	assert_int_equal(hd.bodylen, 15);
	assert_memory_equal(hd.body, "line 1\n\tline 2\n", 15);
	assert_int_equal(hd.body_span.off, 10);
	assert_int_equal(hd.end.off, 25);
	assert_int_equal(hd.end.len, 3);
	next_is(&t, "RUN x");
	lx_close(&t);
}

static void
test_heredoc_chomp_terminator(void **state)
{
	struct lx		 t;
	struct ast_heredoc	 hd;

	lx_openz(&t, "RUN <<-EOF\n\tx\n\t\tEOF\n");
	next_is(&t, "RUN <<-EOF");
	memset(&hd, 0, sizeof(hd));
	assert_int_equal(lexer_heredoc(t.lx, "EOF", 3, 1, &hd), 1);
	assert_memory_equal(hd.body, "\tx\n", 3);
	lx_close(&t);
}

static void
test_heredoc_no_chomp_needs_exact(void **state)
{
	struct lx		 t;
	struct ast_heredoc	 hd;

	lx_openz(&t, "RUN <<EOF\n\tEOF\nEOF \nEOF\r\n");
	next_is(&t, "RUN <<EOF");
	memset(&hd, 0, sizeof(hd));
	assert_int_equal(lexer_heredoc(t.lx, "EOF", 3, 0, &hd), 1);
	/* CRLF terminator matches; the body keeps its bytes */
	assert_int_equal(hd.bodylen, 10);
	lx_close(&t);
}

static void
test_heredoc_unterminated(void **state)
{
	struct lx		 t;
	struct ast_heredoc	 hd;

	lx_openz(&t, "RUN <<EOF\na\nb");
	next_is(&t, "RUN <<EOF");
	memset(&hd, 0, sizeof(hd));
	assert_int_equal(lexer_heredoc(t.lx, "EOF", 3, 0, &hd), 0);
	assert_int_equal(hd.terminated, 0);
	assert_int_equal(hd.bodylen, 3);
	at_end(&t);
	lx_close(&t);
}

static void
test_long_line_limit(void **state)
{
	struct lx	 t;
	char		*buf;
	size_t		 n = LEXER_MAX_LINE + 10;

	buf = malloc(n);
	memset(buf, 'x', n);
	memcpy(buf, "RUN ", 4);
	lx_open(&t, buf, n);
	assert_int_equal(lexer_next(t.lx, &(struct lex_line){ 0 }), 1);
	assert_int_equal(count(&t, DF_INPUT_LIMIT), 1);
	lx_close(&t);
	free(buf);
}

static void
test_encoding_warning(void **state)
{
	struct lx	t;

	lx_open(&t, "FROM a\nRUN \xff\0\n", 13);
	next_is(&t, "FROM a");
	assert_int_equal(count(&t, DF_INVALID_ENCODING), 1);
	assert_int_equal(t.d.v[0].span.off, 11);
	lx_close(&t);
}

static void
test_finding_cap(void **state)
{
	struct lx	t;
	struct span	sp = { 0, 0 };
	int		i;

	lx_openz(&t, "FROM a\n");
	for (i = 0; i < LEXER_MAX_FINDINGS + 50; i++)
		lexer_diag(t.lx, "DF1001", SEV_ERROR, sp, "x");
	assert_int_equal(t.d.n, LEXER_MAX_FINDINGS + 1);
	assert_int_equal(count(&t, DF_INPUT_LIMIT), 1);
	lx_close(&t);
}

static void
test_isspace(void **state)
{
	assert_true(lexer_isspace(' '));
	assert_true(lexer_isspace('\v'));
	assert_true(lexer_isspace(0x85));
	assert_true(lexer_isspace(0xa0));
	assert_true(lexer_isspace(0x2003));
	assert_true(lexer_isspace(0x3000));
	assert_false(lexer_isspace(0x200b));
	assert_false(lexer_isspace('x'));
	assert_true(lexer_isspace_byte(0xa0));
	assert_false(lexer_isspace_byte(0xc2));
	assert_true(lexer_isws('\r'));
	assert_false(lexer_isws('\n'));
}

static void
test_rune_decode(void **state)
{
	unsigned int	r;

	assert_int_equal(lexer_rune("\xc3\xa9", 2, &r), 2);
	assert_int_equal(r, 0xe9);
	assert_int_equal(lexer_rune("\xf0\x9f\x98\x80", 4, &r), 4);
	assert_int_equal(r, 0x1f600);
	assert_int_equal(lexer_rune("\xc3", 1, &r), 1);
	assert_int_equal(r, LEXER_RUNE_ERROR);
	assert_int_equal(lexer_rune("\xed\xa0\x80", 3, &r), 1);
	assert_int_equal(r, LEXER_RUNE_ERROR);
}

static void
test_trim(void **state)
{
	const char	*s = "\xc2\xa0 ab \xe2\x80\x83";

	assert_int_equal(lexer_skip_space(s, 0, strlen(s)), 3);
	assert_int_equal(lexer_rskip_space(s, 0, strlen(s)), 5);
	/* an invalid byte is not a space */
	assert_int_equal(lexer_rskip_space("a\xa0", 0, 2), 2);
}

static void
test_lower(void **state)
{
	struct arena	*a = arena_new();
	size_t		 n;

	assert_string_equal(lexer_lower(a, "RuN", 3, &n), "run");
	/* Kelvin sign and dotted capital I lower to ASCII, as in Go */
	assert_string_equal(lexer_lower(a, "\xe2\x84\xaa", 3, &n), "k");
	assert_string_equal(lexer_lower(a, "\xc4\xb0", 2, &n), "i");
	assert_string_equal(lexer_lower(a, "\xc3\x9c", 2, &n), "\xc3\xbc");
	/* invalid bytes become U+FFFD once anything is non-ASCII */
	assert_string_equal(lexer_lower(a, "A\xff", 2, &n),
	    "a\xef\xbf\xbd");
	assert_int_equal(n, 4);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple_lines),
		cmocka_unit_test(test_leading_space_trimmed),
		cmocka_unit_test(test_blank_lines_skipped),
		cmocka_unit_test(test_continuation_joins),
		cmocka_unit_test(test_continuation_trailing_blanks),
		cmocka_unit_test(test_doubled_escape_no_continuation),
		cmocka_unit_test(test_tripled_escape_no_continuation),
		cmocka_unit_test(test_escape_alone_on_line),
		cmocka_unit_test(test_comment_in_continuation),
		cmocka_unit_test(test_empty_continuation_warns),
		cmocka_unit_test(test_eof_in_continuation),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_lone_cr_is_not_a_line_end),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_bom_only_first_line),
		cmocka_unit_test(test_directives),
		cmocka_unit_test(test_directives_stop_at_comment),
		cmocka_unit_test(test_directives_stop_at_blank_line),
		cmocka_unit_test(test_directive_unknown_ends_directives),
		cmocka_unit_test(test_directive_duplicate),
		cmocka_unit_test(test_directive_bad_escape),
		cmocka_unit_test(test_backtick_escape),
		cmocka_unit_test(test_prev_comments),
		cmocka_unit_test(test_segments_map_to_source),
		cmocka_unit_test(test_heredoc_body),
		cmocka_unit_test(test_heredoc_chomp_terminator),
		cmocka_unit_test(test_heredoc_no_chomp_needs_exact),
		cmocka_unit_test(test_heredoc_unterminated),
		cmocka_unit_test(test_long_line_limit),
		cmocka_unit_test(test_encoding_warning),
		cmocka_unit_test(test_finding_cap),
		cmocka_unit_test(test_isspace),
		cmocka_unit_test(test_rune_decode),
		cmocka_unit_test(test_trim),
		cmocka_unit_test(test_lower),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
