/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: user regex rules (re.h over PCRE2).  The input is split at
 * the first NUL: before it the pattern, after it the subject (which may
 * hold NULs and invalid UTF-8).  Oracle: no crash, no leak, no hang
 * (libFuzzer's -timeout: the match, depth and heap limits must stop a
 * catastrophic pattern); a compile error has a message and an offset
 * inside the pattern; a match lies inside the subject; searching twice
 * gives the same answer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "re.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct re	*re;
	struct span	 m, m2;
	const char	*text = (const char *)data, *nul;
	char		*pattern, *err = NULL;
	size_t		 plen, slen, at = 0;
	int		 r;

	nul = memchr(text, '\0', len);
	plen = nul != NULL ? (size_t)(nul - text) : len;
	pattern = xstrndup(text, plen);
	if (re_compile(&re, pattern, &err, &at) == -1) {
		if (err == NULL || at > plen)
			FAIL();
		free(err);
		free(pattern);
		return 0;
	}
	if (nul != NULL) {
		text = nul + 1;
		slen = len - plen - 1;
	} else
		slen = len;		/* the pattern against itself */
	r = re_search(re, text, slen, &m);
	if (r != -1 && r != 0 && r != 1)
		FAIL();
	if (r == 1 && (m.off > slen || m.len > slen - m.off))
		FAIL();
	if (re_search(re, text, slen, &m2) != r ||
	    (r == 1 && (m.off != m2.off || m.len != m2.len)))
		FAIL();
	re_free(re);
	free(pattern);
	return 0;
}
