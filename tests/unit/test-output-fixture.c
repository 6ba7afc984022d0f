/* SPDX-License-Identifier: ISC */
/*
 * Shared by the tests/unit/test-output*.c programs: a fake rule table (the
 * rules_* functions output/ calls, so the formatters are tested without
 * the real rule engine and with fixed metadata), a synthetic run over
 * three files (multi-stage, CRLF and non-ASCII, a syntax error) plus a
 * finding without a file and one with an id the table lacks, a hostile
 * run (file names and messages with quotes, backslashes, control bytes,
 * invalid UTF-8, "]]>", a very long line), and fixture_emit() to capture a
 * format's output.
 *
 * With DFOPT_OUTPUT_DUMP=DIR in the environment, fixture_emit() also
 * writes each output to DIR/<name> for tests/output-validate.sh.
 *
 * It is #included by each test-output*.c program (it defines the rules_*
 * functions, so it must be in exactly one source file of a program), and
 * is a .c only so that .gitignore's tests/unit/test-* rule, meant for the
 * built programs, does not hide it; it is not a program of its own.
 */
#ifndef TEST_OUTPUT_FIXTURE_H
#define TEST_OUTPUT_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "output/output.h"
#include "rules/rules.h"

/* --- fake rule table --------------------------------------------------- */

static const char *const fixture_aliases_2001[] = { "DL3007", NULL };
static const char *const fixture_aliases_3001[] = { "DL3009", "AptLists",
    NULL };

static const struct rule_entry fixture_rules[] = {
	{ "DF1001", "unknown-instruction", SEV_ERROR, RULE_SCOPE_NONE, 0,
	    "Unknown instruction", NULL, NULL, FIX_NONE },
	{ "DF2001", "base-image-not-pinned", SEV_WARNING, RULE_SCOPE_INSTR,
	    0, "Base image not pinned by digest", fixture_aliases_2001, NULL,
	    FIX_NONE },
	{ "DF2005", "label-double-quotes", SEV_STYLE, RULE_SCOPE_INSTR,
	    RULE_OFF, "LABEL value in double quotes", NULL, NULL,
	    FIX_UNSAFE },
	{ "DF3001", "apt-lists-not-removed", SEV_WARNING, RULE_SCOPE_INSTR,
	    0, "apt lists left in the layer", fixture_aliases_3001, NULL,
	    FIX_SAFE },
	{ "DF3002", "long-run", SEV_INFO, RULE_SCOPE_INSTR, 0,
	    "RUN spans several lines", NULL, NULL, FIX_NONE },
	{ "DF9001", "config-unknown-key", SEV_WARNING, RULE_SCOPE_NONE, 0,
	    "Unknown configuration key", NULL, NULL, FIX_NONE },
};

#define FIXTURE_NRULES	(sizeof(fixture_rules) / sizeof(fixture_rules[0]))

size_t
rules_count(void)
{
	return FIXTURE_NRULES;
}

const struct rule_entry *
rules_at(size_t i)
{
	return i < FIXTURE_NRULES ? &fixture_rules[i] : NULL;
}

const struct rule_entry *
rules_find(const char *id)
{
	size_t	i, j;

	for (i = 0; i < FIXTURE_NRULES; i++) {
		if (strcasecmp(fixture_rules[i].id, id) == 0 ||
		    strcasecmp(fixture_rules[i].name, id) == 0)
			return &fixture_rules[i];
		for (j = 0; fixture_rules[i].aliases != NULL &&
		    fixture_rules[i].aliases[j] != NULL; j++)
			if (strcasecmp(fixture_rules[i].aliases[j], id) == 0)
				return &fixture_rules[i];
	}
	return NULL;
}

const char *
rules_doc(const struct rule_entry *r)
{
	if (strcmp(r->id, "DF3001") != 0)
		return NULL;
	return "---\nid: DF3001\nname: apt-lists-not-removed\n---\n"
	    "# DF3001 apt-lists-not-removed: apt lists left in the layer\n\n"
	    "## What it does\n\nFlags `apt-get install` without removing\n"
	    "/var/lib/apt/lists.\n\n## Why is this bad?\n\nSize.\n";
}

const char *
rules_help_uri(const struct rule_entry *r)
{
	if (strcmp(r->id, "DF3001") == 0)
		return "https://github.com/dfopt/dfopt/blob/main/rules/"
		    "DF3001.md";
	return NULL;
}

/* --- synthetic runs ---------------------------------------------------- */

#define FIXTURE_A	"FROM ubuntu:22.04 AS build\n" \
			"RUN apt-get update && apt-get install -y curl\n" \
			"FROM scratch\n" \
			"COPY --from=build /usr/bin/curl /curl\n"
#define FIXTURE_B	"FROM alpine\r\n" \
			"LABEL desc=\"h\xc3\xa9llo w\xc3\xb6rld\"\r\n" \
			"RUN echo \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \\\r\n" \
			"  && true\r\n"
#define FIXTURE_B_NAME	"dir/\xc3\xbcn\xc3\xaf code.Dockerfile"
#define FIXTURE_C	"FROOM x\n"

struct fixture {
	struct source		*src[3];
	const struct source	*files[3];
	struct diags		 d;
	struct output_run	 run;
	char			*long_line;
};

/* The span of the first occurrence of needle in src (which must hold it). */
static struct span
fixture_span(const struct source *src, const char *needle)
{
	struct span	 s;
	const char	*p;

	p = strstr(src->data, needle);
	if (p == NULL)
		abort();
	s.off = p - src->data;
	s.len = strlen(needle);
	return s;
}

static void
fixture_init(struct fixture *f)
{
	struct diag	*dg;
	struct span	 s;

	memset(f, 0, sizeof(*f));
	f->src[0] = source_from_mem("a.Dockerfile", FIXTURE_A,
	    strlen(FIXTURE_A));
	f->src[1] = source_from_mem(FIXTURE_B_NAME, FIXTURE_B,
	    strlen(FIXTURE_B));
	f->src[2] = source_from_mem("c.Dockerfile", FIXTURE_C,
	    strlen(FIXTURE_C));
	f->files[0] = f->src[0];
	f->files[1] = f->src[1];
	f->files[2] = f->src[2];
	diags_init(&f->d);

	dg = diag_add(&f->d, f->src[0], "DF2001", SEV_WARNING,
	    fixture_span(f->src[0], "ubuntu:22.04"),
	    "base image '%s' is not pinned by digest", "ubuntu:22.04");
	diag_set_help(dg, "pin it: 'ubuntu:22.04@sha256:...'");
	dg = diag_add(&f->d, f->src[0], "DF3001", SEV_WARNING,
	    fixture_span(f->src[0],
	    "RUN apt-get update && apt-get install -y curl"),
	    "apt lists not removed after '%s'", "apt-get install");
	diag_set_help(dg, "add '&& rm -rf /var/lib/apt/lists/*' to this RUN");
	s = fixture_span(f->src[0], "curl\n");
	s.off += 4;
	s.len = 0;
	diag_add_edit(dg, s, " && rm -rf /var/lib/apt/lists/*");
	diag_add(&f->d, f->src[0], "DF7777", SEV_INFO,
	    fixture_span(f->src[0], "--from=build"),
	    "a rule the table does not know");

	dg = diag_add(&f->d, f->src[1], "DF2005", SEV_STYLE,
	    fixture_span(f->src[1], "\"h\xc3\xa9llo w\xc3\xb6rld\""),
	    "LABEL value in double quotes");
	diag_add_edit(dg, fixture_span(f->src[1],
	    "\"h\xc3\xa9llo w\xc3\xb6rld\""), "'h\xc3\xa9llo w\xc3\xb6rld'");
	dg->fix_unsafe = 1;
	diag_add(&f->d, f->src[1], "DF3002", SEV_INFO,
	    fixture_span(f->src[1], "RUN echo \xe6\x97\xa5\xe6\x9c\xac"
	    "\xe8\xaa\x9e \\\r\n  && true\r\n"),
	    "RUN spans %d lines", 2);

	dg = diag_add(&f->d, f->src[2], "DF1001", SEV_ERROR,
	    fixture_span(f->src[2], "FROOM"),
	    "unknown instruction '%s'", "FROOM");
	diag_set_help(dg, "did you mean 'FROM'?");

	diag_add(&f->d, NULL, "DF9001", SEV_WARNING, s,
	    "unknown key '%s' in .dfopt.yaml", "colour");
	diags_sort(&f->d);

	f->run.files = f->files;
	f->run.nfiles = 3;
	f->run.diags = &f->d;
	f->run.exit_code = DFOPT_EXIT_FINDINGS;
	f->run.version = "1.2.3";
	f->run.srcroot = "/src";
}

/*
 * Hostile: a file name and messages with every awkward byte, a source
 * with NUL, ESC, invalid UTF-8, "]]>" and one 100,000-byte line.
 */
#define FIXTURE_H_NAME	"we\"ird\\ <&>'\x01\x1b[31m\xff\xfe]]>\nname" \
			" #%?.Dockerfile"
#define FIXTURE_H_MSG	"quote \" back \\ nul? ctl \x01\x02\x1f esc " \
			"\x1b[2J bad \xc3\x28 \xed\xa0\x80 cdata ]]> " \
			"amp & lt < tab\tnl\nend \xef\xbf\xbe"

static void
fixture_hostile(struct fixture *f)
{
	struct diag	*dg;
	struct span	 s;
	char		*data;
	size_t		 i, len, longlen;
	static const char head[] = "FROM x\nRUN a\0b \x1b[1m \xff ]]>\n";

	memset(f, 0, sizeof(*f));
	longlen = 100000;
	len = sizeof(head) - 1 + 4 + longlen + 1;
	data = malloc(len);
	memcpy(data, head, sizeof(head) - 1);
	memcpy(data + sizeof(head) - 1, "RUN ", 4);
	for (i = 0; i < longlen; i++)
		data[sizeof(head) - 1 + 4 + i] = "ab\"<&\\"[i % 6];
	data[len - 1] = '\n';
	f->src[0] = source_from_mem(FIXTURE_H_NAME, data, len);
	free(data);
	f->files[0] = f->src[0];
	diags_init(&f->d);

	s.off = 7;			/* "RUN a\0b ..." line */
	s.len = sizeof(head) - 1 - 7 - 1;
	dg = diag_add(&f->d, f->src[0], "DF3001", SEV_ERROR, s, "%s",
	    FIXTURE_H_MSG);
	diag_set_help(dg, "%s", FIXTURE_H_MSG);
	diag_add_edit(dg, s, FIXTURE_H_MSG);
	s.off = sizeof(head) - 1;	/* the long line, all of it */
	s.len = 4 + longlen;
	diag_add(&f->d, f->src[0], "DF3002", SEV_WARNING, s, "long line");
	s.off = len;			/* end of file */
	s.len = 0;
	diag_add(&f->d, f->src[0], FIXTURE_H_MSG, SEV_STYLE, s, "odd id");
	diags_sort(&f->d);

	f->run.files = f->files;
	f->run.nfiles = 1;
	f->run.diags = &f->d;
	f->run.exit_code = DFOPT_EXIT_FINDINGS;
	f->run.version = "1.2.3";
	f->run.srcroot = "/src";
}

static void
fixture_release(struct fixture *f)
{
	size_t	i;

	diags_release(&f->d);
	for (i = 0; i < 3; i++)
		source_free(f->src[i]);
}

/*
 * Run format name over run with colour and show_source as given; returns
 * the output (caller frees).  Dumps it when DFOPT_OUTPUT_DUMP is set.
 */
static char *
fixture_emit(const char *name, const struct output_run *run,
    enum output_color color, int show_source, const char *dump)
{
	const struct output_entry	*e;
	struct output_opts		 opts;
	FILE				*fp;
	char				*buf, *path;
	const char			*dir;
	size_t				 len;

	e = output_find(name);
	if (e == NULL)
		abort();
	opts.color = color;
	opts.show_source = show_source;
	buf = NULL;
	fp = open_memstream(&buf, &len);
	if (fp == NULL || output_emit(e, fp, run, &opts) != 0)
		abort();
	fclose(fp);
	if (dump != NULL && (dir = getenv("DFOPT_OUTPUT_DUMP")) != NULL &&
	    *dir != '\0') {
		if (asprintf(&path, "%s/%s", dir, dump) == -1)
			abort();
		if ((fp = fopen(path, "w")) == NULL)
			abort();
		fwrite(buf, 1, len, fp);
		fclose(fp);
		free(path);
	}
	return buf;
}

#endif
