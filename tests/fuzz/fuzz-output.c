/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the lint path end to end and the output emitters.  The
 * input is a Dockerfile; it is parsed, its graph built and every rule run
 * on it (no config, no context, no shellcheck), then the findings are
 * printed in every format.  The file name is made from the input's first
 * bytes, so names with any bytes reach the emitters too.  Oracle: no
 * crash, no leak; every finding's span lies inside the file; JSON, SARIF
 * and Code Climate output parse as JSON (jansson, which also rejects
 * invalid UTF-8); Checkstyle and JUnit output are well-formed XML
 * (libxml2); every emitter succeeds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/parser.h>

#include "dfopt.h"
#include "fuzz.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "parser.h"
#include "source.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "output/output.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
emit(const struct output_entry *e, const struct output_run *run)
{
	struct output_opts	 oo;
	json_error_t		 jerr;
	json_t			*j;
	xmlDocPtr		 doc;
	FILE			*fp;
	char			*buf = NULL;
	size_t			 blen = 0;

	oo.color = OUTPUT_COLOR_NEVER;
	oo.show_source = strcmp(e->name, "text") == 0;
	if ((fp = open_memstream(&buf, &blen)) == NULL)
		FAIL();
	if (output_emit(e, fp, run, &oo) == -1)
		FAIL();
	fclose(fp);
	if (strcmp(e->name, "json") == 0 || strcmp(e->name, "sarif") == 0 ||
	    strcmp(e->name, "codeclimate") == 0) {
		j = json_loadb(buf, blen, JSON_ALLOW_NUL, &jerr);
		if (j == NULL) {
			fprintf(stderr, "invalid %s output: %s at %d\n",
			    e->name, jerr.text, jerr.position);
			FAIL();
		}
		json_decref(j);
	} else if (strcmp(e->name, "checkstyle") == 0 ||
	    strcmp(e->name, "junit") == 0) {
		doc = xmlReadMemory(buf, (int)blen, "out.xml", NULL,
		    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		if (doc == NULL) {
			fprintf(stderr, "%s output is not well-formed XML\n",
			    e->name);
			FAIL();
		}
		xmlFreeDoc(doc);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	const struct source	*files[1];
	struct source		*src;
	struct diags		 d;
	struct ast_file		*f;
	struct graph		*g = NULL;
	struct graph_opts	 go;
	struct rules_opts	 ro;
	struct output_run	 run;
	char			*name;
	size_t			 i, nlen;

	xmlSetGenericErrorFunc(NULL, quiet);
	nlen = len < 12 ? len : 12;
	name = xmalloc(nlen + 16);
	memcpy(name, "dir/", 4);
	memcpy(name + 4, data, nlen);
	memcpy(name + 4 + nlen, "/Dockerfile", 12);
	src = source_from_mem(name, data, len);
	free(name);
	diags_init(&d);
	f = parser_parse(src, &d, 0);
	memset(&go, 0, sizeof(go));
	graph_build(&g, f, &go, &d);
	memset(&ro, 0, sizeof(ro));
	rules_check(f, g, &ro, &d);
	diags_sort(&d);
	for (i = 0; i < d.n; i++) {
		if (d.v[i].span.off > len || d.v[i].span.len > len -
		    d.v[i].span.off || d.v[i].message == NULL)
			FAIL();
	}

	files[0] = src;
	memset(&run, 0, sizeof(run));
	run.files = files;
	run.nfiles = 1;
	run.diags = &d;
	run.exit_code = d.n > 0;
	run.version = "fuzz";
	run.srcroot = "/fuzz";
	for (i = 0; i < output_count(); i++)
		emit(output_at(i), &run);

	graph_free(g);
	ast_file_free(f);
	diags_release(&d);
	source_free(src);
	return 0;
}
