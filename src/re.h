/* SPDX-License-Identifier: ISC */
/*
 * Regular expressions for user rules: a small wrapper over PCRE2 (8-bit,
 * UTF mode).  re.c is the only file that includes pcre2.h.
 *
 *	struct re *re;
 *	char *err;
 *	size_t at;
 *	struct span m;
 *	if (re_compile(&re, "curl .*\\| *sh", &err, &at) == -1) {
 *		... err (caller frees) at pattern offset at ...
 *	}
 *	switch (re_search(re, text, len, &m)) {
 *	case 1:  ... text[m.off .. m.off + m.len) ...
 *	case 0:  ... no match ...
 *	case -1: ... match limit hit: treated as no match, warn once ...
 *	}
 *	re_free(re);
 *
 * Every match runs under PCRE2's match and depth limits (RE_MATCH_LIMIT,
 * RE_DEPTH_LIMIT) and a heap limit, so a catastrophic pattern such as
 * "(a+)+$" on a long line fails fast with -1 instead of hanging.  Input
 * that is not valid UTF-8 is matched byte-wise (no UTF check errors).
 */
#ifndef RE_H
#define RE_H

#include <stddef.h>

#include "dfopt.h"

#define RE_MATCH_LIMIT	1000000U	/* backtracking steps per search */
#define RE_DEPTH_LIMIT	10000U		/* nested backtracking */
#define RE_HEAP_LIMIT	20000U		/* KiB of heap per search */

struct re;

int	re_compile(struct re **, const char *, char **, size_t *);
int	re_search(const struct re *, const char *, size_t, struct span *);
void	re_free(struct re *);

#endif
