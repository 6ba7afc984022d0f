/* SPDX-License-Identifier: ISC */
/*
 * Suppression comments in a Dockerfile, and the part of the file each
 * one covers:
 *
 *	# dfopt ignore=DF3001,apt-lists-not-removed	the next instruction
 *	# dfopt stage ignore=DF2001			the rest of the stage
 *	# dfopt global ignore=DL3008			the whole file
 *	# hadolint ignore=DL3008   (and global, stage)	the same, hadolint's
 *	# check=skip=StageNameCasing,all;error=true	BuildKit's directive:
 *							whole file
 *
 * As in BuildKit, a BUILDKIT_DOCKERFILE_CHECK build argument (set
 * ps->check_arg before pragmas_collect()) replaces the directive; its
 * pragma has an empty span.
 *
 * An id may be a rule id, name or alias, in any case; several are
 * separated by commas (blanks around them allowed) and text after the
 * list, past a blank, is a free comment ("# dfopt ignore=DF3001 -- ok
 * here").  "Next instruction" is the first instruction that starts after
 * the comment, with everything it holds (continuation lines, heredocs,
 * an ONBUILD trigger).  "Rest of the stage" runs from the comment to the
 * next FROM; a stage pragma directly above a FROM covers that FROM's
 * whole stage.
 *
 *	struct pragmas p;
 *	pragmas_collect(&p, file);
 *	if (pragmas_suppress(&p, rule, span)) ... suppressed ...
 *	for (every p.v[i].ids[j] with used == 0) ... DF9001 ...
 *	pragmas_release(&p);
 *
 * This file does not know which ids exist; the matching of an id to a
 * rule is rules_match() (rules.h).
 */
#ifndef PRAGMA_H
#define PRAGMA_H

#include <stddef.h>

#include "dfopt.h"

struct ast_file;
struct rule_entry;

enum pragma_scope {
	PRAGMA_NEXT = 0,	/* the next instruction */
	PRAGMA_STAGE,		/* to the end of the stage */
	PRAGMA_GLOBAL		/* the whole file */
};

enum pragma_tool {
	PRAGMA_DFOPT = 0,	/* # dfopt ... */
	PRAGMA_HADOLINT,	/* # hadolint ... */
	PRAGMA_BUILDKIT		/* # check=skip=... directive */
};

struct pragma_id {
	char		*text;		/* as written; owned */
	struct span	 span;		/* in the source */
	int		 used;		/* suppressed a finding */
};

struct pragma {
	enum pragma_tool  tool;
	enum pragma_scope scope;
	struct span	  span;		/* the comment or directive */
	struct span	  range;	/* source bytes it covers */
	struct pragma_id *ids;		/* owned */
	size_t		  nids;
	int		  invalid;	/* "# dfopt ignore" without ids,
					   "# check=bogus" */
};

struct pragmas {
	struct pragma	*v;		/* in source order */
	size_t		 n;
	size_t		 cap;
	int		 check_error;	/* # check=error=true */
	int		 skip_all;	/* # check=skip=all */
	struct pragma_id *skip_all_id;	/* the "all", or NULL */
	const char	*check_arg;	/* --build-arg BUILDKIT_DOCKERFILE_
					   CHECK: replaces the directive */
	size_t		*by[3];		/* private: v indices per scope, */
	size_t		 nby[3];	/*   ordered by range.off */
};

int	pragma_parse(struct pragma *, const char *, size_t);
void	pragma_release(struct pragma *);
void	pragmas_init(struct pragmas *);
void	pragmas_collect(struct pragmas *, const struct ast_file *);
void	pragmas_release(struct pragmas *);
int	pragmas_check_directive(struct pragmas *, const char *, size_t);
int	pragmas_suppress(struct pragmas *, const struct rule_entry *,
	    struct span);

#endif
