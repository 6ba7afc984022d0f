/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the shell splitter (shell.h).  The whole input is one RUN
 * script, parsed at a non-zero base offset, then unwrapped (wrappers and
 * sh -c) and queried with every helper.  Oracle: no crash, no leak; every
 * span, error offset and heredoc body lies inside [base, base + len]; a
 * word of the outer parse has its raw bytes at its span; every decoded
 * value is NUL-terminated at its length.  It does not check that the
 * split is right (tests/unit/test-shell.c does).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "arena.h"
#include "shell.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define BASE	1000

static const char	*text;
static size_t		 textlen;

static void
check_span(struct span s)
{
	if (s.off < BASE || s.off > BASE + textlen ||
	    s.len > BASE + textlen - s.off)
		FAIL();
}

static void
check_word(const struct shell_word *w, int outer)
{
	check_span(w->span);
	if (w->value == NULL || w->value[w->vlen] != '\0')
		FAIL();
	if (outer && (w->raw != text + (w->span.off - BASE) ||
	    w->rawlen != w->span.len))
		FAIL();
}

static void
check_script(const struct shell_script *sc, int outer)
{
	const struct shell_cmd	*c;
	struct shell_args	 it;
	const char		*v;
	size_t			 i, j;

	if (sc->error != SHELL_OK && (sc->error_off < BASE ||
	    sc->error_off > BASE + textlen))
		FAIL();
	if (shell_error_string(sc->error) == NULL)
		FAIL();
	for (i = 0; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		check_span(c->span);
		check_span(c->op_span);
		if (shell_op_string(c->op) == NULL)
			FAIL();
		for (j = 0; j < c->nwords; j++)
			check_word(&c->words[j], outer && c->orig == NULL);
		for (j = 0; j < c->nassigns; j++) {
			check_span(c->assigns[j].span);
			if (c->assigns[j].name == NULL)
				FAIL();
			check_word(&c->assigns[j].value,
			    outer && c->orig == NULL);
		}
		for (j = 0; j < c->nredirs; j++) {
			check_span(c->redirs[j].span);
			check_word(&c->redirs[j].target,
			    outer && c->orig == NULL);
			if (c->redirs[j].body_found)
				check_span(c->redirs[j].body);
		}
		if (c->nwords > 0 && shell_cmd_name(c) == NULL)
			FAIL();
		(void)shell_cmd_is(c, "apt-get");
		(void)shell_cmd_has_flag(c, "-y", "--yes", "-qq", NULL);
		(void)shell_cmd_flag(c, "-o -c -t --target-release", "-o", &v);
		shell_args_init(&it, c, "-o -c");
		while (shell_args_next(&it) != NULL)
			continue;
		(void)shell_cmd_arg(c, "-o", 1);
		(void)shell_cmd_arg_after(c, "-o", "install");
		(void)shell_cmd_has_arg(c, NULL, "update");
		if (c->nwords > 0)
			(void)shell_word_eq(&c->words[0], "curl");
	}
	(void)shell_script_find(sc, 0, NULL, NULL);
	(void)shell_script_has_cmd(sc, "rm", "-rf");
	(void)shell_script_has_pipe(sc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena		*a;
	struct shell_script	*sc, *u, *inner;
	size_t			 i;

	text = (const char *)data;
	textlen = len;
	a = arena_new();
	sc = shell_parse(a, text, len, BASE);
	check_script(sc, 1);
	u = shell_script_unwrap(a, sc);
	check_script(u, 0);
	for (i = 0; i < sc->ncmds; i++) {
		(void)shell_cmd_unwrap(a, &sc->cmds[i]);
		if ((inner = shell_cmd_script(a, &sc->cmds[i])) != NULL)
			check_script(inner, 0);
	}
	arena_free(a);
	return 0;
}
