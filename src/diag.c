/* SPDX-License-Identifier: ISC */
/*
 * The findings list: adding, sorting, counting.  Printing is src/output/.
 */
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "xmalloc.h"

static int	diag_cmp(const void *, const void *);

void
diags_init(struct diags *d)
{
	memset(d, 0, sizeof(*d));
}

static void
diag_clear(struct diag *dg)
{
	size_t	i;

	free(dg->message);
	free(dg->help);
	for (i = 0; i < dg->nedits; i++)
		free(dg->edits[i].text);
	free(dg->edits);
}

/* Free every finding and the list storage; the list is empty after. */
void
diags_release(struct diags *d)
{
	size_t	i;

	for (i = 0; i < d->n; i++)
		diag_clear(&d->v[i]);
	free(d->v);
	diags_init(d);
}

/*
 * Append a finding.  Returns a pointer to it, valid until the next
 * diag_add() on the same list (the array may move).
 */
struct diag *
diag_vadd(struct diags *d, const struct source *src, const char *rule,
    enum severity level, struct span span, const char *fmt, va_list ap)
{
	struct diag	*dg;

	VEC_GROW(d);
	dg = &d->v[d->n++];
	memset(dg, 0, sizeof(*dg));
	dg->src = src;
	dg->rule = rule;
	dg->level = level;
	if (src != NULL && span.off > src->len)
		span.off = src->len;
	if (src != NULL && span.len > src->len - span.off)
		span.len = src->len - span.off;
	dg->span = span;
	xvasprintf(&dg->message, fmt, ap);
	return dg;
}

struct diag *
diag_add(struct diags *d, const struct source *src, const char *rule,
    enum severity level, struct span span, const char *fmt, ...)
{
	struct diag	*dg;
	va_list		 ap;

	va_start(ap, fmt);
	dg = diag_vadd(d, src, rule, level, span, fmt, ap);
	va_end(ap);
	return dg;
}

/* Set (or replace) the help text of a finding. */
void
diag_set_help(struct diag *dg, const char *fmt, ...)
{
	va_list	ap;

	free(dg->help);
	va_start(ap, fmt);
	xvasprintf(&dg->help, fmt, ap);
	va_end(ap);
}

/* Add one edit to the finding's fix; text is copied. */
void
diag_add_edit(struct diag *dg, struct span span, const char *text)
{
	dg->edits = xreallocarray(dg->edits, dg->nedits + 1,
	    sizeof(*dg->edits));
	dg->edits[dg->nedits].span = span;
	dg->edits[dg->nedits].text = xstrdup(text);
	dg->nedits++;
}

/* Remove finding i, keeping the order of the others. */
void
diags_remove(struct diags *d, size_t i)
{
	if (i >= d->n)
		BUG("diags_remove: index %zu of %zu", i, d->n);
	diag_clear(&d->v[i]);
	memmove(&d->v[i], &d->v[i + 1], (d->n - i - 1) * sizeof(*d->v));
	d->n--;
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag	*x = a, *y = b;
	int			 c;

	if (x->src != y->src) {
		c = strcmp(x->src ? x->src->name : "",
		    y->src ? y->src->name : "");
		if (c != 0)
			return c;
		return x->src < y->src ? -1 : 1;
	}
	if (x->span.off != y->span.off)
		return x->span.off < y->span.off ? -1 : 1;
	if ((c = strcmp(x->rule, y->rule)) != 0)
		return c;
	if (x->span.len != y->span.len)
		return x->span.len < y->span.len ? -1 : 1;
	return strcmp(x->message, y->message);
}

/*
 * Sort by file name, offset, rule id, then message, so that every output
 * format is deterministic whatever order rules ran in.
 */
void
diags_sort(struct diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
}

/* The most severe level in the list, or SEV_NONE when it is empty. */
enum severity
diags_worst(const struct diags *d)
{
	enum severity	w = SEV_NONE;
	size_t		i;

	for (i = 0; i < d->n; i++)
		if (d->v[i].level > w)
			w = d->v[i].level;
	return w;
}

/* Number of findings of rule (all findings when rule is NULL). */
size_t
diags_count(const struct diags *d, const char *rule)
{
	size_t	i, n = 0;

	for (i = 0; i < d->n; i++)
		if (rule == NULL || strcmp(d->v[i].rule, rule) == 0)
			n++;
	return n;
}
