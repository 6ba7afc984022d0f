/* SPDX-License-Identifier: ISC */
/*
 * The output format table, the -f/-o pairing, writing to standard output
 * or atomically to a file, and the helpers every formatter shares (UTF-8
 * repair, per-file grouping, fingerprints, URIs).  The formats themselves
 * are the other files in this directory; nothing here knows JSON or XML.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dfopt.h"
#include "atomicfile.h"
#include "diag.h"
#include "source.h"
#include "xmalloc.h"
#include "output/output.h"
#include "rules/rules.h"

static int	output_write_entry(const struct output_entry *, const char *,
		    const struct output_run *, const struct output_opts *);
static int	output_is_stdout(const char *);

/* Sorted by name. */
static const struct output_entry *const output_table[] = {
	&output_checkstyle_entry,
	&output_codeclimate_entry,
	&output_gnu_entry,
	&output_json_entry,
	&output_junit_entry,
	&output_sarif_entry,
	&output_text_entry,
};

#define OUTPUT_COUNT	(sizeof(output_table) / sizeof(output_table[0]))

/*
 * hadolint's names for the same formats, so that a CI job switching from
 * `hadolint -f gitlab_codeclimate` keeps its arguments.  Not listed in
 * --help; the man page gives them.
 */
static const struct {
	const char	*alias;
	const char	*name;
} output_aliases[] = {
	{ "gitlab_codeclimate", "codeclimate" },
	{ "tty", "text" },
};

/* The format called name (exact match, or an alias), or NULL. */
const struct output_entry *
output_find(const char *name)
{
	size_t	i;

	for (i = 0; i < sizeof(output_aliases) / sizeof(output_aliases[0]);
	    i++)
		if (strcmp(output_aliases[i].alias, name) == 0) {
			name = output_aliases[i].name;
			break;
		}
	for (i = 0; i < OUTPUT_COUNT; i++)
		if (strcmp(output_table[i]->name, name) == 0)
			return output_table[i];
	return NULL;
}

/*
 * The names of the formats, space-separated in name order, for error
 * messages.  Static storage, built on first use.
 */
const char *
output_names(void)
{
	static char	buf[128];
	size_t		i, len;

	if (buf[0] != '\0')
		return buf;
	for (i = 0, len = 0; i < OUTPUT_COUNT; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s",
		    i > 0 ? " " : "", output_table[i]->name);
	if (len >= sizeof(buf))
		BUG("output_names: buffer too small");
	return buf;
}

/* Number of formats, and the i-th in name order (for --help). */
size_t
output_count(void)
{
	return OUTPUT_COUNT;
}

/* The i-th format; i must be below output_count() (else BUG). */
const struct output_entry *
output_at(size_t i)
{
	if (i >= OUTPUT_COUNT)
		BUG("output_at: %zu of %zu", i, (size_t)OUTPUT_COUNT);
	return output_table[i];
}

/*
 * Parse a --color argument ("auto", "always" or "never").  Returns 0 and
 * sets *out, or -1 (nothing printed) when the word is unknown.
 */
int
output_color_parse(const char *s, enum output_color *out)
{
	if (strcmp(s, "auto") == 0)
		*out = OUTPUT_COLOR_AUTO;
	else if (strcmp(s, "always") == 0)
		*out = OUTPUT_COLOR_ALWAYS;
	else if (strcmp(s, "never") == 0)
		*out = OUTPUT_COLOR_NEVER;
	else
		return -1;
	return 0;
}

/*
 * Resolve in (NULL: all auto) for stream fp into out: color becomes ALWAYS
 * or NEVER (see "Colour" in output.h), show_source 0 or 1.
 */
void
output_opts_resolve(const struct output_opts *in, FILE *fp,
    struct output_opts *out)
{
	const char	*nc, *term;
	int		 tty, fd;

	fd = fileno(fp);
	tty = fd != -1 && isatty(fd);
	out->color = in != NULL ? in->color : OUTPUT_COLOR_AUTO;
	out->show_source = in != NULL ? in->show_source : -1;
	if (out->color == OUTPUT_COLOR_AUTO) {
		nc = getenv("NO_COLOR");
		term = getenv("TERM");
		if (tty && (nc == NULL || *nc == '\0') &&
		    (term == NULL || strcmp(term, "dumb") != 0))
			out->color = OUTPUT_COLOR_ALWAYS;
		else
			out->color = OUTPUT_COLOR_NEVER;
	}
	if (out->show_source < 0)
		out->show_source = tty;
	else
		out->show_source = out->show_source != 0;
}

/*
 * Run one format over run into fp, resolving opts (may be NULL: auto)
 * against fp.  Returns what the format's emit returns: 0, or -1 with an
 * error printed.  Does not flush or close fp.
 */
int
output_emit(const struct output_entry *e, FILE *fp,
    const struct output_run *run, const struct output_opts *opts)
{
	struct output_opts	resolved;

	output_opts_resolve(opts, fp, &resolved);
	return e->emit(fp, run, &resolved);
}

static int
output_is_stdout(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

static int
output_write_entry(const struct output_entry *e, const char *path,
    const struct output_run *run, const struct output_opts *opts)
{
	struct atomicfile	af;

	if (output_is_stdout(path)) {
		if (output_emit(e, stdout, run, opts) == -1)
			return -1;
		if (fflush(stdout) == EOF || ferror(stdout))
			return error("cannot write standard output: %s",
			    strerror(errno != 0 ? errno : EIO));
		return 0;
	}
	if (atomicfile_open(&af, path) == -1)
		return -1;
	if (output_emit(e, af.fp, run, opts) == -1) {
		atomicfile_abort(&af);
		return -1;
	}
	return atomicfile_commit(&af);
}

/*
 * Write run in format (an output_find() name) to path, or to standard
 * output when path is NULL or "-".  A file is replaced atomically.
 * Returns 0, or -1 with an error printed (unknown format, I/O error).
 */
int
output_write(const char *format, const char *path,
    const struct output_run *run, const struct output_opts *opts)
{
	const struct output_entry	*e;

	if ((e = output_find(format)) == NULL)
		return error("unknown output format '%s'", format);
	return output_write_entry(e, path, run, opts);
}

/* An empty list of outputs; free with output_specs_release(). */
void
output_specs_init(struct output_specs *s)
{
	memset(s, 0, sizeof(*s));
}

/* Free every spec and the list; the list is empty after. */
void
output_specs_release(struct output_specs *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].path);
	free(s->v);
	output_specs_init(s);
}

/*
 * -f FMT: start a new output in format name, to standard output until an
 * -o follows.  Returns 0, or -1 when the format is unknown (nothing
 * printed: the caller reports it, with output_names()).
 */
int
output_specs_add_format(struct output_specs *s, const char *name)
{
	const struct output_entry	*e;

	if ((e = output_find(name)) == NULL)
		return -1;
	VEC_GROW(s);
	s->v[s->n].entry = e;
	s->v[s->n].path = NULL;
	s->n++;
	return 0;
}

/*
 * -o PATH: the destination of the -f just before it, or of a new text
 * output when there is none or it already has one ("-" is standard
 * output).  Returns 0; never fails (checks happen in finish).
 */
int
output_specs_add_path(struct output_specs *s, const char *path)
{
	if (s->n == 0 || s->v[s->n - 1].path != NULL) {
		VEC_GROW(s);
		s->v[s->n].entry = &output_text_entry;
		s->v[s->n].path = NULL;
		s->n++;
	}
	s->v[s->n - 1].path = xstrdup(path);
	return 0;
}

/*
 * After the options: add the default text output when none was asked
 * for, and refuse two outputs to standard output or one file named twice.
 * Returns 0, or -1 with the reason written to why (whylen bytes; why may
 * be NULL); nothing is printed.
 */
int
output_specs_finish(struct output_specs *s, char *why, size_t whylen)
{
	size_t	i, j, nstdout;

	if (s->n == 0) {
		VEC_GROW(s);
		s->v[0].entry = &output_text_entry;
		s->v[0].path = NULL;
		s->n = 1;
	}
	nstdout = 0;
	for (i = 0; i < s->n; i++) {
		if (output_is_stdout(s->v[i].path)) {
			if (++nstdout > 1) {
				if (why != NULL)
					snprintf(why, whylen, "more than one "
					    "output to standard output: give "
					    "all but one of them -o FILE");
				return -1;
			}
			continue;
		}
		for (j = 0; j < i; j++)
			if (!output_is_stdout(s->v[j].path) &&
			    strcmp(s->v[i].path, s->v[j].path) == 0) {
				if (why != NULL)
					snprintf(why, whylen, "'%s' is given "
					    "twice as an output file",
					    s->v[i].path);
				return -1;
			}
	}
	return 0;
}

/*
 * Write every output in order.  Returns 0, or -1 when any failed (each
 * failure printed; the other outputs are still written).
 */
int
output_specs_write(const struct output_specs *s, const struct output_run *run,
    const struct output_opts *opts)
{
	size_t	i;
	int	rc;

	rc = 0;
	for (i = 0; i < s->n; i++)
		if (output_write_entry(s->v[i].entry, s->v[i].path, run,
		    opts) == -1)
			rc = -1;
	return rc;
}

/*
 * A copy of the len bytes at s as valid UTF-8: each byte that does not
 * start a well-formed sequence becomes U+FFFD; with OUTPUT_UTF8_XML, so do
 * the characters XML 1.0 forbids.  NULs are kept unless XML.  Returns a
 * NUL-terminated string the caller frees; *outlen (if not NULL) gets its
 * length.
 */
char *
output_utf8(const char *s, size_t len, unsigned flags, size_t *outlen)
{
	static const char	 fffd[] = "\xef\xbf\xbd";
	const unsigned char	*u = (const unsigned char *)s;
	char			*buf;
	size_t			 i, j, k;
	int			 bad;

	buf = xreallocarray(NULL, len + 1, 3);
	for (i = j = 0; i < len; i += k) {
		k = utf8_seqlen(s + i, len - i);
		bad = k == 0;
		if (bad)
			k = 1;
		else if (flags & OUTPUT_UTF8_XML) {
			if (k == 1 && u[i] < 0x20 && u[i] != '\t' &&
			    u[i] != '\n' && u[i] != '\r')
				bad = 1;
			if (k == 3 && u[i] == 0xef && u[i + 1] == 0xbf &&
			    (u[i + 2] == 0xbe || u[i + 2] == 0xbf))
				bad = 1;
		}
		if (bad) {
			memcpy(buf + j, fffd, 3);
			j += 3;
		} else {
			memcpy(buf + j, s + i, k);
			j += k;
		}
	}
	buf[j] = '\0';
	if (outlen != NULL)
		*outlen = j;
	return buf;
}

static struct output_file *
output_files_add(struct output_files *f, const struct source *src)
{
	struct output_file	*of;

	VEC_GROW(f);
	of = &f->v[f->n++];
	memset(of, 0, sizeof(*of));
	of->src = src;
	of->name = src != NULL ? src->name : NULL;
	return of;
}

/*
 * Group the findings of run by file: first run->files in order (a file
 * without findings gets an empty group), then files only findings name,
 * then one group for findings without a file (src NULL), if any.  Free
 * with output_files_release().
 */
void
output_files_build(struct output_files *f, const struct output_run *run)
{
	struct output_file	*of, tmp;
	const struct diag	*dg;
	size_t			 i, j, last;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < run->nfiles; i++)
		output_files_add(f, run->files[i]);
	last = SIZE_MAX;
	for (i = 0; run->diags != NULL && i < run->diags->n; i++) {
		dg = &run->diags->v[i];
		if (last == SIZE_MAX || f->v[last].src != dg->src) {
			for (j = 0; j < f->n; j++)
				if (f->v[j].src == dg->src)
					break;
			if (j == f->n)
				output_files_add(f, dg->src);
			last = j;
		}
		of = &f->v[last];
		/* Doubling: growing by one was quadratic under ASan, whose
		   realloc always copies. */
		if (of->n == of->cap) {
			of->cap = of->cap != 0 ? of->cap * 2 : 16;
			of->diag = xreallocarray(of->diag, of->cap,
			    sizeof(*of->diag));
		}
		of->diag[of->n++] = i;
	}
	/* The file-less group (sorted first by diags_sort) goes last. */
	for (j = 0; j < f->n; j++)
		if (f->v[j].src == NULL) {
			tmp = f->v[j];
			memmove(&f->v[j], &f->v[j + 1],
			    (f->n - j - 1) * sizeof(*f->v));
			f->v[f->n - 1] = tmp;
			break;
		}
}

/* Free what output_files_build() allocated; f is empty after. */
void
output_files_release(struct output_files *f)
{
	size_t	i;

	for (i = 0; i < f->n; i++)
		free(f->v[i].diag);
	free(f->v);
	memset(f, 0, sizeof(*f));
}

/*
 * Indexes of run's findings in report order (output_files_build() order:
 * by file as run->files lists them, findings without a file last).
 * Returns an array of run->diags->n indexes the caller frees, or NULL
 * when there are no findings.
 */
size_t *
output_order(const struct output_run *run)
{
	struct output_files	 files;
	size_t			*order, i, j, k;

	if (run->diags == NULL || run->diags->n == 0)
		return NULL;
	order = xreallocarray(NULL, run->diags->n, sizeof(*order));
	output_files_build(&files, run);
	k = 0;
	for (i = 0; i < files.n; i++)
		for (j = 0; j < files.v[i].n; j++)
			order[k++] = files.v[i].diag[j];
	output_files_release(&files);
	return order;
}

/* The tool version to print: run->version or PACKAGE_VERSION. */
const char *
output_version(const struct output_run *run)
{
	return run->version != NULL ? run->version : PACKAGE_VERSION;
}

/* The rule table entry of a finding, or NULL for an unknown id. */
const struct rule_entry *
output_rule(const struct diag *dg)
{
	if (dg->rule == NULL)
		return NULL;
	return rules_find(dg->rule);
}

/* Number of findings at exactly level. */
size_t
output_count_level(const struct output_run *run, enum severity level)
{
	size_t	i, n;

	n = 0;
	for (i = 0; run->diags != NULL && i < run->diags->n; i++)
		if (run->diags->v[i].level == level)
			n++;
	return n;
}

/* Line and column of byte off in the finding's file; {0, 0, off} if none. */
struct source_pos
output_pos(const struct diag *dg, size_t off)
{
	struct source_pos	p;

	if (dg->src == NULL) {
		p.line = 0;
		p.column = 0;
		p.offset = off;
		return p;
	}
	return source_position(dg->src, off);
}

/*
 * The whole lines a span touches, without the final line terminator.  A
 * span that ends just after a line terminator does not touch the next
 * line.
 */
struct span
output_line_span(const struct source *src, struct span sp)
{
	struct span	l;
	size_t		end, ref;

	end = SPAN_END(sp);
	if (end > src->len)
		end = src->len;
	ref = end;
	if (sp.len > 0 && end > sp.off &&
	    (src->data[end - 1] == '\n' || src->data[end - 1] == '\r')) {
		ref = end - 1;
		if (src->data[ref] == '\n' && ref > sp.off &&
		    src->data[ref - 1] == '\r')
			ref--;
	}
	l.off = source_line_start(src, sp.off);
	end = source_line_end(src, ref < l.off ? l.off : ref);
	l.len = end - l.off;
	return l;
}

#define FNV_OFFSET	UINT64_C(0xcbf29ce484222325)
#define FNV_PRIME	UINT64_C(0x100000001b3)

static uint64_t
output_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char	*u = p;
	size_t			 i;

	for (i = 0; i < n; i++) {
		h ^= u[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* Hash of text with blanks trimmed and runs of blanks made one space. */
static uint64_t
output_fnv_normalised(uint64_t h, const char *s, size_t n)
{
	size_t	i;
	int	space, started;

	space = started = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
		    s[i] == '\n' || s[i] == '\f' || s[i] == '\v') {
			space = 1;
			continue;
		}
		if (space && started)
			h = output_fnv(h, " ", 1);
		space = 0;
		started = 1;
		h = output_fnv(h, &s[i], 1);
	}
	return h;
}

struct output_fp {
	uint64_t	base;
	size_t		index;
};

static int
output_fp_cmp(const void *a, const void *b)
{
	const struct output_fp	*x = a, *y = b;

	if (x->base != y->base)
		return x->base < y->base ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * A stable 64-bit FNV-1a fingerprint per finding, from the rule id, the
 * file name (without leading "./") and the whitespace-normalised text of
 * the lines the finding covers, but not the line number, so it survives
 * lines moving.  The k-th identical (rule, file, text) finding also hashes
 * k, so fingerprints are unique.  Returns an array of run->diags->n values
 * the caller frees (NULL when there are no findings).
 *
 * The text is hashed on its own and the result folded in, so findings on
 * one long line (sorted by position, they come together) hash it once;
 * the k are counted by sorting, so many findings stay O(n log n).
 */
uint64_t *
output_fingerprints(const struct output_run *run)
{
	const struct diag	*dg, *prev;
	const char		*name;
	struct output_fp	*v;
	struct span		 l, pl;
	uint64_t		*fp, h, lh;
	size_t			 i, k, n, occ;
	unsigned char		 lb[8];
	char			 num[32];

	n = run->diags != NULL ? run->diags->n : 0;
	if (n == 0)
		return NULL;
	v = xreallocarray(NULL, n, sizeof(*v));
	fp = xreallocarray(NULL, n, sizeof(*fp));
	prev = NULL;
	pl.off = pl.len = 0;
	lh = 0;
	for (i = 0; i < n; i++) {
		dg = &run->diags->v[i];
		h = output_fnv(FNV_OFFSET, dg->rule != NULL ? dg->rule : "",
		    dg->rule != NULL ? strlen(dg->rule) + 1 : 1);
		name = dg->src != NULL ? dg->src->name : "";
		while (name[0] == '.' && name[1] == '/')
			name += 2;
		h = output_fnv(h, name, strlen(name) + 1);
		if (dg->src != NULL) {
			l = output_line_span(dg->src, dg->span);
			if (prev == NULL || prev->src != dg->src ||
			    l.off != pl.off || l.len != pl.len)
				lh = output_fnv_normalised(FNV_OFFSET,
				    dg->src->data + l.off, l.len);
			prev = dg;
			pl = l;
			for (k = 0; k < 8; k++)	/* the same on any byte order */
				lb[k] = (unsigned char)(lh >> (8 * k));
			h = output_fnv(h, lb, sizeof(lb));
		} else
			h = output_fnv(h, dg->message, strlen(dg->message));
		v[i].base = h;
		v[i].index = i;
	}
	qsort(v, n, sizeof(*v), output_fp_cmp);
	for (i = 0, occ = 0; i < n; i++) {
		occ = i > 0 && v[i].base == v[i - 1].base ? occ + 1 : 0;
		snprintf(num, sizeof(num), "%zu", occ);
		fp[v[i].index] = output_fnv(v[i].base, num, strlen(num));
	}
	free(v);
	return fp;
}

static int
output_uri_unreserved(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	    c == '~' || c == '/';
}

/*
 * A file name as a percent-encoded URI path (RFC 3986): every byte but
 * unreserved characters and '/' becomes %XX, so any name (spaces, '#',
 * '%', ':', non-ASCII, invalid UTF-8) gives a valid relative reference.
 * Leading "./" is dropped.  The caller frees the result.
 */
char *
output_uri_path(const char *name)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*u;
	char			*buf;
	size_t			 i, j, len;

	while (name[0] == '.' && name[1] == '/') {
		name += 2;
		while (*name == '/')
			name++;
	}
	len = strlen(name);
	buf = xreallocarray(NULL, len + 1, 3);
	u = (const unsigned char *)name;
	for (i = j = 0; i < len; i++) {
		if (output_uri_unreserved(u[i]))
			buf[j++] = (char)u[i];
		else {
			buf[j++] = '%';
			buf[j++] = hex[u[i] >> 4];
			buf[j++] = hex[u[i] & 0x0f];
		}
	}
	buf[j] = '\0';
	return buf;
}

/*
 * The file: URI (ending in '/') of run->srcroot, or of the working
 * directory when that is NULL.  Returns NULL when neither is known or the
 * directory is not absolute.  The caller frees the result.
 */
char *
output_srcroot_uri(const struct output_run *run)
{
	char	*cwd, *enc, *uri;
	size_t	 len;

	cwd = run->srcroot != NULL ? xstrdup(run->srcroot) : getcwd(NULL, 0);
	if (cwd == NULL || cwd[0] != '/') {
		free(cwd);
		return NULL;
	}
	enc = output_uri_path(cwd);
	len = strlen(enc);
	xasprintf(&uri, "file://%s%s", enc,
	    len > 0 && enc[len - 1] == '/' ? "" : "/");
	free(enc);
	free(cwd);
	return uri;
}
