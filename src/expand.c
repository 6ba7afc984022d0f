/* SPDX-License-Identifier: ISC */
/*
 * Dockerfile variable expansion (see expand.h for the forms and the
 * differences from BuildKit).  A recursive reader walks the word the way
 * BuildKit's shell lexer does: expand_until() is its processStopOn,
 * expand_dollar() its processDollar, and so on, because error messages,
 * quoting inside modifier words and the order of lookups all follow from
 * that structure.  Patterns for #, % and / are compiled to a list of
 * tokens and run as an automaton over the value (a set of live states per
 * character), never by backtracking, so a match costs at most text length
 * times pattern length steps, and the whole expansion is bounded by
 * EXPAND_MAX_DEPTH, EXPAND_MAX_SIZE and EXPAND_MAX_WORK.
 *
 * This file does not know about instructions, ARG/ENV scoping or the
 * escape directive; callers pass the escape character, the flags and the
 * scope.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "expand.h"
#include "xmalloc.h"

#define EXPAND_EOF	(-1)
#define RUNE_ERROR	0xFFFD
#define RUNE_BOM	0xFEFF

/* A growing byte string, always NUL-terminated once allocated. */
struct expand_buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

/* Names looked up, deduplicated through a small open hash table. */
struct expand_names {
	char	**used;
	size_t	  nused;
	size_t	  capused;
	char	**undef;
	size_t	  nundef;
	size_t	  capundef;
	size_t	 *slots;	/* index into used, plus one; 0 is empty */
	size_t	  nslots;
};

/* Word splitting state: BuildKit's wordsStruct. */
struct expand_split {
	struct expand_buf	  cur;
	char		**v;
	size_t		 *lens;
	size_t		  n;
	size_t		  cap;
};

struct expand_state {
	const char		*in;
	size_t			 len;
	size_t			 pos;		/* next byte to read */
	int32_t			 escape;
	unsigned		 flags;
	int			 raw_escapes;
	const struct expand_env	*env;
	unsigned		 depth;
	size_t			 live;		/* bytes held in buffers */
	size_t			 work;		/* pattern matching steps */
	size_t			 start;		/* innermost expression */
	struct expand_names		 names;
	char			*errmsg;
	struct span		 errspan;
	int			 errlimit;	/* our limit: never rewritten */
};

/* Pattern tokens: runs of "*" are collapsed to one. */
enum expand_ptok_type {
	PTOK_LIT,
	PTOK_ANY,
	PTOK_STAR
};

struct expand_ptok {
	enum expand_ptok_type	type;
	int32_t		r;
};

struct expand_pattern {
	struct expand_ptok	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Live states of a pattern automaton.  State i means tokens [0, i) have
 * matched (forward) or tokens [i, n) have matched (backward, where the
 * text is read from its end and the tokens from the last one).
 */
struct expand_match {
	const struct expand_pattern	*pat;
	int			 backward;
	size_t			*cur;
	size_t			*nxt;
	size_t			 ncur;
	size_t			 nnxt;
	size_t			*mark;
	size_t			 stamp;
};

static int	expand_until(struct expand_state *, int32_t, int,
		    struct expand_buf *, struct expand_split *);
static int	expand_dollar(struct expand_state *, struct expand_buf *);
static int	expand_fail(struct expand_state *, size_t, size_t, int,
		    const char *, ...) __attribute__((format(printf, 5, 6)));

/* Go's utf8.DecodeRune: invalid or truncated input is U+FFFD, width 1. */
static size_t
expand_decode(const char *s, size_t n, int32_t *r)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 c = u[0], lo = 0x80, hi = 0xBF, v;
	size_t			 need, i;

	if (c < 0x80) {
		*r = (int32_t)c;
		return 1;
	}
	if (c < 0xC2 || c > 0xF4)
		goto bad;
	if (c < 0xE0) {
		need = 2;
		v = c & 0x1F;
	} else if (c < 0xF0) {
		need = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F;
	} else {
		need = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	}
	if (n < need || u[1] < lo || u[1] > hi)
		goto bad;
	v = (v << 6) | (u[1] & 0x3F);
	for (i = 2; i < need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			goto bad;
		v = (v << 6) | (u[i] & 0x3F);
	}
	*r = (int32_t)v;
	return need;
bad:
	*r = RUNE_ERROR;
	return 1;
}

/* Go's utf8.DecodeLastRune on s[0..n), n > 0. */
static size_t
expand_decode_last(const char *s, size_t n, int32_t *r)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 start, lim, w;

	if (u[n - 1] < 0x80) {
		*r = u[n - 1];
		return 1;
	}
	lim = n >= 4 ? n - 4 : 0;
	start = n - 1;
	while (start > lim && (u[start] & 0xC0) == 0x80)
		start--;
	w = expand_decode(s + start, n - start, r);
	if (start + w != n) {
		*r = RUNE_ERROR;
		return 1;
	}
	return w;
}

/* UTF-8 for r (a valid rune or U+FFFD) into b[4]; returns the length. */
static size_t
expand_encode(int32_t r, char *b)
{
	uint32_t	c = (uint32_t)r;

	if (r < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		c = RUNE_ERROR;
	if (c < 0x80) {
		b[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (char)(0xC0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | (c >> 18));
	b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	b[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* Go's unicode.IsSpace. */
static int
expand_isspace(int32_t r)
{
	switch (r) {
	case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return r >= 0x2000 && r <= 0x200A;
}

/*
 * Go's unicode.IsLetter || unicode.IsDigit || '_', exact for ASCII and
 * approximated above it: everything is a letter except marks, spaces,
 * private use and the main punctuation and symbol blocks.
 */
static int
expand_isnamechar(int32_t r)
{
	if (r < 0x80) {
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
		    (r >= '0' && r <= '9') || r == '_';
	}
	if (r <= 0xBF)
		return r == 0xAA || r == 0xB5 || r == 0xBA;
	if (r == 0xD7 || r == 0xF7 || r == 0x1680 || r == RUNE_BOM)
		return 0;
	if ((r >= 0x300 && r <= 0x36F) ||	/* combining marks */
	    (r >= 0x2000 && r <= 0x206F) ||	/* general punctuation */
	    (r >= 0x20A0 && r <= 0x20FF) ||	/* currency, marks */
	    (r >= 0x2190 && r <= 0x2BFF) ||	/* arrows ... symbols */
	    (r >= 0x3000 && r <= 0x3004) ||	/* CJK punctuation */
	    (r >= 0x3008 && r <= 0x3020) ||
	    (r >= 0xE000 && r <= 0xF8FF) ||	/* private use */
	    (r >= 0xFE00 && r <= 0xFE6F) ||	/* selectors, forms */
	    (r >= 0xFF00 && r <= 0xFF0F) ||	/* fullwidth punctuation */
	    (r >= 0xFF1A && r <= 0xFF20) ||
	    (r >= 0xFF3B && r <= 0xFF40) ||
	    (r >= 0xFF5B && r <= 0xFF65) ||
	    (r >= 0xFFF0 && r <= 0xFFFF) ||	/* specials, U+FFFD */
	    (r >= 0x1F000 && r <= 0x1FAFF) ||	/* emoji, symbols */
	    r >= 0xE0000)			/* tags, private use */
		return 0;
	return 1;
}

/* BuildKit's isSpecialParam: one-character names. */
static int
expand_isspecial(int32_t r)
{
	return r > 0 && r < 0x80 && strchr("@*#?-$!0", r) != NULL;
}

/* Set the error (span [off, end)); limit marks our own limits.  Returns -1. */
static int
expand_fail(struct expand_state *st, size_t off, size_t end, int limit,
    const char *fmt, ...)
{
	va_list	ap;

	free(st->errmsg);
	va_start(ap, fmt);
	xvasprintf(&st->errmsg, fmt, ap);
	va_end(ap);
	st->errspan.off = off;
	st->errspan.len = end > off ? end - off : 0;
	st->errlimit = limit;
	return -1;
}

/* The EXPAND_MAX_SIZE error, on the innermost expression. */
static int
expand_toolarge(struct expand_state *st)
{
	return expand_fail(st, st->start, st->pos, 1,
	    "expansion result too large");
}

/* Append without a limit: for word lists, bounded by the result. */
static void
expand_buf_put(struct expand_buf *b, const void *p, size_t n)
{
	size_t	want;

	want = b->len + n + 1;
	if (want > b->cap) {
		if (b->cap * 2 > want)
			want = b->cap * 2;
		if (want < 32)
			want = 32;
		b->p = xreallocarray(b->p, want, 1);
		b->cap = want;
	}
	if (n != 0)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Append, counting against EXPAND_MAX_SIZE. */
static int
expand_buf_add(struct expand_state *st, struct expand_buf *b, const void *p,
    size_t n)
{
	if (n > EXPAND_MAX_SIZE - st->live)
		return expand_toolarge(st);
	expand_buf_put(b, p, n);
	st->live += n;
	return 0;
}

/* Append r as UTF-8. */
static int
expand_buf_rune(struct expand_state *st, struct expand_buf *b, int32_t r)
{
	char	tmp[4];

	return expand_buf_add(st, b, tmp, expand_encode(r, tmp));
}

/* Append a C string. */
static int
expand_buf_str(struct expand_state *st, struct expand_buf *b, const char *s)
{
	return expand_buf_add(st, b, s, strlen(s));
}

/* Free b and give its bytes back to the limit. */
static void
expand_buf_free(struct expand_state *st, struct expand_buf *b)
{
	st->live -= b->len;
	free(b->p);
	memset(b, 0, sizeof *b);
}

/* The bytes as Go's []rune conversion and back leaves them. */
static int
expand_buf_runes(struct expand_state *st, struct expand_buf *b, const char *s,
    size_t n)
{
	size_t	i, w;
	int32_t	r;

	for (i = 0; i < n; i += w) {
		w = expand_decode(s + i, n - i, &r);
		if (r == RUNE_ERROR && w == 1) {
			if (expand_buf_rune(st, b, r) != 0)
				return -1;
		} else if (expand_buf_add(st, b, s + i, w) != 0)
			return -1;
	}
	return 0;
}

/* FNV-1a. */
static size_t
expand_names_hash(const char *s)
{
	size_t	h = 2166136261U;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619U;
	return h;
}

/* Record a lookup of name (BuildKit's matches/nonmatches). */
static void
expand_names_add(struct expand_names *e, const char *name, int set)
{
	size_t	i, h, old, nslots;
	size_t	*slots;

	if (e->nused * 2 >= e->nslots) {
		nslots = e->nslots ? e->nslots * 2 : 16;
		slots = xcalloc(nslots, sizeof *slots);
		for (old = 0; old < e->nused; old++) {
			h = expand_names_hash(e->used[old]) & (nslots - 1);
			while (slots[h] != 0)
				h = (h + 1) & (nslots - 1);
			slots[h] = old + 1;
		}
		free(e->slots);
		e->slots = slots;
		e->nslots = nslots;
	}
	h = expand_names_hash(name) & (e->nslots - 1);
	while ((i = e->slots[h]) != 0) {
		if (strcmp(e->used[i - 1], name) == 0)
			return;
		h = (h + 1) & (e->nslots - 1);
	}
	if (e->nused == e->capused) {
		e->capused = e->capused ? e->capused * 2 : 8;
		e->used = xreallocarray(e->used, e->capused, sizeof *e->used);
	}
	e->used[e->nused++] = xstrdup(name);
	e->slots[h] = e->nused;
	if (!set) {
		if (e->nundef == e->capundef) {
			e->capundef = e->capundef ? e->capundef * 2 : 8;
			e->undef = xreallocarray(e->undef, e->capundef,
			    sizeof *e->undef);
		}
		e->undef[e->nundef++] = xstrdup(name);
	}
}

/* BuildKit's getEnv: look name up and remember it. */
static int
expand_getenv(struct expand_state *st, const struct expand_buf *name,
    const char **val, size_t *vallen)
{
	const char	*n = name->p != NULL ? name->p : "";
	int		 set = 0;

	*val = "";
	*vallen = 0;
	if (st->env != NULL && st->env->lookup != NULL)
		set = st->env->lookup(st->env->ctx, n, name->len, val, vallen);
	if (!set || *val == NULL) {
		*val = "";
		*vallen = 0;
	}
	expand_names_add(&st->names, n, set != 0);
	return set != 0;
}

/* The next character (EXPAND_EOF at the end) and its width in *wp. */
static int32_t
expand_peek(struct expand_state *st, size_t *wp)
{
	int32_t	r;
	size_t	w;

	if (st->pos >= st->len) {
		if (wp != NULL)
			*wp = 0;
		return EXPAND_EOF;
	}
	w = expand_decode(st->in + st->pos, st->len - st->pos, &r);
	if (wp != NULL)
		*wp = w;
	return r;
}

/* Read the next character. */
static int32_t
expand_next(struct expand_state *st)
{
	size_t	w;
	int32_t	r;

	r = expand_peek(st, &w);
	st->pos += w;
	return r;
}

/*
 * Word lists hold at most three times the result (U+FFFD for invalid
 * bytes), so they are not counted against EXPAND_MAX_SIZE.
 */
static void
expand_split_flush(struct expand_split *w)
{
	if (w->cur.len == 0)
		return;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 8;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
		w->lens = xreallocarray(w->lens, w->cap, sizeof *w->lens);
	}
	w->v[w->n] = w->cur.p;
	w->lens[w->n++] = w->cur.len;
	memset(&w->cur, 0, sizeof w->cur);
}

/* BuildKit's addRawChar. */
static void
expand_split_rawrune(struct expand_split *w, int32_t r)
{
	char	tmp[4];

	expand_buf_put(&w->cur, tmp, expand_encode(r, tmp));
}

/* BuildKit's addChar: white space ends the current word. */
static void
expand_split_rune(struct expand_split *w, int32_t r)
{
	if (expand_isspace(r))
		expand_split_flush(w);
	else
		expand_split_rawrune(w, r);
}

/* BuildKit's addString: a variable's value splits on white space. */
static void
expand_split_string(struct expand_split *w, const char *p, size_t n)
{
	size_t	i, k;
	int32_t	r;

	for (i = 0; i < n; i += k) {
		k = expand_decode(p + i, n - i, &r);
		expand_split_rune(w, r);
	}
}

/* Free the words and the word being built. */
static void
expand_split_free(struct expand_split *w)
{
	size_t	i;

	for (i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	free(w->lens);
	free(w->cur.p);
	memset(w, 0, sizeof *w);
}

/* '...': everything literal up to the next single quote. */
static int
expand_single(struct expand_state *st, struct expand_buf *out)
{
	size_t	start = st->pos;
	int	raw = (st->flags & EXPAND_RAW_QUOTES) != 0;
	int32_t	ch;

	ch = expand_next(st);
	if (raw && expand_buf_rune(st, out, ch) != 0)
		return -1;
	for (;;) {
		ch = expand_next(st);
		if (ch == EXPAND_EOF) {
			return expand_fail(st, start, st->len, 0,
			    "unexpected end of statement while looking for "
			    "matching single-quote");
		}
		if (ch == '\'') {
			if (raw && expand_buf_rune(st, out, ch) != 0)
				return -1;
			return 0;
		}
		if (expand_buf_rune(st, out, ch) != 0)
			return -1;
	}
}

/* "...": $ expands; the escape character escapes only ", $ and itself. */
static int
expand_double(struct expand_state *st, struct expand_buf *out)
{
	size_t	start = st->pos;
	int	raw = (st->flags & EXPAND_RAW_QUOTES) != 0;
	int32_t	ch, nx;

	ch = expand_next(st);
	if (raw && expand_buf_rune(st, out, ch) != 0)
		return -1;
	for (;;) {
		ch = expand_peek(st, NULL);
		if (ch == EXPAND_EOF) {
			return expand_fail(st, start, st->len, 0,
			    "unexpected end of statement while looking for "
			    "matching double-quote");
		}
		if (ch == '"') {
			expand_next(st);
			if (raw && expand_buf_rune(st, out, ch) != 0)
				return -1;
			return 0;
		}
		if (ch == '$') {
			if (expand_dollar(st, out) != 0)
				return -1;
			continue;
		}
		ch = expand_next(st);
		if (ch == st->escape) {
			if (st->raw_escapes &&
			    expand_buf_rune(st, out, ch) != 0)
				return -1;
			nx = expand_peek(st, NULL);
			if (nx == EXPAND_EOF)
				continue;
			if (nx == '"' || nx == '$' || nx == st->escape)
				ch = expand_next(st);
		}
		if (expand_buf_rune(st, out, ch) != 0)
			return -1;
	}
}

/*
 * BuildKit's processStopOn: expand up to the stop character (consumed) or,
 * with EXPAND_EOF, to the end.  raw keeps escape characters.  words is
 * only passed at the top level.
 */
static int
expand_until(struct expand_state *st, int32_t stop, int raw,
    struct expand_buf *out, struct expand_split *w)
{
	int	quotes = !(st->flags & EXPAND_SKIP_QUOTES);
	int	saved = st->raw_escapes, rv = -1, r;
	size_t	before;
	int32_t	ch;

	st->raw_escapes = raw;
	for (;;) {
		ch = expand_peek(st, NULL);
		if (ch == EXPAND_EOF)
			break;
		if (stop != EXPAND_EOF && ch == stop) {
			expand_next(st);
			rv = 0;
			goto out;
		}
		if (ch == '$' || (quotes && (ch == '\'' || ch == '"'))) {
			before = out->len;
			if (ch == '$')
				r = expand_dollar(st, out);
			else if (ch == '\'')
				r = expand_single(st, out);
			else
				r = expand_double(st, out);
			if (r != 0)
				goto out;
			if (w == NULL || out->len == before)
				continue;
			if (ch == '$')
				expand_split_string(w, out->p + before,
				    out->len - before);
			else
				expand_buf_put(&w->cur, out->p + before,
				    out->len - before);
			continue;
		}
		expand_next(st);
		if (ch == st->escape) {
			if (st->raw_escapes) {
				if (w != NULL)
					expand_split_rawrune(w, ch);
				if (expand_buf_rune(st, out, ch) != 0)
					goto out;
			}
			ch = expand_next(st);
			if (ch == EXPAND_EOF)
				break;
			if (w != NULL)
				expand_split_rawrune(w, ch);
		} else if (w != NULL)
			expand_split_rune(w, ch);
		if (expand_buf_rune(st, out, ch) != 0)
			goto out;
	}
	if (stop != EXPAND_EOF) {
		/* Always rewritten by the caller, which sees the end. */
		expand_fail(st, st->pos, st->len, 0, "unexpected end of "
		    "statement while looking for matching %c", (int)stop);
		goto out;
	}
	rv = 0;
out:
	st->raw_escapes = saved;
	return rv;
}

/* BuildKit's processName. */
static int
expand_name(struct expand_state *st, struct expand_buf *name)
{
	int32_t	ch;

	if (expand_buf_add(st, name, "", 0) != 0)
		return -1;
	ch = expand_peek(st, NULL);
	if (ch >= '0' && ch <= '9') {
		while ((ch = expand_peek(st, NULL)) >= '0' && ch <= '9') {
			if (expand_buf_rune(st, name, expand_next(st)) != 0)
				return -1;
		}
		return 0;
	}
	if (expand_isspecial(ch))
		return expand_buf_rune(st, name, expand_next(st));
	while ((ch = expand_peek(st, NULL)) != EXPAND_EOF &&
	    expand_isnamechar(ch)) {
		if (expand_buf_rune(st, name, expand_next(st)) != 0)
			return -1;
	}
	return 0;
}

/* Append a token, collapsing "**" to "*". */
static void
expand_pattern_push(struct expand_pattern *p, enum expand_ptok_type type,
    int32_t r)
{
	if (type == PTOK_STAR && p->n > 0 && p->v[p->n - 1].type == PTOK_STAR)
		return;
	VEC_GROW(p);
	p->v[p->n].type = type;
	p->v[p->n].r = r;
	p->n++;
}

/*
 * BuildKit's convertShellPatternToRegex over runes r[0..n): fills p, or
 * returns -1 with *why set to the reason (caller frees).
 */
static int
expand_pattern_compile(struct expand_pattern *p, const int32_t *r, size_t n,
    char **why)
{
	size_t	i = 0, k;
	int32_t	c;
	char	tmp[5];

	if (n > 0 && r[0] == RUNE_BOM)
		i = 1;		/* text/scanner skips a leading BOM */
	while (i < n) {
		c = r[i++];
		if (c == '*') {
			expand_pattern_push(p, PTOK_STAR, 0);
			continue;
		}
		if (c == '?') {
			expand_pattern_push(p, PTOK_ANY, 0);
			continue;
		}
		if (c == '\\') {
			if (i < n && (r[i] == '}' || r[i] == '/'))
				continue;
			/* Go prints the end of the pattern as U+FFFD. */
			c = i < n ? r[i++] : RUNE_ERROR;
			if (c != '*' && c != '?' && c != '\\') {
				k = expand_encode(c, tmp);
				tmp[k] = '\0';
				xasprintf(why, "invalid escape '\\%s'", tmp);
				return -1;
			}
		}
		expand_pattern_push(p, PTOK_LIT, c);
	}
	return 0;
}

/* Decode s[0..n) into a rune array as Go's []rune does. */
static int32_t *
expand_runes(const char *s, size_t n, size_t *np)
{
	int32_t	*v;
	size_t	 i, k, w;

	v = xreallocarray(NULL, n + 1, sizeof *v);
	for (i = k = 0; i < n; i += w)
		w = expand_decode(s + i, n - i, &v[k++]);
	*np = k;
	return v;
}

/* BuildKit's reversePattern: reverse, keeping "\x" pairs in order. */
static void
expand_reverse_pattern(const int32_t *in, int32_t *out, size_t n)
{
	size_t	i = 0, o;

	while (i < n) {
		o = n - 1 - i;
		if (in[i] == '\\' && i != n - 1) {
			out[o - 1] = in[i];
			out[o] = in[i + 1];
			i += 2;
		} else {
			out[o] = in[i];
			i++;
		}
	}
}

/* Prepare to run pat, tokens in order or (backward) from the last. */
static void
expand_match_init(struct expand_match *pm, const struct expand_pattern *pat,
    int backward)
{
	memset(pm, 0, sizeof *pm);
	pm->pat = pat;
	pm->backward = backward;
	pm->cur = xreallocarray(NULL, pat->n + 1, sizeof *pm->cur);
	pm->nxt = xreallocarray(NULL, pat->n + 1, sizeof *pm->nxt);
	pm->mark = xcalloc(pat->n + 1, sizeof *pm->mark);
}

/* Free what expand_match_init() allocated. */
static void
expand_match_free(struct expand_match *pm)
{
	free(pm->cur);
	free(pm->nxt);
	free(pm->mark);
}

/* The token state i waits for, or NULL in the accepting state. */
static const struct expand_ptok *
expand_match_tok(const struct expand_match *pm, size_t i)
{
	if (pm->backward)
		return i == 0 ? NULL : &pm->pat->v[i - 1];
	return i == pm->pat->n ? NULL : &pm->pat->v[i];
}

/* The state after state i has matched its token. */
static size_t
expand_match_advance(const struct expand_match *pm, size_t i)
{
	return pm->backward ? i - 1 : i + 1;
}

/* The state before anything has matched. */
static size_t
expand_match_start(const struct expand_match *pm)
{
	return pm->backward ? pm->pat->n : 0;
}

/* Whether the whole pattern has matched in the current set. */
static int
expand_match_accepting(const struct expand_match *pm)
{
	size_t	acc = pm->backward ? 0 : pm->pat->n;

	return pm->mark[acc] == pm->stamp;
}

/* Add state i and, past a "*", the state after it to the next set. */
static void
expand_match_add(struct expand_match *pm, size_t i)
{
	const struct expand_ptok	*t;

	for (;;) {
		if (pm->mark[i] == pm->stamp)
			return;
		pm->mark[i] = pm->stamp;
		pm->nxt[pm->nnxt++] = i;
		t = expand_match_tok(pm, i);
		if (t == NULL || t->type != PTOK_STAR)
			return;
		i = expand_match_advance(pm, i);
	}
}

/* Start building the next set of states. */
static void
expand_match_begin(struct expand_match *pm)
{
	pm->stamp++;
	pm->nnxt = 0;
}

/* Make the set just built the current one. */
static void
expand_match_commit(struct expand_match *pm)
{
	size_t	*tmp = pm->cur;

	pm->cur = pm->nxt;
	pm->nxt = tmp;
	pm->ncur = pm->nnxt;
	pm->nnxt = 0;
}

/* Feed one character; returns -1 when the work limit is reached. */
static int
expand_match_step(struct expand_state *st, struct expand_match *pm, int32_t c,
    int inject)
{
	const struct expand_ptok	*t;
	size_t			 j, i;

	if (pm->ncur > EXPAND_MAX_WORK - st->work) {
		return expand_fail(st, st->start, st->pos, 1,
		    "pattern matching too expensive");
	}
	st->work += pm->ncur + 1;
	expand_match_begin(pm);
	for (j = 0; j < pm->ncur; j++) {
		i = pm->cur[j];
		if ((t = expand_match_tok(pm, i)) == NULL)
			continue;
		switch (t->type) {
		case PTOK_STAR:
			if (c != '\n')
				expand_match_add(pm, i);
			break;
		case PTOK_ANY:
			if (c != '\n')
				expand_match_add(pm,
				    expand_match_advance(pm, i));
			break;
		case PTOK_LIT:
			if (c == t->r)
				expand_match_add(pm,
				    expand_match_advance(pm, i));
			break;
		}
	}
	if (inject)
		expand_match_add(pm, expand_match_start(pm));
	expand_match_commit(pm);
	return 0;
}

/*
 * Anchored match of the pattern against v[0..n) starting at pos, reading
 * forward or (text_back) backward from pos.  Sets *endp to the end of the
 * shortest or longest match and returns 1, 0 if nothing matches, -1 on a
 * limit.
 */
static int
expand_match_anchored(struct expand_state *st, struct expand_match *pm,
    const char *v, size_t n, size_t pos, int text_back, int longest,
    size_t *endp)
{
	int	found = 0;
	size_t	w;
	int32_t	c;

	expand_match_begin(pm);
	expand_match_add(pm, expand_match_start(pm));
	expand_match_commit(pm);
	for (;;) {
		if (expand_match_accepting(pm)) {
			found = 1;
			*endp = pos;
			if (!longest)
				return 1;
		}
		if (pm->ncur == 0)
			break;
		if (text_back ? pos == 0 : pos == n)
			break;
		if (text_back) {
			w = expand_decode_last(v, pos, &c);
			pos -= w;
		} else {
			w = expand_decode(v + pos, n - pos, &c);
			pos += w;
		}
		if (expand_match_step(st, pm, c, 0) != 0)
			return -1;
	}
	return found;
}

/*
 * Mark in bits every offset of v[0..n) where a match can start: one pass
 * from the end with the pattern reversed, starting a thread everywhere.
 */
static int
expand_match_starts(struct expand_state *st, struct expand_match *pm,
    const char *v, size_t n, unsigned char *bits)
{
	size_t	pos = n, w;
	int32_t	c;

	expand_match_begin(pm);
	expand_match_add(pm, expand_match_start(pm));
	expand_match_commit(pm);
	for (;;) {
		if (expand_match_accepting(pm))
			bits[pos / 8] |= 1U << (pos % 8);
		if (pos == 0)
			break;
		w = expand_decode_last(v, pos, &c);
		pos -= w;
		if (expand_match_step(st, pm, c, 1) != 0)
			return -1;
	}
	return 0;
}

/* Go's Regexp.Expand for a pattern without groups: $0 is the match. */
static int
expand_template(struct expand_state *st, struct expand_buf *out,
    const char *t, size_t tn, const char *m, size_t mn)
{
	const char	*d;
	size_t		 i = 0, k, name, w, brace;
	int32_t		 r;

	while (i < tn) {
		d = memchr(t + i, '$', tn - i);
		if (d == NULL)
			return expand_buf_add(st, out, t + i, tn - i);
		if (expand_buf_add(st, out, t + i, (size_t)(d - t) - i) != 0)
			return -1;
		i = (size_t)(d - t) + 1;
		if (i < tn && t[i] == '$') {
			if (expand_buf_add(st, out, "$", 1) != 0)
				return -1;
			i++;
			continue;
		}
		brace = i < tn && t[i] == '{' ? 1 : 0;
		k = i + brace;
		name = k;
		while (k < tn) {
			w = expand_decode(t + k, tn - k, &r);
			if (!expand_isnamechar(r))
				break;
			k += w;
		}
		if (k == name || (brace && (k >= tn || t[k] != '}'))) {
			if (expand_buf_add(st, out, "$", 1) != 0)
				return -1;
			continue;
		}
		if (k - name == 1 && t[name] == '0' &&
		    expand_buf_add(st, out, m, mn) != 0)
			return -1;
		i = k + brace;
	}
	return 0;
}

/* The next offset at or after pos where a match starts, or n + 1. */
static size_t
expand_next_start(const unsigned char *bits, size_t pos, size_t n)
{
	for (; pos <= n; pos++) {
		if (bits[pos / 8] & (1U << (pos % 8)))
			return pos;
	}
	return n + 1;
}

/* ${name/pat/repl} and ${name//pat/repl} on v[0..n), into out. */
static int
expand_replace(struct expand_state *st, struct expand_buf *out, const char *v,
    size_t n, const struct expand_pattern *pat, const struct expand_buf *repl,
    int all)
{
	struct expand_match	 fwd, back;
	unsigned char		*bits;
	size_t			 search = 0, last = 0, s, e = 0, w;
	int32_t			 c;
	int			 rv = -1, hasdollar;

	hasdollar = repl->len > 0 && memchr(repl->p, '$', repl->len) != NULL;
	bits = xcalloc(n / 8 + 1, 1);
	expand_match_init(&fwd, pat, 0);
	expand_match_init(&back, pat, 1);
	if (expand_match_starts(st, &back, v, n, bits) != 0)
		goto out;
	if (!all) {
		s = expand_next_start(bits, 0, n);
		if (s > n) {
			rv = expand_buf_add(st, out, v, n);
			goto out;
		}
		if (expand_match_anchored(st, &fwd, v, n, s, 0, 1, &e) < 0)
			goto out;
		if (expand_buf_add(st, out, v, s) != 0 ||
		    expand_buf_add(st, out, repl->p, repl->len) != 0 ||
		    expand_buf_add(st, out, v + e, n - e) != 0)
			goto out;
		rv = 0;
		goto out;
	}
	/* Go's Regexp.ReplaceAllString loop, empty matches included. */
	while (search <= n) {
		s = expand_next_start(bits, search, n);
		if (s > n)
			break;
		if (expand_match_anchored(st, &fwd, v, n, s, 0, 1, &e) < 0)
			goto out;
		if (expand_buf_add(st, out, v + last, s - last) != 0)
			goto out;
		if (e > last || s == 0) {
			if (hasdollar) {
				if (expand_template(st, out, repl->p,
				    repl->len, v + s, e - s) != 0)
					goto out;
			} else if (expand_buf_add(st, out, repl->p,
			    repl->len) != 0)
				goto out;
		}
		last = e;
		w = search < n ? expand_decode(v + search, n - search, &c) : 0;
		if (search + w > e)
			search += w;
		else if (search + 1 > e)
			search++;
		else
			search = e;
	}
	rv = expand_buf_add(st, out, v + last, n - last);
out:
	expand_match_free(&fwd);
	expand_match_free(&back);
	free(bits);
	return rv;
}

/* ${name#pat} ${name##pat} ${name%pat} ${name%%pat} on v[0..n). */
static int
expand_trim(struct expand_state *st, struct expand_buf *out, const char *v,
    size_t n, const char *pat, size_t patlen, int suffix, int longest,
    size_t start)
{
	struct expand_pattern	 p = { 0 };
	struct expand_match	 pm;
	struct expand_buf	 shown = { 0 };
	int32_t			*runes, *rev = NULL;
	size_t			 nr, end = 0, i;
	char			*why = NULL, tmp[4];
	int			 rv = -1, m;

	runes = expand_runes(pat, patlen, &nr);
	if (suffix) {
		rev = xreallocarray(NULL, nr + 1, sizeof *rev);
		expand_reverse_pattern(runes, rev, nr);
	}
	if (expand_pattern_compile(&p, suffix ? rev : runes, nr, &why) != 0) {
		/* BuildKit shows the pattern it compiled: reversed for %. */
		for (i = 0; suffix && i < nr; i++) {
			if (expand_buf_add(st, &shown, tmp,
			    expand_encode(rev[i], tmp)) != 0)
				goto out;
		}
		if (!suffix && expand_buf_add(st, &shown, pat, patlen) != 0)
			goto out;
		expand_fail(st, start, st->pos, 0, "invalid pattern (%s) in "
		    "substitution: %s", shown.p != NULL ? shown.p : "", why);
		goto out;
	}
	expand_match_init(&pm, &p, 0);
	m = expand_match_anchored(st, &pm, v, n, suffix ? n : 0, suffix,
	    longest, &end);
	expand_match_free(&pm);
	if (m < 0)
		goto out;
	if (!suffix)
		rv = expand_buf_add(st, out, v + (m ? end : 0),
		    n - (m ? end : 0));
	else
		rv = expand_buf_runes(st, out, v, m ? end : n);
out:
	expand_buf_free(st, &shown);
	free(why);
	free(p.v);
	free(runes);
	free(rev);
	return rv;
}

/* Expand a modifier word or pattern one level deeper. */
static int
expand_nested(struct expand_state *st, int32_t stop, int raw,
    struct expand_buf *out, size_t start)
{
	int	rv;

	if (st->depth >= EXPAND_MAX_DEPTH) {
		return expand_fail(st, start, st->pos, 1,
		    "expansion nested too deeply");
	}
	st->depth++;
	rv = expand_until(st, stop, raw, out, NULL);
	st->depth--;
	if (expand_buf_add(st, out, "", 0) != 0)
		return -1;
	return rv;
}

/* An error inside a word that ran to the end is a missing close. */
static int
expand_unclosed(struct expand_state *st, size_t start, const char *msg)
{
	if (!st->errlimit && expand_peek(st, NULL) == EXPAND_EOF)
		expand_fail(st, start, st->len, 0, "%s", msg);
	return -1;
}

/* ${name/pat/repl}, ${name//pat/repl}; the "/" is consumed. */
static int
expand_slash(struct expand_state *st, struct expand_buf *out,
    struct expand_buf *name, size_t start)
{
	struct expand_buf	 pat = { 0 }, repl = { 0 };
	struct expand_pattern	 p = { 0 };
	const char		*val;
	size_t			 vallen, nr;
	int32_t			*runes = NULL;
	char			*why = NULL;
	int			 all = 0, rv = -1;

	if (expand_peek(st, NULL) == '/') {
		expand_next(st);
		all = 1;
	}
	if (expand_nested(st, '/', 1, &pat, start) != 0) {
		expand_unclosed(st, start, "syntax error: missing '/' in ${}");
		goto out;
	}
	if (expand_nested(st, '}', 1, &repl, start) != 0) {
		expand_unclosed(st, start, "syntax error: missing '}'");
		goto out;
	}
	if (!expand_getenv(st, name, &val, &vallen) &&
	    (st->flags & EXPAND_SKIP_UNSET)) {
		if (expand_buf_str(st, out, "${") == 0 &&
		    expand_buf_add(st, out, name->p, name->len) == 0 &&
		    expand_buf_str(st, out, "/") == 0 &&
		    expand_buf_add(st, out, pat.p, pat.len) == 0 &&
		    expand_buf_str(st, out, "/") == 0 &&
		    expand_buf_add(st, out, repl.p, repl.len) == 0 &&
		    expand_buf_str(st, out, "}") == 0)
			rv = 0;
		goto out;
	}
	runes = expand_runes(pat.p, pat.len, &nr);
	if (expand_pattern_compile(&p, runes, nr, &why) != 0) {
		expand_fail(st, start, st->pos, 0, "invalid pattern (%s) in "
		    "substitution: %s", pat.p, why);
		goto out;
	}
	rv = expand_replace(st, out, val, vallen, &p, &repl, all);
out:
	free(why);
	free(runes);
	free(p.v);
	expand_buf_free(st, &pat);
	expand_buf_free(st, &repl);
	return rv;
}

/* ${name<mod>word} for the modifiers - + ? # % with or without ":". */
static int
expand_modifier(struct expand_state *st, struct expand_buf *out,
    struct expand_buf *name, int32_t mod, int colon, const char *chs,
    size_t start)
{
	struct expand_buf	 word = { 0 };
	const char		*val, *msg;
	size_t			 vallen, longest;
	int			 set, rv = -1;
	int			 trim = mod == '#' || mod == '%';

	if (colon && trim) {
		return expand_fail(st, start, st->pos, 0,
		    "unsupported modifier (%s) in substitution", chs);
	}
	if (expand_nested(st, '}', trim, &word, start) != 0) {
		expand_unclosed(st, start, "syntax error: missing '}'");
		goto out;
	}
	set = expand_getenv(st, name, &val, &vallen);
	if (!set && (st->flags & EXPAND_SKIP_UNSET)) {
		if (expand_buf_str(st, out, "${") == 0 &&
		    expand_buf_add(st, out, name->p, name->len) == 0 &&
		    expand_buf_str(st, out, chs) == 0 &&
		    expand_buf_add(st, out, word.p, word.len) == 0 &&
		    expand_buf_str(st, out, "}") == 0)
			rv = 0;
		goto out;
	}
	switch (mod) {
	case '-':
		if (!set || (colon && vallen == 0))
			rv = expand_buf_add(st, out, word.p, word.len);
		else
			rv = expand_buf_add(st, out, val, vallen);
		break;
	case '+':
		if (!set || (colon && vallen == 0))
			rv = 0;
		else
			rv = expand_buf_add(st, out, word.p, word.len);
		break;
	case '?':
		if (!set || (colon && vallen == 0)) {
			msg = !set ? "is not allowed to be unset" :
			    "is not allowed to be empty";
			expand_fail(st, start, st->pos, 0, "%s: %s", name->p,
			    word.len != 0 ? word.p : msg);
			break;
		}
		rv = expand_buf_add(st, out, val, vallen);
		break;
	case '#':
	case '%':
		longest = word.len > 0 && word.p[0] == mod ? 1 : 0;
		rv = expand_trim(st, out, val, vallen, word.p + longest,
		    word.len - longest, mod == '%', longest != 0, start);
		break;
	default:
		expand_fail(st, start, st->pos, 0,
		    "unsupported modifier (%s) in substitution", chs);
		break;
	}
out:
	expand_buf_free(st, &word);
	return rv;
}

/* BuildKit's processDollar: the scanner is at "$". */
static int
expand_dollar(struct expand_state *st, struct expand_buf *out)
{
	struct expand_buf	 name = { 0 };
	const char		*val;
	size_t			 start = st->pos, saved = st->start;
	size_t			 vallen, w, k;
	int32_t			 ch, mod;
	char			 chs[9];
	int			 rv = -1, colon = 0;

	st->start = start;
	expand_next(st);
	if (expand_peek(st, NULL) != '{') {
		if (expand_name(st, &name) != 0)
			goto out;
		if (name.len == 0) {
			rv = expand_buf_add(st, out, "$", 1);
			goto out;
		}
		if (!expand_getenv(st, &name, &val, &vallen) &&
		    (st->flags & EXPAND_SKIP_UNSET)) {
			if (expand_buf_add(st, out, "$", 1) == 0)
				rv = expand_buf_add(st, out, name.p, name.len);
		} else
			rv = expand_buf_add(st, out, val, vallen);
		goto out;
	}
	expand_next(st);
	ch = expand_peek(st, &w);
	if (ch == EXPAND_EOF) {
		expand_fail(st, start, st->len, 0, "syntax error: missing '}'");
		goto out;
	}
	if (ch == '{' || ch == '}' || ch == ':') {
		expand_fail(st, start, st->pos + w, 0,
		    "syntax error: bad substitution");
		goto out;
	}
	if (expand_name(st, &name) != 0)
		goto out;
	mod = expand_next(st);
	if (mod == EXPAND_EOF) {
		expand_fail(st, start, st->len, 0, "syntax error: missing '}'");
		goto out;
	}
	k = expand_encode(mod, chs);
	chs[k] = '\0';
	switch (mod) {
	case '}':
		if (!expand_getenv(st, &name, &val, &vallen) &&
		    (st->flags & EXPAND_SKIP_UNSET)) {
			if (expand_buf_str(st, out, "${") == 0 &&
			    expand_buf_add(st, out, name.p, name.len) == 0)
				rv = expand_buf_str(st, out, "}");
		} else
			rv = expand_buf_add(st, out, val, vallen);
		break;
	case '/':
		rv = expand_slash(st, out, &name, start);
		break;
	case ':':
		colon = 1;
		mod = expand_next(st);
		/* Go turns the end of input into U+FFFD here. */
		k += expand_encode(mod == EXPAND_EOF ? RUNE_ERROR : mod,
		    chs + k);
		chs[k] = '\0';
		/* FALLTHROUGH */
	case '+':
	case '-':
	case '?':
	case '#':
	case '%':
		rv = expand_modifier(st, out, &name, mod, colon, chs, start);
		break;
	default:
		expand_fail(st, start, st->pos, 0,
		    "unsupported modifier (%s) in substitution", chs);
		break;
	}
out:
	expand_buf_free(st, &name);
	st->start = saved;
	return rv;
}

/* expand_word() and, with split, expand_words(). */
static int
expand_run(struct expand_result *out, const char *word, size_t len,
    int escape, unsigned flags, const struct expand_env *env, int split)
{
	struct expand_state	st;
	struct expand_buf	val = { 0 };
	struct expand_split	w = { 0 };
	int			rv;

	if (escape != '\\' && escape != '`')
		BUG("bad escape character %d", escape);
	if (word == NULL && len != 0)
		BUG("NULL word of length %zu", len);
	memset(out, 0, sizeof *out);
	memset(&st, 0, sizeof st);
	st.in = word != NULL ? word : "";
	st.len = len;
	st.escape = escape;
	st.flags = flags;
	st.env = env;
	if (len >= 3 && memcmp(word, "\xEF\xBB\xBF", 3) == 0)
		st.pos = 3;	/* text/scanner skips a leading BOM */

	rv = expand_until(&st, EXPAND_EOF, (flags & EXPAND_RAW_ESCAPES) != 0,
	    &val, split ? &w : NULL);
	if (rv == 0)
		rv = expand_buf_add(&st, &val, "", 0);
	if (rv == 0 && split)
		expand_split_flush(&w);

	out->used = st.names.used;
	out->nused = st.names.nused;
	out->undefined = st.names.undef;
	out->nundefined = st.names.nundef;
	free(st.names.slots);

	if (rv != 0) {
		free(val.p);
		expand_split_free(&w);
		out->err.span = st.errspan;
		out->err.message = st.errmsg != NULL ? st.errmsg :
		    xstrdup("expansion failed");
		return -1;
	}
	free(st.errmsg);
	out->value = val.p;
	out->len = val.len;
	if (split) {
		out->words = w.v;
		out->wordlens = w.lens;
		out->nwords = w.n;
		free(w.cur.p);
	}
	return 0;
}

/* See expand.h. */
int
expand_word(struct expand_result *out, const char *word, size_t len,
    int escape, unsigned flags, const struct expand_env *env)
{
	return expand_run(out, word, len, escape, flags, env, 0);
}

/* See expand.h. */
int
expand_words(struct expand_result *out, const char *word, size_t len,
    int escape, unsigned flags, const struct expand_env *env)
{
	return expand_run(out, word, len, escape, flags, env, 1);
}

/* See expand.h. */
void
expand_result_release(struct expand_result *r)
{
	size_t	i;

	free(r->value);
	for (i = 0; i < r->nwords; i++)
		free(r->words[i]);
	free(r->words);
	free(r->wordlens);
	for (i = 0; i < r->nused; i++)
		free(r->used[i]);
	free(r->used);
	for (i = 0; i < r->nundefined; i++)
		free(r->undefined[i]);
	free(r->undefined);
	free(r->err.message);
	memset(r, 0, sizeof *r);
}

/* The entry for name[0..namelen), or NULL. */
static struct expand_var *
expand_vars_find(const struct expand_vars *vars, const char *name,
    size_t namelen)
{
	size_t	i;

	for (i = 0; i < vars->n; i++) {
		if (strlen(vars->v[i].name) == namelen &&
		    memcmp(vars->v[i].name, name, namelen) == 0)
			return &vars->v[i];
	}
	return NULL;
}

/* See expand.h. */
void
expand_vars_set(struct expand_vars *vars, const char *name,
    const char *value)
{
	struct expand_var	*v;

	v = expand_vars_find(vars, name, strlen(name));
	if (value == NULL) {
		if (v == NULL)
			return;
		free(v->name);
		free(v->value);
		*v = vars->v[--vars->n];
		return;
	}
	if (v == NULL) {
		VEC_GROW(vars);
		v = &vars->v[vars->n++];
		v->name = xstrdup(name);
	} else
		free(v->value);
	v->value = xstrdup(value);
	v->valuelen = strlen(value);
}

/* See expand.h. */
void
expand_vars_release(struct expand_vars *vars)
{
	size_t	i;

	for (i = 0; i < vars->n; i++) {
		free(vars->v[i].name);
		free(vars->v[i].value);
	}
	free(vars->v);
	memset(vars, 0, sizeof *vars);
}

/* The expand_env lookup for struct expand_vars. */
static int
expand_vars_lookup(void *ctx, const char *name, size_t namelen,
    const char **val, size_t *vallen)
{
	const struct expand_vars	*vars = ctx;
	const struct expand_var		*v;

	if ((v = expand_vars_find(vars, name, namelen)) == NULL)
		return 0;
	*val = v->value;
	*vallen = v->valuelen;
	return 1;
}

/* See expand.h. */
struct expand_env
expand_vars_env(const struct expand_vars *vars)
{
	struct expand_env	env;

	env.lookup = expand_vars_lookup;
	env.ctx = (void *)vars;
	return env;
}
