/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for shell.c: operators, quoting and decoding, exact spans,
 * assignments, redirections and here-documents, compound commands,
 * wrappers and sh -c offset mapping, option queries, malformed and huge
 * input, and RUN lines as Dockerfiles write them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "arena.h"
#include "shell.h"

static struct arena	*A;
static const char	*T;		/* text of the last parse */
static size_t		 B;		/* its base */

static int
setup(void **state)
{
	(void)state;
	A = arena_new();
	B = 0;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	arena_free(A);
	A = NULL;
	return 0;
}

static struct shell_script *
P(const char *s)
{
	T = s;
	B = 0;
	return shell_parse(A, s, strlen(s), 0);
}

/* Parse and insist on a clean parse. */
static struct shell_script *
OK(const char *s)
{
	struct shell_script	*sc = P(s);

	assert_int_equal(sc->error, SHELL_OK);
	return sc;
}

/* The words of c are exactly the NULL-terminated list. */
static void
assert_words(const struct shell_cmd *c, ...)
{
	va_list		 ap;
	const char	*w;
	size_t		 i = 0;

	va_start(ap, c);
	while ((w = va_arg(ap, const char *)) != NULL) {
		assert_true(i < c->nwords);
		assert_string_equal(c->words[i].value, w);
		assert_int_equal(c->words[i].vlen, strlen(w));
		i++;
	}
	va_end(ap);
	assert_int_equal(c->nwords, i);
}

/* The span covers exactly the bytes expect in the last parsed text. */
static void
assert_span(struct span sp, const char *expect)
{
	size_t	n = strlen(expect);

	assert_true(sp.off >= B);
	assert_int_equal(sp.len, n);
	assert_memory_equal(T + sp.off - B, expect, n);
}

/* --- operators ---------------------------------------------------- */

static void
test_op_and_or(void **state)
{
	struct shell_script	*sc = OK("a && b || c");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_AND);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_OR);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_END);
	assert_int_equal(sc->cmds[0].list, sc->cmds[2].list);
	assert_int_not_equal(sc->cmds[0].pipeline, sc->cmds[1].pipeline);
	assert_int_not_equal(sc->cmds[1].pipeline, sc->cmds[2].pipeline);
	assert_span(sc->cmds[0].op_span, "&&");
	assert_span(sc->cmds[1].op_span, "||");
	assert_int_equal(sc->cmds[2].op_span.len, 0);
}

static void
test_op_semi(void **state)
{
	struct shell_script	*sc = OK("a; b;c ;");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_SEMI);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_SEMI);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_SEMI);
	assert_int_not_equal(sc->cmds[0].list, sc->cmds[1].list);
	assert_int_not_equal(sc->cmds[1].list, sc->cmds[2].list);
	assert_words(&sc->cmds[2], "c", NULL);
}

static void
test_op_pipe(void **state)
{
	struct shell_script	*sc = OK("a | b |c|& d");

	(void)state;
	assert_int_equal(sc->ncmds, 4);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_PIPE);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_PIPE);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_PIPE_ALL);
	assert_int_equal(sc->cmds[0].pipeline, sc->cmds[3].pipeline);
	assert_int_equal(sc->cmds[0].list, sc->cmds[3].list);
	assert_span(sc->cmds[2].op_span, "|&");
	assert_true(shell_script_has_pipe(sc));
	assert_false(shell_script_has_pipe(OK("a && b; c")));
}

static void
test_op_background(void **state)
{
	struct shell_script	*sc = OK("dockerd & sleep 1&wait");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_BG);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_BG);
	assert_words(&sc->cmds[1], "sleep", "1", NULL);
	assert_int_not_equal(sc->cmds[0].list, sc->cmds[1].list);
}

static void
test_op_newline(void **state)
{
	struct shell_script	*sc = OK("a\nb x\n\n\nc\n");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_NEWLINE);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_NEWLINE);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_NEWLINE);
	assert_span(sc->cmds[1].op_span, "\n");
	assert_int_not_equal(sc->cmds[0].list, sc->cmds[1].list);
}

static void
test_op_newline_after_and(void **state)
{
	struct shell_script	*sc = OK("a &&\n\n b ||\n c");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].list, sc->cmds[2].list);
	assert_words(&sc->cmds[2], "c", NULL);
}

static void
test_op_no_spaces(void **state)
{
	struct shell_script	*sc = OK("a&&b||c;d|e&f");

	(void)state;
	assert_int_equal(sc->ncmds, 6);
	assert_words(&sc->cmds[0], "a", NULL);
	assert_words(&sc->cmds[5], "f", NULL);
	assert_int_equal(sc->cmds[3].op, SHELL_OP_PIPE);
	assert_int_equal(sc->cmds[4].op, SHELL_OP_BG);
	assert_span(sc->cmds[1].op_span, "||");
}

static void
test_op_strings(void **state)
{
	(void)state;
	assert_string_equal(shell_op_string(SHELL_OP_AND), "&&");
	assert_string_equal(shell_op_string(SHELL_OP_OR), "||");
	assert_string_equal(shell_op_string(SHELL_OP_PIPE_ALL), "|&");
	assert_string_equal(shell_op_string(SHELL_OP_NEWLINE), "\n");
	assert_string_equal(shell_op_string(SHELL_OP_END), "");
	assert_string_equal(shell_error_string(SHELL_ERR_QUOTE),
	    "unterminated quoted string");
}

/* --- quoting and decoding ----------------------------------------- */

static void
test_single_quotes(void **state)
{
	struct shell_script	*sc = OK("echo 'a b' 'c\"d\\n' x");

	(void)state;
	assert_words(&sc->cmds[0], "echo", "a b", "c\"d\\n", "x", NULL);
	assert_true(sc->cmds[0].words[1].flags & SHELL_WORD_QUOTED);
	assert_false(sc->cmds[0].words[3].flags & SHELL_WORD_QUOTED);
	assert_span(sc->cmds[0].words[1].span, "'a b'");
}

static void
test_double_quote_escapes(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("echo \"a \\\"b\\\" \\$c \\\\ \\x \\`\" end");
	assert_words(&sc->cmds[0], "echo", "a \"b\" $c \\ \\x `", "end",
	    NULL);
	assert_false(sc->cmds[0].words[1].flags & SHELL_WORD_EXPAND);
}

static void
test_backslash_unquoted(void **state)
{
	struct shell_script	*sc = OK("echo a\\ b \\'x \\$HOME \\\\");

	(void)state;
	assert_words(&sc->cmds[0], "echo", "a b", "'x", "$HOME", "\\", NULL);
	assert_true(sc->cmds[0].words[3].flags & SHELL_WORD_QUOTED);
	assert_false(sc->cmds[0].words[3].flags & SHELL_WORD_EXPAND);
}

static void
test_ansi_c_quotes(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("printf $'a\\tb\\n\\x41\\101\\u00e9\\cA\\'\\q' $'\\e'");
	assert_words(&sc->cmds[0], "printf",
	    "a\tb\nAA\xc3\xa9\x01'\\q", "\033", NULL);
	sc = OK("printf $'\\0'");
	assert_int_equal(sc->cmds[0].words[1].vlen, 1);
	assert_int_equal(sc->cmds[0].words[1].value[0], '\0');
}

static void
test_adjacent_parts(void **state)
{
	struct shell_script	*sc = OK("x=1 a'b'\"c\"$'d'\\e$\"f\"g");

	(void)state;
	assert_words(&sc->cmds[0], "abcdefg", NULL);
	assert_span(sc->cmds[0].words[0].span, "a'b'\"c\"$'d'\\e$\"f\"g");
	assert_int_equal(sc->cmds[0].words[0].rawlen, 18);
	assert_memory_equal(sc->cmds[0].words[0].raw, "a'b'", 4);
}

static void
test_expansions_kept(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("echo $HOME ${X:-a b} \"$(echo \"a b\")\" $((1 + 2)) "
	    "`date +%s` $1 \"$@\"");
	c = &sc->cmds[sc->ncmds - 1];
	assert_words(c, "echo", "$HOME", "${X:-a b}", "$(echo \"a b\")",
	    "$((1 + 2))", "`date +%s`", "$1", "$@", NULL);
	assert_true(c->words[1].flags & SHELL_WORD_EXPAND);
	assert_true(c->words[4].flags & SHELL_WORD_EXPAND);
	assert_false(c->words[0].flags & SHELL_WORD_EXPAND);
	assert_false(c->words[7].flags & SHELL_WORD_GLOB);
}

static void
test_nested_subst_quotes(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("echo \"$(echo \")\" ; echo '(')\" next");
	assert_words(&sc->cmds[sc->ncmds - 1], "echo",
	    "$(echo \")\" ; echo '(')", "next", NULL);
	sc = OK("v=${a:-\"}\"} w");
	assert_string_equal(sc->cmds[0].assigns[0].value.value,
	    "${a:-\"}\"}");
	assert_words(&sc->cmds[0], "w", NULL);
}

static void
test_glob_flag(void **state)
{
	struct shell_script	*sc = OK("rm -rf /var/lib/apt/lists/* '*' a?b");

	(void)state;
	assert_true(sc->cmds[0].words[2].flags & SHELL_WORD_GLOB);
	assert_false(sc->cmds[0].words[3].flags & SHELL_WORD_GLOB);
	assert_true(sc->cmds[0].words[4].flags & SHELL_WORD_GLOB);
}

static void
test_empty_words(void **state)
{
	struct shell_script	*sc = OK("echo \"\" '' $''");

	(void)state;
	assert_words(&sc->cmds[0], "echo", "", "", "", NULL);
	assert_span(sc->cmds[0].words[1].span, "\"\"");
}

static void
test_line_continuation(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("apt-get install \\\n    curl \\\n\twget");
	assert_int_equal(sc->ncmds, 1);
	assert_words(&sc->cmds[0], "apt-get", "install", "curl", "wget",
	    NULL);
	assert_span(sc->cmds[0].words[2].span, "curl");
	sc = OK("ab\\\ncd \"x\\\ny\"");
	assert_words(&sc->cmds[0], "abcd", "xy", NULL);
	assert_span(sc->cmds[0].words[0].span, "ab\\\ncd");
}

static void
test_comments(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("echo a # b; rm -rf /\n# whole line\necho c#d '#e' \\#f");
	assert_int_equal(sc->ncmds, 2);
	assert_words(&sc->cmds[0], "echo", "a", NULL);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_NEWLINE);
	assert_words(&sc->cmds[1], "echo", "c#d", "#e", "#f", NULL);
	sc = OK("# only a comment");
	assert_int_equal(sc->ncmds, 0);
}

/* --- spans -------------------------------------------------------- */

static void
test_spans_exact(void **state)
{
	struct shell_script	*sc = OK("  echo  'a b'  c  ;  ls");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_int_equal(c->span.off, 2);
	assert_span(c->span, "echo  'a b'  c");
	assert_int_equal(c->words[0].span.off, 2);
	assert_int_equal(c->words[1].span.off, 8);
	assert_int_equal(c->words[1].span.len, 5);
	assert_int_equal(c->words[2].span.off, 15);
	assert_int_equal(c->op_span.off, 18);
	assert_int_equal(sc->cmds[1].span.off, 21);
}

static void
test_spans_base(void **state)
{
	const char		*s = "RUN apt-get update && ls";
	struct shell_script	*sc;

	(void)state;
	sc = shell_parse(A, s + 4, strlen(s + 4), 4);
	T = s + 4;
	B = 4;
	assert_int_equal(sc->ncmds, 2);
	assert_int_equal(sc->cmds[0].words[0].span.off, 4);
	assert_int_equal(sc->cmds[0].words[1].span.off, 12);
	assert_int_equal(sc->cmds[0].op_span.off, 19);
	assert_int_equal(sc->cmds[1].span.off, 22);
	assert_memory_equal(s + sc->cmds[1].span.off, "ls", 2);
}

static void
test_command_span_with_redirs(void **state)
{
	struct shell_script	*sc = OK("A=1 make >log 2>&1 all && x");

	(void)state;
	assert_span(sc->cmds[0].span, "A=1 make >log 2>&1 all");
	assert_words(&sc->cmds[0], "make", "all", NULL);
}

/* --- assignments -------------------------------------------------- */

static void
test_assign_prefix(void **state)
{
	struct shell_script	*sc = OK("A=1 B=\"x y\" C= cmd D=3");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_int_equal(c->nassigns, 3);
	assert_string_equal(c->assigns[0].name, "A");
	assert_string_equal(c->assigns[0].value.value, "1");
	assert_string_equal(c->assigns[1].name, "B");
	assert_string_equal(c->assigns[1].value.value, "x y");
	assert_span(c->assigns[1].span, "B=\"x y\"");
	assert_span(c->assigns[1].value.span, "\"x y\"");
	assert_string_equal(c->assigns[2].value.value, "");
	assert_int_equal(c->assigns[2].value.span.len, 0);
	assert_words(c, "cmd", "D=3", NULL);
	assert_string_equal(shell_cmd_name(c), "cmd");
}

static void
test_assign_only(void **state)
{
	struct shell_script	*sc = OK("PATH=/x:$PATH; export PATH");

	(void)state;
	assert_int_equal(sc->ncmds, 2);
	assert_int_equal(sc->cmds[0].nwords, 0);
	assert_int_equal(sc->cmds[0].nassigns, 1);
	assert_null(shell_cmd_name(&sc->cmds[0]));
	assert_false(shell_cmd_is(&sc->cmds[0], "PATH"));
	assert_true(sc->cmds[0].assigns[0].value.flags & SHELL_WORD_EXPAND);
}

static void
test_assign_append_array(void **state)
{
	struct shell_script	*sc = OK("A+=x B=(1 \"2 3\") cmd");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_int_equal(c->nassigns, 2);
	assert_true(c->assigns[0].append);
	assert_string_equal(c->assigns[0].name, "A");
	assert_string_equal(c->assigns[0].value.value, "x");
	assert_false(c->assigns[1].append);
	assert_string_equal(c->assigns[1].value.value, "(1 \"2 3\")");
	assert_words(c, "cmd", NULL);
}

static void
test_assign_not(void **state)
{
	struct shell_script	*sc = OK("\"A\"=1 1A=x A\\=1 -A=1");

	(void)state;
	assert_int_equal(sc->cmds[0].nassigns, 0);
	assert_words(&sc->cmds[0], "A=1", "1A=x", "A=1", "-A=1", NULL);
}

/* --- redirections ------------------------------------------------- */

static void
test_redir_basic(void **state)
{
	struct shell_script	*sc = OK("echo a > f >>g < h b");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_words(c, "echo", "a", "b", NULL);
	assert_int_equal(c->nredirs, 3);
	assert_int_equal(c->redirs[0].kind, SHELL_REDIR_OUT);
	assert_string_equal(c->redirs[0].target.value, "f");
	assert_span(c->redirs[0].span, "> f");
	assert_int_equal(c->redirs[0].fd, -1);
	assert_int_equal(c->redirs[1].kind, SHELL_REDIR_APPEND);
	assert_string_equal(c->redirs[1].target.value, "g");
	assert_int_equal(c->redirs[2].kind, SHELL_REDIR_IN);
}

static void
test_redir_fd_dup(void **state)
{
	struct shell_script	*sc = OK("cmd 2>&1 >/dev/null 3<&0 >&2 2>&-");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_words(c, "cmd", NULL);
	assert_int_equal(c->nredirs, 5);
	assert_int_equal(c->redirs[0].kind, SHELL_REDIR_DUP_OUT);
	assert_int_equal(c->redirs[0].fd, 2);
	assert_string_equal(c->redirs[0].target.value, "1");
	assert_span(c->redirs[0].span, "2>&1");
	assert_int_equal(c->redirs[1].kind, SHELL_REDIR_OUT);
	assert_string_equal(c->redirs[1].target.value, "/dev/null");
	assert_int_equal(c->redirs[2].kind, SHELL_REDIR_DUP_IN);
	assert_int_equal(c->redirs[2].fd, 3);
	assert_int_equal(c->redirs[3].fd, -1);
	assert_string_equal(c->redirs[4].target.value, "-");
}

static void
test_redir_bash_forms(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("cmd &> log &>>log2 <<< \"s t\" >| f <> g");
	c = &sc->cmds[0];
	assert_int_equal(c->nredirs, 5);
	assert_int_equal(c->redirs[0].kind, SHELL_REDIR_OUT_ALL);
	assert_int_equal(c->redirs[1].kind, SHELL_REDIR_APPEND_ALL);
	assert_int_equal(c->redirs[2].kind, SHELL_REDIR_HERESTRING);
	assert_string_equal(c->redirs[2].target.value, "s t");
	assert_int_equal(c->redirs[3].kind, SHELL_REDIR_CLOBBER);
	assert_int_equal(c->redirs[4].kind, SHELL_REDIR_RDWR);
	assert_words(c, "cmd", NULL);
}

static void
test_redir_digits_not_fd(void **state)
{
	struct shell_script	*sc = OK("echo 2 > f; echo a2>g; echo 2>h");

	(void)state;
	assert_words(&sc->cmds[0], "echo", "2", NULL);
	assert_int_equal(sc->cmds[0].redirs[0].fd, -1);
	assert_words(&sc->cmds[1], "echo", "a2", NULL);
	assert_words(&sc->cmds[2], "echo", NULL);
	assert_int_equal(sc->cmds[2].redirs[0].fd, 2);
}

static void
test_redir_missing_target(void **state)
{
	struct shell_script	*sc = P("echo > ; ls");

	(void)state;
	assert_int_equal(sc->error, SHELL_ERR_REDIR);
	assert_int_equal(sc->error_off, 5);
	assert_int_equal(sc->ncmds, 2);
	assert_int_equal(sc->cmds[0].nredirs, 1);
	assert_string_equal(sc->cmds[0].redirs[0].target.value, "");
	assert_words(&sc->cmds[1], "ls", NULL);
}

static void
test_redir_only_command(void **state)
{
	struct shell_script	*sc = OK("> /tmp/empty");

	(void)state;
	assert_int_equal(sc->ncmds, 1);
	assert_int_equal(sc->cmds[0].nwords, 0);
	assert_int_equal(sc->cmds[0].nredirs, 1);
}

static void
test_heredoc_marker_in_run(void **state)
{
	struct shell_script	*sc = OK("cat <<EOF > /etc/app.conf");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_words(c, "cat", NULL);
	assert_int_equal(c->nredirs, 2);
	assert_int_equal(c->redirs[0].kind, SHELL_REDIR_HEREDOC);
	assert_string_equal(c->redirs[0].target.value, "EOF");
	assert_false(c->redirs[0].body_found);
	assert_span(c->redirs[0].span, "<<EOF");
	sc = OK("python3 <<'PY'");
	assert_true(sc->cmds[0].redirs[0].target.flags & SHELL_WORD_QUOTED);
	assert_string_equal(sc->cmds[0].redirs[0].target.value, "PY");
}

static void
test_heredoc_body(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("cat <<EOF >f && echo ok\nline $x; rm -rf /\n EOF\nEOF\n"
	    "echo after");
	assert_int_equal(sc->ncmds, 3);
	c = &sc->cmds[0];
	assert_true(c->redirs[0].body_found);
	assert_span(c->redirs[0].body, "line $x; rm -rf /\n EOF\n");
	assert_words(&sc->cmds[1], "echo", "ok", NULL);
	assert_words(&sc->cmds[2], "echo", "after", NULL);
}

static void
test_heredoc_tabs_and_two(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("cat <<-\"A\" <<B\n\ta\n\tA\nb\nB\nls");
	assert_int_equal(sc->ncmds, 2);
	assert_int_equal(sc->cmds[0].redirs[0].kind,
	    SHELL_REDIR_HEREDOC_TABS);
	assert_span(sc->cmds[0].redirs[0].body, "\ta\n");
	assert_span(sc->cmds[0].redirs[1].body, "b\n");
	assert_words(&sc->cmds[1], "ls", NULL);
}

static void
test_heredoc_unterminated(void **state)
{
	struct shell_script	*sc = P("x; cat <<END\nbody\nEN");

	(void)state;
	assert_int_equal(sc->error, SHELL_ERR_HEREDOC);
	assert_int_equal(sc->error_off, 7);
	assert_int_equal(sc->ncmds, 2);
	assert_false(sc->cmds[1].redirs[0].body_found);
	assert_span(sc->cmds[1].redirs[0].body, "body\nEN");
}

/* --- compound commands -------------------------------------------- */

static void
test_subshell(void **state)
{
	struct shell_script	*sc = OK("(cd /src && make) && echo done");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_words(&sc->cmds[0], "cd", "/src", NULL);
	assert_int_equal(sc->cmds[0].depth, 1);
	assert_true(sc->cmds[0].flags & SHELL_CMD_SUBSHELL);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_AND);
	assert_int_equal(sc->cmds[2].depth, 0);
	assert_false(sc->cmds[2].flags & SHELL_CMD_SUBSHELL);
	assert_int_equal(sc->cmds[0].list, sc->cmds[2].list);
}

static void
test_subshell_pipe(void **state)
{
	struct shell_script	*sc = OK("( (a) ) | b; c");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].depth, 2);
	assert_int_equal(sc->cmds[0].op, SHELL_OP_PIPE);
	assert_span(sc->cmds[0].op_span, "|");
	assert_int_equal(sc->cmds[0].pipeline, sc->cmds[1].pipeline);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_SEMI);
}

static void
test_brace_group(void **state)
{
	struct shell_script	*sc = OK("{ a; b; } > log 2>&1 && { c; }");

	(void)state;
	assert_int_equal(sc->ncmds, 3);
	assert_int_equal(sc->cmds[0].depth, 1);
	assert_false(sc->cmds[0].flags & SHELL_CMD_SUBSHELL);
	assert_int_equal(sc->cmds[0].nredirs, 0);
	assert_words(&sc->cmds[2], "c", NULL);
	assert_false(shell_script_has_cmd(sc, "{", NULL));
	assert_false(shell_script_has_cmd(sc, "}", NULL));
	sc = OK("echo { } {a,b}");
	assert_words(&sc->cmds[0], "echo", "{", "}", "{a,b}", NULL);
}

static void
test_if(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("if [ -f x ]; then echo a; elif test -d y\nthen echo b\n"
	    "else echo c; fi; ls");
	assert_int_equal(sc->ncmds, 6);
	assert_words(&sc->cmds[0], "[", "-f", "x", "]", NULL);
	assert_words(&sc->cmds[2], "test", "-d", "y", NULL);
	assert_words(&sc->cmds[4], "echo", "c", NULL);
	assert_int_equal(sc->cmds[4].depth, 1);
	assert_words(&sc->cmds[5], "ls", NULL);
	assert_int_equal(sc->cmds[5].depth, 0);
	assert_false(shell_script_has_cmd(sc, "then", NULL));
	assert_false(shell_script_has_cmd(sc, "fi", NULL));
}

static void
test_for(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("for x in a b \"c d\"; do echo $x; done");
	assert_int_equal(sc->ncmds, 1);
	assert_words(&sc->cmds[0], "echo", "$x", NULL);
	assert_int_equal(sc->cmds[0].depth, 1);
	sc = OK("for x\ndo rm $x; done; for ((i=0; i<3; i++)); do :; done");
	assert_int_equal(sc->ncmds, 2);
	assert_words(&sc->cmds[0], "rm", "$x", NULL);
	assert_words(&sc->cmds[1], ":", NULL);
	sc = OK("for f in $(ls); do cat $f; done");
	assert_int_equal(sc->ncmds, 2);
	assert_words(&sc->cmds[0], "ls", NULL);
	assert_true(sc->cmds[0].flags & SHELL_CMD_SUBST);
}

static void
test_while_until(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("while read -r l; do echo \"$l\"; done < f; "
	    "until curl -f x || false; do sleep 1; done");
	assert_int_equal(sc->ncmds, 5);
	assert_words(&sc->cmds[0], "read", "-r", "l", NULL);
	assert_words(&sc->cmds[2], "curl", "-f", "x", NULL);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_OR);
	assert_words(&sc->cmds[4], "sleep", "1", NULL);
}

static void
test_case(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("case \"$arch\" in\n amd64|x86_64) a=1; echo x ;;\n"
	    " (arm64) b ;&\n *) echo other; exit 1;;\n esac; done_cmd");
	assert_int_equal(sc->ncmds, 6);
	assert_int_equal(sc->cmds[0].nassigns, 1);
	assert_int_equal(sc->cmds[1].op, SHELL_OP_CASE_END);
	assert_words(&sc->cmds[2], "b", NULL);
	assert_int_equal(sc->cmds[2].op, SHELL_OP_CASE_END);
	assert_words(&sc->cmds[4], "exit", "1", NULL);
	assert_words(&sc->cmds[5], "done_cmd", NULL);
	assert_int_equal(sc->cmds[5].depth, 0);
	assert_false(shell_script_has_cmd(sc, "amd64", NULL));
	sc = OK("case x in esac; case y in a) ;; esac");
	assert_int_equal(sc->ncmds, 0);
}

static void
test_function_def(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("f() { echo in f; }; function g { ls; }; "
	    "function h() (pwd); f");
	assert_int_equal(sc->ncmds, 4);
	assert_words(&sc->cmds[0], "echo", "in", "f", NULL);
	assert_words(&sc->cmds[1], "ls", NULL);
	assert_words(&sc->cmds[2], "pwd", NULL);
	assert_words(&sc->cmds[3], "f", NULL);
}

static void
test_dbracket_arith(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("[[ -f x && $a < $b ]] && echo y; (( i++ )) || true; "
	    "((cd a) && b)");
	assert_int_equal(sc->ncmds, 4);
	assert_words(&sc->cmds[0], "echo", "y", NULL);
	assert_words(&sc->cmds[1], "true", NULL);
	assert_words(&sc->cmds[2], "cd", "a", NULL);
	assert_int_equal(sc->cmds[2].depth, 2);
}

static void
test_negation_and_keywords_as_args(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("! grep -q x f && echo if then fi done { esac");
	assert_int_equal(sc->ncmds, 2);
	assert_true(sc->cmds[0].flags & SHELL_CMD_NEGATED);
	assert_false(sc->cmds[1].flags & SHELL_CMD_NEGATED);
	assert_words(&sc->cmds[1], "echo", "if", "then", "fi", "done", "{",
	    "esac", NULL);
	sc = OK("'if' x; \"done\"");
	assert_words(&sc->cmds[0], "if", "x", NULL);
	assert_words(&sc->cmds[1], "done", NULL);
}

static void
test_subst_commands(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("a && b $(c | d) \"`e`\" && f");
	assert_int_equal(sc->ncmds, 6);
	assert_words(&sc->cmds[0], "a", NULL);
	assert_words(&sc->cmds[1], "c", NULL);
	assert_true(sc->cmds[1].flags & SHELL_CMD_SUBST);
	assert_int_equal(sc->cmds[1].depth, 1);
	assert_int_equal(sc->cmds[1].pipeline, sc->cmds[2].pipeline);
	assert_int_not_equal(sc->cmds[1].list, sc->cmds[0].list);
	assert_span(sc->cmds[2].span, "d");
	assert_words(&sc->cmds[3], "e", NULL);
	assert_words(&sc->cmds[4], "b", "$(c | d)", "`e`", NULL);
	assert_int_equal(sc->cmds[4].list, sc->cmds[0].list);
	assert_int_equal(sc->cmds[5].list, sc->cmds[0].list);
	sc = OK("X=$(curl -s u | sh) && diff <(sort a) b");
	assert_true(shell_script_has_cmd(sc, "sh", NULL));
	assert_true(shell_script_has_cmd(sc, "sort", NULL));
	assert_true(shell_script_has_pipe(sc));
}

static void
test_depth_field(void **state)
{
	struct shell_script	*sc = OK("if a; then (b; { c; }); fi");

	(void)state;
	assert_int_equal(sc->cmds[0].depth, 1);
	assert_int_equal(sc->cmds[1].depth, 2);
	assert_int_equal(sc->cmds[2].depth, 3);
	assert_true(sc->cmds[2].flags & SHELL_CMD_SUBSHELL);
}

/* --- wrappers and sh -c -------------------------------------------- */

static void
test_unwrap_env(void **state)
{
	struct shell_script	*sc = OK("env -i A=1 B=\"x y\" apt-get update");
	const struct shell_cmd	*u;

	(void)state;
	u = shell_cmd_unwrap(A, &sc->cmds[0]);
	assert_ptr_not_equal(u, &sc->cmds[0]);
	assert_ptr_equal(u->orig, &sc->cmds[0]);
	assert_string_equal(shell_cmd_name(u), "apt-get");
	assert_words(u, "apt-get", "update", NULL);
	assert_int_equal(u->nassigns, 2);
	assert_string_equal(u->assigns[1].name, "B");
	assert_string_equal(u->assigns[1].value.value, "x y");
	assert_span(u->assigns[1].value.span, "\"x y\"");
	assert_span(u->span, "env -i A=1 B=\"x y\" apt-get update");
}

static void
test_unwrap_sudo(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*u;

	(void)state;
	sc = OK("sudo -u root -E apt-get install -y x; sudo -l; "
	    "sudo --user=app DEBUG=1 make");
	u = shell_cmd_unwrap(A, &sc->cmds[0]);
	assert_words(u, "apt-get", "install", "-y", "x", NULL);
	assert_span(u->words[0].span, "apt-get");
	assert_ptr_equal(shell_cmd_unwrap(A, &sc->cmds[1]), &sc->cmds[1]);
	u = shell_cmd_unwrap(A, &sc->cmds[2]);
	assert_words(u, "make", NULL);
	assert_int_equal(u->nassigns, 1);
}

static void
test_unwrap_chain(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*u;

	(void)state;
	sc = OK("sudo -E env A=1 nice -n 5 nohup time -p "
	    "timeout -s KILL 10 stdbuf -oL /usr/bin/pip install x");
	u = shell_cmd_unwrap(A, &sc->cmds[0]);
	assert_words(u, "/usr/bin/pip", "install", "x", NULL);
	assert_true(shell_cmd_is(u, "pip"));
	assert_false(shell_cmd_is(u, "/pip"));
	assert_int_equal(u->nassigns, 1);
	assert_string_equal(u->assigns[0].name, "A");
}

static void
test_unwrap_xargs(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*u;

	(void)state;
	sc = OK("find . -name '*.pyc' -print0 | xargs -0 -I{} -n 1 rm -f {}"
	    " ; ls | xargs");
	u = shell_cmd_unwrap(A, &sc->cmds[1]);
	assert_words(u, "rm", "-f", "{}", NULL);
	assert_int_equal(u->pipeline, sc->cmds[0].pipeline);
	u = shell_cmd_unwrap(A, &sc->cmds[3]);
	assert_ptr_equal(u, &sc->cmds[3]);
}

static void
test_unwrap_command_exec(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("command -v foo; command ls -l; exec \"$@\"; exec >log 2>&1;"
	    " gosu app:app node x; su-exec nobody ls; nohup");
	assert_ptr_equal(shell_cmd_unwrap(A, &sc->cmds[0]), &sc->cmds[0]);
	assert_words(shell_cmd_unwrap(A, &sc->cmds[1]), "ls", "-l", NULL);
	assert_words(shell_cmd_unwrap(A, &sc->cmds[2]), "$@", NULL);
	assert_ptr_equal(shell_cmd_unwrap(A, &sc->cmds[3]), &sc->cmds[3]);
	assert_words(shell_cmd_unwrap(A, &sc->cmds[4]), "node", "x", NULL);
	assert_words(shell_cmd_unwrap(A, &sc->cmds[5]), "ls", NULL);
	assert_ptr_equal(shell_cmd_unwrap(A, &sc->cmds[6]), &sc->cmds[6]);
}

static void
test_sh_c_single_quoted(void **state)
{
	const char		*s = "sh -c 'apt-get update && apt-get "
	    "install -y curl'";
	struct shell_script	*sc = OK(s), *in;

	(void)state;
	in = shell_cmd_script(A, &sc->cmds[0]);
	assert_non_null(in);
	assert_int_equal(in->error, SHELL_OK);
	assert_int_equal(in->ncmds, 2);
	assert_words(&in->cmds[1], "apt-get", "install", "-y", "curl", NULL);
	assert_int_equal(in->cmds[0].span.off, 7);
	assert_span(in->cmds[0].span, "apt-get update");
	assert_span(in->cmds[1].words[2].span, "-y");
	assert_span(in->cmds[0].op_span, "&&");
	assert_null(shell_cmd_script(A, &OK("sh script.sh")->cmds[0]));
	assert_null(shell_cmd_script(A, &OK("sh -c")->cmds[0]));
	assert_null(shell_cmd_script(A, &OK("echo -c x")->cmds[0]));
}

static void
test_sh_c_double_quoted_escapes(void **state)
{
	const char		*s =
	    "bash -c \"echo \\\"a b\\\" \\$HOME && ls\"";
	struct shell_script	*sc = OK(s), *in;

	(void)state;
	in = shell_cmd_script(A, &sc->cmds[0]);
	assert_non_null(in);
	assert_int_equal(in->ncmds, 2);
	assert_words(&in->cmds[0], "echo", "a b", "$HOME", NULL);
	assert_true(in->cmds[0].words[2].flags & SHELL_WORD_EXPAND);
	assert_span(in->cmds[0].words[1].span, "\\\"a b\\\"");
	assert_span(in->cmds[0].words[2].span, "\\$HOME");
	assert_span(in->cmds[1].span, "ls");
	assert_span(in->cmds[0].op_span, "&&");
}

static void
test_sh_c_options_and_paths(void **state)
{
	struct shell_script	*in;

	(void)state;
	in = shell_cmd_script(A,
	    &OK("/bin/bash -o pipefail -euxc 'a | b'")->cmds[0]);
	assert_non_null(in);
	assert_int_equal(in->ncmds, 2);
	assert_span(in->cmds[1].span, "b");
	in = shell_cmd_script(A,
	    &OK("sudo -E sh -e -c \"make install\" argv0 x")->cmds[0]);
	assert_non_null(in);
	assert_words(&in->cmds[0], "make", "install", NULL);
	in = shell_cmd_script(A,
	    &OK("su nobody -s /bin/sh -c 'cd /x && make'")->cmds[0]);
	assert_non_null(in);
	assert_words(&in->cmds[1], "make", NULL);
	assert_span(in->cmds[1].span, "make");
}

static void
test_sh_c_mixed_quotes(void **state)
{
	struct shell_script	*sc = OK("sh -c 'echo '\"a b\"' x'"), *in;

	(void)state;
	in = shell_cmd_script(A, &sc->cmds[0]);
	assert_non_null(in);
	assert_string_equal(in->text, "echo a b x");
	assert_words(&in->cmds[0], "echo", "a", "b", "x", NULL);
	assert_span(in->cmds[0].words[1].span, "a");
	assert_span(in->cmds[0].words[3].span, "x");
	assert_span(in->cmds[0].span, "echo '\"a b\"' x");
}

static void
test_sh_c_base_offset(void **state)
{
	const char		*s = "RUN  sh -c 'ls -l'";
	struct shell_script	*sc, *in;

	(void)state;
	sc = shell_parse(A, s + 5, strlen(s + 5), 5);
	T = s + 5;
	B = 5;
	in = shell_cmd_script(A, &sc->cmds[0]);
	assert_non_null(in);
	assert_int_equal(in->cmds[0].words[1].span.off, 15);
	assert_memory_equal(s + in->cmds[0].words[1].span.off, "-l", 2);
	assert_span(in->cmds[0].words[1].span, "-l");
}

static void
test_script_unwrap_nested(void **state)
{
	const char		*s = "curl -fsSL u | sudo sh -c \"sh -c "
	    "'apt-get update'; echo ok\" && done_x";
	struct shell_script	*sc = OK(s), *u;
	const struct shell_cmd	*c;

	(void)state;
	u = shell_script_unwrap(A, sc);
	assert_int_equal(u->error, SHELL_OK);
	assert_int_equal(u->ncmds, 4);
	assert_words(&u->cmds[0], "curl", "-fsSL", "u", NULL);
	assert_null(u->cmds[0].orig);
	c = &u->cmds[1];
	assert_words(c, "apt-get", "update", NULL);
	assert_true(c->flags & SHELL_CMD_SHELL_C);
	assert_ptr_equal(c->orig, &sc->cmds[1]);
	assert_int_equal(c->depth, 2);
	assert_int_equal(c->pipeline, sc->cmds[0].pipeline);
	assert_span(c->span, "apt-get update");
	assert_span(u->cmds[2].words[1].span, "ok");
	assert_int_equal(u->cmds[2].depth, 1);
	assert_words(&u->cmds[3], "done_x", NULL);
	assert_true(shell_script_has_cmd(u, "apt-get", "update"));
	assert_false(shell_script_has_cmd(sc, "apt-get", NULL));
}

static void
test_script_unwrap_error_inner(void **state)
{
	struct shell_script	*sc = OK("bash -c 'echo \"x'"), *u;

	(void)state;
	u = shell_script_unwrap(A, sc);
	assert_int_equal(u->error, SHELL_ERR_QUOTE);
	assert_int_equal(u->error_off, 14);
	assert_int_equal(u->ncmds, 1);
	assert_words(&u->cmds[0], "echo", "x", NULL);
}

/* --- option queries ---------------------------------------------- */

static void
test_has_flag_combined(void **state)
{
	struct shell_script	*sc = OK("apt-get -qy install --no-install-"
	    "recommends=1 x -- -n");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_true(shell_cmd_has_flag(c, "-y", NULL));
	assert_true(shell_cmd_has_flag(c, "-q", NULL));
	assert_true(shell_cmd_has_flag(c, "--yes", "-y", NULL));
	assert_false(shell_cmd_has_flag(c, "--yes", "--assume-yes", NULL));
	assert_false(shell_cmd_has_flag(c, "-n", NULL));
	assert_true(shell_cmd_has_flag(c, "--no-install-recommends", NULL));
	assert_false(shell_cmd_has_flag(c, "--no-install", NULL));
	assert_false(shell_cmd_has_flag(c, "y", NULL));
	assert_false(shell_cmd_has_flag(c, NULL));
}

static void
test_flag_values(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;
	const char		*v;

	(void)state;
	sc = OK("apt-get -t buster-backports -ofoo=1 --option=a=b "
	    "--target-release x -yq install");
	c = &sc->cmds[0];
	assert_non_null(shell_cmd_flag(c, "-t -o", "-t", &v));
	assert_string_equal(v, "buster-backports");
	assert_non_null(shell_cmd_flag(c, "-t -o", "-o", &v));
	assert_string_equal(v, "foo=1");
	assert_non_null(shell_cmd_flag(c, NULL, "--option", &v));
	assert_string_equal(v, "a=b");
	assert_non_null(shell_cmd_flag(c, "--target-release",
	    "--target-release", &v));
	assert_string_equal(v, "x");
	assert_non_null(shell_cmd_flag(c, NULL, "-y", &v));
	assert_null(v);
	/* With -o taking a value, "-ofoo" does not hold -f. */
	assert_null(shell_cmd_flag(c, "-o", "-f", NULL));
	assert_non_null(shell_cmd_flag(c, NULL, "-f", NULL));
}

static void
test_single_dash_long(void **state)
{
	struct shell_script	*sc = OK("find / -name x -delete");
	const struct shell_cmd	*c = &sc->cmds[0];
	const char		*v;

	(void)state;
	assert_true(shell_cmd_has_flag(c, "-delete", NULL));
	assert_false(shell_cmd_has_flag(c, "-del", NULL));
	assert_non_null(shell_cmd_flag(c, "-name", "-name", &v));
	assert_string_equal(v, "x");
	assert_string_equal(shell_cmd_arg(c, "-name", 0)->value, "/");
	assert_null(shell_cmd_arg(c, "-name", 1));
}

static void
test_positional_args(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;
	struct shell_args	 it;
	const struct shell_word	*w;
	const char		*want[] = { "install", "curl", "wget" };
	size_t			 n = 0;

	(void)state;
	sc = OK("apt-get -o Dpkg::Options::=--force-confold -y install "
	    "curl --no-install-recommends wget");
	c = &sc->cmds[0];
	shell_args_init(&it, c, "-o -c -t");
	while ((w = shell_args_next(&it)) != NULL) {
		assert_true(n < 3);
		assert_string_equal(w->value, want[n]);
		n++;
	}
	assert_int_equal(n, 3);
	assert_string_equal(shell_cmd_arg(c, "-o", 0)->value, "install");
	assert_string_equal(shell_cmd_arg(c, NULL, 0)->value,
	    "Dpkg::Options::=--force-confold");
	assert_string_equal(shell_cmd_arg_after(c, "-o", "install")->value,
	    "curl");
	assert_null(shell_cmd_arg_after(c, "-o", "wget"));
	assert_null(shell_cmd_arg_after(c, "-o", "remove"));
	assert_true(shell_cmd_has_arg(c, "-o", "wget"));
	assert_false(shell_cmd_has_arg(c, "-o", "-y"));
}

static void
test_positional_dashdash(void **state)
{
	struct shell_script	*sc = OK("rm -f -- -x y");
	const struct shell_cmd	*c = &sc->cmds[0];

	(void)state;
	assert_string_equal(shell_cmd_arg(c, NULL, 0)->value, "-x");
	assert_string_equal(shell_cmd_arg(c, NULL, 1)->value, "y");
	assert_false(shell_cmd_has_flag(c, "-x", NULL));
	assert_true(shell_cmd_has_flag(c, "-f", NULL));
	assert_string_equal(shell_cmd_arg(&OK("cat -")->cmds[0], NULL,
	    0)->value, "-");
}

static void
test_script_find(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;
	size_t			 n = 0;

	(void)state;
	sc = OK("apt-get update && apt-get install -y a; "
	    "/usr/bin/apt-get -y install b; apt-get clean");
	assert_true(shell_script_has_cmd(sc, "apt-get", "install"));
	assert_true(shell_script_has_cmd(sc, "apt-get", NULL));
	assert_false(shell_script_has_cmd(sc, "apt-get", "-y"));
	assert_false(shell_script_has_cmd(sc, "apt", NULL));
	for (c = shell_script_find(sc, 0, "apt-get", "install"); c != NULL;
	    c = shell_script_find(sc, (size_t)(c - sc->cmds) + 1, "apt-get",
	    "install"))
		n++;
	assert_int_equal(n, 2);
	assert_ptr_equal(shell_script_find(sc, 0, NULL, "clean"),
	    &sc->cmds[3]);
}

static void
test_word_eq_and_name(void **state)
{
	struct shell_script	*sc = OK("'apt-get' update");

	(void)state;
	assert_true(shell_cmd_is(&sc->cmds[0], "apt-get"));
	assert_true(shell_word_eq(&sc->cmds[0].words[1], "update"));
	assert_false(shell_word_eq(&sc->cmds[0].words[1], "updat"));
	assert_false(shell_word_eq(&sc->cmds[0].words[1], "updates"));
}

/* --- robustness --------------------------------------------------- */

static void
test_unterminated_quotes(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = P("ls; echo 'abc def");
	assert_int_equal(sc->error, SHELL_ERR_QUOTE);
	assert_int_equal(sc->error_off, 9);
	assert_int_equal(sc->ncmds, 2);
	assert_words(&sc->cmds[1], "echo", "abc def", NULL);
	sc = P("echo \"abc $(x)");
	assert_int_equal(sc->error, SHELL_ERR_QUOTE);
	assert_int_equal(sc->error_off, 5);
	assert_words(&sc->cmds[sc->ncmds - 1], "echo", "abc $(x)", NULL);
	sc = P("echo `date");
	assert_int_equal(sc->error, SHELL_ERR_QUOTE);
	sc = P("echo $'abc");
	assert_int_equal(sc->error, SHELL_ERR_QUOTE);
	assert_words(&sc->cmds[0], "echo", "abc", NULL);
}

static void
test_unterminated_subst(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = P("a && echo $(date");
	assert_int_equal(sc->error, SHELL_ERR_SUBST);
	assert_int_equal(sc->error_off, 10);
	assert_words(&sc->cmds[0], "a", NULL);
	sc = P("echo ${x");
	assert_int_equal(sc->error, SHELL_ERR_SUBST);
	assert_int_equal(sc->error_off, 5);
	sc = P("echo $((1+");
	assert_int_equal(sc->error, SHELL_ERR_SUBST);
}

static void
test_unclosed_compound(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = P("if a; then b");
	assert_int_equal(sc->error, SHELL_ERR_UNCLOSED);
	assert_int_equal(sc->error_off, 0);
	assert_int_equal(sc->ncmds, 2);
	sc = P("x; (a && b");
	assert_int_equal(sc->error, SHELL_ERR_UNCLOSED);
	assert_int_equal(sc->error_off, 3);
	assert_int_equal(sc->ncmds, 3);
	sc = P("{ a; b }");
	assert_int_equal(sc->error, SHELL_ERR_UNCLOSED);
	assert_words(&sc->cmds[1], "b", "}", NULL);
	sc = P("for x in a b; do echo");
	assert_int_equal(sc->error, SHELL_ERR_UNCLOSED);
	sc = P("case x in a) b");
	assert_int_equal(sc->error, SHELL_ERR_UNCLOSED);
	sc = P("if (a; then b; fi");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->error_off, 7);
	assert_int_equal(sc->ncmds, 2);
}

static void
test_unexpected_tokens(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = P("a ) b");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->error_off, 2);
	sc = P("&& a");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->ncmds, 1);
	sc = P("a; fi; b");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->error_off, 3);
	assert_int_equal(sc->ncmds, 2);
	sc = P("a ;; b");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	sc = P("then x");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->ncmds, 1);
}

static void
test_nul_bytes(void **state)
{
	static const char	 s[] = "echo a\0b 'c\0d' && l\0s";
	struct shell_script	*sc;

	(void)state;
	sc = shell_parse(A, s, sizeof(s) - 1, 0);
	assert_int_equal(sc->error, SHELL_OK);
	assert_int_equal(sc->ncmds, 2);
	assert_int_equal(sc->cmds[0].words[1].vlen, 3);
	assert_memory_equal(sc->cmds[0].words[1].value, "a\0b", 4);
	assert_int_equal(sc->cmds[0].words[2].vlen, 3);
	assert_false(shell_cmd_is(&sc->cmds[1], "l"));
	assert_false(shell_word_eq(&sc->cmds[1].words[0], "l"));
}

static void
test_empty_input(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("");
	assert_int_equal(sc->ncmds, 0);
	sc = OK(" \t\n\n \n");
	assert_int_equal(sc->ncmds, 0);
	sc = P(" ;\n");
	assert_int_equal(sc->error, SHELL_ERR_UNEXPECTED);
	assert_int_equal(sc->error_off, 1);
	sc = shell_parse(A, NULL, 10, 0);
	assert_int_equal(sc->ncmds, 0);
	assert_int_equal(sc->error, SHELL_OK);
	assert_int_equal(shell_parse(A, "\\", 1, 0)->cmds[0].words[0].vlen,
	    1);
}

/* Build n copies of pat in a heap buffer. */
static char *
repeat(const char *pat, size_t n, size_t *len)
{
	size_t	 l = strlen(pat), i;
	char	*b;

	b = malloc(l * n + 1);
	assert_non_null(b);
	for (i = 0; i < n; i++)
		memcpy(b + i * l, pat, l);
	b[l * n] = '\0';
	*len = l * n;
	return b;
}

static void
test_deep_nesting(void **state)
{
	static const struct {
		const char		*pat;
		enum shell_error	 error;
	} cases[] = {
		{ "(", SHELL_ERR_DEPTH },
		{ "((", SHELL_ERR_DEPTH },
		{ "{ ", SHELL_ERR_DEPTH },
		{ "if ", SHELL_ERR_DEPTH },
		{ "$(", SHELL_ERR_SUBST },
		{ "\"$(", SHELL_ERR_DEPTH },
		{ "${", SHELL_ERR_DEPTH },
		{ "`", SHELL_OK },
		{ "<(", SHELL_ERR_SUBST },
		{ "f() { ", SHELL_ERR_DEPTH },
		{ "case x in a) ", SHELL_ERR_DEPTH },
		{ "for x in a; do ", SHELL_ERR_DEPTH },
		{ "(\"$(`${'", SHELL_ERR_DEPTH },
		{ "sh -c '", SHELL_OK },
		{ ")", SHELL_ERR_UNEXPECTED },
		{ "fi ", SHELL_ERR_UNEXPECTED },
		{ "esac ", SHELL_ERR_UNEXPECTED },
	};
	struct shell_script	*sc;
	size_t			 i, k, len;
	char			*b;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		b = repeat(cases[i].pat, 10000, &len);
		sc = shell_parse(A, b, len, 0);
		assert_int_equal(sc->error, cases[i].error);
		assert_true(sc->error_off <= len);
		for (k = 0; k < sc->ncmds; k++) {
			assert_true(SPAN_END(sc->cmds[k].span) <= len);
			assert_true(sc->cmds[k].depth <=
			    SHELL_MAX_DEPTH + SHELL_MAX_SUBST + 10000);
		}
		shell_script_unwrap(A, sc);
		free(b);
	}
	b = repeat("(", 10000, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_equal(sc->error_off, SHELL_MAX_DEPTH);
	free(b);
	/* $( ) bodies are searched SHELL_MAX_SUBST levels deep. */
	b = repeat("$(a ", 100, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_equal(sc->ncmds, SHELL_MAX_SUBST + 1);
	free(b);
}

static void
test_huge_lines(void **state)
{
	struct shell_script	*sc;
	size_t			 len;
	char			*b;

	(void)state;
	b = repeat("x", 1024 * 1024, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_equal(sc->ncmds, 1);
	assert_int_equal(sc->cmds[0].words[0].vlen, len);
	free(b);
	b = repeat("a -y && ", 128 * 1024, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_equal(sc->error, SHELL_OK);
	assert_int_equal(sc->ncmds, 128 * 1024);
	assert_int_equal(sc->cmds[sc->ncmds - 1].list, sc->cmds[0].list);
	free(b);
	b = repeat("((a ", 256 * 1024, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_not_equal(sc->error, SHELL_OK);
	free(b);
	b = repeat("'x'\"y\"$'\\t' ", 80 * 1024, &len);
	sc = shell_parse(A, b, len, 0);
	assert_int_equal(sc->cmds[0].nwords, 80 * 1024);
	free(b);
}

/* Random soup of shell metacharacters: no crash, spans inside the text. */
static void
test_random_soup(void **state)
{
	static const char	 alpha[] = "ab -=$(){}'\"`\\;&|<>\n#*0123!\t[]";
	struct shell_script	*sc, *u;
	char			 buf[64];
	unsigned long		 seed = 12345;
	size_t			 i, k, j, n;

	(void)state;
	for (i = 0; i < 20000; i++) {
		n = i % sizeof(buf);
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245 + 12345;
			buf[k] = alpha[(seed >> 16) % (sizeof(alpha) - 1)];
		}
		sc = shell_parse(A, buf, n, 1000);
		u = shell_script_unwrap(A, sc);
		assert_true(sc->error == SHELL_OK ||
		    (sc->error_off >= 1000 && sc->error_off <= 1000 + n));
		for (k = 0; k < u->ncmds; k++) {
			assert_true(u->cmds[k].span.off >= 1000);
			assert_true(SPAN_END(u->cmds[k].span) <= 1000 + n);
			for (j = 0; j < u->cmds[k].nwords; j++)
				assert_true(SPAN_END(u->cmds[k].words[j].span)
				    <= 1000 + n);
		}
		if (i % 1000 == 0) {
			arena_free(A);
			A = arena_new();
		}
	}
}

/* --- realistic RUN lines ------------------------------------------ */

static void
test_realistic_apt(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("apt-get update && apt-get install -y "
	    "--no-install-recommends ca-certificates curl && "
	    "rm -rf /var/lib/apt/lists/*");
	assert_int_equal(sc->ncmds, 3);
	c = shell_script_find(sc, 0, "apt-get", "install");
	assert_non_null(c);
	assert_true(shell_cmd_has_flag(c, "-y", "--yes", "--assume-yes",
	    NULL));
	assert_true(shell_cmd_has_flag(c, "--no-install-recommends", NULL));
	assert_string_equal(shell_cmd_arg_after(c, "-o -t -c", "install")->
	    value, "ca-certificates");
	assert_span(shell_cmd_arg_after(c, NULL, "install")->span,
	    "ca-certificates");
	c = shell_script_find(sc, 0, "rm", NULL);
	assert_true(shell_cmd_has_flag(c, "-r", NULL));
	assert_true(shell_cmd_has_flag(c, "-f", NULL));
	assert_string_equal(shell_cmd_arg(c, NULL, 0)->value,
	    "/var/lib/apt/lists/*");
	assert_int_equal(sc->cmds[0].list, sc->cmds[2].list);
}

static void
test_realistic_pip(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("pip install --no-cache-dir -r requirements.txt && "
	    "pip3 install --upgrade pip==23.1 'flask>=2' ; "
	    "python -m pip install -U x");
	c = shell_script_find(sc, 0, "pip", "install");
	assert_true(shell_cmd_has_flag(c, "--no-cache-dir", NULL));
	assert_null(shell_cmd_arg_after(c, "-r", "install"));
	assert_string_equal(shell_cmd_arg_after(c, NULL, "install")->value,
	    "requirements.txt");
	c = shell_script_find(sc, 0, "pip3", "install");
	assert_false(shell_cmd_has_flag(c, "--no-cache-dir", NULL));
	assert_string_equal(shell_cmd_arg(c, NULL, 2)->value, "flask>=2");
	c = shell_script_find(sc, 0, "python", NULL);
	assert_true(shell_cmd_has_flag(c, "-m", NULL));
	assert_string_equal(shell_cmd_arg(c, "-m", 0)->value, "install");
}

static void
test_realistic_curl_pipe_sh(void **state)
{
	struct shell_script	*sc;
	const struct shell_cmd	*c;

	(void)state;
	sc = OK("curl -fsSL https://get.example.com | sh -s -- -y; "
	    "wget -qO- https://x/install.sh | sudo bash");
	assert_true(shell_script_has_pipe(sc));
	assert_int_equal(sc->ncmds, 4);
	assert_int_equal(sc->cmds[0].pipeline, sc->cmds[1].pipeline);
	assert_true(shell_cmd_is(&sc->cmds[1], "sh"));
	c = shell_cmd_unwrap(A, &sc->cmds[3]);
	assert_true(shell_cmd_is(c, "bash"));
	assert_int_equal(c->pipeline, sc->cmds[2].pipeline);
	assert_true(shell_cmd_has_flag(&sc->cmds[2], "-O", NULL));
	assert_null(shell_cmd_script(A, &sc->cmds[1]));
}

static void
test_realistic_set_eux(void **state)
{
	struct shell_script	*sc;
	const char		*s = "set -eux; \t\tsavedAptMark=\"$(apt-mark "
	    "showmanual)\"; \tapt-get update; \tcd /usr/src; \t"
	    "dpkgArch=\"$(dpkg --print-architecture)\"; \tcase \"$dpkgArch\" "
	    "in \t\tamd64) arch='x86_64' ;; \t\t*) echo >&2 \"unsupported\"; "
	    "exit 1 ;; \tesac; \t[ -z \"$savedAptMark\" ] || apt-mark manual "
	    "$savedAptMark; \tapt-get purge -y --auto-remove -o "
	    "APT::AutoRemove::RecommendsImportant=false";

	(void)state;
	sc = OK(s);
	assert_true(shell_cmd_has_flag(&sc->cmds[0], "-e", NULL));
	assert_true(shell_cmd_has_flag(&sc->cmds[0], "-x", NULL));
	assert_true(shell_script_has_cmd(sc, "cd", NULL));
	assert_true(shell_script_has_cmd(sc, "apt-mark", "showmanual"));
	assert_true(shell_script_has_cmd(sc, "dpkg", NULL));
	assert_true(shell_script_has_cmd(sc, "exit", NULL));
	assert_false(shell_script_has_cmd(sc, "amd64", NULL));
	assert_true(shell_script_has_cmd(sc, "apt-get", "purge"));
	assert_true(shell_cmd_has_flag(&sc->cmds[sc->ncmds - 1], "-y",
	    NULL));
	assert_null(shell_cmd_arg(&sc->cmds[sc->ncmds - 1], "-o", 1));
}

static void
test_realistic_heredoc_script(void **state)
{
	struct shell_script	*sc;
	const char		*body = "set -e\n"
	    "apt-get update\n"
	    "apt-get install -y \\\n"
	    "    git \\\n"
	    "    make\n"
	    "cat > /etc/motd <<'MOTD'\n"
	    "apt-get install vim\n"
	    "MOTD\n"
	    "if [ -n \"$DEBUG\" ]; then\n"
	    "  echo debug\n"
	    "fi\n";

	(void)state;
	sc = shell_parse(A, body, strlen(body), 500);
	T = body;
	B = 500;
	assert_int_equal(sc->error, SHELL_OK);
	assert_int_equal(sc->ncmds, 6);
	assert_words(&sc->cmds[2], "apt-get", "install", "-y", "git", "make",
	    NULL);
	assert_int_equal(sc->cmds[2].words[4].span.off,
	    500 + (size_t)(strstr(body, "make") - body));
	assert_true(sc->cmds[3].redirs[1].body_found);
	assert_span(sc->cmds[3].redirs[1].body, "apt-get install vim\n");
	assert_false(shell_script_has_cmd(sc, "vim", NULL));
	assert_words(&sc->cmds[5], "echo", "debug", NULL);
	assert_int_equal(sc->cmds[5].depth, 1);
}

static void
test_realistic_mixed(void **state)
{
	struct shell_script	*sc;

	(void)state;
	sc = OK("mkdir -p /app && cd /app && "
	    "npm ci --omit=dev && npm cache clean --force && "
	    "addgroup -S app && adduser -S -G app app && "
	    "chown -R app:app /app || exit 1");
	assert_int_equal(sc->ncmds, 8);
	assert_true(shell_script_has_cmd(sc, "cd", NULL));
	assert_true(shell_script_has_cmd(sc, "npm", "ci"));
	assert_true(shell_cmd_has_flag(&sc->cmds[2], "--omit", NULL));
	assert_true(shell_cmd_has_flag(&sc->cmds[3], "--force", NULL));
	assert_int_equal(sc->cmds[6].op, SHELL_OP_OR);
	assert_int_equal(sc->cmds[7].list, sc->cmds[0].list);
}

int
main(void)
{
#define T_(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T_(test_op_and_or),
		T_(test_op_semi),
		T_(test_op_pipe),
		T_(test_op_background),
		T_(test_op_newline),
		T_(test_op_newline_after_and),
		T_(test_op_no_spaces),
		T_(test_op_strings),
		T_(test_single_quotes),
		T_(test_double_quote_escapes),
		T_(test_backslash_unquoted),
		T_(test_ansi_c_quotes),
		T_(test_adjacent_parts),
		T_(test_expansions_kept),
		T_(test_nested_subst_quotes),
		T_(test_glob_flag),
		T_(test_empty_words),
		T_(test_line_continuation),
		T_(test_comments),
		T_(test_spans_exact),
		T_(test_spans_base),
		T_(test_command_span_with_redirs),
		T_(test_assign_prefix),
		T_(test_assign_only),
		T_(test_assign_append_array),
		T_(test_assign_not),
		T_(test_redir_basic),
		T_(test_redir_fd_dup),
		T_(test_redir_bash_forms),
		T_(test_redir_digits_not_fd),
		T_(test_redir_missing_target),
		T_(test_redir_only_command),
		T_(test_heredoc_marker_in_run),
		T_(test_heredoc_body),
		T_(test_heredoc_tabs_and_two),
		T_(test_heredoc_unterminated),
		T_(test_subshell),
		T_(test_subshell_pipe),
		T_(test_brace_group),
		T_(test_if),
		T_(test_for),
		T_(test_while_until),
		T_(test_case),
		T_(test_function_def),
		T_(test_dbracket_arith),
		T_(test_negation_and_keywords_as_args),
		T_(test_subst_commands),
		T_(test_depth_field),
		T_(test_unwrap_env),
		T_(test_unwrap_sudo),
		T_(test_unwrap_chain),
		T_(test_unwrap_xargs),
		T_(test_unwrap_command_exec),
		T_(test_sh_c_single_quoted),
		T_(test_sh_c_double_quoted_escapes),
		T_(test_sh_c_options_and_paths),
		T_(test_sh_c_mixed_quotes),
		T_(test_sh_c_base_offset),
		T_(test_script_unwrap_nested),
		T_(test_script_unwrap_error_inner),
		T_(test_has_flag_combined),
		T_(test_flag_values),
		T_(test_single_dash_long),
		T_(test_positional_args),
		T_(test_positional_dashdash),
		T_(test_script_find),
		T_(test_word_eq_and_name),
		T_(test_unterminated_quotes),
		T_(test_unterminated_subst),
		T_(test_unclosed_compound),
		T_(test_unexpected_tokens),
		T_(test_nul_bytes),
		T_(test_empty_input),
		T_(test_deep_nesting),
		T_(test_huge_lines),
		T_(test_random_soup),
		T_(test_realistic_apt),
		T_(test_realistic_pip),
		T_(test_realistic_curl_pipe_sh),
		T_(test_realistic_set_eux),
		T_(test_realistic_heredoc_script),
		T_(test_realistic_mixed),
	};
#undef T_

	return cmocka_run_group_tests(tests, NULL, NULL);
}
