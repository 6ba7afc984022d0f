/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the variable expander.  The input is split at the first
 * NUL: before it a word, after it "NAME=value" lines for the environment.
 * Both escape characters and every flag combination are tried.  Oracle: no
 * crash, no leak; a success has a NUL-terminated value of the stated
 * length; an error has a message and a span inside the word.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "expand.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct expand_vars	 vars = { 0 };
	struct expand_result	 r;
	struct expand_env	 env;
	const char		*word = (const char *)data, *p, *nl, *eq;
	size_t			 wlen, i;
	unsigned		 flags;
	char			*name, *value;
	int			 esc, rc;

	p = memchr(data, '\0', len);
	wlen = p ? (size_t)(p - word) : len;
	if (p != NULL) {
		for (p++; p < word + len; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(word + len - p));
			if (nl == NULL)
				nl = word + len;
			eq = memchr(p, '=', (size_t)(nl - p));
			if (eq != NULL) {
				name = xstrndup(p, (size_t)(eq - p));
				value = xstrndup(eq + 1, (size_t)(nl - eq - 1));
				expand_vars_set(&vars, name, value);
				free(name);
				free(value);
			}
			if (nl == word + len)
				break;
		}
	}
	env = expand_vars_env(&vars);
	for (i = 0; i < 2 * 16; i++) {
		esc = i & 1 ? '`' : '\\';
		flags = (unsigned)(i >> 1);
		rc = (i >> 1) & 1 ?
		    expand_words(&r, word, wlen, esc, flags, &env) :
		    expand_word(&r, word, wlen, esc, flags, &env);
		if (rc == 0) {
			if (r.value == NULL || strlen(r.value) > r.len)
				FAIL();
		} else if (r.err.message == NULL ||
		    r.err.span.off + r.err.span.len > wlen)
			FAIL();
		expand_result_release(&r);
	}
	expand_vars_release(&vars);
	return 0;
}
