/* SPDX-License-Identifier: ISC */
/*
 * The default `text` format: one gcc-style line per finding
 *
 *	Dockerfile:12:5: warning: apt lists not removed [DF3001]
 *
 * so vim's errorformat, Emacs compile-mode and CI problem matchers parse
 * it unchanged; with show_source the source lines follow, gutter-numbered
 * like gcc, with a caret and tildes under the exact span and the help
 * text; then one summary line.  Colour (by level) only when asked for.
 *
 * Everything printed from a Dockerfile (names, messages, source lines) is
 * made safe for a terminal: invalid UTF-8 bytes and control characters are
 * shown as \xNN, C1 controls and bidirectional overrides as \uNNNN, so a
 * file can neither break the one-line-per-finding layout nor send escape
 * sequences.  `gnu` (gnu.c) is the first line alone.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "output/output.h"

/* text_put() modes. */
#define TEXT_SOURCE	0x01	/* a source line: tabs become 4 spaces */
#define TEXT_NOTAB	0x02	/* a tab is a control character too */

#define TEXT_TAB_WIDTH	4
#define TEXT_MAX_LINES	5	/* more span lines than this are elided */
#define TEXT_LINE_MAX	160	/* longer lines: show this many bytes */
#define TEXT_LINE_LEAD	40	/* of which this many before the span */

#define C_RESET		"\033[0m"
#define C_BOLD		"\033[1m"
#define C_RED		"\033[1;31m"
#define C_GREEN		"\033[1;32m"
#define C_MAGENTA	"\033[1;35m"
#define C_CYAN		"\033[1;36m"
#define C_BLUE		"\033[1;34m"

static size_t	text_put(FILE *, const char *, size_t, int);
static size_t	text_cp_width(uint32_t);
static int	text_cp_escaped(uint32_t);
static void	text_source(FILE *, const struct diag *, int);
static void	text_summary(FILE *, const struct output_run *, int);
static int	text_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_text_entry = {
	.name = "text",
	.summary = "gcc-style lines, source excerpts on a terminal, summary",
	.emit = text_emit
};

static const char *
text_level_color(enum severity level)
{
	switch (level) {
	case SEV_ERROR:
		return C_RED;
	case SEV_WARNING:
		return C_MAGENTA;
	case SEV_INFO:
		return C_CYAN;
	default:
		return C_BLUE;
	}
}

/* Terminal columns of code point cp (0 combining, 2 wide, else 1). */
static size_t
text_cp_width(uint32_t cp)
{
	if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b &&
	    cp <= 0x200d) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
	    (cp >= 0x20d0 && cp <= 0x20ff))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 &&
	    cp <= 0xa4cf && cp != 0x303f) || (cp >= 0xac00 &&
	    cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 &&
	    cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) ||
	    (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 &&
	    cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd))
		return 2;
	return 1;
}

/* Code points shown as \uNNNN: C1 controls, bidi controls, separators. */
static int
text_cp_escaped(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e ||
	    cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Print n bytes of s made terminal-safe (see the top of this file) and
 * return the number of columns they take.  fp NULL only measures.
 */
static size_t
text_put(FILE *fp, const char *s, size_t n, int mode)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, k, w, j;
	uint32_t		 cp;
	char			 esc[16];

	w = 0;
	for (i = 0; i < n; i += k) {
		k = utf8_seqlen(s + i, n - i);
		if (k == 0 || (k == 1 && (u[i] < 0x20 || u[i] == 0x7f) &&
		    (u[i] != '\t' || (mode & TEXT_NOTAB)))) {
			k = 1;
			snprintf(esc, sizeof(esc), "\\x%02x", u[i]);
			if (fp != NULL)
				fputs(esc, fp);
			w += 4;
			continue;
		}
		if (k == 1 && u[i] == '\t') {
			if (mode & TEXT_SOURCE) {
				if (fp != NULL)
					fprintf(fp, "%*s", TEXT_TAB_WIDTH, "");
				w += TEXT_TAB_WIDTH;
			} else {
				if (fp != NULL)
					fputc('\t', fp);
				w++;
			}
			continue;
		}
		cp = k == 1 ? u[i] : (uint32_t)(u[i] & (0xff >> (k + 1)));
		for (j = 1; j < k; j++)
			cp = (cp << 6) | (u[i + j] & 0x3f);
		if (text_cp_escaped(cp)) {
			snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)cp);
			if (fp != NULL)
				fputs(esc, fp);
			w += strlen(esc);
			continue;
		}
		if (fp != NULL)
			fwrite(s + i, 1, k, fp);
		w += text_cp_width(cp);
	}
	return w;
}

static void
text_puts(FILE *fp, const char *s, int mode)
{
	text_put(fp, s, strlen(s), mode);
}

/*
 * The first line of a finding, "file:line:col: level: message [ID]\n"
 * ("dfopt: level: ..." for a finding without a file), coloured by level
 * when color is set.  Shared with gnu.c.
 */
void
output_text_header(FILE *fp, const struct diag *dg, int color)
{
	struct source_pos	p;
	const char		*lc;

	lc = text_level_color(dg->level);
	if (color)
		fputs(C_BOLD, fp);
	if (dg->src != NULL) {
		p = source_position(dg->src, dg->span.off);
		text_puts(fp, dg->src->name, TEXT_NOTAB);
		fprintf(fp, ":%zu:%zu:", p.line, p.column);
	} else
		fprintf(fp, "%s:", DFOPT_NAME);
	if (color)
		fprintf(fp, C_RESET " %s%s:" C_RESET " ", lc,
		    severity_name(dg->level));
	else
		fprintf(fp, " %s: ", severity_name(dg->level));
	text_puts(fp, dg->message, TEXT_NOTAB);
	if (dg->rule != NULL) {
		fputs(" ", fp);
		if (color)
			fputs(lc, fp);
		fputc('[', fp);
		text_puts(fp, dg->rule, TEXT_NOTAB);
		fputc(']', fp);
		if (color)
			fputs(C_RESET, fp);
	}
	fputc('\n', fp);
}

static int
text_digits(size_t n)
{
	int	d;

	for (d = 1; n >= 10; n /= 10)
		d++;
	return d;
}

/*
 * The window of line [ls, le) to show around byte us: the whole line, or
 * TEXT_LINE_MAX bytes from a little before us (on character boundaries).
 */
static void
text_window(const struct source *src, size_t ls, size_t le, size_t us,
    size_t *ws, size_t *we)
{
	const unsigned char	*u = (const unsigned char *)src->data;

	*ws = ls;
	*we = le;
	if (le - ls <= TEXT_LINE_MAX)
		return;
	if (us > ls + TEXT_LINE_LEAD)
		*ws = us - TEXT_LINE_LEAD;
	while (*ws > ls && (u[*ws] & 0xc0) == 0x80)
		(*ws)--;
	*we = le - *ws > TEXT_LINE_MAX ? *ws + TEXT_LINE_MAX : le;
	while (*we < le && (u[*we] & 0xc0) == 0x80)
		(*we)++;
}

/*
 * One source line (0-based index l) and its underline: '^' under the first
 * character of the span, '~' under the rest; a caret after the last
 * character for an empty span or one at the line break.  A line only the
 * span's final line break touches gets no underline.
 */
static void
text_source_line(FILE *fp, const struct diag *dg, size_t l, int width,
    int color)
{
	const struct source	*src = dg->src;
	size_t			 ls, le, ws, we, us, ue, end, pre, marks, i;
	int			 first;

	ls = src->lines[l];
	le = source_line_end(src, ls);
	end = SPAN_END(dg->span);
	first = dg->span.off >= ls;
	us = first ? dg->span.off : ls;
	if (us > le)
		us = le;
	ue = end < le ? end : le;
	text_window(src, ls, le, us, &ws, &we);

	fprintf(fp, " %*zu | ", width, l + 1);
	pre = 0;
	if (ws > ls) {
		fputs("...", fp);
		pre = 3;
	}
	text_put(fp, src->data + ws, we - ws, TEXT_SOURCE);
	if (we < le)
		fputs("...", fp);
	fputc('\n', fp);

	if (ue > we)
		ue = we;
	if (ue > us)
		marks = text_put(NULL, src->data + us, ue - us, TEXT_SOURCE);
	else if (first)
		marks = 0;		/* caret at an empty span or EOL */
	else
		return;			/* only the line break is covered */
	if (marks == 0)
		marks = 1;
	pre += text_put(NULL, src->data + ws, us - ws, TEXT_SOURCE);
	fprintf(fp, " %*s | %*s", width, "", (int)pre, "");
	if (color)
		fputs(C_GREEN, fp);
	for (i = 0; i < marks; i++)
		fputc(i == 0 && first ? '^' : '~', fp);
	if (color)
		fputs(C_RESET, fp);
	fputc('\n', fp);
}

/* The source lines of a finding with underlines, then its help. */
static void
text_source(FILE *fp, const struct diag *dg, int color)
{
	const struct source	*src = dg->src;
	const char		*h, *nl;
	size_t			 first, last, end, ref, l;
	int			 width;

	end = SPAN_END(dg->span);
	ref = end;
	if (dg->span.len > 0 &&
	    (src->data[end - 1] == '\n' || src->data[end - 1] == '\r'))
		ref = end - 1;
	first = source_line_of(src, dg->span.off);
	last = source_line_of(src, ref);
	if (last < first)
		last = first;
	width = text_digits(last + 1);
	if (width < 4)
		width = 4;
	for (l = first; l <= last; l++) {
		if (last - first + 1 > TEXT_MAX_LINES && l == first + 2) {
			fprintf(fp, " %*s |\n", width, "...");
			l = last - 2;
			continue;
		}
		text_source_line(fp, dg, l, width, color);
	}
	if (dg->help == NULL)
		return;
	/* Each line of the help gets the "= help:" indentation. */
	fprintf(fp, " %*s = ", width, "");
	if (color)
		fputs(C_BOLD "help:" C_RESET " ", fp);
	else
		fputs("help: ", fp);
	for (h = dg->help; (nl = strchr(h, '\n')) != NULL; h = nl + 1) {
		text_put(fp, h, nl - h, TEXT_NOTAB);
		fprintf(fp, "\n %*s         ", width, "");
	}
	text_puts(fp, h, TEXT_NOTAB);
	fputc('\n', fp);
}

static void
text_count(FILE *fp, int *first, size_t n, const char *one,
    const char *many)
{
	if (n == 0)
		return;
	fprintf(fp, "%s%zu %s", *first ? "" : ", ", n, n == 1 ? one : many);
	*first = 0;
}

/*
 * "1 error, 3 warnings in 2 files" (files with findings), or "no findings
 * in 3 files" (files checked).
 */
static void
text_summary(FILE *fp, const struct output_run *run, int color)
{
	struct output_files	files;
	size_t			i, nfiles, total;
	int			first;

	output_files_build(&files, run);
	nfiles = 0;
	for (i = 0; i < files.n; i++)
		if (files.v[i].src != NULL && files.v[i].n > 0)
			nfiles++;
	output_files_release(&files);
	total = run->diags != NULL ? run->diags->n : 0;

	if (color)
		fputs(C_BOLD, fp);
	if (total == 0)
		fprintf(fp, "no findings in %zu %s", run->nfiles,
		    run->nfiles == 1 ? "file" : "files");
	else {
		first = 1;
		text_count(fp, &first, output_count_level(run, SEV_ERROR),
		    "error", "errors");
		text_count(fp, &first, output_count_level(run, SEV_WARNING),
		    "warning", "warnings");
		text_count(fp, &first, output_count_level(run, SEV_INFO),
		    "info", "info");
		text_count(fp, &first, output_count_level(run, SEV_STYLE),
		    "style", "style");
		text_count(fp, &first, output_count_level(run, SEV_NONE),
		    "other", "other");
		if (nfiles > 0)
			fprintf(fp, " in %zu %s", nfiles,
			    nfiles == 1 ? "file" : "files");
	}
	if (color)
		fputs(C_RESET, fp);
	fputc('\n', fp);
}

static int
text_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct output_files	 files;
	const struct diag	*dg;
	size_t			 i, j;
	int			 color;

	color = opts->color == OUTPUT_COLOR_ALWAYS;
	output_files_build(&files, run);
	for (i = 0; i < files.n; i++)
		for (j = 0; j < files.v[i].n; j++) {
			dg = &run->diags->v[files.v[i].diag[j]];
			output_text_header(fp, dg, color);
			if (opts->show_source && dg->src != NULL)
				text_source(fp, dg, color);
		}
	output_files_release(&files);
	text_summary(fp, run, color);
	return 0;
}
