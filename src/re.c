/* SPDX-License-Identifier: ISC */
/*
 * PCRE2 behind a three-function interface (see re.h): compile with UTF
 * and invalid-UTF tolerance, search under match, depth and heap limits.
 * It knows nothing about rules or configs.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "re.h"
#include "xmalloc.h"

struct re {
	pcre2_code		*code;
	pcre2_match_context	*mctx;
};

/*
 * Compile pattern into *out.  Returns 0, or -1 with *err set to PCRE2's
 * message (caller frees) and *erroff to the offset in the pattern where
 * the problem was found.
 */
int
re_compile(struct re **out, const char *pattern, char **err, size_t *erroff)
{
	struct re	*re;
	PCRE2_UCHAR	 buf[256];
	PCRE2_SIZE	 off;
	int		 code;

	*out = NULL;
	*err = NULL;
	*erroff = 0;
	re = xcalloc(1, sizeof(*re));
	re->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &code, &off, NULL);
	if (re->code == NULL) {
		if (pcre2_get_error_message(code, buf, sizeof(buf)) < 0)
			snprintf((char *)buf, sizeof(buf), "error %d", code);
		*err = xstrdup((char *)buf);
		*erroff = off;
		free(re);
		return -1;
	}
	re->mctx = pcre2_match_context_create(NULL);
	if (re->mctx == NULL)
		BUG("pcre2_match_context_create");
	pcre2_set_match_limit(re->mctx, RE_MATCH_LIMIT);
	pcre2_set_depth_limit(re->mctx, RE_DEPTH_LIMIT);
	pcre2_set_heap_limit(re->mctx, RE_HEAP_LIMIT);
	*out = re;
	return 0;
}

/*
 * Search text[0..len) for the first match.  Returns 1 with *m set to its
 * byte range, 0 when there is none, -1 when a limit stopped the search
 * (a catastrophic pattern) or PCRE2 failed otherwise.
 */
int
re_search(const struct re *re, const char *text, size_t len, struct span *m)
{
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov;
	int			 rc, ret;

	md = pcre2_match_data_create_from_pattern(re->code, NULL);
	if (md == NULL)
		BUG("pcre2_match_data_create_from_pattern");
	rc = pcre2_match(re->code, (PCRE2_SPTR)text, len, 0, 0, md,
	    re->mctx);
	if (rc >= 0) {
		ov = pcre2_get_ovector_pointer(md);
		m->off = ov[0];
		m->len = ov[1] >= ov[0] ? ov[1] - ov[0] : 0;
		ret = 1;
	} else if (rc == PCRE2_ERROR_NOMATCH)
		ret = 0;
	else
		ret = -1;
	pcre2_match_data_free(md);
	return ret;
}

/* Free re; NULL is allowed. */
void
re_free(struct re *re)
{
	if (re == NULL)
		return;
	pcre2_match_context_free(re->mctx);
	pcre2_code_free(re->code);
	free(re);
}
