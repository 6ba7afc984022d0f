/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the .dockerignore matcher.  The input is split at the
 * first NUL: before it the .dockerignore text, after it one path per
 * line to match against it.  Every line of the text is also matched
 * alone as a pattern and cleaned.  Oracle: no crash, no leak; matches
 * are 0 or 1; dockerignore_clean() is idempotent (Go's filepath.Clean
 * is) and never returns an empty string; every parsed pattern has a
 * line number inside the text.  Whether a match is right is
 * tests/unit/test-dockerignore.c's.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "dockerignore.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_clean(const char *s)
{
	char	*c1, *c2;

	c1 = dockerignore_clean(s);
	if (c1 == NULL || *c1 == '\0')
		FAIL();
	c2 = dockerignore_clean(c1);
	if (strcmp(c1, c2) != 0)
		FAIL();
	free(c2);
	free(c1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct dockerignore	*di;
	const char		*text = (const char *)data, *p, *nl, *end;
	char			*line, **pats = NULL, *path;
	size_t			 tlen, npats = 0, nlines = 1, i, j;
	int			 m;

	p = memchr(text, '\0', len);
	tlen = p != NULL ? (size_t)(p - text) : len;
	for (i = 0; i < tlen; i++)
		if (text[i] == '\n')
			nlines++;

	di = dockerignore_parse(text, tlen);
	for (i = 0; i < di->n; i++)
		if (di->v[i].text == NULL || di->v[i].line == 0 ||
		    di->v[i].line > nlines)
			FAIL();

	/* Each line of the text alone, at most 64 of them. */
	for (p = text, end = text + tlen; p < end && npats < 64; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		line = xstrndup(p, (size_t)(nl - p));
		check_clean(line);
		pats = xreallocarray(pats, npats + 1, sizeof(*pats));
		pats[npats++] = line;
	}

	/* Each path after the NUL, at most 64 of them. */
	if (tlen < len) {
		end = text + len;
		for (p = text + tlen + 1, j = 0; p <= end && j < 64; p = nl + 1,
		    j++) {
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			path = xstrndup(p, (size_t)(nl - p));
			if ((m = dockerignore_match(di, path)) != 0 && m != 1)
				FAIL();
			for (i = 0; i < npats && i < 16; i++) {
				m = dockerignore_match_pattern(pats[i], path);
				if (m != 0 && m != 1)
					FAIL();
			}
			check_clean(path);
			free(path);
			if (nl == end)
				break;
		}
	}
	for (i = 0; i < npats; i++)
		free(pats[i]);
	free(pats);
	dockerignore_free(di);
	return 0;
}
