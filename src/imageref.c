/* SPDX-License-Identifier: ISC */
/*
 * Image reference parsing and normalisation (see imageref.h for the
 * grammar).  Written as a small hand scanner rather than regular
 * expressions: the reference grammar is regular and short, and the scanner
 * can say which part is wrong.  It does not talk to registries.
 */
#include <ctype.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "imageref.h"

#define IMAGEREF_NAME_MAX	255	/* NameTotalLengthMax */
#define IMAGEREF_TAG_MAX	128

static int	imageref_is_hexid(const char *);
static int	imageref_domain_ok(const char *, size_t);
static int	imageref_component_ok(const char *, size_t);
static int	imageref_tag_ok(const char *, size_t);
static int	imageref_digest_ok(struct arena *, const char *, size_t,
		    const char **);

/* 64 lower-case hex digits: an image id (anchoredIdentifierRegexp). */
static int
imageref_is_hexid(const char *s)
{
	size_t	i;

	for (i = 0; s[i] != '\0'; i++)
		if (!isdigit((unsigned char)s[i]) && (s[i] < 'a' || s[i] > 'f'))
			return 0;
	return i == 64;
}

static int
imageref_alnum(int c)
{
	return isascii(c) && isalnum(c);
}

/*
 * A registry: host[:port], where host is dot-separated components of
 * letters, digits and inner dashes, or a bracketed IPv6 address.
 */
static int
imageref_domain_ok(const char *s, size_t len)
{
	size_t	i, host, start;

	if (len == 0)
		return 0;
	host = len;
	for (i = len; i > 0; i--) {
		if (s[i - 1] == ':') {
			host = i - 1;
			break;
		}
		if (!isdigit((unsigned char)s[i - 1]))
			break;
	}
	if (host < len && host + 1 == len)
		return 0;		/* "host:" */
	if (host == 0)
		return 0;
	if (s[0] == '[') {
		if (host < 3 || s[host - 1] != ']')
			return 0;
		for (i = 1; i < host - 1; i++)
			if (!isxdigit((unsigned char)s[i]) && s[i] != ':')
				return 0;
		return 1;
	}
	start = 0;
	for (i = 0; i <= host; i++) {
		if (i < host && s[i] != '.')
			continue;
		/* component s[start..i) */
		if (i == start)
			return 0;
		if (!imageref_alnum((unsigned char)s[start]) ||
		    !imageref_alnum((unsigned char)s[i - 1]))
			return 0;
		for (; start < i; start++)
			if (!imageref_alnum((unsigned char)s[start]) &&
			    s[start] != '-')
				return 0;
		start = i + 1;
	}
	return 1;
}

/* [a-z0-9]+ ( ("." | "_" | "__" | "-"+) [a-z0-9]+ )* */
static int
imageref_component_ok(const char *s, size_t len)
{
	size_t	i, run;

	if (len == 0)
		return 0;
	i = 0;
	for (;;) {
		run = 0;
		while (i < len && (isdigit((unsigned char)s[i]) ||
		    (s[i] >= 'a' && s[i] <= 'z'))) {
			i++;
			run++;
		}
		if (run == 0)
			return 0;
		if (i == len)
			return 1;
		if (s[i] == '.')
			i++;
		else if (s[i] == '_') {
			i++;
			if (i < len && s[i] == '_')
				i++;
		} else if (s[i] == '-') {
			while (i < len && s[i] == '-')
				i++;
		} else
			return 0;
	}
}

/* [\w][\w.-]{0,127} */
static int
imageref_tag_ok(const char *s, size_t len)
{
	size_t	i;

	if (len == 0 || len > IMAGEREF_TAG_MAX)
		return 0;
	if (!imageref_alnum((unsigned char)s[0]) && s[0] != '_')
		return 0;
	for (i = 1; i < len; i++)
		if (!imageref_alnum((unsigned char)s[i]) && s[i] != '_' &&
		    s[i] != '.' && s[i] != '-')
			return 0;
	return 1;
}

/*
 * algorithm ":" hex: the reference grammar
 * ([A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}),
 * then go-digest's checks of known algorithms and lengths.
 */
static int
imageref_digest_ok(struct arena *a, const char *s, size_t len,
    const char **why)
{
	static const struct {
		const char	*name;
		size_t		 hexlen;
	} algs[] = { { "sha256", 64 }, { "sha384", 96 }, { "sha512", 128 } };
	const char	*colon;
	size_t		 alen, hlen, i;

	colon = memchr(s, ':', len);
	if (colon == NULL || colon == s) {
		*why = arena_printf(a, "invalid digest '%.*s'", (int)len, s);
		return 0;
	}
	alen = colon - s;
	hlen = len - alen - 1;
	/* [A-Za-z][A-Za-z0-9]* joined by one of "-_+." */
	for (i = 0; i < alen; i++) {
		if (isascii((unsigned char)s[i]) &&
		    isalpha((unsigned char)s[i]))
			continue;
		if (i > 0 && isdigit((unsigned char)s[i]) &&
		    strchr("-_+.", s[i - 1]) == NULL)
			continue;
		if (i > 0 && i + 1 < alen && strchr("-_+.", s[i]) != NULL &&
		    isascii((unsigned char)s[i + 1]) &&
		    isalpha((unsigned char)s[i + 1]))
			continue;
		*why = arena_printf(a, "invalid digest '%.*s'", (int)len, s);
		return 0;
	}
	if (!isalpha((unsigned char)s[0])) {
		*why = arena_printf(a, "invalid digest '%.*s'", (int)len, s);
		return 0;
	}
	for (i = 0; i < hlen; i++)
		if (!isxdigit((unsigned char)colon[1 + i]))
			break;
	if (i < hlen || hlen < 32) {
		*why = arena_printf(a, "invalid digest '%.*s'", (int)len, s);
		return 0;
	}
	for (i = 0; i < sizeof(algs) / sizeof(algs[0]); i++) {
		if (strlen(algs[i].name) != alen ||
		    memcmp(algs[i].name, s, alen) != 0)
			continue;
		if (hlen != algs[i].hexlen) {
			*why = arena_printf(a, "invalid %s digest length %zu "
			    "(want %zu hex digits)", algs[i].name, hlen,
			    algs[i].hexlen);
			return 0;
		}
		for (i = 0; i < hlen; i++)
			if (isupper((unsigned char)colon[1 + i])) {
				*why = arena_printf(a, "invalid digest '%.*s': "
				    "hex digits must be lower-case", (int)len,
				    s);
				return 0;
			}
		return 1;
	}
	*why = arena_printf(a, "unsupported digest algorithm '%.*s'",
	    (int)alen, s);
	return 0;
}

/*
 * Parse and normalise reference s.  Returns 0 with *out filled (strings
 * from arena a, borrowed until arena_free()), or -1 with *why set to a
 * message from a (out is then zeroed).
 */
int
imageref_parse(struct imageref *out, struct arena *a, const char *s,
    const char **why)
{
	const char	*slash, *rem, *p, *end, *at, *colon;
	char		*domain, *path;
	size_t		 dlen, plen, i, start;
	int		 lower;

	memset(out, 0, sizeof(*out));
	*why = NULL;
	if (*s == '\0') {
		*why = "repository name must have at least one component";
		return -1;
	}
	if (imageref_is_hexid(s)) {
		*why = arena_printf(a, "invalid repository name '%s': cannot "
		    "specify 64-byte hexadecimal strings", s);
		return -1;
	}

	/* splitDockerDomain */
	slash = strchr(s, '/');
	lower = 1;
	if (slash != NULL)
		for (p = s; p < slash; p++)
			if (isupper((unsigned char)*p))
				lower = 0;
	if (slash == NULL || (memchr(s, '.', slash - s) == NULL &&
	    memchr(s, ':', slash - s) == NULL &&
	    !(slash - s == 9 && memcmp(s, "localhost", 9) == 0) && lower)) {
		domain = arena_strdup(a, "docker.io");
		rem = s;
	} else {
		domain = arena_strndup(a, s, slash - s);
		rem = slash + 1;
	}
	if (strcmp(domain, "index.docker.io") == 0)
		domain = arena_strdup(a, "docker.io");
	dlen = strlen(domain);

	/* The path runs to the first ':' or '@'. */
	end = rem + strcspn(rem, ":@");
	if (strcmp(domain, "docker.io") == 0 && memchr(rem, '/', end - rem) ==
	    NULL)
		path = arena_printf(a, "library/%.*s", (int)(end - rem), rem);
	else
		path = arena_strndup(a, rem, end - rem);
	plen = strlen(path);

	for (i = 0; i < plen; i++)
		if (isupper((unsigned char)path[i])) {
			*why = arena_printf(a, "repository name '%s' must be "
			    "lower-case", path);
			return -1;
		}
	if (!imageref_domain_ok(domain, dlen)) {
		*why = arena_printf(a, "invalid registry '%s'", domain);
		return -1;
	}
	start = 0;
	for (i = 0; i <= plen; i++) {
		if (i < plen && path[i] != '/')
			continue;
		if (!imageref_component_ok(path + start, i - start)) {
			*why = arena_printf(a, "invalid repository name '%s'",
			    path);
			return -1;
		}
		start = i + 1;
	}
	if (dlen + 1 + plen > IMAGEREF_NAME_MAX) {
		*why = "repository name must not be more than 255 characters";
		return -1;
	}

	out->domain = domain;
	out->path = path;
	p = end;
	if (*p == ':') {
		at = strchr(p + 1, '@');
		colon = at != NULL ? at : p + strlen(p);
		if (!imageref_tag_ok(p + 1, colon - p - 1)) {
			*why = arena_printf(a, "invalid tag '%.*s'",
			    (int)(colon - p - 1), p + 1);
			memset(out, 0, sizeof(*out));
			return -1;
		}
		out->tag = arena_strndup(a, p + 1, colon - p - 1);
		p = colon;
	}
	if (*p == '@') {
		if (!imageref_digest_ok(a, p + 1, strlen(p + 1), why)) {
			memset(out, 0, sizeof(*out));
			return -1;
		}
		out->digest = arena_strdup(a, p + 1);
	} else if (*p != '\0') {
		*why = arena_printf(a, "invalid reference format '%s'", s);
		memset(out, 0, sizeof(*out));
		return -1;
	}

	out->implicit_tag = out->tag == NULL && out->digest == NULL;
	out->name = arena_printf(a, "%s/%s%s%s%s%s", domain, path,
	    out->digest == NULL || out->tag != NULL ? ":" : "",
	    out->tag != NULL ? out->tag : out->digest == NULL ? "latest" : "",
	    out->digest != NULL ? "@" : "",
	    out->digest != NULL ? out->digest : "");
	p = out->name;
	if (strncmp(p, "docker.io/", 10) == 0) {
		p += 10;
		if (strncmp(p, "library/", 8) == 0 &&
		    strchr(p + 8, '/') == NULL)
			p += 8;
	}
	out->familiar = p;
	return 0;
}
