/* SPDX-License-Identifier: ISC */
/*
 * Image references: parse and normalise "alpine", "ghcr.io/o/r:1@sha256:.."
 * the way BuildKit does before it pulls a base image
 * (distribution/reference ParseNormalizedNamed, then TagNameOnly).
 *
 *	struct imageref r;
 *	const char *why;
 *	if (imageref_parse(&r, a, "Alpine:3", &why) == -1)
 *		... why is "repository name (library/Alpine) must be lowercase"
 *	else
 *		... r.name "docker.io/library/alpine:3", r.familiar "alpine:3"
 *
 * The rules, as distribution/reference has them:
 *  - the part before the first '/' is a registry when it contains '.' or
 *    ':', is "localhost", or has an upper-case letter; otherwise the
 *    registry is docker.io ("index.docker.io" is spelled docker.io);
 *  - on docker.io a one-component path gets "library/";
 *  - path components are [a-z0-9]+ joined by '.', '_', "__" or dashes;
 *    the registry plus path is at most 255 bytes;
 *  - a tag is [A-Za-z0-9_][A-Za-z0-9_.-]{0,127};
 *  - a digest is algorithm:hex; sha256, sha384 and sha512 need exactly
 *    64, 96 and 128 lower-case hex digits, other algorithms are refused;
 *  - 64 hex digits alone are an image id, not a name, and refused;
 *  - with neither tag nor digest the tag "latest" is implied.
 * Nothing here resolves a name against a registry or a named context.
 */
#ifndef IMAGEREF_H
#define IMAGEREF_H

struct arena;

struct imageref {
	const char	*domain;	/* "docker.io", "localhost:5000" */
	const char	*path;		/* "library/alpine" */
	const char	*tag;		/* as written; NULL when none */
	const char	*digest;	/* "sha256:..."; NULL when none */
	const char	*name;		/* domain/path[:tag][@digest], with
					   ":latest" when neither is given */
	const char	*familiar;	/* name without "docker.io/" and
					   "library/" (Docker's short form) */
	int		 implicit_tag;	/* ":latest" was added */
};

int	imageref_parse(struct imageref *, struct arena *, const char *,
	    const char **);

#endif
