/* SPDX-License-Identifier: ISC */
/*
 * Findings about a Dockerfile.  Every finding (a syntax error from the
 * parser, a rule violation, a graph error) is added here with its rule id,
 * level, byte span, message and optional help and fix edits; nothing is
 * printed until a formatter in src/output/ runs over the finished list.
 *
 *	struct diags d;
 *	diags_init(&d);
 *	dg = diag_add(&d, src, "DF1001", SEV_ERROR, span, "unknown instruction '%s'", kw);
 *	diag_set_help(dg, "did you mean '%s'?", best);	// dg valid until the next diag_add
 *	diags_sort(&d);
 *	...
 *	diags_release(&d);
 *
 * Messages follow git's guidelines: lowercase, no final period, the
 * problem first, the subject in single quotes.  The remedy goes in help.
 * Strings are copied; the source must outlive the list.
 */
#ifndef DIAG_H
#define DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "dfopt.h"

struct source;

/* One replacement: the bytes in span become text (insert when len 0). */
struct diag_edit {
	struct span	 span;
	char		*text;		/* owned by the diag list */
};

struct diag {
	const struct source *src;	/* borrowed; the file */
	const char	*rule;		/* "DF1001": static string */
	enum severity	 level;		/* after config overrides */
	struct span	 span;		/* what is wrong */
	char		*message;	/* owned */
	char		*help;		/* owned; NULL when none */
	struct diag_edit *edits;	/* owned; the fix, or NULL */
	size_t		 nedits;
	int		 fix_unsafe;	/* fix changes behaviour */
};

struct diags {
	struct diag	*v;
	size_t		 n;
	size_t		 cap;
};

void		 diags_init(struct diags *);
void		 diags_release(struct diags *);
struct diag	*diag_add(struct diags *, const struct source *, const char *,
		    enum severity, struct span, const char *, ...)
		    __attribute__((format(printf, 6, 7)));
struct diag	*diag_vadd(struct diags *, const struct source *, const char *,
		    enum severity, struct span, const char *, va_list)
		    __attribute__((format(printf, 6, 0)));
void		 diag_set_help(struct diag *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
void		 diag_add_edit(struct diag *, struct span, const char *);
void		 diags_sort(struct diags *);
void		 diags_remove(struct diags *, size_t);
enum severity	 diags_worst(const struct diags *);
size_t		 diags_count(const struct diags *, const char *);

#endif
