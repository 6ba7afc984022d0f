/* SPDX-License-Identifier: ISC */
/*
 * The Dockerfile parser: logical lines from lexer.c to the syntax tree of
 * ast.h.  For each line it does what BuildKit's parser package does --
 * keyword, flags (split_command.go), then the per-instruction argument
 * rules of line_parsers.go (JSON or shell form, whitespace lists, ENV and
 * LABEL pairs, HEALTHCHECK, ONBUILD), then heredocs -- and, unless
 * PARSER_SYNTAX_ONLY, the argument and flag checks of BuildKit's
 * instructions package (argument counts, known flags, --mount options).
 *
 * It does not expand variables (expand.c), split shell commands (shell.c)
 * or resolve stages (graph.c), and it never prints: problems are findings
 * (the DF1xxx table in parser.h) and parsing always goes on.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "parser.h"
#include "source.h"
#include "xmalloc.h"

/* Go's encoding/json nesting limit. */
#define P_JSON_MAXDEPTH	10000

enum p_json_result {
	P_JSON_NO,		/* not a JSON array: shell form */
	P_JSON_OK,		/* an array of strings */
	P_JSON_NONSTRING	/* valid, but an element is not a string */
};

enum p_flag_type {
	P_FL_BOOL,
	P_FL_STRING,
	P_FL_STRINGS		/* may be repeated */
};

struct p_flag_def {
	const char		*name;
	enum p_flag_type	 type;
};

struct p_range {
	size_t	lo;
	size_t	hi;
};

struct p_words {
	struct ast_word	*v;
	size_t		 n;
	size_t		 cap;
};

struct p_kvs {
	struct ast_kv	*v;
	size_t		 n;
	size_t		 cap;
};

struct p_flags {
	struct ast_flag	*v;
	size_t		 n;
	size_t		 cap;
};

struct p_ranges {
	struct p_range	*v;
	size_t		 n;
	size_t		 cap;
};

struct p_opts {
	struct ast_mount_opt *v;
	size_t		 n;
	size_t		 cap;
};

struct p_heredocs {
	struct ast_heredoc *v;
	size_t		 n;
	size_t		 cap;
};

struct parser {
	const struct source	*src;
	struct arena		*a;
	struct lexer		*lx;
	unsigned int		 flags;
	struct {
		struct ast_instr	*v;
		size_t			 n;
		size_t			 cap;
	} instrs;
	char			*dbuf;	/* decoded flag word */
	size_t			*dmap;	/* its logical offsets */
	size_t			 dlen;
	size_t			 dcap;
};

struct p_json {
	const char	*s;
	size_t		 n;
	size_t		 i;
	int		 overflow;	/* a number beyond a double */
};

/* Accepted flags by instruction (BuildKit instructions/parse.go). */
static const struct p_flag_def p_add_flags[] = {
	{ "checksum", P_FL_STRING }, { "chmod", P_FL_STRING },
	{ "chown", P_FL_STRING }, { "exclude", P_FL_STRINGS },
	{ "keep-git-dir", P_FL_BOOL }, { "link", P_FL_BOOL },
	{ "unpack", P_FL_BOOL }, { NULL, 0 }
};
static const struct p_flag_def p_copy_flags[] = {
	{ "chmod", P_FL_STRING }, { "chown", P_FL_STRING },
	{ "exclude", P_FL_STRINGS }, { "from", P_FL_STRING },
	{ "link", P_FL_BOOL }, { "parents", P_FL_BOOL }, { NULL, 0 }
};
static const struct p_flag_def p_from_flags[] = {
	{ "platform", P_FL_STRING }, { NULL, 0 }
};
static const struct p_flag_def p_run_flags[] = {
	{ "device", P_FL_STRINGS }, { "mount", P_FL_STRINGS },
	{ "network", P_FL_STRING }, { "security", P_FL_STRING },
	{ NULL, 0 }
};
static const struct p_flag_def p_healthcheck_flags[] = {
	{ "interval", P_FL_STRING }, { "retries", P_FL_STRING },
	{ "start-interval", P_FL_STRING }, { "start-period", P_FL_STRING },
	{ "timeout", P_FL_STRING }, { NULL, 0 }
};
static const struct p_flag_def p_no_flags[] = {
	{ NULL, 0 }
};

static const char *const p_mount_keys[] = {
	"type", "from", "source", "src", "target", "dst", "destination",
	"readonly", "ro", "readwrite", "rw", "required", "size", "id",
	"sharing", "mode", "uid", "gid", "env", NULL
};

const struct parser_finding parser_findings[] = {
	{ DF_UNKNOWN_INSTRUCTION, "unknown-instruction", SEV_ERROR,
	    "the keyword is not a Dockerfile instruction" },
	{ DF_MISSING_ARGUMENTS, "missing-arguments", SEV_ERROR,
	    "an instruction lacks an argument it needs" },
	{ DF_INVALID_JSON_ARRAY, "invalid-json-array", SEV_ERROR,
	    "an exec-form JSON array holds a non-string element" },
	{ DF_UNKNOWN_FLAG, "unknown-flag", SEV_ERROR,
	    "a flag the instruction does not take" },
	{ DF_UNTERMINATED_HEREDOC, "unterminated-heredoc", SEV_ERROR,
	    "the file ends before a heredoc's terminator line" },
	{ DF_EMPTY_CONTINUATION, "empty-continuation", SEV_WARNING,
	    "an empty line inside a line continuation" },
	{ DF_NO_INSTRUCTIONS, "no-instructions", SEV_ERROR,
	    "the file holds no instruction" },
	{ DF_INVALID_DIRECTIVE, "invalid-directive", SEV_ERROR,
	    "a parser directive is repeated or has an invalid value" },
	{ DF_INVALID_MOUNT, "invalid-mount", SEV_ERROR,
	    "a RUN --mount option is malformed" },
	{ DF_INPUT_LIMIT, "input-limit", SEV_ERROR,
	    "the input exceeds a parser limit" },
	{ DF_INVALID_FLAG_VALUE, "invalid-flag-value", SEV_ERROR,
	    "a flag lacks its value, is repeated or has a malformed value" },
	{ DF_INVALID_KEY_VALUE, "invalid-key-value", SEV_ERROR,
	    "an ENV, LABEL or ARG argument is not a valid name=value" },
	{ DF_TOO_MANY_ARGUMENTS, "too-many-arguments", SEV_ERROR,
	    "an instruction has more arguments than it accepts" },
	{ DF_INVALID_STAGE_NAME, "invalid-stage-name", SEV_ERROR,
	    "the stage name in FROM ... AS is not valid" },
	{ DF_INVALID_ONBUILD_TRIGGER, "invalid-onbuild-trigger", SEV_ERROR,
	    "ONBUILD of ONBUILD, FROM or MAINTAINER" },
	{ DF_INVALID_HEALTHCHECK, "invalid-healthcheck", SEV_ERROR,
	    "a HEALTHCHECK with an unknown type or a missing command" },
	{ DF_SHELL_NOT_JSON, "shell-not-json", SEV_ERROR,
	    "SHELL arguments are not a JSON array" },
	{ DF_CONTINUATION_AT_EOF, "continuation-at-eof", SEV_WARNING,
	    "the file ends inside a line continuation" },
	{ DF_LONE_CR, "lone-carriage-return", SEV_WARNING,
	    "a carriage return that does not end a line" },
	{ DF_INVALID_ENCODING, "invalid-encoding", SEV_WARNING,
	    "a NUL byte or invalid UTF-8 in the file" },
	{ DF_HEREDOC_DESTINATION, "heredoc-destination", SEV_ERROR,
	    "a COPY or ADD destination is a heredoc" }
};
const size_t parser_nfindings =
    sizeof(parser_findings) / sizeof(parser_findings[0]);

static void	p_line(struct parser *, const struct lex_line *);
static void	p_instr(struct parser *, const struct ast_text *,
		    struct ast_instr *, int);
static size_t	p_flags(struct parser *, const struct ast_text *, size_t,
		    size_t, struct p_flags *, enum ast_kind);
static void	p_flag_add(struct parser *, const struct ast_text *, size_t,
		    size_t, struct p_flags *, enum ast_kind);
static void	p_mount(struct parser *, const struct ast_text *,
		    struct ast_flag *, size_t);
static void	p_args(struct parser *, struct ast_instr *, int);
static void	p_heredocs(struct parser *, const struct ast_text *,
		    struct ast_instr *);
static void	p_check(struct parser *, struct ast_instr *);
static void	p_check_flags(struct parser *, struct ast_instr *);
static void	p_check_mount(struct parser *, const struct ast_flag *);
static void	p_mount_err(struct parser *, struct span, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static int	p_json_array(struct parser *, const struct ast_text *,
		    struct p_words *, struct p_range *);

/* Source span of logical bytes [lo, hi) of t. */
static struct span
p_span(const struct ast_text *t, size_t lo, size_t hi)
{
	return ast_text_span(t, lo, hi > lo ? hi - lo : 0);
}

/*
 * Logical bytes [lo, hi) of t as a text of their own, with the segment
 * map rebased (offsets in the new text start at 0).
 */
static struct ast_text
p_slice(struct parser *p, const struct ast_text *t, size_t lo, size_t hi)
{
	struct ast_text	 r;
	struct ast_seg	*sg;
	size_t		 first, last, i, a, b, lo2, hi2;

	memset(&r, 0, sizeof(r));
	r.s = arena_strndup(p->a, t->s + lo, hi - lo);
	r.len = hi - lo;
	r.span = p_span(t, lo, hi);
	if (t->nsegs == 0 || hi == lo)
		return r;
	/* Last segment starting at or before lo, then those before hi. */
	a = 0;
	b = t->nsegs;
	while (b - a > 1) {
		i = a + (b - a) / 2;
		if (t->segs[i].loff <= lo)
			a = i;
		else
			b = i;
	}
	first = a;
	for (last = first; last + 1 < t->nsegs &&
	    t->segs[last + 1].loff < hi; last++)
		;
	sg = arena_array(p->a, last - first + 1, sizeof(*sg));
	r.segs = sg;
	for (i = first; i <= last; i++) {
		lo2 = t->segs[i].loff > lo ? t->segs[i].loff : lo;
		hi2 = t->segs[i].loff + t->segs[i].len;
		if (hi2 > hi)
			hi2 = hi;
		if (hi2 <= lo2)
			continue;
		sg[r.nsegs].loff = lo2 - lo;
		sg[r.nsegs].soff = t->segs[i].soff + (lo2 - t->segs[i].loff);
		sg[r.nsegs].len = hi2 - lo2;
		r.nsegs++;
	}
	return r;
}

/*
 * Printable excerpt of user text for a message: at most about 40 bytes,
 * control bytes and invalid UTF-8 as \xHH.  Borrowed from the arena.
 */
static const char *
p_show(struct parser *p, const char *s, size_t n)
{
	char	*out;
	size_t	 i, o, k;

	out = arena_alloc(p->a, 4 * 40 + 8);
	for (i = o = 0; i < n && o < 40; i += k) {
		k = utf8_seqlen(s + i, n - i);
		if (k > 1) {
			memcpy(out + o, s + i, k);
			o += k;
		} else if (k == 1 && (unsigned char)s[i] >= 0x20 &&
		    s[i] != 0x7f) {
			out[o++] = s[i];
		} else {
			k = 1;
			o += (size_t)snprintf(out + o, 5, "\\x%02x",
			    (unsigned char)s[i]);
		}
	}
	if (i < n) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
	return out;
}

/*
 * Optimal string alignment distance of a and b (adjacent transposition
 * counts 1), or a large number when either is long.  For suggestions.
 */
static size_t
p_distance(const char *a, size_t na, const char *b, size_t nb)
{
	size_t	d[34][34], i, j, c, best;

	if (na > 32 || nb > 32)
		return 1000;
	for (i = 0; i <= na; i++)
		d[i][0] = i;
	for (j = 0; j <= nb; j++)
		d[0][j] = j;
	for (i = 1; i <= na; i++)
		for (j = 1; j <= nb; j++) {
			c = tolower((unsigned char)a[i - 1]) ==
			    tolower((unsigned char)b[j - 1]) ? 0 : 1;
			best = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 &&
			    tolower((unsigned char)a[i - 1]) ==
			    tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) ==
			    tolower((unsigned char)b[j - 1]) &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[na][nb];
}

/* The closest of names[] (NULL-terminated) to s, or NULL. */
static const char *
p_suggest(const char *s, size_t n, const char *const *names)
{
	const char	*best = NULL;
	size_t		 d, bestd = 3;

	for (; *names != NULL; names++) {
		d = p_distance(s, n, *names, strlen(*names));
		/* one edit for short names, two for longer ones */
		if (d < bestd && d <= (strlen(*names) <= 4 ? 1u : 2u)) {
			bestd = d;
			best = *names;
		}
	}
	return best;
}

/* Append a word for logical bytes [lo, hi) of t; value NULL: = raw. */
static struct ast_word *
p_word(struct parser *p, struct p_words *wv, const struct ast_text *t,
    size_t lo, size_t hi, const char *value, size_t vlen)
{
	struct ast_word	*w;

	VEC_GROW(wv);
	w = &wv->v[wv->n++];
	memset(w, 0, sizeof(*w));
	w->span = p_span(t, lo, hi);
	w->raw = arena_strndup(p->a, t->s + lo, hi - lo);
	w->value = value != NULL ? value : w->raw;
	w->vlen = value != NULL ? vlen : hi - lo;
	w->loff = lo;
	w->llen = hi - lo;
	return w;
}

/* Go's strconv.ParseBool. */
static int
p_parse_bool(const char *s, int *out)
{
	static const char *const t[] = { "1", "t", "T", "TRUE", "true",
	    "True", NULL };
	static const char *const f[] = { "0", "f", "F", "FALSE", "false",
	    "False", NULL };
	size_t	i;

	for (i = 0; t[i] != NULL; i++)
		if (strcmp(s, t[i]) == 0) {
			*out = 1;
			return 0;
		}
	for (i = 0; f[i] != NULL; i++)
		if (strcmp(s, f[i]) == 0) {
			*out = 0;
			return 0;
		}
	return -1;
}

/* Go's strconv.ParseUint(s, base, 32) succeeds. */
static int
p_parse_u32(const char *s, int base)
{
	unsigned long long	v = 0;

	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s >= '0' + base)
			return -1;
		v = v * (unsigned)base + (unsigned)(*s - '0');
		if (v > 0xffffffffULL)
			return -1;
	}
	return 0;
}

/*
 * Go's time.ParseDuration: sets *ns (saturated) and returns 0, or -1 when
 * s is not a duration.
 */
static int
p_parse_duration(const char *s, double *ns)
{
	static const struct {
		const char	*unit;
		double		 mult;
	} units[] = {
		{ "ns", 1 }, { "us", 1e3 }, { "\xc2\xb5s", 1e3 },
		{ "\xce\xbcs", 1e3 }, { "ms", 1e6 }, { "s", 1e9 },
		{ "m", 60e9 }, { "h", 3600e9 }
	};
	double	 total = 0, v, scale;
	int	 neg = 0, digits;
	size_t	 i, ul;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if (strcmp(s, "0") == 0) {
		*ns = 0;
		return 0;
	}
	if (*s == '\0')
		return -1;
	while (*s != '\0') {
		v = 0;
		digits = 0;
		while (*s >= '0' && *s <= '9') {
			v = v * 10 + (*s++ - '0');
			digits++;
		}
		if (*s == '.') {
			s++;
			scale = 0.1;
			while (*s >= '0' && *s <= '9') {
				v += (*s++ - '0') * scale;
				scale /= 10;
				digits++;
			}
		}
		if (digits == 0)
			return -1;
		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
			ul = strlen(units[i].unit);
			/* "m" must not take the "m" of "ms" */
			if (strncmp(s, units[i].unit, ul) == 0 &&
			    !(ul == 1 && s[0] == 'm' && s[1] == 's'))
				break;
		}
		if (i == sizeof(units) / sizeof(units[0]))
			return -1;
		s += strlen(units[i].unit);
		total += v * units[i].mult;
	}
	if (total > 9.3e18)
		return -1;
	*ns = neg ? -total : total;
	return 0;
}

/* docker/go-units RAMInBytes accepts s. */
static int
p_parse_size(const char *s)
{
	int	digits = 0;

	while (*s >= '0' && *s <= '9') {
		s++;
		digits++;
	}
	if (digits == 0)
		return -1;
	if (*s == '.') {
		s++;
		digits = 0;
		while (*s >= '0' && *s <= '9') {
			s++;
			digits++;
		}
		if (digits == 0)
			return -1;
	}
	if (*s == ' ')
		s++;
	if (*s != '\0' && strchr("kKmMgGtTpP", *s) != NULL)
		s++;
	if (*s == 'i' || *s == 'I')
		s++;
	if (*s == 'b' || *s == 'B')
		s++;
	return *s == '\0' ? 0 : -1;
}

/*
 * Parse src into a new tree.  Always returns a tree, however broken the
 * input (caller frees with ast_file_free()); every problem is added to d
 * as a DF1xxx finding (see parser.h).  flags: enum parser_flags.
 */
struct ast_file *
parser_parse(const struct source *src, struct diags *d, unsigned int flags)
{
	struct parser	 p;
	struct ast_file	*f;
	struct arena	*a;
	struct lex_line	 ll;
	struct span	 sp;

	a = arena_new();
	f = arena_alloc(a, sizeof(*f));
	f->src = src;
	f->arena = a;
	memset(&p, 0, sizeof(p));
	p.src = src;
	p.a = a;
	p.flags = flags;
	p.lx = lexer_new(src, a, d);
	while (lexer_next(p.lx, &ll))
		p_line(&p, &ll);
	f->escape = lexer_escape(p.lx);
	f->bom = lexer_bom(p.lx);
	f->comments = lexer_comments(p.lx, &f->ncomments);
	f->directives = lexer_directives(p.lx, &f->ndirectives);
	f->ninstrs = p.instrs.n;
	if (p.instrs.n > 0) {
		/* The array is the file's now: no copy of 200 bytes an
		   instruction. */
		f->instrs = xreallocarray(p.instrs.v, p.instrs.n,
		    sizeof(*p.instrs.v));
		arena_adopt(a, f->instrs, p.instrs.n * sizeof(*f->instrs));
		p.instrs.v = NULL;
	} else {
		sp.off = src->len;
		sp.len = 0;
		lexer_diag(p.lx, DF_NO_INSTRUCTIONS, SEV_ERROR, sp,
		    "file with no instructions");
	}
	lexer_free(p.lx);
	free(p.instrs.v);
	free(p.dbuf);
	free(p.dmap);
	return f;
}

/* One top-level instruction: parse, read its heredocs, check it. */
static void
p_line(struct parser *p, const struct lex_line *ll)
{
	struct ast_instr	*in;
	size_t			 start, end, i;

	VEC_GROW(&p->instrs);
	in = &p->instrs.v[p->instrs.n++];
	memset(in, 0, sizeof(*in));
	p_instr(p, &ll->text, in, 0);
	in->comment0 = ll->comment0;
	in->ncomments = ll->ncomments;
	start = in->keyword.len > 0 ? in->keyword.off : ll->start;
	end = ll->end;
	p_heredocs(p, &ll->text, in);
	for (i = 0; i < in->nheredocs; i++) {
		if (SPAN_END(in->heredocs[i].end) > end)
			end = SPAN_END(in->heredocs[i].end);
		if (SPAN_END(in->heredocs[i].body_span) > end)
			end = SPAN_END(in->heredocs[i].body_span);
	}
	if (in->kind == AST_ONBUILD && in->sub != NULL)
		for (i = 0; i < in->sub->nheredocs; i++) {
			if (SPAN_END(in->sub->heredocs[i].end) > end)
				end = SPAN_END(in->sub->heredocs[i].end);
			if (SPAN_END(in->sub->heredocs[i].body_span) > end)
				end = SPAN_END(in->sub->heredocs[i].body_span);
		}
	/* A body ends with its newline; the span does not. */
	while (end > start && (p->src->data[end - 1] == '\n' ||
	    p->src->data[end - 1] == '\r'))
		end--;
	in->span.off = start;
	in->span.len = end - start;
	if (!(p->flags & PARSER_SYNTAX_ONLY))
		p_check(p, in);
}

/*
 * Parse the logical text t into *in: keyword, flags, arguments (BuildKit
 * splitCommand() and the dispatch table).  depth counts ONBUILD levels.
 */
static void
p_instr(struct parser *p, const struct ast_text *t, struct ast_instr *in,
    int depth)
{
	struct p_flags	 fv;
	const char	*s = t->s, *lower;
	size_t		 n = t->len, b, e, k, r, a0, lowlen;

	memset(&fv, 0, sizeof(fv));
	b = lexer_skip_space(s, 0, n);
	e = lexer_rskip_space(s, b, n);
	for (k = b; k < e && !lexer_isws((unsigned char)s[k]); k++)
		;
	in->keyword = p_span(t, b, k);
	in->keyword_text = arena_strndup(p->a, s + b, k - b);
	in->keyword_len = k - b;
	lower = lexer_lower(p->a, s + b, k - b, &lowlen);
	in->kind = lowlen > 0 ? ast_kind_lookup(lower, lowlen) : AST_UNKNOWN;
	if (in->kind != AST_UNKNOWN &&
	    strlen(ast_kind_name(in->kind)) != lowlen)
		in->kind = AST_UNKNOWN;
	in->span = p_span(t, b, e);
	for (r = k; r < e && lexer_isws((unsigned char)s[r]); r++)
		;
	a0 = r < e ? p_flags(p, t, r, e, &fv, in->kind) : e;
	a0 = lexer_skip_space(s, a0, e);
	if (fv.n > 0) {
		in->flags = arena_memdup(p->a, fv.v, fv.n * sizeof(*fv.v));
		in->nflags = fv.n;
	}
	free(fv.v);
	in->args = p_slice(p, t, a0, e);
	p_args(p, in, depth);
}

/* Make room for n decoded flag bytes. */
static void
p_dgrow(struct parser *p, size_t n)
{
	if (n <= p->dcap)
		return;
	while (p->dcap < n)
		p->dcap = p->dcap ? p->dcap * 2 : 256;
	p->dbuf = xreallocarray(p->dbuf, p->dcap, 1);
	p->dmap = xreallocarray(p->dmap, p->dcap, sizeof(*p->dmap));
}

/*
 * BuildKit's extractBuilderFlags() on logical bytes [pos, n) of t: leading
 * words that start with "--" are flags; quotes group, the escape
 * character escapes, a bare "--" ends the flags.  It works on bytes, as
 * BuildKit does (so 0x85 and 0xa0 bytes count as spaces).  Appends the
 * flags to fv and returns the logical offset where the arguments start.
 */
static size_t
p_flags(struct parser *p, const struct ast_text *t, size_t pos, size_t n,
    struct p_flags *fv, enum ast_kind kind)
{
	enum { SP, WORD, QUOTE }	 phase = SP;
	const char			*s = t->s;
	unsigned char			 ch = 0, quote = 0;
	size_t				 wstart = pos;
	int				 blankok = 0, esc;

	esc = lexer_escape(p->lx);
	p->dlen = 0;
	for (; pos <= n; pos++) {
		if (pos != n)
			ch = (unsigned char)s[pos];
		if (phase == SP) {
			if (pos == n)
				break;
			if (lexer_isspace_byte(ch))
				continue;
			if (ch != '-' || pos + 1 == n || s[pos + 1] != '-')
				return pos;
			phase = WORD;
			wstart = pos;
			p->dlen = 0;
			blankok = 0;
		}
		if (pos == n) {
			if (!(p->dlen == 2 && memcmp(p->dbuf, "--", 2) == 0) &&
			    (blankok || p->dlen > 0))
				p_flag_add(p, t, wstart, n, fv, kind);
			break;
		}
		if (phase == WORD) {
			if (lexer_isspace_byte(ch)) {
				phase = SP;
				if (p->dlen == 2 &&
				    memcmp(p->dbuf, "--", 2) == 0)
					return pos;
				if (blankok || p->dlen > 0)
					p_flag_add(p, t, wstart, pos, fv, kind);
				p->dlen = 0;
				blankok = 0;
				continue;
			}
			if (ch == '\'' || ch == '"') {
				quote = ch;
				blankok = 1;
				phase = QUOTE;
				continue;
			}
		} else if (ch == quote) {
			phase = WORD;
			continue;
		}
		if (ch == esc) {
			if (pos + 1 == n) {
				phase = WORD;
				continue;
			}
			ch = (unsigned char)s[++pos];
		}
		p_dgrow(p, p->dlen + 1);
		p->dbuf[p->dlen] = (char)ch;
		p->dmap[p->dlen++] = pos;
	}
	return n;
}

/* Record the decoded flag word in p->dbuf, written at [lo, hi) of t. */
static void
p_flag_add(struct parser *p, const struct ast_text *t, size_t lo, size_t hi,
    struct p_flags *fv, enum ast_kind kind)
{
	struct ast_flag	*fl;
	const char	*eq;
	size_t		 ei, nlen;

	VEC_GROW(fv);
	fl = &fv->v[fv->n++];
	memset(fl, 0, sizeof(*fl));
	fl->span = p_span(t, lo, hi);
	eq = p->dlen > 2 ? memchr(p->dbuf + 2, '=', p->dlen - 2) : NULL;
	ei = eq != NULL ? (size_t)(eq - p->dbuf) : p->dlen;
	nlen = ei > 2 ? ei - 2 : 0;
	fl->name = arena_strndup(p->a, p->dbuf + 2, nlen);
	fl->name_len = nlen;
	if (nlen > 0)
		fl->name_span = p_span(t, p->dmap[2], p->dmap[ei - 1] + 1);
	else
		fl->name_span = p_span(t, lo + 2 < hi ? lo + 2 : hi,
		    lo + 2 < hi ? lo + 2 : hi);
	if (eq == NULL)
		return;
	fl->value = arena_strndup(p->a, p->dbuf + ei + 1, p->dlen - ei - 1);
	fl->value_len = p->dlen - ei - 1;
	if (p->dlen > ei + 1)
		fl->value_span = p_span(t, p->dmap[ei + 1],
		    p->dmap[p->dlen - 1] + 1);
	else
		fl->value_span = p_span(t, p->dmap[ei] + 1, p->dmap[ei] + 1);
	if (kind == AST_RUN && strcmp(fl->name, "mount") == 0)
		p_mount(p, t, fl, ei + 1);
}

/*
 * Split a --mount value (decoded bytes from p->dbuf + v0) into its
 * comma-separated key[=value] options the way Go's encoding/csv reads one
 * record: "quoted" fields with "" for a quote, no bare quotes elsewhere.
 * A malformed value is DF1009 and gives no options.
 */
static void
p_mount(struct parser *p, const struct ast_text *t, struct ast_flag *fl,
    size_t v0)
{
	struct p_opts		 ov;
	struct ast_mount_opt	*o;
	const char		*v = p->dbuf + v0, *why = NULL, *eq;
	const size_t		*m = p->dmap + v0;
	size_t			 vn = p->dlen - v0, i, j, fl0, fl1, dl;
	size_t			 ki;
	char			*field;

	memset(&ov, 0, sizeof(ov));
	if (vn == 0)
		why = "empty --mount value";
	field = xmalloc(vn + 1);
	for (i = 0; why == NULL;) {
		dl = 0;
		fl0 = i;
		if (i < vn && v[i] == '"') {
			for (j = i + 1;; j++) {
				if (j >= vn) {
					why = "extraneous or missing \" in "
					    "quoted-field";
					break;
				}
				if (v[j] == '"') {
					if (j + 1 < vn && v[j + 1] == '"') {
						field[dl++] = '"';
						j++;
						continue;
					}
					j++;
					break;
				}
				field[dl++] = v[j];
			}
			if (why == NULL && j < vn && v[j] != ',')
				why = "extraneous or missing \" in "
				    "quoted-field";
		} else {
			for (j = i; j < vn && v[j] != ','; j++) {
				if (v[j] == '"')
					why = "bare \" in non-quoted-field";
				field[dl++] = v[j];
			}
		}
		if (why != NULL)
			break;
		fl1 = j;
		VEC_GROW(&ov);
		o = &ov.v[ov.n++];
		memset(o, 0, sizeof(*o));
		o->span = fl1 > fl0 ? p_span(t, m[fl0], m[fl1 - 1] + 1) :
		    p_span(t, fl0 < vn ? m[fl0] : m[vn - 1] + 1,
		    fl0 < vn ? m[fl0] : m[vn - 1] + 1);
		eq = memchr(field, '=', dl);
		ki = eq != NULL ? (size_t)(eq - field) : dl;
		o->key = lexer_lower(p->a, field, ki, NULL);
		if (eq != NULL) {
			o->value = arena_strndup(p->a, field + ki + 1,
			    dl - ki - 1);
			if (v[fl0] == '"')
				o->value_span = o->span;
			else if (fl0 + ki + 1 < fl1)
				o->value_span = p_span(t, m[fl0 + ki + 1],
				    m[fl1 - 1] + 1);
			else
				o->value_span = p_span(t, m[fl1 - 1] + 1,
				    m[fl1 - 1] + 1);
		}
		if (j >= vn)
			break;
		i = j + 1;
	}
	free(field);
	if (why != NULL) {
		lexer_diag(p->lx, DF_INVALID_MOUNT, SEV_ERROR, fl->value_span,
		    "failed to parse --mount value: %s", why);
		free(ov.v);
		return;
	}
	if (ov.n > 0) {
		fl->opts = arena_memdup(p->a, ov.v, ov.n * sizeof(*ov.v));
		fl->nopts = ov.n;
	}
	free(ov.v);
}

/* Copy a word vector into the arena as the instruction's words. */
static void
p_set_words(struct parser *p, struct ast_instr *in, struct p_words *wv)
{
	if (wv->n > 0) {
		in->words = arena_memdup(p->a, wv->v, wv->n * sizeof(*wv->v));
		in->nwords = wv->n;
	}
	free(wv->v);
	memset(wv, 0, sizeof(*wv));
}

/* BuildKit's reWhitespace.Split(args, -1): words as written. */
static void
p_split_ws(struct parser *p, const struct ast_text *t, struct p_words *wv)
{
	const char	*s = t->s;
	size_t		 n = t->len, i, j;

	if (n == 0)
		return;
	for (i = 0;;) {
		for (j = i; j < n && !lexer_isws((unsigned char)s[j]); j++)
			;
		p_word(p, wv, t, i, j, NULL, 0);
		if (j == n)
			break;
		while (j < n && lexer_isws((unsigned char)s[j]))
			j++;
		i = j;
	}
}

/*
 * BuildKit's parseWords(): words separated by spaces, quotes and escapes
 * kept (an escape at the very end is dropped).  Appends [lo, hi) ranges.
 */
static void
p_parse_words(const char *s, size_t n, int esc, struct p_ranges *out)
{
	enum { SP, WORD, QUOTE }	 phase = SP;
	struct p_range			*r;
	unsigned int			 ch = 0, quote = 0;
	size_t				 pos, w = 0, ws = 0, we = 0;
	int				 blankok = 0;

	for (pos = 0; pos <= n; pos += w) {
		if (pos != n)
			w = lexer_rune(s + pos, n - pos, &ch);
		if (phase == SP) {
			if (pos == n)
				break;
			if (lexer_isspace(ch))
				continue;
			phase = WORD;
			ws = we = pos;
			blankok = 0;
		}
		if (pos == n) {
			if (blankok || we > ws) {
				VEC_GROW(out);
				r = &out->v[out->n++];
				r->lo = ws;
				r->hi = we;
			}
			break;
		}
		if (phase == WORD) {
			if (lexer_isspace(ch)) {
				phase = SP;
				if (blankok || we > ws) {
					VEC_GROW(out);
					r = &out->v[out->n++];
					r->lo = ws;
					r->hi = we;
				}
				blankok = 0;
				continue;
			}
			if (ch == '\'' || ch == '"') {
				quote = ch;
				blankok = 1;
				phase = QUOTE;
			}
			if (ch == (unsigned int)esc) {
				if (pos + w == n)
					continue;
				pos += w;
				w = lexer_rune(s + pos, n - pos, &ch);
			}
			we = pos + w;
			continue;
		}
		if (ch == quote)
			phase = WORD;
		if (ch == (unsigned int)esc && quote != '\'') {
			if (pos + w == n) {
				phase = WORD;
				continue;
			}
			pos += w;
			w = lexer_rune(s + pos, n - pos, &ch);
		}
		we = pos + w;
	}
}

/*
 * A word with quotes and escapes removed the way BuildKit's shell lexer
 * does when it expands ENV, LABEL and ARG (without the expansion: "$x"
 * stays as written).  Sets *unterminated when a quote is not closed.
 * Returns an arena string; *outlen gets its length.
 */
static char *
p_unquote(struct parser *p, const char *s, size_t n, int esc,
    size_t *outlen, int *unterminated)
{
	char	*out;
	size_t	 i, o;

	out = arena_alloc(p->a, n + 1);
	for (i = o = 0; i < n;) {
		if (s[i] == '\'') {
			for (i++; i < n && s[i] != '\''; i++)
				out[o++] = s[i];
			if (i >= n)
				*unterminated = 1;
			i++;
		} else if (s[i] == '"') {
			for (i++; i < n && s[i] != '"';) {
				if (s[i] == esc && i + 1 < n &&
				    (s[i + 1] == '"' || s[i + 1] == '$' ||
				    s[i + 1] == esc)) {
					out[o++] = s[i + 1];
					i += 2;
				} else if (s[i] == esc && i + 1 == n)
					i++;
				else
					out[o++] = s[i++];
			}
			if (i >= n)
				*unterminated = 1;
			i++;
		} else if (s[i] == esc) {
			if (i + 1 < n)
				out[o++] = s[i + 1];
			i += 2;
		} else
			out[o++] = s[i++];
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

/* A key or value word of a pair, decoded. */
static void
p_kv_word(struct parser *p, const struct ast_text *t, struct ast_word *w,
    size_t lo, size_t hi, int *unterminated)
{
	size_t	vlen;

	memset(w, 0, sizeof(*w));
	w->span = p_span(t, lo, hi);
	w->raw = arena_strndup(p->a, t->s + lo, hi - lo);
	w->loff = lo;
	w->llen = hi - lo;
	w->value = p_unquote(p, t->s + lo, hi - lo, lexer_escape(p->lx),
	    &vlen, unterminated);
	w->vlen = vlen;
}

/* Report an unterminated quote in a pair (instruction level). */
static void
p_kv_quote(struct parser *p, const struct ast_kv *kv, int unterminated)
{
	if (unterminated && !(p->flags & PARSER_SYNTAX_ONLY))
		lexer_diag(p->lx, DF_INVALID_KEY_VALUE, SEV_ERROR, kv->span,
		    "unterminated quote in '%s'",
		    p_show(p, kv->key.raw, strlen(kv->key.raw)));
}

/*
 * ENV and LABEL (BuildKit parseNameVal()): "name value" when the first
 * word has no "=" (legacy: name is the first field, value the rest as
 * written), else name=value words.
 */
static void
p_name_val(struct parser *p, struct ast_instr *in)
{
	const struct ast_text	*t = &in->args;
	struct p_ranges		 rv;
	struct p_kvs		 kv;
	struct ast_kv		*x;
	const char		*eq;
	size_t			 i, k, v, lo, hi;
	int			 unt;

	memset(&rv, 0, sizeof(rv));
	memset(&kv, 0, sizeof(kv));
	p_parse_words(t->s, t->len, lexer_escape(p->lx), &rv);
	if (rv.n == 0)
		goto done;
	if (memchr(t->s + rv.v[0].lo, '=', rv.v[0].hi - rv.v[0].lo) == NULL) {
		for (k = 0; k < t->len && !lexer_isws((unsigned char)t->s[k]);
		    k++)
			;
		if (k == t->len) {
			lexer_diag(p->lx, DF_INVALID_KEY_VALUE, SEV_ERROR,
			    t->span, "%s must have two arguments",
			    ast_kind_name(in->kind));
			goto done;
		}
		for (v = k; v < t->len && lexer_isws((unsigned char)t->s[v]);
		    v++)
			;
		VEC_GROW(&kv);
		x = &kv.v[kv.n++];
		memset(x, 0, sizeof(*x));
		x->span = p_span(t, 0, t->len);
		x->legacy = 1;
		x->has_value = 1;
		unt = 0;
		p_kv_word(p, t, &x->key, 0, k, &unt);
		p_kv_word(p, t, &x->value, v, t->len, &unt);
		p_kv_quote(p, x, unt);
		goto done;
	}
	for (i = 0; i < rv.n; i++) {
		lo = rv.v[i].lo;
		hi = rv.v[i].hi;
		VEC_GROW(&kv);
		x = &kv.v[kv.n++];
		memset(x, 0, sizeof(*x));
		x->span = p_span(t, lo, hi);
		unt = 0;
		if ((eq = memchr(t->s + lo, '=', hi - lo)) == NULL) {
			lexer_diag(p->lx, DF_INVALID_KEY_VALUE, SEV_ERROR,
			    x->span, "can't find = in '%s'; must be of the "
			    "form name=value", p_show(p, t->s + lo, hi - lo));
			p_kv_word(p, t, &x->key, lo, hi, &unt);
			continue;
		}
		k = (size_t)(eq - t->s);
		x->has_value = 1;
		p_kv_word(p, t, &x->key, lo, k, &unt);
		p_kv_word(p, t, &x->value, k + 1, hi, &unt);
		p_kv_quote(p, x, unt);
	}
done:
	if (kv.n > 0) {
		in->pairs = arena_memdup(p->a, kv.v, kv.n * sizeof(*kv.v));
		in->npairs = kv.n;
	}
	free(kv.v);
	free(rv.v);
}

/* ARG (BuildKit parseNameOrNameVal()): words, each name or name=value. */
static void
p_arg(struct parser *p, struct ast_instr *in)
{
	const struct ast_text	*t = &in->args;
	struct p_ranges		 rv;
	struct p_kvs		 kv;
	struct ast_kv		*x;
	const char		*eq;
	size_t			 i, k, lo, hi;
	int			 unt;

	memset(&rv, 0, sizeof(rv));
	memset(&kv, 0, sizeof(kv));
	p_parse_words(t->s, t->len, lexer_escape(p->lx), &rv);
	for (i = 0; i < rv.n; i++) {
		lo = rv.v[i].lo;
		hi = rv.v[i].hi;
		VEC_GROW(&kv);
		x = &kv.v[kv.n++];
		memset(x, 0, sizeof(*x));
		x->span = p_span(t, lo, hi);
		unt = 0;
		if ((eq = memchr(t->s + lo, '=', hi - lo)) == NULL) {
			p_kv_word(p, t, &x->key, lo, hi, &unt);
		} else {
			k = (size_t)(eq - t->s);
			x->has_value = 1;
			p_kv_word(p, t, &x->key, lo, k, &unt);
			p_kv_word(p, t, &x->value, k + 1, hi, &unt);
		}
		p_kv_quote(p, x, unt);
	}
	if (kv.n > 0) {
		in->pairs = arena_memdup(p->a, kv.v, kv.n * sizeof(*kv.v));
		in->npairs = kv.n;
	}
	free(kv.v);
	free(rv.v);
}

/*
 * Arguments that may be a JSON array (BuildKit parseMaybeJSON() and
 * parseMaybeJSONToList()): sets exec_form and words, or, when they are
 * not JSON, leaves the shell form (list: whitespace-split words).
 */
static void
p_maybe_json(struct parser *p, struct ast_instr *in, int list)
{
	struct p_words	wv;
	struct p_range	bad;
	int		r;

	memset(&wv, 0, sizeof(wv));
	if (in->args.len > 0) {
		r = p_json_array(p, &in->args, &wv, &bad);
		if (r == P_JSON_NONSTRING)
			lexer_diag(p->lx, DF_INVALID_JSON_ARRAY, SEV_ERROR,
			    p_span(&in->args, bad.lo, bad.hi),
			    "when using JSON array syntax, arrays must be "
			    "comprised of strings only");
		if (r != P_JSON_NO)
			in->exec_form = 1;
	}
	if (!in->exec_form && list)
		p_split_ws(p, &in->args, &wv);
	p_set_words(p, in, &wv);
}

/*
 * HEALTHCHECK (BuildKit parseHealthConfig()): the type word, then the
 * rest as a CMD node in sub.  BuildKit looks for the end of the type word
 * byte by byte.
 */
static void
p_healthcheck(struct parser *p, struct ast_instr *in, int depth)
{
	const struct ast_text	*t = &in->args;
	struct ast_instr	*sub;
	struct p_words		 wv;
	size_t			 sep, next;

	for (sep = 0; sep < t->len &&
	    !lexer_isspace_byte((unsigned char)t->s[sep]); sep++)
		;
	for (next = sep; next < t->len &&
	    lexer_isspace_byte((unsigned char)t->s[next]); next++)
		;
	if (sep == 0)
		return;
	memset(&wv, 0, sizeof(wv));
	p_word(p, &wv, t, 0, sep, NULL, 0);
	p_set_words(p, in, &wv);
	if (next >= t->len)
		return;
	sub = arena_alloc(p->a, sizeof(*sub));
	sub->kind = AST_CMD;
	sub->keyword = in->words[0].span;
	sub->keyword_text = in->words[0].raw;
	sub->keyword_len = in->words[0].llen;
	sub->args = p_slice(p, t, next, t->len);
	sub->span = p_span(t, 0, t->len);
	p_maybe_json(p, sub, 0);
	in->sub = sub;
	in->exec_form = sub->exec_form;
	(void)depth;
}

/* Per-instruction argument rules (BuildKit's dispatch table). */
static void
p_args(struct parser *p, struct ast_instr *in, int depth)
{
	struct p_words	 wv;
	struct ast_instr *sub;

	memset(&wv, 0, sizeof(wv));
	switch (in->kind) {
	case AST_RUN:
	case AST_CMD:
	case AST_ENTRYPOINT:
	case AST_SHELL:
		p_maybe_json(p, in, 0);
		break;
	case AST_ADD:
	case AST_COPY:
	case AST_VOLUME:
		p_maybe_json(p, in, 1);
		break;
	case AST_FROM:
	case AST_EXPOSE:
		p_split_ws(p, &in->args, &wv);
		p_set_words(p, in, &wv);
		break;
	case AST_MAINTAINER:
	case AST_STOPSIGNAL:
	case AST_USER:
	case AST_WORKDIR:
		if (in->args.len > 0) {
			p_word(p, &wv, &in->args, 0, in->args.len, NULL, 0);
			p_set_words(p, in, &wv);
		}
		break;
	case AST_ENV:
	case AST_LABEL:
		p_name_val(p, in);
		break;
	case AST_ARG:
		p_arg(p, in);
		break;
	case AST_HEALTHCHECK:
		p_healthcheck(p, in, depth);
		break;
	case AST_ONBUILD:
		if (in->args.len == 0)
			break;
		/* The 32nd ONBUILD (depth 31) may hold a trigger; a 33rd
		   may not. */
		if (depth >= PARSER_MAX_NESTING) {
			lexer_diag(p->lx, DF_INPUT_LIMIT, SEV_ERROR,
			    in->args.span, "ONBUILD nested more than %d deep",
			    PARSER_MAX_NESTING);
			break;
		}
		sub = arena_alloc(p->a, sizeof(*sub));
		p_instr(p, &in->args, sub, depth + 1);
		in->sub = sub;
		break;
	default:
		break;
	}
}

/* JSON white space (Go's encoding/json scanner). */
static void
js_ws(struct p_json *j)
{
	while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' ||
	    j->s[j->i] == '\n' || j->s[j->i] == '\r'))
		j->i++;
}

static int
js_hex4(const char *s, size_t n, unsigned int *out)
{
	unsigned int	v = 0;
	size_t		i;
	int		c;

	if (n < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			v = v * 16 + (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v = v * 16 + (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/*
 * The JSON string at j->i (its opening quote), decoded as Go does: \uXXXX
 * with surrogate pairs, a lone surrogate or an invalid UTF-8 byte as
 * U+FFFD.  With out NULL only validates.  Returns the decoded length and
 * leaves j->i after the closing quote, or returns -1 on a syntax error.
 */
static long
js_string(struct p_json *j, char *out)
{
	const char	*s = j->s;
	unsigned int	 r, r2;
	size_t		 i = j->i + 1, o = 0, k;
	char		 tmp[4];

	for (;;) {
		if (i >= j->n)
			return -1;
		if (s[i] == '"')
			break;
		if ((unsigned char)s[i] < 0x20)
			return -1;
		if (s[i] != '\\') {
			if ((unsigned char)s[i] < 0x80)
				k = 1;
			else if ((k = utf8_seqlen(s + i, j->n - i)) == 0) {
				o += lexer_put_rune(out != NULL ? out + o : tmp,
				    LEXER_RUNE_ERROR);
				i++;
				continue;
			}
			if (out != NULL)
				memcpy(out + o, s + i, k);
			o += k;
			i += k;
			continue;
		}
		if (++i >= j->n)
			return -1;
		switch (s[i]) {
		case '"': case '\\': case '/':
			r = (unsigned char)s[i];
			break;
		case 'b':
			r = '\b';
			break;
		case 'f':
			r = '\f';
			break;
		case 'n':
			r = '\n';
			break;
		case 'r':
			r = '\r';
			break;
		case 't':
			r = '\t';
			break;
		case 'u':
			if (js_hex4(s + i + 1, j->n - i - 1, &r) == -1)
				return -1;
			i += 4;
			if (r >= 0xd800 && r < 0xe000) {
				if (r < 0xdc00 && i + 6 < j->n &&
				    s[i + 1] == '\\' && s[i + 2] == 'u' &&
				    js_hex4(s + i + 3, j->n - i - 3,
				    &r2) == 0 &&
				    r2 >= 0xdc00 && r2 < 0xe000) {
					r = 0x10000 + ((r - 0xd800) << 10) +
					    (r2 - 0xdc00);
					i += 6;
				} else
					r = LEXER_RUNE_ERROR;
			}
			break;
		default:
			return -1;
		}
		o += lexer_put_rune(out != NULL ? out + o : tmp, r);
		i++;
	}
	j->i = i + 1;
	return (long)o;
}

/*
 * A JSON number at j->i (Go's grammar).  Sets j->overflow when it does
 * not fit a double (Go's ParseFloat fails with ErrRange).  Returns -1 on
 * a syntax error.
 */
static int
js_number(struct p_json *j)
{
	const char	*s = j->s;
	size_t		 i = j->i, ip0, ip1, fp0 = 0, fp1 = 0, k, o;
	long		 ex = 0, e10;
	int		 eneg = 0, inint;
	char		 buf[64];

	if (i < j->n && s[i] == '-')
		i++;
	ip0 = i;
	if (i < j->n && s[i] == '0')
		i++;
	else if (i < j->n && s[i] >= '1' && s[i] <= '9')
		while (i < j->n && s[i] >= '0' && s[i] <= '9')
			i++;
	else
		return -1;
	ip1 = i;
	if (i < j->n && s[i] == '.') {
		fp0 = ++i;
		while (i < j->n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == fp0)
			return -1;
		fp1 = i;
	}
	if (i < j->n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < j->n && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		if (i >= j->n || s[i] < '0' || s[i] > '9')
			return -1;
		while (i < j->n && s[i] >= '0' && s[i] <= '9') {
			if (ex < 100000000)
				ex = ex * 10 + (s[i] - '0');
			i++;
		}
		if (eneg)
			ex = -ex;
	}
	j->i = i;
	/* Decimal exponent of the first significant digit. */
	for (k = ip0; k < ip1 && s[k] == '0'; k++)
		;
	if (k < ip1) {
		e10 = (long)(ip1 - k - 1) + ex;
		inint = 1;
	} else {
		for (k = fp0; k < fp1 && s[k] == '0'; k++)
			;
		if (k >= fp1)
			return 0;	/* zero */
		e10 = -(long)(k - fp0 + 1) + ex;
		inint = 0;
	}
	if (e10 < 308)
		return 0;
	if (e10 > 308) {
		j->overflow = 1;
		return 0;
	}
	/* At the boundary: let strtod round the leading digits. */
	o = 0;
	if (inint) {
		for (; k < ip1 && o < 40; k++)
			buf[o++] = s[k];
		k = fp0;
	}
	for (; k < fp1 && o < 40; k++)
		buf[o++] = s[k];
	snprintf(buf + o, sizeof(buf) - o, "e%ld", 308 - (long)(o - 1));
	if (isinf(strtod(buf, NULL)))
		j->overflow = 1;
	return 0;
}

/* A JSON literal (true, false, null) at j->i. */
static int
js_literal(struct p_json *j, const char *lit)
{
	size_t	n = strlen(lit);

	if (j->n - j->i < n || memcmp(j->s + j->i, lit, n) != 0)
		return -1;
	j->i += n;
	return 0;
}

/*
 * Validate one JSON value of any kind at j->i, nested inside depth0
 * levels, iteratively (Go allows 10,000 levels).  Returns -1 on a
 * syntax error.
 */
static int
js_value(struct p_json *j, size_t depth0)
{
	unsigned char	 obj[P_JSON_MAXDEPTH / 8 + 2];
	size_t		 depth = depth0;
	int		 c;

	memset(obj, 0, sizeof(obj));
value:
	js_ws(j);
	if (j->i >= j->n)
		return -1;
	c = (unsigned char)j->s[j->i];
	if (c == '[' || c == '{') {
		if (++depth > P_JSON_MAXDEPTH)
			return -1;
		if (c == '{')
			obj[depth / 8] |= (unsigned char)(1u << (depth % 8));
		else
			obj[depth / 8] &= (unsigned char)~(1u << (depth % 8));
		j->i++;
		js_ws(j);
		if (j->i < j->n && j->s[j->i] == (c == '[' ? ']' : '}')) {
			j->i++;
			depth--;
			goto after;
		}
		if (c == '[')
			goto value;
		goto key;
	}
	if (c == '"') {
		if (js_string(j, NULL) < 0)
			return -1;
	} else if (c == '-' || (c >= '0' && c <= '9')) {
		if (js_number(j) < 0)
			return -1;
	} else if (js_literal(j, c == 't' ? "true" : c == 'f' ? "false" :
	    "null") < 0)
		return -1;
	goto after;
key:
	js_ws(j);
	if (j->i >= j->n || j->s[j->i] != '"' || js_string(j, NULL) < 0)
		return -1;
	js_ws(j);
	if (j->i >= j->n || j->s[j->i] != ':')
		return -1;
	j->i++;
	goto value;
after:
	if (depth == depth0)
		return 0;
	js_ws(j);
	if (j->i >= j->n)
		return -1;
	c = (unsigned char)j->s[j->i++];
	if (obj[depth / 8] & (1u << (depth % 8))) {
		if (c == ',')
			goto key;
		if (c != '}')
			return -1;
	} else {
		if (c == ',')
			goto value;
		if (c != ']')
			return -1;
	}
	depth--;
	goto after;
}

/*
 * BuildKit's parseJSON(): the arguments are exec form when they are one
 * JSON array (json.Unmarshal: nothing but white space after it, numbers
 * that fit a double).  Appends one word per element (strings decoded;
 * other elements keep their JSON text as value) and returns P_JSON_OK,
 * or P_JSON_NONSTRING with *bad set to the first non-string element, or
 * P_JSON_NO (words untouched) when the text is not such an array.
 */
static int
p_json_array(struct parser *p, const struct ast_text *t, struct p_words *wv,
    struct p_range *bad)
{
	struct p_json	 j;
	size_t		 n0 = wv->n, lo;
	long		 dl;
	char		*val;
	int		 nonstring = 0;

	memset(&j, 0, sizeof(j));
	j.s = t->s;
	j.n = t->len;
	j.i = lexer_skip_space(t->s, 0, t->len);
	if (j.i >= j.n || j.s[j.i] != '[')
		return P_JSON_NO;
	j.i++;
	js_ws(&j);
	if (j.i < j.n && j.s[j.i] == ']') {
		j.i++;
		goto end;
	}
	for (;;) {
		js_ws(&j);
		lo = j.i;
		if (j.i < j.n && j.s[j.i] == '"') {
			if ((dl = js_string(&j, NULL)) < 0)
				goto no;
			val = arena_alloc(p->a, (size_t)dl + 1);
			j.i = lo;
			js_string(&j, val);
			p_word(p, wv, t, lo, j.i, val, (size_t)dl);
		} else {
			if (js_value(&j, 1) < 0)
				goto no;
			if (!nonstring) {
				bad->lo = lo;
				bad->hi = j.i;
			}
			nonstring = 1;
			p_word(p, wv, t, lo, j.i, NULL, 0);
		}
		js_ws(&j);
		if (j.i >= j.n)
			goto no;
		if (j.s[j.i] == ',') {
			j.i++;
			continue;
		}
		if (j.s[j.i] != ']')
			goto no;
		j.i++;
		break;
	}
end:
	js_ws(&j);
	if (j.i != j.n || j.overflow)
		goto no;
	return nonstring ? P_JSON_NONSTRING : P_JSON_OK;
no:
	wv->n = n0;
	return P_JSON_NO;
}

static int	p_sh_stop(const char *, size_t, size_t *, int);

/* A name after "$" (BuildKit processName()): digits, one special, or a
 * name of letters, digits and "_". */
static void
p_sh_name(const char *s, size_t n, size_t *ip)
{
	size_t	i = *ip;

	if (i < n && s[i] >= '0' && s[i] <= '9') {
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
	} else if (i < n && strchr("@*#?-$!0", s[i]) != NULL && s[i] != '\0')
		i++;
	else
		while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_' ||
		    (unsigned char)s[i] >= 0x80))
			i++;
	*ip = i;
}

/*
 * Skip a "$" expansion at s[*ip] the way BuildKit's processDollar() reads
 * it (unset variables are kept as written).  Returns -1 where BuildKit
 * fails ("bad substitution", "missing '}'", unsupported modifier).
 */
static int
p_sh_dollar(const char *s, size_t n, size_t *ip)
{
	size_t	i = *ip + 1;
	char	c;

	if (i >= n || s[i] != '{') {
		p_sh_name(s, n, &i);
		*ip = i;
		return 0;
	}
	i++;
	if (i >= n || s[i] == '{' || s[i] == '}' || s[i] == ':')
		return -1;
	p_sh_name(s, n, &i);
	if (i >= n)
		return -1;
	c = s[i++];
	switch (c) {
	case '}':
		break;
	case ':':
		if (i >= n)
			return -1;
		i++;
		/* FALLTHROUGH */
	case '+': case '-': case '?': case '#': case '%':
		if (p_sh_stop(s, n, &i, '}') == -1)
			return -1;
		break;
	case '/':
		if (i < n && s[i] == '/')
			i++;
		if (p_sh_stop(s, n, &i, '/') == -1 ||
		    p_sh_stop(s, n, &i, '}') == -1)
			return -1;
		break;
	default:
		return -1;
	}
	*ip = i;
	return 0;
}

/* A double-quoted string at s[*ip]; -1 when it is not closed. */
static int
p_sh_dquote(const char *s, size_t n, size_t *ip)
{
	size_t	i = *ip + 1;

	for (;;) {
		if (i >= n)
			return -1;
		if (s[i] == '"')
			break;
		if (s[i] == '$') {
			if (p_sh_dollar(s, n, &i) == -1)
				return -1;
			continue;
		}
		if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '"' ||
		    s[i + 1] == '$' || s[i + 1] == '\\'))
			i++;
		i++;
	}
	*ip = i + 1;
	return 0;
}

/* Text up to the stop character (processStopOn()); -1 when missing. */
static int
p_sh_stop(const char *s, size_t n, size_t *ip, int stop)
{
	size_t	i = *ip;

	for (;;) {
		if (i >= n)
			return -1;
		if (s[i] == stop) {
			*ip = i + 1;
			return 0;
		}
		if (s[i] == '$') {
			if (p_sh_dollar(s, n, &i) == -1)
				return -1;
		} else if (s[i] == '\'') {
			for (i++; i < n && s[i] != '\''; i++)
				;
			if (i++ >= n)
				return -1;
		} else if (s[i] == '"') {
			if (p_sh_dquote(s, n, &i) == -1)
				return -1;
		} else if (s[i] == '\\') {
			if (i + 1 >= n)
				return -1;
			i += 2;
		} else
			i++;
	}
}

/*
 * Split a line into words the way BuildKit's shell lexer does for heredoc
 * detection (RawQuotes, RawEscapes, escape '\\', unset variables kept):
 * appends [lo, hi) ranges as written.  Returns -1 where the lexer fails (a
 * quote not closed, a bad ${...}): BuildKit then finds no heredocs at
 * all.  Spaces produced inside a ${...} do not split words here, unlike
 * BuildKit; that only matters for markers built from such expansions.
 */
static int
p_sh_split(const char *s, size_t n, struct p_ranges *out)
{
	struct p_range	*r;
	unsigned int	 ch;
	size_t		 i, k, ws = 0;
	int		 inword = 0;

	for (i = 0; i < n;) {
		if (s[i] == '\'' || s[i] == '"' || s[i] == '$' ||
		    s[i] == '\\') {
			if (!inword) {
				ws = i;
				inword = 1;
			}
			if (s[i] == '\'') {
				for (k = i + 1; k < n && s[k] != '\''; k++)
					;
				if (k >= n)
					return -1;
				i = k + 1;
			} else if (s[i] == '"') {
				if (p_sh_dquote(s, n, &i) == -1)
					return -1;
			} else if (s[i] == '$') {
				if (p_sh_dollar(s, n, &i) == -1)
					return -1;
			} else
				i += i + 1 < n ? 2 : 1;
			continue;
		}
		k = lexer_rune(s + i, n - i, &ch);
		if (lexer_isspace(ch)) {
			if (inword) {
				VEC_GROW(out);
				r = &out->v[out->n++];
				r->lo = ws;
				r->hi = i;
				inword = 0;
			}
		} else if (!inword) {
			ws = i;
			inword = 1;
		}
		i += k;
	}
	if (inword) {
		VEC_GROW(out);
		r = &out->v[out->n++];
		r->lo = ws;
		r->hi = n;
	}
	return 0;
}

/*
 * The heredoc delimiter after "<<" or "<<-" (BuildKit heredocFromMatch()):
 * quotes and escapes processed.  rest comes from one shell word, so it
 * holds no unquoted space.  Returns the name (arena) and sets *len and
 * *quoted (a quoted delimiter turns expansion off), or returns NULL when
 * the name is empty.
 */
static char *
p_heredoc_name(struct parser *p, const char *s, size_t n, size_t *len,
    int *quoted)
{
	unsigned int	 ch;
	char		*out;
	size_t		 i, o, k;

	out = arena_alloc(p->a, n + 1);
	*quoted = 0;
	for (i = o = 0; i < n;) {
		if (s[i] == '\'' || s[i] == '"') {
			for (k = i + 1; k < n && s[k] != s[i]; k++) {
				if (s[i] == '"' && s[k] == '\\' &&
				    k + 1 < n && (s[k + 1] == '"' ||
				    s[k + 1] == '$' || s[k + 1] == '\\'))
					k++;
				out[o++] = s[k];
			}
			if (k >= n)
				return NULL;
			*quoted = 1;
			i = k + 1;
		} else if (s[i] == '\\') {
			if (i + 1 < n)
				out[o++] = s[i + 1];
			i += 2;
		} else {
			k = lexer_rune(s + i, n - i, &ch);
			if (lexer_isspace(ch))
				return NULL;
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
		}
	}
	if (o == 0)
		return NULL;
	out[o] = '\0';
	*len = o;
	return out;
}

/*
 * Heredocs of a RUN, COPY or ADD in shell form (also as an ONBUILD
 * trigger): every word of the logical line of the form
 * ^[0-9]*<<-?[^<]+$ opens one, read in order after the line (BuildKit
 * heredocsFromLine()).  A missing terminator is DF1005.
 */
static void
p_heredocs(struct parser *p, const struct ast_text *t, struct ast_instr *in)
{
	struct ast_instr	*target = in;
	struct p_ranges		 rv;
	struct p_heredocs	 hv;
	struct ast_heredoc	*hd;
	const char		*w, *name;
	size_t			 i, wl, k, namelen;
	int			 chomp, quoted;

	if (in->kind == AST_ONBUILD && in->sub != NULL)
		target = in->sub;
	if ((target->kind != AST_RUN && target->kind != AST_COPY &&
	    target->kind != AST_ADD) || target->exec_form)
		return;
	if (t->len < 2 || memmem(t->s, t->len, "<<", 2) == NULL)
		return;
	memset(&rv, 0, sizeof(rv));
	memset(&hv, 0, sizeof(hv));
	if (p_sh_split(t->s, t->len, &rv) == -1)
		goto out;
	for (i = 0; i < rv.n; i++) {
		w = t->s + rv.v[i].lo;
		wl = rv.v[i].hi - rv.v[i].lo;
		for (k = 0; k < wl && w[k] >= '0' && w[k] <= '9'; k++)
			;
		if (wl - k < 3 || w[k] != '<' || w[k + 1] != '<')
			continue;
		k += 2;
		chomp = w[k] == '-';
		if (chomp)
			k++;
		if (k == wl || memchr(w + k, '<', wl - k) != NULL)
			continue;
		if ((name = p_heredoc_name(p, w + k, wl - k, &namelen,
		    &quoted)) == NULL)
			continue;
		VEC_GROW(&hv);
		hd = &hv.v[hv.n++];
		memset(hd, 0, sizeof(*hd));
		hd->marker = p_span(t, rv.v[i].lo, rv.v[i].hi);
		hd->name = name;
		hd->expand = !quoted;
		hd->chomp = chomp;
		if (!lexer_heredoc(p->lx, name, namelen, chomp, hd))
			lexer_diag(p->lx, DF_UNTERMINATED_HEREDOC, SEV_ERROR,
			    hd->marker, "unterminated heredoc: no line '%s' "
			    "before the end of the file",
			    p_show(p, name, namelen));
	}
	if (hv.n > 0) {
		target->heredocs = arena_memdup(p->a, hv.v,
		    hv.n * sizeof(*hv.v));
		target->nheredocs = hv.n;
	}
out:
	free(rv.v);
	free(hv.v);
}

/* The instruction's flag table (NULL: flags are not checked). */
static const struct p_flag_def *
p_flag_table(const struct ast_instr *in)
{
	switch (in->kind) {
	case AST_ADD:
		return p_add_flags;
	case AST_COPY:
		return p_copy_flags;
	case AST_FROM:
		return p_from_flags;
	case AST_RUN:
		return p_run_flags;
	case AST_HEALTHCHECK:
		/* BuildKit parses no flags for HEALTHCHECK NONE. */
		if (in->nwords > 0 && strcasecmp(in->words[0].value,
		    "NONE") == 0)
			return NULL;
		return p_healthcheck_flags;
	case AST_STOPSIGNAL:
	case AST_UNKNOWN:
		return NULL;
	default:
		return p_no_flags;
	}
}

/*
 * BuildKit's BFlags.Parse() for one instruction: known names, a value
 * where one is needed, booleans, no repeats but for repeatable flags;
 * then the values of HEALTHCHECK durations and RUN --mount.
 */
static void
p_check_flags(struct parser *p, struct ast_instr *in)
{
	const struct p_flag_def	*tab, *def;
	const struct ast_flag	*fl;
	const char		*names[16], *sugg;
	size_t			 i, j, nn;
	double			 ns;

	if ((tab = p_flag_table(in)) == NULL)
		return;
	for (nn = 0; tab[nn].name != NULL && nn < 15; nn++)
		names[nn] = tab[nn].name;
	names[nn] = NULL;
	for (i = 0; i < in->nflags; i++) {
		fl = &in->flags[i];
		for (def = tab; def->name != NULL; def++)
			if (strlen(def->name) == fl->name_len &&
			    memcmp(def->name, fl->name, fl->name_len) == 0)
				break;
		if (def->name == NULL) {
			sugg = p_suggest(fl->name, strlen(fl->name), names);
			if (sugg != NULL)
				lexer_diag(p->lx, DF_UNKNOWN_FLAG, SEV_ERROR,
				    fl->span, "unknown flag '--%s' for %s; "
				    "did you mean '--%s'?",
				    p_show(p, fl->name, strlen(fl->name)),
				    ast_kind_name(in->kind), sugg);
			else
				lexer_diag(p->lx, DF_UNKNOWN_FLAG, SEV_ERROR,
				    fl->span, "unknown flag '--%s' for %s",
				    p_show(p, fl->name, strlen(fl->name)),
				    ast_kind_name(in->kind));
			continue;
		}
		for (j = 0; j < i && def->type != P_FL_STRINGS; j++)
			if (strcmp(in->flags[j].name, fl->name) == 0)
				break;
		if (j < i && def->type != P_FL_STRINGS) {
			lexer_diag(p->lx, DF_INVALID_FLAG_VALUE, SEV_ERROR,
			    fl->span, "duplicate flag '--%s'", fl->name);
			continue;
		}
		if (def->type == P_FL_BOOL) {
			if (fl->value != NULL && *fl->value == '\0')
				lexer_diag(p->lx, DF_INVALID_FLAG_VALUE,
				    SEV_ERROR, fl->span,
				    "missing a value on flag '--%s'", fl->name);
			else if (fl->value != NULL &&
			    strcasecmp(fl->value, "true") != 0 &&
			    strcasecmp(fl->value, "false") != 0)
				lexer_diag(p->lx, DF_INVALID_FLAG_VALUE,
				    SEV_ERROR, fl->value_span, "expecting a "
				    "boolean value for flag '--%s', not '%s'",
				    fl->name, p_show(p, fl->value,
				    strlen(fl->value)));
			continue;
		}
		if (fl->value == NULL) {
			lexer_diag(p->lx, DF_INVALID_FLAG_VALUE, SEV_ERROR,
			    fl->span, "missing a value on flag '--%s'",
			    fl->name);
			continue;
		}
		if (in->kind == AST_HEALTHCHECK && *fl->value != '\0') {
			if (strcmp(fl->name, "retries") == 0) {
				if (p_parse_u32(fl->value[0] == '+' ?
				    fl->value + 1 : fl->value, 10) == -1 ||
				    strlen(fl->value) > 10)
					lexer_diag(p->lx, DF_INVALID_FLAG_VALUE,
					    SEV_ERROR, fl->value_span,
					    "--retries must be a number of "
					    "at least 0, not '%s'", p_show(p,
					    fl->value, strlen(fl->value)));
			} else if (p_parse_duration(fl->value, &ns) == -1)
				lexer_diag(p->lx, DF_INVALID_FLAG_VALUE,
				    SEV_ERROR, fl->value_span,
				    "invalid duration '%s' for '--%s'",
				    p_show(p, fl->value, strlen(fl->value)),
				    fl->name);
			else if (ns != 0 && ns < 1e6)
				lexer_diag(p->lx, DF_INVALID_FLAG_VALUE,
				    SEV_ERROR, fl->value_span,
				    "'--%s' cannot be less than 1ms", fl->name);
		}
		if (in->kind == AST_RUN && strcmp(fl->name, "mount") == 0)
			p_check_mount(p, fl);
	}
}

/* Report one --mount problem at sp. */
static void
p_mount_err(struct parser *p, struct span sp, const char *fmt, ...)
{
	va_list	ap;
	char	msg[256];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lexer_diag(p->lx, DF_INVALID_MOUNT, SEV_ERROR, sp, "%s", msg);
}

/*
 * BuildKit's parseMount() and validateMount() over the options of one
 * --mount, in order (so "required" before "type=secret" is an error, as
 * there).  Values holding "$" are expanded at build time: only "from" is
 * checked then, as BuildKit does.
 */
static void
p_check_mount(struct parser *p, const struct ast_flag *fl)
{
	static const char *const types[] = { "bind", "cache", "tmpfs",
	    "secret", "ssh", NULL };
	static const char *const sharing[] = { "shared", "private", "locked",
	    NULL };
	const struct ast_mount_opt *o;
	const char	*type = "bind", *k, *v, *sugg, *dollar;
	char		*lv;
	size_t		 i, j;
	int		 b, typevar = 0, from = 0, source = 0, target = 0;
	int		 id = 0, share = 0, env = 0, fileinfo = 0;

	for (i = 0; i < fl->nopts; i++) {
		o = &fl->opts[i];
		k = o->key;
		v = o->value;
		if (v == NULL) {
			if (strcmp(k, "readonly") == 0 ||
			    strcmp(k, "ro") == 0 ||
			    strcmp(k, "readwrite") == 0 ||
			    strcmp(k, "rw") == 0)
				continue;
			if (strcmp(k, "required") == 0) {
				if (typevar || strcmp(type, "secret") == 0 ||
				    strcmp(type, "ssh") == 0)
					continue;
				p_mount_err(p, o->span, "unexpected key '%s' "
				    "for mount type '%s'", k, type);
				continue;
			}
			p_mount_err(p, o->span, "invalid field '%s' must be a "
			    "key=value pair", p_show(p, k, strlen(k)));
			continue;
		}
		if ((dollar = strchr(v, '$')) != NULL) {
			if (strcmp(k, "from") == 0 && dollar[1] != '\0')
				p_mount_err(p, o->value_span, "'%s' doesn't "
				    "support variable expansion, define alias "
				    "stage instead", k);
			if (strcmp(k, "type") == 0)
				typevar = 1;
			continue;
		}
		if (strcmp(k, "type") == 0) {
			lv = lexer_lower(p->a, v, strlen(v), NULL);
			for (j = 0; types[j] != NULL; j++)
				if (strcmp(lv, types[j]) == 0)
					break;
			if (types[j] == NULL) {
				p_mount_err(p, o->value_span, "unsupported "
				    "mount type '%s'", p_show(p, v,
				    strlen(v)));
				typevar = 1;
			} else
				type = types[j];
		} else if (strcmp(k, "from") == 0)
			from = 1;
		else if (strcmp(k, "source") == 0 || strcmp(k, "src") == 0)
			source = 1;
		else if (strcmp(k, "target") == 0 || strcmp(k, "dst") == 0 ||
		    strcmp(k, "destination") == 0)
			target = 1;
		else if (strcmp(k, "id") == 0)
			id = 1;
		else if (strcmp(k, "env") == 0)
			env = 1;
		else if (strcmp(k, "readonly") == 0 || strcmp(k, "ro") == 0 ||
		    strcmp(k, "readwrite") == 0 || strcmp(k, "rw") == 0) {
			if (p_parse_bool(v, &b) == -1)
				p_mount_err(p, o->value_span, "invalid value "
				    "for %s: %s", k, p_show(p, v, strlen(v)));
		} else if (strcmp(k, "required") == 0) {
			if (!typevar && strcmp(type, "secret") != 0 &&
			    strcmp(type, "ssh") != 0)
				p_mount_err(p, o->span, "unexpected key '%s' "
				    "for mount type '%s'", k, type);
			else if (p_parse_bool(v, &b) == -1)
				p_mount_err(p, o->value_span, "invalid value "
				    "for %s: %s", k, p_show(p, v, strlen(v)));
		} else if (strcmp(k, "size") == 0) {
			if (!typevar && strcmp(type, "tmpfs") != 0)
				p_mount_err(p, o->span, "unexpected key '%s' "
				    "for mount type '%s'", k, type);
			else if (p_parse_size(v) == -1)
				p_mount_err(p, o->value_span, "invalid value "
				    "for %s: %s", k, p_show(p, v, strlen(v)));
		} else if (strcmp(k, "sharing") == 0) {
			lv = lexer_lower(p->a, v, strlen(v), NULL);
			for (j = 0; sharing[j] != NULL; j++)
				if (strcmp(lv, sharing[j]) == 0)
					break;
			if (sharing[j] == NULL)
				p_mount_err(p, o->value_span, "unsupported "
				    "sharing value '%s'", p_show(p, v,
				    strlen(v)));
			share = 1;
		} else if (strcmp(k, "mode") == 0) {
			fileinfo = 1;
			if (p_parse_u32(v, 8) == -1)
				p_mount_err(p, o->value_span, "invalid value "
				    "%s for %s", p_show(p, v, strlen(v)), k);
		} else if (strcmp(k, "uid") == 0 || strcmp(k, "gid") == 0) {
			fileinfo = 1;
			if (p_parse_u32(v, 10) == -1)
				p_mount_err(p, o->value_span, "invalid value "
				    "%s for %s", p_show(p, v, strlen(v)), k);
		} else {
			sugg = p_suggest(k, strlen(k), p_mount_keys);
			if (sugg != NULL)
				p_mount_err(p, o->span, "unexpected key '%s'; "
				    "did you mean '%s'?", p_show(p, k,
				    strlen(k)), sugg);
			else
				p_mount_err(p, o->span, "unexpected key "
				    "'%s'", p_show(p, k, strlen(k)));
		}
	}
	if (typevar)
		return;
	if (fileinfo && strcmp(type, "secret") != 0 &&
	    strcmp(type, "ssh") != 0 && strcmp(type, "cache") != 0)
		p_mount_err(p, fl->span, "mode, uid and gid are not allowed "
		    "for '%s' mounts", type);
	if (strcmp(type, "secret") == 0) {
		if (from)
			p_mount_err(p, fl->span, "secret mount should not have "
			    "a from");
		if (share)
			p_mount_err(p, fl->span, "secret mount should not "
			    "define sharing");
		if (!source && !target && !id && !env)
			p_mount_err(p, fl->span, "invalid secret mount: one of "
			    "source, target, id or env is required");
		if (source && id)
			p_mount_err(p, fl->span, "both source and id can't be "
			    "set");
	}
	if (share && strcmp(type, "cache") != 0)
		p_mount_err(p, fl->span, "invalid cache sharing set for '%s' "
		    "mount", type);
}

/*
 * A word of the form [0-9]*<<-?NAME that names a heredoc (BuildKit's
 * MustParseHeredoc()).
 */
static int
p_is_heredoc(struct parser *p, const char *w, size_t wl)
{
	size_t	k, nl;
	int	q;

	for (k = 0; k < wl && w[k] >= '0' && w[k] <= '9'; k++)
		;
	if (wl - k < 3 || w[k] != '<' || w[k + 1] != '<')
		return 0;
	k += 2;
	if (k < wl && w[k] == '-')
		k++;
	if (k == wl || memchr(w + k, '<', wl - k) != NULL)
		return 0;
	return p_heredoc_name(p, w + k, wl - k, &nl, &q) != NULL;
}

/* The upper-case keywords, for suggestions. */
static const char *const p_keywords[] = {
	"ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
	"HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL",
	"STOPSIGNAL", "USER", "VOLUME", "WORKDIR", NULL
};

/* Stage names BuildKit accepts: ^[a-z][a-z0-9-_.]*$ after lowering. */
static int
p_stage_name_ok(const char *s)
{
	if (!(*s >= 'a' && *s <= 'z'))
		return 0;
	for (s++; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '_' || *s == '.'))
			return 0;
	return 1;
}

/*
 * The argument checks of BuildKit's instructions package (parse.go): what
 * makes `docker build` fail although the parser accepted the line.
 */
static void
p_check(struct parser *p, struct ast_instr *in)
{
	const char	*kn = ast_kind_name(in->kind), *sugg, *lw;
	struct ast_word	*w;
	struct span	 sp;
	size_t		 i;

	switch (in->kind) {
	case AST_UNKNOWN:
		if (in->keyword.len == 0) {
			lexer_diag(p->lx, DF_UNKNOWN_INSTRUCTION, SEV_ERROR,
			    in->span, "line continuation with no instruction");
			return;
		}
		sugg = p_suggest(in->keyword_text, strlen(in->keyword_text),
		    p_keywords);
		if (sugg != NULL)
			lexer_diag(p->lx, DF_UNKNOWN_INSTRUCTION, SEV_ERROR,
			    in->keyword, "unknown instruction '%s'; did you "
			    "mean '%s'?", p_show(p, in->keyword_text,
			    strlen(in->keyword_text)), sugg);
		else
			lexer_diag(p->lx, DF_UNKNOWN_INSTRUCTION, SEV_ERROR,
			    in->keyword, "unknown instruction '%s'",
			    p_show(p, in->keyword_text,
			    strlen(in->keyword_text)));
		return;
	case AST_FROM:
		if (in->nwords == 0) {
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "FROM requires an image name");
		} else if (in->nwords == 2 &&
		    strcasecmp(in->words[1].value, "as") == 0) {
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->words[1].span, "missing stage name after "
			    "'AS'");
		} else if (in->nwords == 2 || (in->nwords == 3 &&
		    strcasecmp(in->words[1].value, "as") != 0)) {
			lexer_diag(p->lx, DF_TOO_MANY_ARGUMENTS, SEV_ERROR,
			    in->words[1].span, "FROM requires either one or "
			    "three arguments (image AS name)");
		} else if (in->nwords > 3) {
			sp.off = in->words[3].span.off;
			sp.len = SPAN_END(in->words[in->nwords - 1].span) -
			    sp.off;
			lexer_diag(p->lx, DF_TOO_MANY_ARGUMENTS, SEV_ERROR, sp,
			    "FROM requires either one or three arguments "
			    "(image AS name)");
		} else if (in->nwords == 3) {
			w = &in->words[2];
			lw = lexer_lower(p->a, w->value, w->vlen, NULL);
			if (!p_stage_name_ok(lw))
				lexer_diag(p->lx, DF_INVALID_STAGE_NAME,
				    SEV_ERROR, w->span, "invalid name for "
				    "build stage: '%s', name can't start with "
				    "a number or contain symbols",
				    p_show(p, w->raw, w->llen));
		}
		break;
	case AST_ENV:
	case AST_LABEL:
	case AST_ARG:
		if (in->npairs == 0 && in->args.len == 0)
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "%s requires at least one argument",
			    kn);
		for (i = 0; i < in->npairs; i++)
			if (in->pairs[i].has_value &&
			    in->pairs[i].key.llen == 0)
				lexer_diag(p->lx, DF_INVALID_KEY_VALUE,
				    SEV_ERROR, in->pairs[i].span,
				    "%s names can not be blank", kn);
		break;
	case AST_MAINTAINER:
	case AST_STOPSIGNAL:
	case AST_USER:
	case AST_WORKDIR:
		if (in->nwords == 0)
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "%s requires exactly one argument",
			    kn);
		break;
	case AST_EXPOSE:
		if (in->nwords == 0)
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "EXPOSE requires at least one "
			    "argument");
		break;
	case AST_VOLUME:
		if (in->nwords == 0)
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "VOLUME requires at least one "
			    "argument");
		for (i = 0; i < in->nwords; i++) {
			w = &in->words[i];
			if (lexer_skip_space(w->value, 0, w->vlen) == w->vlen)
				lexer_diag(p->lx, DF_MISSING_ARGUMENTS,
				    SEV_ERROR, w->span, "VOLUME specified can "
				    "not be an empty string");
		}
		break;
	case AST_ADD:
	case AST_COPY:
		if (in->nwords < 2) {
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->nwords == 1 ? in->words[0].span : in->keyword,
			    "%s requires at least two arguments: a source and "
			    "a destination", kn);
			break;
		}
		w = &in->words[in->nwords - 1];
		if (p_is_heredoc(p, w->value, w->vlen))
			lexer_diag(p->lx, DF_HEREDOC_DESTINATION, SEV_ERROR,
			    w->span, "%s cannot accept a heredoc as a "
			    "destination", kn);
		break;
	case AST_ONBUILD:
		if (in->sub == NULL) {
			if (in->args.len == 0)
				lexer_diag(p->lx, DF_MISSING_ARGUMENTS,
				    SEV_ERROR, in->keyword, "ONBUILD requires "
				    "at least one argument");
			break;
		}
		if (in->sub->kind == AST_ONBUILD)
			lexer_diag(p->lx, DF_INVALID_ONBUILD_TRIGGER, SEV_ERROR,
			    in->sub->keyword, "chaining ONBUILD via 'ONBUILD "
			    "ONBUILD' isn't allowed");
		else if (in->sub->kind == AST_FROM ||
		    in->sub->kind == AST_MAINTAINER)
			lexer_diag(p->lx, DF_INVALID_ONBUILD_TRIGGER, SEV_ERROR,
			    in->sub->keyword, "%s isn't allowed as an ONBUILD "
			    "trigger", ast_kind_name(in->sub->kind));
		p_check(p, in->sub);
		break;
	case AST_HEALTHCHECK:
		if (in->nwords == 0) {
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->keyword, "HEALTHCHECK requires at least one "
			    "argument");
			return;
		}
		w = &in->words[0];
		if (strcasecmp(w->value, "NONE") == 0) {
			if (in->sub != NULL)
				lexer_diag(p->lx, DF_INVALID_HEALTHCHECK,
				    SEV_ERROR, in->sub->args.span,
				    "HEALTHCHECK NONE takes no arguments");
		} else if (strcasecmp(w->value, "CMD") != 0) {
			lexer_diag(p->lx, DF_INVALID_HEALTHCHECK, SEV_ERROR,
			    w->span, "unknown type '%s' in HEALTHCHECK (try "
			    "CMD)", p_show(p, w->raw, w->llen));
		} else if (in->sub == NULL || (in->sub->exec_form &&
		    in->sub->nwords == 0)) {
			lexer_diag(p->lx, DF_INVALID_HEALTHCHECK, SEV_ERROR,
			    in->sub != NULL ? in->sub->args.span : w->span,
			    "missing command after HEALTHCHECK CMD");
		}
		break;
	case AST_SHELL:
		if (in->args.len == 0 || (in->exec_form && in->nwords == 0))
			lexer_diag(p->lx, DF_MISSING_ARGUMENTS, SEV_ERROR,
			    in->args.len == 0 ? in->keyword : in->args.span,
			    "SHELL requires at least one argument");
		else if (!in->exec_form)
			lexer_diag(p->lx, DF_SHELL_NOT_JSON, SEV_ERROR,
			    in->args.span, "SHELL requires the arguments to be "
			    "in JSON form");
		break;
	default:
		break;
	}
	p_check_flags(p, in);
}
