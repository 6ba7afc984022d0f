/* SPDX-License-Identifier: ISC */
/*
 * Suppression comments (see pragma.h): parsing "# dfopt ignore=...",
 * "# hadolint ignore=..." and BuildKit's "# check=" directive, working
 * out the source range each one covers, and answering "is this finding
 * at this span suppressed for this rule?" in logarithmic time.  Which
 * rules exist and what they are called is rules.c's business.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "pragma.h"
#include "source.h"
#include "xmalloc.h"
#include "rules/rules.h"

static size_t	pragma_blanks(const char *, size_t);
static int	pragma_word(const char *, size_t, const char *, size_t *);
static int	pragma_idchar(int);
static void	pragma_add_id(struct pragma *, const char *, size_t,
		    size_t);
static size_t	pragmas_first_after(const struct ast_file *, size_t);
static void	pragmas_push(struct pragmas *, struct pragma *);
static int	pragmas_match(struct pragma *, const struct rule_entry *);
static int	pragmas_lookup(struct pragmas *, enum pragma_scope,
		    const struct rule_entry *, size_t);

static size_t
pragma_blanks(const char *s, size_t i)
{
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	return i;
}

/*
 * 1 when s at i holds word (any case) followed by a non-word byte; *end
 * is set past it.
 */
static int
pragma_word(const char *s, size_t i, const char *word, size_t *end)
{
	size_t	n = strlen(word);

	if (strncasecmp(s + i, word, n) != 0 || pragma_idchar(
	    (unsigned char)s[i + n]))
		return 0;
	*end = i + n;
	return 1;
}

static int
pragma_idchar(int c)
{
	return isalnum(c) || c == '_' || c == '-' || c == '.';
}

static void
pragma_add_id(struct pragma *p, const char *s, size_t len, size_t off)
{
	struct pragma_id	*id;

	p->ids = xreallocarray(p->ids, p->nids + 1, sizeof(*p->ids));
	id = &p->ids[p->nids++];
	id->text = xstrndup(s, len);
	id->span.off = off;
	id->span.len = len;
	id->used = 0;
}

/*
 * Parse the text of one comment (after the '#'), whose first byte is at
 * source offset base.  Returns 1 and fills p (tool, scope, ids with
 * their spans; span and range are the caller's) when it is a dfopt or
 * hadolint ignore pragma, -1 when it starts like one but is malformed
 * (p->invalid set, no ids), 0 when it is an ordinary comment.  Release p
 * with pragma_release() unless 0 was returned.
 */
int
pragma_parse(struct pragma *p, const char *text, size_t base)
{
	size_t	i, j, end;

	memset(p, 0, sizeof(*p));
	i = pragma_blanks(text, 0);
	if (pragma_word(text, i, "dfopt", &end))
		p->tool = PRAGMA_DFOPT;
	else if (pragma_word(text, i, "hadolint", &end))
		p->tool = PRAGMA_HADOLINT;
	else
		return 0;
	i = pragma_blanks(text, end);
	if (i == end)
		return 0;
	p->scope = PRAGMA_NEXT;
	if (pragma_word(text, i, "global", &end)) {
		p->scope = PRAGMA_GLOBAL;
		i = pragma_blanks(text, end);
	} else if (pragma_word(text, i, "stage", &end)) {
		p->scope = PRAGMA_STAGE;
		i = pragma_blanks(text, end);
	}
	if (!pragma_word(text, i, "ignore", &end)) {
		if (p->scope == PRAGMA_NEXT)
			return 0;	/* "# hadolint shell=bash" */
		goto bad;
	}
	i = pragma_blanks(text, end);
	if (text[i] != '=')
		goto bad;
	i = pragma_blanks(text, i + 1);
	for (;;) {
		for (j = i; pragma_idchar((unsigned char)text[j]); j++)
			continue;
		if (j == i)
			goto bad;
		pragma_add_id(p, text + i, j - i, base + i);
		i = pragma_blanks(text, j);
		if (text[i] != ',')
			break;
		i = pragma_blanks(text, i + 1);
	}
	/* After the list: the end, or a blank and free text. */
	if (text[i] != '\0' && text[i] != '\r' && text[i] != '\n' &&
	    (i == j || !(text[j] == ' ' || text[j] == '\t')))
		goto bad;
	return 1;
bad:
	pragma_release(p);
	p->invalid = 1;
	return -1;
}

/* Free what p owns. */
void
pragma_release(struct pragma *p)
{
	size_t	i;

	for (i = 0; i < p->nids; i++)
		free(p->ids[i].text);
	free(p->ids);
	p->ids = NULL;
	p->nids = 0;
}

void
pragmas_init(struct pragmas *ps)
{
	memset(ps, 0, sizeof(*ps));
}

/* Free everything ps owns and zero it. */
void
pragmas_release(struct pragmas *ps)
{
	size_t	i;

	for (i = 0; i < ps->n; i++)
		pragma_release(&ps->v[i]);
	free(ps->v);
	for (i = 0; i < 3; i++)
		free(ps->by[i]);
	memset(ps, 0, sizeof(*ps));
}

/* Index of the first top-level instruction starting after off. */
static size_t
pragmas_first_after(const struct ast_file *f, size_t off)
{
	size_t	lo = 0, hi = f->ninstrs, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (f->instrs[mid].span.off > off)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static void
pragmas_push(struct pragmas *ps, struct pragma *p)
{
	VEC_GROW(ps);
	ps->v[ps->n++] = *p;
}

/*
 * Parse the value of BuildKit's check directive ("skip=A,B;error=true")
 * whose first byte is at source offset base into a global BUILDKIT
 * pragma of ps.  Returns 0, or -1 when the value is malformed (the
 * pragma is kept with invalid set).
 */
int
pragmas_check_directive(struct pragmas *ps, const char *v, size_t base)
{
	struct pragma	p;
	size_t		i, j, k;
	int		bad = 0;

	memset(&p, 0, sizeof(p));
	p.tool = PRAGMA_BUILDKIT;
	p.scope = PRAGMA_GLOBAL;
	for (i = 0; v[i] != '\0';) {
		for (j = i; v[j] != '\0' && v[j] != ';'; j++)
			continue;
		/* one "key=value" in v[i..j) */
		k = pragma_blanks(v, i);
		if (j - k >= 5 && strncasecmp(v + k, "skip=", 5) == 0) {
			k += 5;
			while (k < j) {
				size_t	e, s;

				s = pragma_blanks(v, k);
				for (e = s; e < j && v[e] != ','; e++)
					continue;
				k = e + 1;
				while (e > s && (v[e - 1] == ' ' ||
				    v[e - 1] == '\t'))
					e--;
				if (e > s)
					pragma_add_id(&p, v + s, e - s,
					    base + s);
			}
		} else if (j - k >= 6 &&
		    strncasecmp(v + k, "error=", 6) == 0) {
			k += 6;
			if (j - k >= 4 && strncasecmp(v + k, "true", 4) == 0)
				ps->check_error = 1;
			else if (!(j - k >= 5 &&
			    strncasecmp(v + k, "false", 5) == 0))
				bad = 1;
		} else if (pragma_blanks(v, k) != j)
			bad = 1;
		i = v[j] == ';' ? j + 1 : j;
	}
	p.invalid = bad;
	p.range.off = 0;
	p.range.len = (size_t)-1 / 2;
	pragmas_push(ps, &p);
	return bad ? -1 : 0;
}

/*
 * Collect the pragmas of file f: its comments and its check directive,
 * with the range each covers.  ps must be initialised.
 */
void
pragmas_collect(struct pragmas *ps, const struct ast_file *f)
{
	const struct ast_directive	*dir;
	const struct ast_comment	*c;
	struct pragma			 p;
	size_t				 i, j, k, n, off, end, total;
	int				 r;

	total = f->src != NULL ? f->src->len : (size_t)-1 / 2;
	dir = ast_directive_get(f, "check");
	if (ps->check_arg != NULL) {
		pragmas_check_directive(ps, ps->check_arg, 0);
		ps->v[ps->n - 1].span.off = 0;
		ps->v[ps->n - 1].span.len = 0;
		for (i = 0; i < ps->v[ps->n - 1].nids; i++)
			ps->v[ps->n - 1].ids[i].span.len = 0;
	} else if (dir != NULL && dir->value != NULL) {
		pragmas_check_directive(ps, dir->value, dir->value_span.off);
		ps->v[ps->n - 1].span = dir->span;
	}
	for (i = 0; i < f->ncomments; i++) {
		c = &f->comments[i];
		if (c->text == NULL)
			continue;
		r = pragma_parse(&p, c->text, c->span.off + 1);
		if (r == 0)
			continue;
		p.span = c->span;
		switch (p.scope) {
		case PRAGMA_GLOBAL:
			p.range.off = 0;
			p.range.len = total;
			break;
		case PRAGMA_NEXT:
			j = pragmas_first_after(f, c->span.off);
			if (j < f->ninstrs)
				p.range = f->instrs[j].span;
			else {
				p.range.off = c->span.off;
				p.range.len = 0;
			}
			break;
		case PRAGMA_STAGE:
			j = pragmas_first_after(f, c->span.off);
			off = c->span.off;
			k = j;
			if (j < f->ninstrs && f->instrs[j].kind == AST_FROM) {
				off = f->instrs[j].span.off;
				k = j + 1;
			}
			while (k < f->ninstrs && f->instrs[k].kind != AST_FROM)
				k++;
			end = k < f->ninstrs ? f->instrs[k].span.off : total;
			p.range.off = off;
			p.range.len = end > off ? end - off : 0;
			break;
		}
		pragmas_push(ps, &p);
	}
	/* Per-scope indices; ranges start in source order by construction. */
	for (i = 0; i < ps->n; i++) {
		n = ps->nby[ps->v[i].scope];
		ps->by[ps->v[i].scope] = xreallocarray(ps->by[ps->v[i].scope],
		    n + 1, sizeof(size_t));
		ps->by[ps->v[i].scope][n] = i;
		ps->nby[ps->v[i].scope]++;
		if (ps->v[i].tool != PRAGMA_BUILDKIT)
			continue;
		for (j = 0; j < ps->v[i].nids; j++)
			if (strcasecmp(ps->v[i].ids[j].text, "all") == 0) {
				ps->skip_all = 1;
				ps->skip_all_id = &ps->v[i].ids[j];
			}
	}
}

/* Mark and count the ids of p that name rule. */
static int
pragmas_match(struct pragma *p, const struct rule_entry *rule)
{
	size_t	i;
	int	n = 0;

	for (i = 0; i < p->nids; i++)
		if (rules_match(rule, p->ids[i].text)) {
			p->ids[i].used = 1;
			n++;
		}
	return n;
}

/*
 * Pragmas of one scope covering off that name rule: the last whose range
 * starts at or before off, and those before it while they still cover
 * off (ranges of one scope never cross, they only repeat).
 */
static int
pragmas_lookup(struct pragmas *ps, enum pragma_scope sc,
    const struct rule_entry *rule, size_t off)
{
	struct pragma	*p;
	size_t		 lo = 0, hi = ps->nby[sc], mid;
	int		 n = 0;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ps->v[ps->by[sc][mid]].range.off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo > 0) {
		p = &ps->v[ps->by[sc][--lo]];
		if (off >= SPAN_END(p->range)) {
			if (p->range.len == 0)
				continue;	/* empty: look further back */
			break;
		}
		n += pragmas_match(p, rule);
	}
	return n;
}

/*
 * 1 when a pragma covering the finding of rule at span suppresses it
 * (every pragma id that does is marked used), else 0.
 */
int
pragmas_suppress(struct pragmas *ps, const struct rule_entry *rule,
    struct span span)
{
	size_t	i;
	int	n = 0;

	for (i = 0; i < ps->nby[PRAGMA_GLOBAL]; i++)
		n += pragmas_match(&ps->v[ps->by[PRAGMA_GLOBAL][i]], rule);
	if (ps->skip_all && rules_buildkit_name(rule) != NULL) {
		ps->skip_all_id->used = 1;
		n++;
	}
	n += pragmas_lookup(ps, PRAGMA_NEXT, rule, span.off);
	n += pragmas_lookup(ps, PRAGMA_STAGE, rule, span.off);
	return n > 0;
}
