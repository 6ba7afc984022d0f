/* SPDX-License-Identifier: ISC */
/*
 * The rule engine and the rule table.
 *
 * A rule is one `const struct rule_entry rule_<name>_entry` in its family
 * file (src/rules/<family>.c) and one line in rule_table[] (rules.c).  The
 * engine walks the file and the stage graph and calls each enabled rule's
 * check at its scope; rules never walk the tree themselves.  A check
 * reports through rule_report(), which applies suppressions and level
 * overrides, so a rule author gets every output format, pragma and the exit
 * status for free.
 *
 * Adding a rule:
 *  1. Pick the next free id in its family and write rules/DFxxxx.md, with
 *     front matter (id, name, level, since, fix, aliases) and the sections
 *     What it does / Why is this bad? / Bad / Good / Fix.
 *  2. Add `rule_<name>_entry` to the family file in src/rules/.  The
 *     summary must equal the doc's title.
 *  3. Add one line to rule_table[] (sorted by id), then `make check`: the
 *     doc-derived tests (tests/rules.sh), the table test and tests/docs.sh
 *     say what is missing.  Commit the regenerated rules-doc.inc and
 *     man/dfopt-rules.7, and add a ChangeLog line citing the id.
 *
 * Families: DF1xxx syntax (reported by the parser), DF2xxx instruction
 * hygiene, DF3xxx RUN and shell, DF4xxx stage graph, DF5xxx layers and
 * size, DF6xxx BuildKit build checks, DF9xxx meta.  Ids are never reused.
 */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include "dfopt.h"

struct ast_file;
struct ast_instr;
struct config;
struct diag;
struct diags;
struct graph;
struct stage;
struct rule_ctx;

enum rule_scope {
	RULE_SCOPE_NONE = 0,	/* reported elsewhere (parser, graph) */
	RULE_SCOPE_INSTR,	/* once per instruction (ONBUILD triggers too) */
	RULE_SCOPE_STAGE,	/* once per stage, after its instructions */
	RULE_SCOPE_FILE,	/* once per file */
	RULE_SCOPE_GRAPH	/* once per file, with the stage graph */
};

enum fix_safety {
	FIX_NONE = 0,		/* no fix */
	FIX_SAFE,		/* keeps behaviour; applied by rewrite */
	FIX_UNSAFE		/* may change behaviour; rewrite --unsafe */
};

/* Rule entry flags. */
#define RULE_OFF		0x01	/* off unless enabled by config */
#define RULE_RUNTIME_ONLY	0x02	/* only stages in the target image */

typedef void	(*rule_check_fn)(struct rule_ctx *);

struct rule_entry {
	const char	*id;		/* "DF3001"; never reused */
	const char	*name;		/* "apt-lists-not-removed" */
	enum severity	 level;		/* default; config may override */
	enum rule_scope	 scope;		/* when the engine calls check */
	unsigned	 flags;		/* RULE_* */
	const char	*summary;	/* = title line of rules/DFxxxx.md */
	const char *const *aliases;	/* NULL-terminated: "DL3008",
					   "UndefinedVar"; or NULL */
	rule_check_fn	 check;		/* NULL for RULE_SCOPE_NONE */
	enum fix_safety	 fix;
};

/*
 * What a check sees.  Everything is borrowed and valid during the call.
 */
struct rule_ctx {
	const struct rule_entry	*rule;		/* the rule being run */
	const struct ast_file	*file;
	const struct graph	*graph;		/* stage graph of file */
	const struct stage	*stage;		/* INSTR/STAGE scope; NULL for
						   instructions before FROM */
	int			 runtime;	/* stage ends up in the target
						   image (target or an
						   ancestor by FROM) */
	int			 needed;	/* stage is built for target */
	const struct ast_instr	*instr;		/* INSTR scope */
	const struct ast_instr	*parent;	/* ONBUILD holding instr */
	const struct config	*config;	/* may be NULL */
	struct diags		*diags;
	void			*engine;	/* private to rules.c */
};

/* Number of entries and the i-th, in id order. */
size_t			 rules_count(void);
const struct rule_entry	*rules_at(size_t);
/* By id, name or alias, case-insensitively; NULL when unknown. */
const struct rule_entry	*rules_find(const char *);
/* The rule's Markdown doc (generated rules-doc.inc), or NULL. */
const char		*rules_doc(const struct rule_entry *);
/* URL of the rule's doc, for SARIF helpUri and --help. */
const char		*rules_help_uri(const struct rule_entry *);

/*
 * Report a finding of ctx->rule at span with the rule's effective level.
 * Returns the finding (to add help or fix edits; valid until the next
 * report), or NULL when it was suppressed by a pragma or config.
 */
struct diag	*rule_report(struct rule_ctx *, struct span, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

#endif
