/* SPDX-License-Identifier: ISC */
/*
 * The rule engine and the rule table.
 *
 * A rule is one `const struct rule_entry rule_<name>_entry` in its family
 * file (src/rules/<family>.c); the table is every such entry, sorted by
 * id (rules_count(), rules_at()).  The engine walks the file and the
 * stage graph and calls each enabled rule's check at its scope; rules
 * never walk the tree themselves.  A check reports through rule_report(),
 * which applies suppressions and level overrides, so a rule author gets
 * every output format, pragma and the exit status for free.
 *
 * Adding a rule (touches only the family file and the doc):
 *  1. Pick the next free id in its family and write rules/DFxxxx.md, with
 *     front matter (id, name, level, since, fix, aliases) and the sections
 *     What it does / Why is this bad? / Bad / Good / Fix.  The title line
 *     is "# DFxxxx name: summary".  A Bad or Good block may carry
 *     arguments for dfopt check: ```dockerfile args="--target app"```;
 *     a ```yaml block anywhere in the doc is the .dfopt.yaml of all its
 *     examples, a ```dockerignore block their context's .dockerignore.
 *  2. Add `const struct rule_entry rule_<name>_entry = { ... };` to the
 *     family file in src/rules/, starting in column 0 exactly like that
 *     (not static): build-aux/rulelist.awk collects every such definition
 *     of the src/rules/ *.c files listed in Makefile.am into the generated
 *     src/rules/rule-list.inc, and rules.c sorts them by id at start-up.
 *     There is no table line to add.  The summary must equal the doc's
 *     title summary.  A new family file is one line in the
 *     "area: rules" block of Makefile.am (libdfopt_a_SOURCES +=).
 *  3. `make regen-rules` regenerates src/rules/rules-doc.inc and
 *     man/dfopt-rules.7 from rules/ *.md (commit both); then `make check`:
 *     tests/rules.sh runs every Bad block (the rule must fire) and Good
 *     block (it must stay silent) with `dfopt check --select ID`, the
 *     table test checks ids, names and aliases, and tests/docs.sh says
 *     when a doc or an entry is missing.  Add a ChangeLog line citing the
 *     id.  Edge cases go in tests/golden/check/ (see tests/golden-check.sh;
 *     regenerate only your own cases: DFOPT_CASES='DF3001-*'
 *     DFOPT_UPDATE=1 make check TESTS=tests/golden-check.sh).
 *  A rule that is off by default has RULE_OFF; one about the shipped
 *  image only (not builder stages) has RULE_RUNTIME_ONLY.  A BuildKit
 *  check lists its check name (CamelCase) among its aliases: that is
 *  what "# check=skip=Name" and "# check=error=true" go by.
 *
 * A check reads ctx (below), never walks the tree, and reports with
 * rule_report(); a NULL return means "suppressed": skip the help and fix.
 * Shared per-instruction work is cached by the engine: rule_ctx_index(),
 * rule_ctx_arena() (scratch memory freed after the file),
 * rule_ctx_dockerignore() (the build's ignore file).  The
 * commands of a RUN come from run_open() (run.h), which parses each RUN
 * once and caches it.
 *
 * Families: DF1xxx syntax (reported by the parser), DF2xxx instruction
 * hygiene, DF3xxx RUN and shell, DF4xxx stage graph, DF5xxx layers and
 * size, DF6xxx BuildKit build checks, DF9xxx meta.  Ids are never reused.
 *
 * Running the engine (cmd-check.c):
 *
 *	struct rules_opts o = { .config = cfg, .context = ".." };
 *	f = parser_parse(src, &d, 0);
 *	graph_build(&g, f, &gopts, &d);
 *	rules_check(f, g, &o, &d);	(filters d, then adds findings)
 *	diags_sort(&d);
 *
 * rules_check() applies levels, --select, config ignores and pragmas to
 * the parser's and graph's findings already in d (those from index
 * o.first on), then runs every enabled rule, the user rules of the
 * config and shellcheck, then DF9001 and DF9002.
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
struct arena;
struct dockerignore;

enum rule_scope {
	RULE_SCOPE_NONE = 0,	/* reported elsewhere (parser, graph) */
	RULE_SCOPE_INSTR,	/* each instruction, ONBUILD triggers too */
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
#define RULE_USER		0x04	/* from the config's rules: (engine) */

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

/* What rules_check() is told besides the file. */
struct rules_opts {
	const struct config	*config;	/* may be NULL */
	const char *const	*select;	/* run only these ids, names
						   or aliases (NULL-
						   terminated); NULL: all */
	const char		*context;	/* build context directory
						   (.dockerignore); NULL:
						   none */
	const char		*dockerfile;	/* the file's path, for
						   <path>.dockerignore;
						   NULL: standard input */
	size_t			 first;		/* diags of this file start
						   at d->v[first] */
	const char		*check_arg;	/* BUILDKIT_DOCKERFILE_CHECK
						   build argument, or NULL */
	int			 shellcheck;	/* run shellcheck on RUN */
	const char		*shellcheck_path;	/* NULL: "shellcheck" */
};

int	rules_check(const struct ast_file *, const struct graph *,
	    const struct rules_opts *, struct diags *);

/* Number of entries and the i-th, in id order. */
size_t			 rules_count(void);
const struct rule_entry	*rules_at(size_t);
/* By id, name or alias, case-insensitively; NULL when unknown. */
const struct rule_entry	*rules_find(const char *);
/* The rule's Markdown doc (generated rules-doc.inc), or NULL. */
const char		*rules_doc(const struct rule_entry *);
/* URL of the rule's doc, for SARIF helpUri and --help. */
const char		*rules_help_uri(const struct rule_entry *);
/* 1 when s (id, name or alias, any case) names the rule. */
int			 rules_match(const struct rule_entry *, const char *);
/* The BuildKit check name of a rule (its CamelCase alias), or NULL. */
const char		*rules_buildkit_name(const struct rule_entry *);
/* NULL when the table's invariants hold, else what is wrong (tests). */
const char		*rules_table_problem(void);
/* The enabled level of r under config (SEV_NONE: off). */
enum severity		 rules_level(const struct rule_entry *,
			    const struct config *);

/*
 * Report a finding of ctx->rule at span with the rule's effective level.
 * Returns the finding (to add help or fix edits; valid until the next
 * report), or NULL when it was suppressed by a pragma or config.
 */
struct diag	*rule_report(struct rule_ctx *, struct span, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

/*
 * Report a finding under an id that is not in the table (shellcheck's
 * SCxxxx) at level; config, --select and pragmas apply by that id.
 * Returns the finding or NULL when suppressed.
 */
struct diag	*rule_report_as(struct rule_ctx *, const char *, enum severity,
		    struct span, const char *, ...)
		    __attribute__((format(printf, 5, 6)));

/*
 * Engine services for checks, computed once per file or instruction.
 * rule_ctx_index(): index in ctx->file->instrs of ctx->instr (of the
 * ONBUILD holding it for a trigger), or (size_t)-1 outside INSTR scope.
 * rule_ctx_arena(): scratch memory, freed when the file is done.
 * rule_ctx_dockerignore(): <Dockerfile>.dockerignore beside the file if
 * there is one, else the .dockerignore of the build context (--context,
 * default the Dockerfile's directory), or NULL when there is none or no
 * context (stdin).
 */
size_t		 rule_ctx_index(const struct rule_ctx *);
struct arena	*rule_ctx_arena(struct rule_ctx *);
const struct dockerignore *rule_ctx_dockerignore(struct rule_ctx *);

#endif
