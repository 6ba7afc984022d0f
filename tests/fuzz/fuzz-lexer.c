/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the Dockerfile lexer alone (lexer.h): logical lines,
 * continuations, comments, directives, and heredoc bodies, which it reads
 * whenever a logical line holds "<<NAME", "<<-NAME" or a quoted name, as
 * parser.c would ask.  Also the Go-semantics helpers on the same bytes.
 * Oracle: no crash, no leak; logical lines come in file order and do not
 * overlap; every segment of a logical line copies the source bytes it
 * names; a heredoc body is the source bytes of its span; comment and
 * directive spans lie inside the file; the findings stay bounded
 * (LEXER_MAX_FINDINGS plus the one saying so).  The parser's use of the
 * lines is fuzz-parse.c's.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "source.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const struct source	*S;

static void
check_span(struct span s)
{
	if (s.off > S->len || s.len > S->len - s.off)
		FAIL();
}

static void
check_line(const struct lex_line *ll)
{
	const struct ast_seg	*g;
	size_t			 i;

	if (ll->text.s == NULL || ll->text.s[ll->text.len] != '\0')
		FAIL();
	if (ll->start > ll->end || ll->end > S->len)
		FAIL();
	check_span(ll->text.span);
	for (i = 0; i < ll->text.nsegs; i++) {
		g = &ll->text.segs[i];
		if (g->loff > ll->text.len || g->len > ll->text.len - g->loff)
			FAIL();
		if (g->soff < ll->start || g->soff > ll->end ||
		    g->len > ll->end - g->soff)
			FAIL();
		if (memcmp(ll->text.s + g->loff, S->data + g->soff,
		    g->len) != 0)
			FAIL();
	}
}

/* Read the heredoc bodies a logical line introduces, in order. */
static void
heredocs(struct lexer *lx, const struct lex_line *ll)
{
	struct ast_heredoc	 hd;
	const char		*s = ll->text.s;
	size_t			 n = ll->text.len, i, j;
	int			 chomp, quote;

	for (i = 0; i + 2 < n; i++) {
		if (s[i] != '<' || s[i + 1] != '<')
			continue;
		i += 2;
		chomp = 0;
		if (i < n && s[i] == '-') {
			chomp = 1;
			i++;
		}
		quote = 0;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			quote = s[i];
			i++;
		}
		for (j = i; j < n; j++) {
			if (quote != 0 ? s[j] == quote :
			    s[j] == ' ' || s[j] == '\t')
				break;
		}
		if (j == i)
			continue;
		memset(&hd, 0, sizeof(hd));
		(void)lexer_heredoc(lx, s + i, j - i, chomp, &hd);
		check_span(hd.body_span);
		check_span(hd.end);
		if (hd.body == NULL || hd.bodylen != hd.body_span.len ||
		    hd.body[hd.bodylen] != '\0' ||
		    memcmp(hd.body, S->data + hd.body_span.off,
		    hd.bodylen) != 0)
			FAIL();
		if (hd.terminated && hd.end.off < hd.body_span.off +
		    hd.body_span.len)
			FAIL();
		i = j;
	}
}

/* Go helpers: decode, lower-case, trim; results stay in bounds. */
static void
helpers(struct arena *a, const char *s, size_t n)
{
	unsigned int	 r;
	size_t		 i, k, olen;
	char		 buf[4];
	char		*low;

	for (i = 0; i < n; i += k) {
		k = lexer_rune(s + i, n - i, &r);
		if (k == 0 || k > 4 || k > n - i)
			FAIL();
		(void)lexer_isspace(r);
		if (lexer_put_rune(buf, lexer_tolower_rune(r)) > 4)
			FAIL();
	}
	if (lexer_skip_space(s, 0, n) > n || lexer_rskip_space(s, 0, n) > n)
		FAIL();
	low = lexer_lower(a, s, n, &olen);
	if (low == NULL || low[olen] != '\0' || olen > 3 * n + 4)
		FAIL();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct source		*src;
	struct arena		*a;
	struct diags		 d;
	struct lexer		*lx;
	struct lex_line		 ll;
	struct ast_comment	*cm;
	struct ast_directive	*dir;
	size_t			 prev, nc, nd, i;

	src = source_from_mem("fuzz", data, len);
	S = src;
	a = arena_new();
	diags_init(&d);
	lx = lexer_new(src, a, &d);
	prev = 0;
	while (lexer_next(lx, &ll)) {
		check_line(&ll);
		if (ll.start < prev)
			FAIL();
		prev = ll.end;
		heredocs(lx, &ll);
		if (lexer_offset(lx) < prev || lexer_offset(lx) > len)
			FAIL();
		prev = lexer_offset(lx);
	}
	if (lexer_escape(lx) != '\\' && lexer_escape(lx) != '`')
		FAIL();
	if (lexer_bom(lx) != 0 && lexer_bom(lx) != 3)
		FAIL();
	cm = lexer_comments(lx, &nc);
	for (i = 0; i < nc; i++) {
		check_span(cm[i].span);
		if (cm[i].text == NULL)
			FAIL();
	}
	dir = lexer_directives(lx, &nd);
	for (i = 0; i < nd; i++) {
		check_span(dir[i].span);
		check_span(dir[i].name_span);
		check_span(dir[i].value_span);
	}
	if (d.n > LEXER_MAX_FINDINGS + 1)
		FAIL();
	for (i = 0; i < d.n; i++)
		check_span(d.v[i].span);
	lexer_free(lx);
	helpers(a, src->data, src->len);
	diags_release(&d);
	arena_free(a);
	source_free(src);
	return 0;
}
