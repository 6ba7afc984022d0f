/* SPDX-License-Identifier: ISC */
/*
 * The Dockerfile lexer: physical lines to BuildKit's logical lines, parser
 * directives, comments and heredoc bodies (see lexer.h for the rules).  It
 * reads each byte a bounded number of times, so its cost is linear in the
 * input however many continuation lines there are.  Splitting a logical
 * line into keyword, flags and arguments is parser.c, not here.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "parser.h"
#include "source.h"
#include "xmalloc.h"

/* One physical line: content [start, cend), next line at next. */
struct lex_pline {
	size_t	start;
	size_t	cend;
	size_t	next;
};

struct lexer {
	const struct source	*src;
	const char		*data;
	size_t			 len;
	struct arena		*a;
	struct diags		*d;
	size_t			 pos;	/* start of the next line */
	size_t			 lineno; /* physical lines read */
	int			 esc;	/* escape character */
	size_t			 bom;	/* bytes of BOM skipped */
	int			 dirdone; /* past the directive lines */
	unsigned int		 dirseen; /* directives seen, by bit */
	int			 crseen; /* DF1019 reported */
	size_t			 nfindings; /* findings so far */
	size_t			 pc0;	/* first PrevComment */
	size_t			 lastesc; /* last continuation escape */
	struct {
		struct ast_comment *v;
		size_t		 n;
		size_t		 cap;
	} comments;
	struct {
		struct ast_directive *v;
		size_t		 n;
		size_t		 cap;
	} directives;
	struct {
		struct ast_seg	*v;
		size_t		 n;
		size_t		 cap;
	} segs;
	char			*buf;	/* logical text being built */
	size_t			 buflen;
	size_t			 bufcap;
};

/* Simple lower-case mapping above ASCII: [lo, hi] step stride, + delta. */
struct lex_lower {
	unsigned int	lo;
	unsigned int	hi;
	int		delta;
	unsigned int	stride;
};

/*
 * Go's unicode.ToLower for code points above ASCII (Unicode 13.0, as in
 * Go 1.19), generated once by iterating unicode.ToLower over all code
 * points and merging runs with the same delta and step.
 */
static const struct lex_lower lex_lower_table[] = {
	{ 0xc0, 0xd6, 32, 1 }, { 0xd8, 0xde, 32, 1 }, { 0x100, 0x12e, 1, 2 },
	{ 0x130, 0x130, -199, 1 }, { 0x132, 0x136, 1, 2 },
	{ 0x139, 0x147, 1, 2 }, { 0x14a, 0x176, 1, 2 },
	{ 0x178, 0x178, -121, 1 }, { 0x179, 0x17d, 1, 2 },
	{ 0x181, 0x181, 210, 1 }, { 0x182, 0x184, 1, 2 },
	{ 0x186, 0x186, 206, 1 }, { 0x187, 0x187, 1, 1 },
	{ 0x189, 0x18a, 205, 1 }, { 0x18b, 0x18b, 1, 1 },
	{ 0x18e, 0x18e, 79, 1 }, { 0x18f, 0x18f, 202, 1 },
	{ 0x190, 0x190, 203, 1 }, { 0x191, 0x191, 1, 1 },
	{ 0x193, 0x193, 205, 1 }, { 0x194, 0x194, 207, 1 },
	{ 0x196, 0x196, 211, 1 }, { 0x197, 0x197, 209, 1 },
	{ 0x198, 0x198, 1, 1 }, { 0x19c, 0x19c, 211, 1 },
	{ 0x19d, 0x19d, 213, 1 }, { 0x19f, 0x19f, 214, 1 },
	{ 0x1a0, 0x1a4, 1, 2 }, { 0x1a6, 0x1a6, 218, 1 },
	{ 0x1a7, 0x1a7, 1, 1 }, { 0x1a9, 0x1a9, 218, 1 },
	{ 0x1ac, 0x1ac, 1, 1 }, { 0x1ae, 0x1ae, 218, 1 },
	{ 0x1af, 0x1af, 1, 1 }, { 0x1b1, 0x1b2, 217, 1 },
	{ 0x1b3, 0x1b5, 1, 2 }, { 0x1b7, 0x1b7, 219, 1 },
	{ 0x1b8, 0x1b8, 1, 1 }, { 0x1bc, 0x1bc, 1, 1 },
	{ 0x1c4, 0x1c4, 2, 1 }, { 0x1c5, 0x1c5, 1, 1 },
	{ 0x1c7, 0x1c7, 2, 1 }, { 0x1c8, 0x1c8, 1, 1 },
	{ 0x1ca, 0x1ca, 2, 1 }, { 0x1cb, 0x1db, 1, 2 },
	{ 0x1de, 0x1ee, 1, 2 }, { 0x1f1, 0x1f1, 2, 1 },
	{ 0x1f2, 0x1f4, 1, 2 }, { 0x1f6, 0x1f6, -97, 1 },
	{ 0x1f7, 0x1f7, -56, 1 }, { 0x1f8, 0x21e, 1, 2 },
	{ 0x220, 0x220, -130, 1 }, { 0x222, 0x232, 1, 2 },
	{ 0x23a, 0x23a, 10795, 1 }, { 0x23b, 0x23b, 1, 1 },
	{ 0x23d, 0x23d, -163, 1 }, { 0x23e, 0x23e, 10792, 1 },
	{ 0x241, 0x241, 1, 1 }, { 0x243, 0x243, -195, 1 },
	{ 0x244, 0x244, 69, 1 }, { 0x245, 0x245, 71, 1 },
	{ 0x246, 0x24e, 1, 2 }, { 0x370, 0x372, 1, 2 },
	{ 0x376, 0x376, 1, 1 }, { 0x37f, 0x37f, 116, 1 },
	{ 0x386, 0x386, 38, 1 }, { 0x388, 0x38a, 37, 1 },
	{ 0x38c, 0x38c, 64, 1 }, { 0x38e, 0x38f, 63, 1 },
	{ 0x391, 0x3a1, 32, 1 }, { 0x3a3, 0x3ab, 32, 1 },
	{ 0x3cf, 0x3cf, 8, 1 }, { 0x3d8, 0x3ee, 1, 2 },
	{ 0x3f4, 0x3f4, -60, 1 }, { 0x3f7, 0x3f7, 1, 1 },
	{ 0x3f9, 0x3f9, -7, 1 }, { 0x3fa, 0x3fa, 1, 1 },
	{ 0x3fd, 0x3ff, -130, 1 }, { 0x400, 0x40f, 80, 1 },
	{ 0x410, 0x42f, 32, 1 }, { 0x460, 0x480, 1, 2 },
	{ 0x48a, 0x4be, 1, 2 }, { 0x4c0, 0x4c0, 15, 1 },
	{ 0x4c1, 0x4cd, 1, 2 }, { 0x4d0, 0x52e, 1, 2 },
	{ 0x531, 0x556, 48, 1 }, { 0x10a0, 0x10c5, 7264, 1 },
	{ 0x10c7, 0x10c7, 7264, 1 }, { 0x10cd, 0x10cd, 7264, 1 },
	{ 0x13a0, 0x13ef, 38864, 1 }, { 0x13f0, 0x13f5, 8, 1 },
	{ 0x1c90, 0x1cba, -3008, 1 }, { 0x1cbd, 0x1cbf, -3008, 1 },
	{ 0x1e00, 0x1e94, 1, 2 }, { 0x1e9e, 0x1e9e, -7615, 1 },
	{ 0x1ea0, 0x1efe, 1, 2 }, { 0x1f08, 0x1f0f, -8, 1 },
	{ 0x1f18, 0x1f1d, -8, 1 }, { 0x1f28, 0x1f2f, -8, 1 },
	{ 0x1f38, 0x1f3f, -8, 1 }, { 0x1f48, 0x1f4d, -8, 1 },
	{ 0x1f59, 0x1f5f, -8, 2 }, { 0x1f68, 0x1f6f, -8, 1 },
	{ 0x1f88, 0x1f8f, -8, 1 }, { 0x1f98, 0x1f9f, -8, 1 },
	{ 0x1fa8, 0x1faf, -8, 1 }, { 0x1fb8, 0x1fb9, -8, 1 },
	{ 0x1fba, 0x1fbb, -74, 1 }, { 0x1fbc, 0x1fbc, -9, 1 },
	{ 0x1fc8, 0x1fcb, -86, 1 }, { 0x1fcc, 0x1fcc, -9, 1 },
	{ 0x1fd8, 0x1fd9, -8, 1 }, { 0x1fda, 0x1fdb, -100, 1 },
	{ 0x1fe8, 0x1fe9, -8, 1 }, { 0x1fea, 0x1feb, -112, 1 },
	{ 0x1fec, 0x1fec, -7, 1 }, { 0x1ff8, 0x1ff9, -128, 1 },
	{ 0x1ffa, 0x1ffb, -126, 1 }, { 0x1ffc, 0x1ffc, -9, 1 },
	{ 0x2126, 0x2126, -7517, 1 }, { 0x212a, 0x212a, -8383, 1 },
	{ 0x212b, 0x212b, -8262, 1 }, { 0x2132, 0x2132, 28, 1 },
	{ 0x2160, 0x216f, 16, 1 }, { 0x2183, 0x2183, 1, 1 },
	{ 0x24b6, 0x24cf, 26, 1 }, { 0x2c00, 0x2c2e, 48, 1 },
	{ 0x2c60, 0x2c60, 1, 1 }, { 0x2c62, 0x2c62, -10743, 1 },
	{ 0x2c63, 0x2c63, -3814, 1 }, { 0x2c64, 0x2c64, -10727, 1 },
	{ 0x2c67, 0x2c6b, 1, 2 }, { 0x2c6d, 0x2c6d, -10780, 1 },
	{ 0x2c6e, 0x2c6e, -10749, 1 }, { 0x2c6f, 0x2c6f, -10783, 1 },
	{ 0x2c70, 0x2c70, -10782, 1 }, { 0x2c72, 0x2c72, 1, 1 },
	{ 0x2c75, 0x2c75, 1, 1 }, { 0x2c7e, 0x2c7f, -10815, 1 },
	{ 0x2c80, 0x2ce2, 1, 2 }, { 0x2ceb, 0x2ced, 1, 2 },
	{ 0x2cf2, 0x2cf2, 1, 1 }, { 0xa640, 0xa66c, 1, 2 },
	{ 0xa680, 0xa69a, 1, 2 }, { 0xa722, 0xa72e, 1, 2 },
	{ 0xa732, 0xa76e, 1, 2 }, { 0xa779, 0xa77b, 1, 2 },
	{ 0xa77d, 0xa77d, -35332, 1 }, { 0xa77e, 0xa786, 1, 2 },
	{ 0xa78b, 0xa78b, 1, 1 }, { 0xa78d, 0xa78d, -42280, 1 },
	{ 0xa790, 0xa792, 1, 2 }, { 0xa796, 0xa7a8, 1, 2 },
	{ 0xa7aa, 0xa7aa, -42308, 1 }, { 0xa7ab, 0xa7ab, -42319, 1 },
	{ 0xa7ac, 0xa7ac, -42315, 1 }, { 0xa7ad, 0xa7ad, -42305, 1 },
	{ 0xa7ae, 0xa7ae, -42308, 1 }, { 0xa7b0, 0xa7b0, -42258, 1 },
	{ 0xa7b1, 0xa7b1, -42282, 1 }, { 0xa7b2, 0xa7b2, -42261, 1 },
	{ 0xa7b3, 0xa7b3, 928, 1 }, { 0xa7b4, 0xa7be, 1, 2 },
	{ 0xa7c2, 0xa7c2, 1, 1 }, { 0xa7c4, 0xa7c4, -48, 1 },
	{ 0xa7c5, 0xa7c5, -42307, 1 }, { 0xa7c6, 0xa7c6, -35384, 1 },
	{ 0xa7c7, 0xa7c9, 1, 2 }, { 0xa7f5, 0xa7f5, 1, 1 },
	{ 0xff21, 0xff3a, 32, 1 }, { 0x10400, 0x10427, 40, 1 },
	{ 0x104b0, 0x104d3, 40, 1 }, { 0x10c80, 0x10cb2, 64, 1 },
	{ 0x118a0, 0x118bf, 32, 1 }, { 0x16e40, 0x16e5f, 32, 1 },
	{ 0x1e900, 0x1e921, 34, 1 },
};

#define LEX_NLOWER	(sizeof(lex_lower_table) / sizeof(lex_lower_table[0]))

/* Parser directives BuildKit knows; the bit index is the dirseen bit. */
static const char *const lex_directive_names[] = {
	"syntax", "escape", "check"
};

static int	lex_getline(struct lexer *, struct lex_pline *);
static int	lex_directive(struct lexer *, size_t, size_t);
static void	lex_comment(struct lexer *, size_t, size_t, int);
static int	lex_trimcont(struct lexer *, size_t, size_t, size_t *);
static void	lex_piece(struct lexer *, size_t, size_t);
static void	lex_scan_encoding(struct lexer *);
static int	lex_re_space(unsigned char);

/*
 * Start lexing src.  Strings and arrays handed out are allocated from a
 * (the caller's arena) and findings go to d.  Free with lexer_free();
 * the arena and the findings stay with the caller.
 */
struct lexer *
lexer_new(const struct source *src, struct arena *a, struct diags *d)
{
	struct lexer	*lx;

	lx = xcalloc(1, sizeof(*lx));
	lx->src = src;
	lx->data = src->data;
	lx->len = src->len;
	lx->a = a;
	lx->d = d;
	lx->esc = '\\';
	lex_scan_encoding(lx);
	return lx;
}

/* Free the lexer (not the arena, not the findings).  NULL is a no-op. */
void
lexer_free(struct lexer *lx)
{
	if (lx == NULL)
		return;
	free(lx->comments.v);
	free(lx->directives.v);
	free(lx->segs.v);
	free(lx->buf);
	free(lx);
}

/* The escape character in force: '\\' or '`'. */
int
lexer_escape(const struct lexer *lx)
{
	return lx->esc;
}

/* 3 when a UTF-8 byte order mark was skipped, else 0. */
size_t
lexer_bom(const struct lexer *lx)
{
	return lx->bom;
}

/* Offset of the first byte not yet read. */
size_t
lexer_offset(const struct lexer *lx)
{
	return lx->pos;
}

/*
 * Add a finding, unless LEXER_MAX_FINDINGS were added already: then one
 * DF1010 says so and the rest are dropped.  Returns the finding (valid
 * until the next diag_add() on the list) or NULL when it was dropped.
 */
struct diag *
lexer_diag(struct lexer *lx, const char *id, enum severity level,
    struct span span, const char *fmt, ...)
{
	struct diag	*dg;
	va_list		 ap;

	if (lx->nfindings > LEXER_MAX_FINDINGS)
		return NULL;
	if (lx->nfindings++ == LEXER_MAX_FINDINGS) {
		diag_add(lx->d, lx->src, DF_INPUT_LIMIT, SEV_ERROR, span,
		    "more than %d findings; the rest are not reported",
		    LEXER_MAX_FINDINGS);
		return NULL;
	}
	va_start(ap, fmt);
	dg = diag_vadd(lx->d, lx->src, id, level, span, fmt, ap);
	va_end(ap);
	return dg;
}

/*
 * Report the first NUL byte or invalid UTF-8 sequence (DF1020): BuildKit
 * reads such files, but they are rarely what the author meant (a UTF-16
 * file, a binary).
 */
static void
lex_scan_encoding(struct lexer *lx)
{
	struct span	 sp;
	size_t		 i, k;

	for (i = 0; i < lx->len; i += k) {
		if ((unsigned char)lx->data[i] < 0x80) {
			k = 1;
			if (lx->data[i] != '\0')
				continue;
			sp.off = i;
			sp.len = 1;
			lexer_diag(lx, DF_INVALID_ENCODING, SEV_WARNING, sp,
			    "NUL byte in the file");
			return;
		}
		if ((k = utf8_seqlen(lx->data + i, lx->len - i)) == 0) {
			sp.off = i;
			sp.len = 1;
			lexer_diag(lx, DF_INVALID_ENCODING, SEV_WARNING, sp,
			    "invalid UTF-8 byte 0x%02x",
			    (unsigned char)lx->data[i]);
			return;
		}
	}
}

/*
 * Read the next physical line.  A line ends at "\n" (BuildKit's
 * scanLines); its content excludes the trailing "\r" and "\n" bytes.
 * Returns 0 at end of input.
 */
static int
lex_getline(struct lexer *lx, struct lex_pline *pl)
{
	const char	*nl, *cr;
	struct span	 sp;
	size_t		 s, e;

	if (lx->pos >= lx->len)
		return 0;
	s = lx->pos;
	nl = memchr(lx->data + s, '\n', lx->len - s);
	e = nl != NULL ? (size_t)(nl - lx->data) : lx->len;
	pl->next = nl != NULL ? e + 1 : lx->len;
	if (e - s > LEXER_MAX_LINE) {
		sp.off = s;
		sp.len = e - s;
		lexer_diag(lx, DF_INPUT_LIMIT, SEV_ERROR, sp,
		    "line is %zu bytes long; BuildKit accepts at most %d",
		    e - s, LEXER_MAX_LINE);
	}
	if (lx->lineno == 0 && e - s >= 3 &&
	    memcmp(lx->data, "\xef\xbb\xbf", 3) == 0) {
		s += 3;
		lx->bom = 3;
	}
	while (e > s && lx->data[e - 1] == '\r')
		e--;
	if (!lx->crseen && e > s &&
	    (cr = memchr(lx->data + s, '\r', e - s)) != NULL) {
		lx->crseen = 1;
		sp.off = (size_t)(cr - lx->data);
		sp.len = 1;
		lexer_diag(lx, DF_LONE_CR, SEV_WARNING, sp,
		    "carriage return without a newline; BuildKit does not "
		    "end the line here");
	}
	pl->start = s;
	pl->cend = e;
	lx->pos = pl->next;
	lx->lineno++;
	return 1;
}

/* \s in Go's regexp syntax (RE2): [\t\n\f\r ]. */
static int
lex_re_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/*
 * Directive recognition on the left-trimmed line [s, e), as BuildKit's
 * DirectiveParser: "#", blanks, then ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
 * with a known name.  The first line that is not one ends the directive
 * lines for good.  Returns 1 when the line was taken as a directive; a
 * repeated or invalid one is reported and returns 0 (the line is then an
 * ordinary comment).
 */
static int
lex_directive(struct lexer *lx, size_t s, size_t e)
{
	const char		*d = lx->data;
	struct ast_directive	*dir;
	struct span		 sp;
	size_t			 p, k0, k1, v0, v1, i, nnames;
	char			*name;

	if (lx->dirdone)
		return 0;
	if (s >= e || d[s] != '#') {
		lx->dirdone = 1;
		return 0;
	}
	p = lexer_skip_space(d, s + 1, e);
	k0 = p;
	if (p >= e || !((d[p] >= 'a' && d[p] <= 'z') ||
	    (d[p] >= 'A' && d[p] <= 'Z'))) {
		lx->dirdone = 1;
		return 0;
	}
	while (p < e && ((d[p] >= 'a' && d[p] <= 'z') ||
	    (d[p] >= 'A' && d[p] <= 'Z') || (d[p] >= '0' && d[p] <= '9')))
		p++;
	k1 = p;
	while (p < e && lex_re_space((unsigned char)d[p]))
		p++;
	if (p >= e || d[p] != '=') {
		lx->dirdone = 1;
		return 0;
	}
	p++;
	v0 = p;
	while (v0 < e && lex_re_space((unsigned char)d[v0]))
		v0++;
	v1 = e;
	while (v1 > v0 && lex_re_space((unsigned char)d[v1 - 1]))
		v1--;
	if (v0 == v1) {
		if (p == e) {
			lx->dirdone = 1;
			return 0;
		}
		/* (.+?) takes the one blank the greedy \s* leaves it. */
		v0 = e - 1;
		v1 = e;
	}
	name = lexer_lower(lx->a, d + k0, k1 - k0, NULL);
	nnames = sizeof(lex_directive_names) / sizeof(lex_directive_names[0]);
	for (i = 0; i < nnames; i++)
		if (strcmp(name, lex_directive_names[i]) == 0)
			break;
	if (i == nnames) {
		lx->dirdone = 1;
		return 0;
	}
	sp.off = s;
	sp.len = e - s;
	if (lx->dirseen & (1u << i)) {
		lexer_diag(lx, DF_INVALID_DIRECTIVE, SEV_ERROR, sp,
		    "only one '%s' parser directive can be used", name);
		return 0;
	}
	if (i == 1 && (v1 - v0 != 1 || (d[v0] != '\\' && d[v0] != '`'))) {
		sp.off = v0;
		sp.len = v1 - v0;
		lexer_diag(lx, DF_INVALID_DIRECTIVE, SEV_ERROR, sp,
		    "invalid escape character; it must be '\\' or '`'");
		return 0;
	}
	lx->dirseen |= 1u << i;
	if (i == 1)
		lx->esc = (unsigned char)d[v0];
	VEC_GROW(&lx->directives);
	dir = &lx->directives.v[lx->directives.n++];
	memset(dir, 0, sizeof(*dir));
	dir->span = sp;
	dir->name = name;
	dir->value = arena_strndup(lx->a, d + v0, v1 - v0);
	dir->name_span.off = k0;
	dir->name_span.len = k1 - k0;
	dir->value_span.off = v0;
	dir->value_span.len = v1 - v0;
	return 1;
}

/*
 * Record the comment [s, e) (s at its "#").  A top-level comment whose
 * text is blank ends the current PrevComment run, as in BuildKit.
 */
static void
lex_comment(struct lexer *lx, size_t s, size_t e, int toplevel)
{
	struct ast_comment	*c;

	VEC_GROW(&lx->comments);
	c = &lx->comments.v[lx->comments.n++];
	c->span.off = s;
	c->span.len = e - s;
	c->text = arena_strndup(lx->a, lx->data + s + 1, e - s - 1);
	if (toplevel && lexer_skip_space(lx->data, s + 1, e) == e)
		lx->pc0 = lx->comments.n;
}

/*
 * BuildKit's line continuation regexp on [s, e), with E the escape:
 * ([^E])E[ \t]*$ or ^E[ \t]*$.  Returns 1 when the line continues and sets
 * *ce to the end of the text kept (the escape and the blanks after it go;
 * the blanks before it stay); else returns 0 and sets *ce to e.
 */
static int
lex_trimcont(struct lexer *lx, size_t s, size_t e, size_t *ce)
{
	const char	*d = lx->data;
	size_t		 q;

	q = e;
	while (q > s && (d[q - 1] == ' ' || d[q - 1] == '\t'))
		q--;
	if (q > s && d[q - 1] == lx->esc &&
	    (q - 1 == s || d[q - 2] != lx->esc)) {
		*ce = q - 1;
		lx->lastesc = q - 1;
		return 1;
	}
	*ce = e;
	return 0;
}

/* Append source bytes [s, e) to the logical line being built. */
static void
lex_piece(struct lexer *lx, size_t s, size_t e)
{
	struct ast_seg	*sg;
	size_t		 n = e - s;

	if (n == 0)
		return;
	if (lx->buflen + n + 1 > lx->bufcap) {
		while (lx->buflen + n + 1 > lx->bufcap)
			lx->bufcap = lx->bufcap ? lx->bufcap * 2 : 256;
		lx->buf = xreallocarray(lx->buf, lx->bufcap, 1);
	}
	VEC_GROW(&lx->segs);
	sg = &lx->segs.v[lx->segs.n++];
	sg->loff = lx->buflen;
	sg->soff = s;
	sg->len = n;
	memcpy(lx->buf + lx->buflen, lx->data + s, n);
	lx->buflen += n;
}

/*
 * Read the next logical line (an instruction with its continuation lines
 * joined) into *out, skipping blank lines, comments and directives on the
 * way.  The text and segment map are allocated from the arena.
 * out->comment0/ncomments name the top-level comments since the previous
 * instruction or the last blank "#" line (BuildKit's PrevComment).
 * Returns 0 at end of input.
 */
int
lexer_next(struct lexer *lx, struct lex_line *out)
{
	struct lex_pline	 pl;
	struct span		 sp, empty;
	size_t			 s, e, ce, t;
	int			 cont, nempty;

	for (;;) {
		if (!lex_getline(lx, &pl))
			return 0;
		e = pl.cend;
		s = lexer_skip_space(lx->data, pl.start, e);
		if (lex_directive(lx, s, e))
			continue;
		if (s < e && lx->data[s] == '#') {
			lex_comment(lx, s, e, 1);
			continue;
		}
		cont = lex_trimcont(lx, s, e, &ce);
		if (!cont && ce == s)
			continue;
		break;
	}
	memset(out, 0, sizeof(*out));
	out->start = s;
	out->end = e;
	out->comment0 = lx->pc0;
	out->ncomments = lx->comments.n - lx->pc0;
	lx->segs.n = 0;
	lx->buflen = 0;
	lex_piece(lx, s, ce);
	nempty = 0;
	empty.off = empty.len = 0;
	while (cont) {
		if (!lex_getline(lx, &pl)) {
			out->eof_in_continuation = 1;
			break;
		}
		e = pl.cend;
		t = lexer_skip_space(lx->data, pl.start, e);
		if (t < e && lx->data[t] == '#') {
			lex_comment(lx, t, e, 0);
			continue;
		}
		if (t == e) {
			if (nempty++ == 0) {
				empty.off = pl.start;
				empty.len = e - pl.start;
			}
			continue;
		}
		cont = lex_trimcont(lx, pl.start, e, &ce);
		lex_piece(lx, pl.start, ce);
		out->end = e;
	}
	if (nempty > 0)
		lexer_diag(lx, DF_EMPTY_CONTINUATION, SEV_WARNING, empty,
		    "empty continuation line; BuildKit will make this an "
		    "error");
	if (out->eof_in_continuation) {
		sp.off = lx->lastesc;
		sp.len = 1;
		lexer_diag(lx, DF_CONTINUATION_AT_EOF, SEV_WARNING, sp,
		    "the file ends inside a line continuation");
	}
	out->text.s = arena_strndup(lx->a, lx->buf != NULL ? lx->buf : "",
	    lx->buflen);
	out->text.len = lx->buflen;
	if (lx->segs.n > 0) {
		out->text.segs = arena_memdup(lx->a, lx->segs.v,
		    lx->segs.n * sizeof(*lx->segs.v));
		out->text.nsegs = lx->segs.n;
		out->text.span.off = lx->segs.v[0].soff;
		out->text.span.len = lx->segs.v[lx->segs.n - 1].soff +
		    lx->segs.v[lx->segs.n - 1].len - out->text.span.off;
	} else {
		out->text.span.off = s;
		out->text.span.len = 0;
	}
	lx->pc0 = lx->comments.n;
	return 1;
}

/*
 * Read a heredoc body: raw lines up to the one that equals name (after
 * its leading tabs when chomp is set, as BuildKit compares).  Fills
 * body, bodylen, body_span, end and terminated of *hd; the caller sets
 * the rest.  The body keeps every line terminator as written.  Returns
 * 1 when the terminator was found, 0 when the input ended first.
 */
int
lexer_heredoc(struct lexer *lx, const char *name, size_t namelen, int chomp,
    struct ast_heredoc *hd)
{
	struct lex_pline	 pl;
	size_t			 bstart, bend, t;

	bstart = bend = lx->pos;
	hd->terminated = 0;
	hd->end.off = lx->len;
	hd->end.len = 0;
	for (;;) {
		bend = lx->pos;
		if (!lex_getline(lx, &pl))
			break;
		t = pl.start;
		if (chomp)
			while (t < pl.cend && lx->data[t] == '\t')
				t++;
		if (pl.cend - t == namelen &&
		    memcmp(lx->data + t, name, namelen) == 0) {
			hd->terminated = 1;
			hd->end.off = pl.start;
			hd->end.len = pl.cend - pl.start;
			break;
		}
	}
	if (!hd->terminated)
		bend = lx->len;
	hd->body = arena_strndup(lx->a, lx->data + bstart, bend - bstart);
	hd->bodylen = bend - bstart;
	hd->body_span.off = bstart;
	hd->body_span.len = bend - bstart;
	return hd->terminated;
}

/* Copy the comments seen so far into the arena; *n gets their number. */
struct ast_comment *
lexer_comments(struct lexer *lx, size_t *n)
{
	*n = lx->comments.n;
	if (lx->comments.n == 0)
		return NULL;
	return arena_memdup(lx->a, lx->comments.v,
	    lx->comments.n * sizeof(*lx->comments.v));
}

/* Copy the directives into the arena; *n gets their number. */
struct ast_directive *
lexer_directives(struct lexer *lx, size_t *n)
{
	*n = lx->directives.n;
	if (lx->directives.n == 0)
		return NULL;
	return arena_memdup(lx->a, lx->directives.v,
	    lx->directives.n * sizeof(*lx->directives.v));
}

/*
 * Decode one code point from s (n bytes available) like Go's
 * utf8.DecodeRune: an invalid or truncated sequence gives U+FFFD and
 * length 1.  Returns the length used (0 only when n is 0).
 */
size_t
lexer_rune(const char *s, size_t n, unsigned int *r)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 k, i;
	unsigned int		 cp;

	if (n == 0) {
		*r = LEXER_RUNE_ERROR;
		return 0;
	}
	if (u[0] < 0x80) {
		*r = u[0];
		return 1;
	}
	if ((k = utf8_seqlen(s, n)) == 0) {
		*r = LEXER_RUNE_ERROR;
		return 1;
	}
	cp = u[0] & (k == 2 ? 0x1f : k == 3 ? 0x0f : 0x07);
	for (i = 1; i < k; i++)
		cp = (cp << 6) | (u[i] & 0x3f);
	*r = cp;
	return k;
}

/* Go's unicode.IsSpace. */
int
lexer_isspace(unsigned int r)
{
	switch (r) {
	case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
	case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202f: case 0x205f: case 0x3000:
		return 1;
	}
	return r >= 0x2000 && r <= 0x200a;
}

/* unicode.IsSpace(rune(b)) on one byte, as BuildKit's byte loops do. */
int
lexer_isspace_byte(unsigned char b)
{
	return (b >= '\t' && b <= '\r') || b == ' ' || b == 0x85 || b == 0xa0;
}

/* BuildKit's reWhitespace class [\t\v\f\r ]. */
int
lexer_isws(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r';
}

/* First offset in [i, n) that does not start a space (unicode.IsSpace). */
size_t
lexer_skip_space(const char *s, size_t i, size_t n)
{
	unsigned int	r;
	size_t		k;

	while (i < n) {
		k = lexer_rune(s + i, n - i, &r);
		if (!lexer_isspace(r))
			break;
		i += k;
	}
	return i;
}

/*
 * End of [lo, i) once trailing spaces are trimmed, decoding backwards as
 * Go's utf8.DecodeLastRune does (strings.TrimRightFunc).
 */
size_t
lexer_rskip_space(const char *s, size_t lo, size_t i)
{
	unsigned int	r;
	size_t		j, lim, k;

	while (i > lo) {
		if ((unsigned char)s[i - 1] < 0x80) {
			r = (unsigned char)s[i - 1];
			k = 1;
		} else {
			lim = i - lo >= 4 ? i - 4 : lo;
			j = i - 1;
			while (j > lim && ((unsigned char)s[j] & 0xc0) == 0x80)
				j--;
			k = lexer_rune(s + j, i - j, &r);
			if (j + k != i) {
				r = LEXER_RUNE_ERROR;
				k = 1;
			}
		}
		if (!lexer_isspace(r))
			break;
		i -= k;
	}
	return i;
}

/* Go's unicode.ToLower (simple case mapping). */
unsigned int
lexer_tolower_rune(unsigned int r)
{
	size_t	lo, hi, mid;
	const struct lex_lower *e;

	if (r < 0x80)
		return r >= 'A' && r <= 'Z' ? r + 32 : r;
	lo = 0;
	hi = LEX_NLOWER;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		e = &lex_lower_table[mid];
		if (r < e->lo)
			hi = mid;
		else if (r > e->hi)
			lo = mid + 1;
		else
			return (r - e->lo) % e->stride == 0 ?
			    (unsigned int)((int)r + e->delta) : r;
	}
	return r;
}

/* Encode r as UTF-8 into buf (4 bytes available); returns the length. */
size_t
lexer_put_rune(char *buf, unsigned int r)
{
	unsigned char	*u = (unsigned char *)buf;

	if (r < 0x80) {
		u[0] = (unsigned char)r;
		return 1;
	}
	if (r < 0x800) {
		u[0] = (unsigned char)(0xc0 | (r >> 6));
		u[1] = (unsigned char)(0x80 | (r & 0x3f));
		return 2;
	}
	if (r < 0x10000) {
		u[0] = (unsigned char)(0xe0 | (r >> 12));
		u[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3f));
		u[2] = (unsigned char)(0x80 | (r & 0x3f));
		return 3;
	}
	u[0] = (unsigned char)(0xf0 | (r >> 18));
	u[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3f));
	u[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3f));
	u[3] = (unsigned char)(0x80 | (r & 0x3f));
	return 4;
}

/*
 * Go's strings.ToLower of n bytes at s: ASCII text is lowered byte by
 * byte; otherwise each code point is lowered and each invalid byte
 * becomes U+FFFD.  Returns a NUL-terminated copy from a (borrowed; valid
 * until arena_free()); *outlen (when not NULL) gets its length.
 */
char *
lexer_lower(struct arena *a, const char *s, size_t n, size_t *outlen)
{
	unsigned int	 r;
	size_t		 i, k, o;
	char		*out;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			break;
	if (i == n) {
		out = arena_strndup(a, s, n);
		for (i = 0; i < n; i++)
			if (out[i] >= 'A' && out[i] <= 'Z')
				out[i] += 32;
		if (outlen != NULL)
			*outlen = n;
		return out;
	}
	out = arena_alloc(a, 3 * n + 1);
	for (i = o = 0; i < n; i += k) {
		k = lexer_rune(s + i, n - i, &r);
		o += lexer_put_rune(out + o, lexer_tolower_rune(r));
	}
	out[o] = '\0';
	if (outlen != NULL)
		*outlen = o;
	return out;
}
