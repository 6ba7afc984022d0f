/* SPDX-License-Identifier: ISC */
/*
 * A .dockerignore matcher with Docker's semantics (moby/patternmatcher
 * and moby/buildkit's dockerignore reader):
 *
 *  - one pattern per line; a line whose first character is '#' is a
 *    comment; blank lines are skipped; lines are trimmed of white space;
 *  - a leading '!' makes an exception (re-include); the last matching
 *    pattern decides;
 *  - patterns are cleaned like Go's filepath.Clean (so "./a//b/" is
 *    "a/b") and a leading '/' is dropped: every pattern is relative to
 *    the context root;
 *  - '*' matches any run of non-'/' characters, '?' one non-'/'
 *    character, "[...]" a character class ("[^...]" / "[!...]" negated,
 *    ranges), '\\' escapes the next character, and "**" matches any
 *    number of directories (zero included);
 *  - a pattern that matches a directory also excludes everything under
 *    it: "a" matches "a/b/c" (patternmatcher's parent-path matching);
 *  - a pattern Go's regexp would reject (an unclosed "[") never matches
 *    (Docker fails the build instead).
 *
 * Patterns are translated to regular expressions exactly as
 * patternmatcher does and matched with re.c.
 *
 *	struct dockerignore *di;
 *	if (dockerignore_load(&di, "ctx/.dockerignore") == 0) {
 *		if (dockerignore_match(di, "node_modules/x.js")) ...
 *		dockerignore_free(di);
 *	}
 */
#ifndef DOCKERIGNORE_H
#define DOCKERIGNORE_H

#include <stddef.h>

struct re;

struct dockerignore_pattern {
	char		*text;		/* cleaned pattern, without '!' */
	int		 exclusion;	/* '!': re-include */
	size_t		 line;		/* 1-based line in the file */
	struct re	*re;		/* NULL: invalid, never matches */
};

struct dockerignore {
	struct dockerignore_pattern *v;
	size_t			 n;
	size_t			 cap;
};

int	dockerignore_load(struct dockerignore **, const char *);
struct dockerignore *dockerignore_parse(const char *, size_t);
void	dockerignore_free(struct dockerignore *);
int	dockerignore_match(const struct dockerignore *, const char *);
int	dockerignore_match_pattern(const char *, const char *);
char	*dockerignore_clean(const char *);

#endif
