/* SPDX-License-Identifier: ISC */
/*
 * .dockerignore files (see dockerignore.h): reading them as BuildKit's
 * dockerignore.ReadAll does, cleaning patterns like Go's filepath.Clean,
 * translating each to a regular expression as moby/patternmatcher does,
 * and matching paths with patternmatcher's MatchesOrParentMatches.  It
 * does not walk a context directory: callers ask about one path.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "dockerignore.h"
#include "re.h"
#include "xmalloc.h"

static struct re *dockerignore_compile(const char *);
static int	dockerignore_re_match(const struct re *, const char *,
		    size_t);

/*
 * Go's filepath.Clean on a slash-separated path: the shortest equivalent
 * path ("." for the empty one).  Returns a string the caller frees.
 */
char *
dockerignore_clean(const char *path)
{
	char	*out, **el;
	size_t	 n = 0, i, len, o;
	int	 rooted = path[0] == '/';
	const char *p, *e;

	len = strlen(path);
	el = xcalloc(len + 1, sizeof(*el));
	for (p = path; *p != '\0'; p = e) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != '/'; e++)
			continue;
		if (e - p == 1 && p[0] == '.')
			continue;
		if (e - p == 2 && p[0] == '.' && p[1] == '.') {
			if (n > 0 && strcmp(el[n - 1], "..") != 0) {
				free(el[--n]);
				continue;
			}
			if (rooted)
				continue;
		}
		el[n++] = xstrndup(p, e - p);
	}
	out = xmalloc(len + 3);
	o = 0;
	if (rooted)
		out[o++] = '/';
	for (i = 0; i < n; i++) {
		if (i > 0)
			out[o++] = '/';
		memcpy(out + o, el[i], strlen(el[i]));
		o += strlen(el[i]);
		free(el[i]);
	}
	if (o == 0)
		out[o++] = '.';
	out[o] = '\0';
	free(el);
	return out;
}

/*
 * The regular expression of a cleaned pattern, built as patternmatcher's
 * compile() builds it, compiled; NULL when it is invalid.
 */
static struct re *
dockerignore_compile(const char *pat)
{
	struct re	*re;
	char		*rx, *err;
	size_t		 n = 0, cap, i, at;

	cap = strlen(pat) * 8 + 16;
	rx = xmalloc(cap);
#define PUT(s) do {							\
	size_t l_ = strlen(s);						\
	memcpy(rx + n, (s), l_);					\
	n += l_;							\
} while (0)
	PUT("^");
	for (i = 0; pat[i] != '\0'; i++) {
		char	ch = pat[i], one[3];

		if (ch == '*') {
			if (pat[i + 1] == '*') {
				i++;
				if (pat[i + 1] == '/')
					i++;
				if (pat[i + 1] == '\0')
					PUT(".*");
				else
					PUT("(.*/)?");
			} else
				PUT("[^/]*");
		} else if (ch == '?')
			PUT("[^/]");
		else if (strchr(".+()|{}$", ch) != NULL) {
			one[0] = '\\';
			one[1] = ch;
			one[2] = '\0';
			PUT(one);
		} else if (ch == '\\') {
			if (pat[i + 1] != '\0') {
				one[0] = '\\';
				one[1] = pat[++i];
				one[2] = '\0';
				PUT(one);
			} else
				PUT("\\\\");
		} else {
			one[0] = ch;
			one[1] = '\0';
			PUT(one);
		}
	}
	PUT("\\z");
#undef PUT
	rx[n] = '\0';
	if (re_compile(&re, rx, &err, &at) == -1) {
		free(err);
		re = NULL;
	}
	free(rx);
	return re;
}

static int
dockerignore_re_match(const struct re *re, const char *s, size_t len)
{
	struct span	m;

	return re != NULL && re_search(re, s, len, &m) == 1;
}

/*
 * 1 when the single pattern pat (as written in a .dockerignore, without
 * '!') matches path or one of its parent directories, else 0.  For
 * tests and one-off questions; dockerignore_match() is the real thing.
 */
int
dockerignore_match_pattern(const char *pat, const char *path)
{
	struct dockerignore	*di;
	int			 r;

	di = dockerignore_parse(pat, strlen(pat));
	r = dockerignore_match(di, path);
	dockerignore_free(di);
	return r;
}

/*
 * Parse the text of a .dockerignore.  Never fails: invalid patterns are
 * kept and never match.  Free with dockerignore_free().
 */
struct dockerignore *
dockerignore_parse(const char *data, size_t len)
{
	struct dockerignore		*di;
	struct dockerignore_pattern	*p;
	const char			*s, *e, *end = data + len;
	char				*line, *t, *clean;
	size_t				 lineno = 0, l;
	int				 excl;

	di = xcalloc(1, sizeof(*di));
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		data += 3;
	for (s = data; s < end; s = e + 1) {
		for (e = s; e < end && *e != '\n'; e++)
			continue;
		lineno++;
		if (e > s && *s == '#')
			continue;
		line = xstrndup(s, e - s);
		t = line;
		while (*t == ' ' || *t == '\t' || *t == '\r' || *t == '\v' ||
		    *t == '\f')
			t++;
		l = strlen(t);
		while (l > 0 && (t[l - 1] == ' ' || t[l - 1] == '\t' ||
		    t[l - 1] == '\r' || t[l - 1] == '\v' || t[l - 1] == '\f'))
			t[--l] = '\0';
		if (*t == '\0') {
			free(line);
			continue;
		}
		excl = *t == '!';
		if (excl) {
			t++;
			while (*t == ' ' || *t == '\t')
				t++;
		}
		if (*t == '\0') {
			/* "!" alone: patternmatcher rejects it */
			free(line);
			continue;
		}
		clean = dockerignore_clean(t);
		if (clean[0] == '/' && clean[1] != '\0')
			memmove(clean, clean + 1, strlen(clean));
		VEC_GROW(di);
		p = &di->v[di->n++];
		p->text = clean;
		p->exclusion = excl;
		p->line = lineno;
		p->re = dockerignore_compile(clean);
		free(line);
		if (e == end)
			break;
	}
	return di;
}

/*
 * Load the .dockerignore at path into *out.  Returns 0, or -1 when it
 * cannot be read (errno set; a missing file is the usual case).
 */
int
dockerignore_load(struct dockerignore **out, const char *path)
{
	FILE	*fp;
	char	*data = NULL;
	size_t	 len = 0, cap = 0, n;

	*out = NULL;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	for (;;) {
		if (len + 4096 > cap) {
			cap = cap ? cap * 2 : 8192;
			data = xreallocarray(data, cap, 1);
		}
		n = fread(data + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		fclose(fp);
		free(data);
		errno = EIO;
		return -1;
	}
	fclose(fp);
	*out = dockerignore_parse(data != NULL ? data : "", len);
	free(data);
	return 0;
}

/* Free di; NULL is allowed. */
void
dockerignore_free(struct dockerignore *di)
{
	size_t	i;

	if (di == NULL)
		return;
	for (i = 0; i < di->n; i++) {
		free(di->v[i].text);
		re_free(di->v[i].re);
	}
	free(di->v);
	free(di);
}

/*
 * 1 when path (relative to the context root, '/'-separated) is excluded
 * from the build context by di, else 0: the last pattern that matches
 * the path or one of its parent directories decides, an exclusion
 * pattern re-including (patternmatcher's MatchesOrParentMatches).
 */
int
dockerignore_match(const struct dockerignore *di, const char *path)
{
	const struct dockerignore_pattern *p;
	char		*file;
	size_t		 i, k, flen;
	int		 matched = 0, m;
	const char	*slash;

	if (di == NULL)
		return 0;
	file = dockerignore_clean(path);
	if (file[0] == '/' && file[1] != '\0')
		memmove(file, file + 1, strlen(file));
	flen = strlen(file);
	slash = strrchr(file, '/');
	for (i = 0; i < di->n; i++) {
		p = &di->v[i];
		if (p->exclusion != matched)
			continue;
		m = dockerignore_re_match(p->re, file, flen);
		/* Parent directories: "a", "a/b", ... of "a/b/c". */
		for (k = 0; !m && slash != NULL && k < (size_t)(slash - file);
		    k++)
			if (file[k + 1] == '/' || k + 1 ==
			    (size_t)(slash - file))
				m = dockerignore_re_match(p->re, file, k + 1);
		if (m)
			matched = !p->exclusion;
	}
	free(file);
	return matched;
}
