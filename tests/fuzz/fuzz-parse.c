/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the whole parse of a Dockerfile (lexer, continuations,
 * heredocs, JSON, flags) and both tree dumps.  Oracle: no crash, no leak,
 * no sanitizer report, and the JSON dump parses.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "dfopt.h"
#include "ast.h"
#include "ast-dump.h"
#include "diag.h"
#include "parser.h"
#include "source.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct source	*src;
	struct diags	 d;
	struct ast_file	*f;
	char		*buf = NULL;
	size_t		 blen = 0;
	FILE		*fp;
	json_error_t	 jerr;
	json_t		*j;

	src = source_from_mem("fuzz", data, len);
	diags_init(&d);
	f = parser_parse(src, &d, 0);
	if ((fp = open_memstream(&buf, &blen)) == NULL)
		abort();
	ast_dump_json(fp, f, &d);
	fclose(fp);
	if ((j = json_loadb(buf, blen, 0, &jerr)) == NULL) {
		fprintf(stderr, "invalid JSON dump: %s at %d\n", jerr.text,
		    jerr.position);
		abort();
	}
	json_decref(j);
	free(buf);
	buf = NULL;
	if ((fp = open_memstream(&buf, &blen)) == NULL)
		abort();
	ast_dump_buildkit(fp, f);
	fclose(fp);
	free(buf);
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
	return 0;
}
