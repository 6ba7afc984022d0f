/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the whole parse of a Dockerfile (lexer, continuations,
 * heredocs, JSON, flags) with and without PARSER_SYNTAX_ONLY, and both
 * tree dumps of the full parse.  Oracle: no crash, no leak, no sanitizer
 * report; every span of the tree and of every finding lies inside the file; the
 * logical text of an instruction maps back to the same source bytes
 * (ast_text segments); decoded strings are NUL-terminated at their
 * length; and the JSON dump parses.  Whether the tree is right is for the
 * golden tests.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dfopt.h"
#include "fuzz.h"
#include "ast.h"
#include "ast-dump.h"
#include "diag.h"
#include "parser.h"
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
check_text(const struct ast_text *t)
{
	const struct ast_seg	*g;
	size_t			 i;

	if (t->s == NULL || t->s[t->len] != '\0')
		FAIL();
	check_span(t->span);
	for (i = 0; i < t->nsegs; i++) {
		g = &t->segs[i];
		if (g->loff > t->len || g->len > t->len - g->loff ||
		    g->soff > S->len || g->len > S->len - g->soff)
			FAIL();
		if (memcmp(t->s + g->loff, S->data + g->soff, g->len) != 0)
			FAIL();
	}
}

static void
check_word(const struct ast_word *w)
{
	check_span(w->span);
	if (w->raw == NULL || w->value == NULL || w->value[w->vlen] != '\0')
		FAIL();
}

static void
check_instr(const struct ast_instr *in, size_t depth)
{
	const struct ast_flag		*fl;
	const struct ast_heredoc	*hd;
	size_t				 i, j;

	if (depth > PARSER_MAX_NESTING + 2)
		FAIL();
	if ((unsigned)in->kind >= AST_KIND_COUNT)
		FAIL();
	check_span(in->span);
	check_span(in->keyword);
	check_text(&in->args);
	if (in->keyword_text != NULL && in->keyword_text[in->keyword_len])
		FAIL();
	for (i = 0; i < in->nflags; i++) {
		fl = &in->flags[i];
		check_span(fl->span);
		check_span(fl->name_span);
		if (fl->name == NULL || fl->name[fl->name_len] != '\0')
			FAIL();
		if (fl->value != NULL) {
			check_span(fl->value_span);
			if (fl->value[fl->value_len] != '\0')
				FAIL();
		}
		for (j = 0; j < fl->nopts; j++) {
			check_span(fl->opts[j].span);
			if (fl->opts[j].value != NULL)
				check_span(fl->opts[j].value_span);
		}
	}
	for (i = 0; i < in->nwords; i++)
		check_word(&in->words[i]);
	for (i = 0; i < in->npairs; i++) {
		check_span(in->pairs[i].span);
		check_word(&in->pairs[i].key);
		if (in->pairs[i].value.raw != NULL)
			check_word(&in->pairs[i].value);
	}
	for (i = 0; i < in->nheredocs; i++) {
		hd = &in->heredocs[i];
		check_span(hd->marker);
		check_span(hd->body_span);
		check_span(hd->end);
		if (hd->name == NULL || hd->body == NULL ||
		    hd->body[hd->bodylen] != '\0')
			FAIL();
	}
	if (in->sub != NULL)
		check_instr(in->sub, depth + 1);
}

static void
one(const uint8_t *data, size_t len, unsigned flags, int dump)
{
	struct source	*src;
	struct diags	 d;
	struct ast_file	*f;
	char		*buf = NULL;
	size_t		 blen = 0, i;
	FILE		*fp;
	json_error_t	 jerr;
	json_t		*j;

	src = source_from_mem("fuzz", data, len);
	S = src;
	diags_init(&d);
	f = parser_parse(src, &d, flags);
	for (i = 0; i < f->ninstrs; i++)
		check_instr(&f->instrs[i], 0);
	for (i = 0; i < f->ncomments; i++)
		check_span(f->comments[i].span);
	for (i = 0; i < f->ndirectives; i++) {
		check_span(f->directives[i].span);
		check_span(f->directives[i].name_span);
		check_span(f->directives[i].value_span);
	}
	for (i = 0; i < d.n; i++) {
		check_span(d.v[i].span);
		if (d.v[i].rule == NULL || d.v[i].message == NULL)
			FAIL();
	}
	diags_sort(&d);
	if (!dump)
		goto out;
	if ((fp = open_memstream(&buf, &blen)) == NULL)
		FAIL();
	if (ast_dump_json(fp, f, &d) == -1)
		FAIL();
	fclose(fp);
	if ((j = json_loadb(buf, blen, JSON_ALLOW_NUL, &jerr)) == NULL) {
		fprintf(stderr, "invalid JSON dump: %s at %d\n", jerr.text,
		    jerr.position);
		FAIL();
	}
	json_decref(j);
	free(buf);
	buf = NULL;
	if ((fp = open_memstream(&buf, &blen)) == NULL)
		FAIL();
	(void)ast_dump_buildkit(fp, f);
	fclose(fp);
	free(buf);
out:
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	one(data, len, 0, 1);
	one(data, len, PARSER_SYNTAX_ONLY, 0);
	return 0;
}
