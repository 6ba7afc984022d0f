/* SPDX-License-Identifier: ISC */
/*
 * The rule table and the engine that runs it.
 *
 * The table is every `const struct rule_entry rule_<name>_entry` of the
 * family files, collected at build time into rule-list.inc (see
 * build-aux/rulelist.awk and the checklist in rules.h) and sorted by id
 * on first use.  The engine (rules_check()) walks one parsed file: it
 * filters the parser's and the graph's findings through levels, --select,
 * config ignores and pragmas, calls each enabled rule at its scope
 * (instruction, stage, file, graph), runs the user rules of the config
 * and shellcheck, and finally reports unused and invalid suppressions
 * (DF9001, DF9002).  Rules never walk the tree and never print.
 *
 * What a finding's level is: the rule's default, then the config (enable,
 * level, ignore, in that order, later entries winning), then --select,
 * then BuildKit's "# check=error=true" for BuildKit checks.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "dfconfig.h"
#include "diag.h"
#include "dockerignore.h"
#include "graph.h"
#include "pragma.h"
#include "re.h"
#include "source.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/shellcheck.h"
#include "shell.h"

#define RULE_LIST_DECLARE
#include "src/rules/rule-list.inc"
#undef RULE_LIST_DECLARE

static const struct rule_entry *const rule_list[] = {
#include "src/rules/rule-list.inc"
};
#define RULE_LIST_COUNT	(sizeof(rule_list) / sizeof(rule_list[0]))

/* The generated docs: rules_doc_list[] of { id, markdown }. */
#include "rules-doc.inc"

#define RULES_NO_INDEX	((size_t)-1)

/* A rule to run in this file and its level there (computed once). */
struct engine_rule {
	const struct rule_entry	*r;
	enum severity		 level;
};

struct engine {
	const struct ast_file	*file;
	const struct graph	*graph;
	const struct rules_opts	*opts;
	const struct config	*config;
	struct diags		*diags;
	struct pragmas		 pragmas;
	int			 use_pragmas;
	struct arena		*arena;		/* rule_ctx_arena() */
	struct dockerignore	*dockerignore;
	int			 dockerignore_loaded;
	size_t			 index;		/* rule_ctx_index() */
	enum severity		 level;		/* of the rule being run */
	int			 re_warned;
};

static const struct rule_entry **rules_sorted;
static char		**rules_uris;
static size_t		  rules_nsorted;

static void	rules_init(void);
static int	rules_cmp(const void *, const void *);
static int	rules_kebab(const char *);
static void	rules_config(const struct rule_entry *, const struct config *,
		    enum severity *, int *);
static enum severity engine_level(struct engine *, const struct rule_entry *);
static int	engine_selected(struct engine *, const struct rule_entry *);
static const struct rule_entry *engine_rule(struct engine *, const char *);
static void	engine_filter(struct engine *);
static void	engine_call(struct engine *, struct rule_ctx *,
		    const struct engine_rule *);
static void	engine_instr(struct engine *, const struct engine_rule *,
		    size_t, const struct stage *, size_t);
static void	engine_user(struct engine *, const struct stage *, size_t,
		    const struct ast_instr *, const struct ast_instr *);
static void	engine_user_instr(struct engine *, struct rule_ctx *,
		    const struct config_rule *);
static void	engine_user_command(struct engine *, struct rule_ctx *,
		    const struct config_rule *);
static struct diag *engine_report_at(struct engine *,
		    const struct rule_entry *,
		    struct span, const char *, ...)
		    __attribute__((format(printf, 4, 5)));
static void	engine_pragma_findings(struct engine *);

/* Reported by the engine after every other rule. */
const struct rule_entry rule_unused_suppression_entry = {
	.id = "DF9001",
	.name = "unused-suppression",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.flags = RULE_OFF,
	.summary = "suppression comment that matched no finding",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_SAFE
};

const struct rule_entry rule_invalid_suppression_entry = {
	.id = "DF9002",
	.name = "invalid-suppression",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "malformed suppression comment or unknown rule in it",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

static int
rules_cmp(const void *a, const void *b)
{
	const struct rule_entry	*const *x = a, *const *y = b;

	return strcmp((*x)->id, (*y)->id);
}

static void
rules_init(void)
{
	size_t	i;

	if (rules_sorted != NULL)
		return;
	rules_sorted = xcalloc(RULE_LIST_COUNT + 1, sizeof(*rules_sorted));
	for (i = 0; i < RULE_LIST_COUNT; i++)
		rules_sorted[i] = rule_list[i];
	rules_nsorted = RULE_LIST_COUNT;
	qsort(rules_sorted, rules_nsorted, sizeof(*rules_sorted), rules_cmp);
	rules_uris = xcalloc(rules_nsorted + 1, sizeof(*rules_uris));
}

/* Number of rules in the table. */
size_t
rules_count(void)
{
	rules_init();
	return rules_nsorted;
}

/* The i-th rule in id order; BUG() when i is out of range. */
const struct rule_entry *
rules_at(size_t i)
{
	rules_init();
	if (i >= rules_nsorted)
		BUG("rules_at: %zu of %zu", i, rules_nsorted);
	return rules_sorted[i];
}

/*
 * 1 when s names rule r: its id, name or one of its aliases, compared
 * case-insensitively.
 */
int
rules_match(const struct rule_entry *r, const char *s)
{
	size_t	i;

	if (r == NULL || s == NULL)
		return 0;
	if (strcasecmp(r->id, s) == 0 ||
	    (r->name != NULL && strcasecmp(r->name, s) == 0))
		return 1;
	if (r->aliases != NULL)
		for (i = 0; r->aliases[i] != NULL; i++)
			if (strcasecmp(r->aliases[i], s) == 0)
				return 1;
	return 0;
}

/*
 * The table rule named s (id, name or alias, any case), or NULL.  An id
 * is found by binary search, anything else by a scan.
 */
const struct rule_entry *
rules_find(const char *s)
{
	size_t	lo, hi, mid, i;
	int	c;

	rules_init();
	if (s == NULL)
		return NULL;
	lo = 0;
	hi = rules_nsorted;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcasecmp(s, rules_sorted[mid]->id);
		if (c == 0)
			return rules_sorted[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	for (i = 0; i < rules_nsorted; i++)
		if (rules_match(rules_sorted[i], s))
			return rules_sorted[i];
	return NULL;
}

/*
 * The BuildKit check name of r: its first alias written in CamelCase
 * (an upper-case letter, then a lower-case one), as BuildKit names its
 * checks; NULL when r is not a BuildKit check.
 */
const char *
rules_buildkit_name(const struct rule_entry *r)
{
	const char	*a;
	size_t		 i;

	if (r == NULL || r->aliases == NULL)
		return NULL;
	for (i = 0; (a = r->aliases[i]) != NULL; i++)
		if (isupper((unsigned char)a[0]) &&
		    islower((unsigned char)a[1]))
			return a;
	return NULL;
}

/* The Markdown doc of r (from rules/<id>.md), or NULL when it has none. */
const char *
rules_doc(const struct rule_entry *r)
{
	size_t	i;

	if (r == NULL)
		return NULL;
	for (i = 0; rules_doc_list[i].id != NULL; i++)
		if (strcmp(rules_doc_list[i].id, r->id) == 0)
			return rules_doc_list[i].text;
	return NULL;
}

/*
 * The URL of r's doc in the source repository, or NULL for a rule outside
 * the table.  Borrowed; valid for the life of the program.
 */
const char *
rules_help_uri(const struct rule_entry *r)
{
	size_t	lo, hi, mid;
	int	c;

	rules_init();
	if (r == NULL)
		return NULL;
	lo = 0;
	hi = rules_nsorted;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(r->id, rules_sorted[mid]->id);
		if (c == 0) {
			if (rules_uris[mid] == NULL)
				xasprintf(&rules_uris[mid],
				    "%s/blob/main/rules/%s.md", DFOPT_URL,
				    r->id);
			return rules_uris[mid];
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* 1 when s is lower-case kebab-case ("apt-lists-not-removed"). */
static int
rules_kebab(const char *s)
{
	size_t	i;

	if (s == NULL || !islower((unsigned char)s[0]))
		return 0;
	for (i = 1; s[i] != '\0'; i++) {
		if (s[i] == '-' && s[i - 1] != '-' && s[i + 1] != '\0')
			continue;
		if (!islower((unsigned char)s[i]) &&
		    !isdigit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

/*
 * Apply config c to a rule r that starts at *lvl and *on: enable, level
 * (SEV_NONE: off), ignore, in that order, later entries winning.
 */
static void
rules_config(const struct rule_entry *r, const struct config *c,
    enum severity *lvl, int *on)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nenable; i++)
		if (rules_match(r, c->enable[i]))
			*on = 1;
	for (i = 0; i < c->nlevels; i++)
		if (rules_match(r, c->levels[i].rule)) {
			if (c->levels[i].level == SEV_NONE)
				*on = 0;
			else {
				*lvl = c->levels[i].level;
				*on = 1;
			}
		}
	for (i = 0; i < c->nignore; i++)
		if (rules_match(r, c->ignore[i]))
			*on = 0;
}

/*
 * The level of r under config c (NULL: defaults): SEV_NONE when the rule
 * is off.  RULE_OFF rules are on when the config enables them or sets
 * their level; "ignore" switches any rule off.
 */
enum severity
rules_level(const struct rule_entry *r, const struct config *c)
{
	enum severity	lvl = r->level;
	int		on = (r->flags & RULE_OFF) == 0;

	rules_config(r, c, &lvl, &on);
	return on ? lvl : SEV_NONE;
}

/* 1 when no --select is given or it names r. */
static int
engine_selected(struct engine *e, const struct rule_entry *r)
{
	size_t	i;

	if (e->opts->select == NULL)
		return 1;
	for (i = 0; e->opts->select[i] != NULL; i++)
		if (rules_match(r, e->opts->select[i]))
			return 1;
	return 0;
}

/* The level r reports at in this file; SEV_NONE: r does not run. */
static enum severity
engine_level(struct engine *e, const struct rule_entry *r)
{
	enum severity	lvl;

	if (!engine_selected(e, r))
		return SEV_NONE;
	lvl = rules_level(r, e->config);
	if (lvl == SEV_NONE && e->opts->select != NULL &&
	    (e->config == NULL || rules_level(r, NULL) == SEV_NONE))
		lvl = r->level;		/* --select turns RULE_OFF on */
	if (lvl != SEV_NONE && e->use_pragmas && e->pragmas.check_error &&
	    rules_buildkit_name(r) != NULL)
		lvl = SEV_ERROR;
	return lvl;
}

/*
 * The rule a finding's id belongs to: a table rule, a user rule of the
 * config, or a rule made up for an id the table does not know (SCxxxx
 * from shellcheck, a parser id newer than the table).  Made-up entries
 * live as long as the program (diag.rule must be a lasting string).
 */
static const struct rule_entry *
engine_rule(struct engine *e, const char *id)
{
	static struct rule_entry	**made;
	static size_t			  nmade;
	const struct rule_entry		 *r;
	struct rule_entry		 *n;
	size_t				  i;

	for (i = 0; e->config != NULL && i < e->config->nrules; i++)
		if (strcmp(e->config->rules[i].entry.id, id) == 0)
			return &e->config->rules[i].entry;
	if ((r = rules_find(id)) != NULL && strcasecmp(r->id, id) == 0)
		return r;
	for (i = 0; i < nmade; i++)
		if (strcmp(made[i]->id, id) == 0)
			return made[i];
	made = xreallocarray(made, nmade + 1, sizeof(*made));
	n = xcalloc(1, sizeof(*n));
	n->id = xstrdup(id);
	n->level = SEV_WARNING;
	n->scope = RULE_SCOPE_NONE;
	n->summary = "";
	made[nmade++] = n;
	return n;
}

/*
 * Apply levels and suppressions to the findings other modules added for
 * this file (the parser's, the graph's), from opts->first on.
 */
static void
engine_filter(struct engine *e)
{
	const struct rule_entry	*r;
	struct diag		*dg;
	enum severity		 lvl;
	size_t			 i;
	int			 on;

	for (i = e->diags->n; i-- > e->opts->first;) {
		dg = &e->diags->v[i];
		r = engine_rule(e, dg->rule);
		if (r->name == NULL) {
			/* an id outside the table: keep its level */
			lvl = dg->level;
			on = engine_selected(e, r);
			rules_config(r, e->config, &lvl, &on);
			if (!on)
				lvl = SEV_NONE;
		} else
			lvl = engine_level(e, r);
		if (lvl == SEV_NONE || (e->use_pragmas &&
		    pragmas_suppress(&e->pragmas, r, dg->span))) {
			diags_remove(e->diags, i);
			continue;
		}
		dg->level = lvl;
	}
}

/*
 * Report a finding of ctx->rule at span (see rules.h).  Returns the new
 * finding, valid until the next report, or NULL when suppressed.
 */
struct diag *
rule_report(struct rule_ctx *ctx, struct span span, const char *fmt, ...)
{
	struct engine	*e = ctx->engine;
	struct diag	*dg;
	enum severity	 lvl;
	va_list		 ap;

	if (e == NULL)
		BUG("rule_report outside the engine");
	lvl = e->level;
	if (ctx->rule != NULL && lvl == SEV_NONE)
		return NULL;
	if (e->use_pragmas && pragmas_suppress(&e->pragmas, ctx->rule, span))
		return NULL;
	va_start(ap, fmt);
	dg = diag_vadd(ctx->diags, ctx->file->src, ctx->rule->id, lvl, span,
	    fmt, ap);
	va_end(ap);
	if (ctx->rule->fix == FIX_UNSAFE)
		dg->fix_unsafe = 1;
	return dg;
}

/*
 * Report a finding under an id outside the table (shellcheck's SCxxxx)
 * with level lvl, for ctx's instruction: --select, config and pragmas
 * apply as for any rule.  Returns the finding or NULL when suppressed.
 */
struct diag *
rule_report_as(struct rule_ctx *ctx, const char *id, enum severity lvl,
    struct span span, const char *fmt, ...)
{
	struct engine		*e = ctx->engine;
	const struct rule_entry	*r;
	struct diag		*dg;
	va_list			 ap;
	int			 on;

	r = engine_rule(e, id);
	on = engine_selected(e, r);
	rules_config(r, e->config, &lvl, &on);
	if (!on || lvl == SEV_NONE)
		return NULL;
	if (e->use_pragmas && pragmas_suppress(&e->pragmas, r, span))
		return NULL;
	va_start(ap, fmt);
	dg = diag_vadd(ctx->diags, ctx->file->src, r->id, lvl, span, fmt, ap);
	va_end(ap);
	return dg;
}

/*
 * Report a finding of r outside a check (engine rules).  Returns it, or
 * NULL when r is off or the finding suppressed.
 */
static struct diag *
engine_report_at(struct engine *e, const struct rule_entry *r,
    struct span span, const char *fmt, ...)
{
	struct diag	*dg;
	enum severity	 lvl;
	va_list		 ap;

	if ((lvl = engine_level(e, r)) == SEV_NONE)
		return NULL;
	if (e->use_pragmas && pragmas_suppress(&e->pragmas, r, span))
		return NULL;
	va_start(ap, fmt);
	dg = diag_vadd(e->diags, e->file->src, r->id, lvl, span, fmt, ap);
	va_end(ap);
	return dg;
}

/* Index of the instruction a check runs on (rules.h). */
size_t
rule_ctx_index(const struct rule_ctx *ctx)
{
	struct engine	*e = ctx->engine;

	return e != NULL ? e->index : RULES_NO_INDEX;
}

/* Scratch memory for checks, freed after the file (rules.h). */
struct arena *
rule_ctx_arena(struct rule_ctx *ctx)
{
	struct engine	*e = ctx->engine;

	if (e->arena == NULL)
		e->arena = arena_new();
	return e->arena;
}

/*
 * The ignore file of the build, loaded once (rules.h): as BuildKit does,
 * <Dockerfile>.dockerignore beside the Dockerfile when there is one, else
 * the .dockerignore of the build context.
 */
const struct dockerignore *
rule_ctx_dockerignore(struct rule_ctx *ctx)
{
	struct engine	*e = ctx->engine;
	char		*path;

	if (e->dockerignore_loaded)
		return e->dockerignore;
	e->dockerignore_loaded = 1;
	if (e->opts->dockerfile != NULL) {
		xasprintf(&path, "%s.dockerignore", e->opts->dockerfile);
		if (dockerignore_load(&e->dockerignore, path) == -1)
			e->dockerignore = NULL;
		free(path);
		if (e->dockerignore != NULL)
			return e->dockerignore;
	}
	if (e->opts->context == NULL)
		return NULL;
	xasprintf(&path, "%s/.dockerignore", e->opts->context);
	if (dockerignore_load(&e->dockerignore, path) == -1)
		e->dockerignore = NULL;
	free(path);
	return e->dockerignore;
}

/* Run a rule's check with ctx (its scope fields already set). */
static void
engine_call(struct engine *e, struct rule_ctx *ctx,
    const struct engine_rule *er)
{
	ctx->rule = er->r;
	e->level = er->level;
	er->r->check(ctx);
}

/* Instruction i of the file (in stage st, or none) and its trigger. */
static void
engine_instr(struct engine *e, const struct engine_rule *rs, size_t n,
    const struct stage *st, size_t i)
{
	const struct ast_instr	*in = &e->file->instrs[i];
	struct rule_ctx		 ctx;
	size_t			 k;

	memset(&ctx, 0, sizeof(ctx));
	ctx.file = e->file;
	ctx.graph = e->graph;
	ctx.stage = st;
	ctx.runtime = st != NULL && st->runtime;
	ctx.needed = st != NULL && st->needed;
	ctx.config = e->config;
	ctx.diags = e->diags;
	ctx.engine = e;
	e->index = i;
	for (k = 0; k < n; k++) {
		if ((rs[k].r->flags & RULE_RUNTIME_ONLY) && !ctx.runtime)
			continue;
		ctx.instr = in;
		ctx.parent = NULL;
		engine_call(e, &ctx, &rs[k]);
		if (in->kind == AST_ONBUILD && in->sub != NULL) {
			ctx.instr = in->sub;
			ctx.parent = in;
			engine_call(e, &ctx, &rs[k]);
		}
	}
	if (e->config != NULL && e->config->nrules > 0) {
		engine_user(e, st, i, in, NULL);
		if (in->kind == AST_ONBUILD && in->sub != NULL)
			engine_user(e, st, i, in->sub, in);
	}
	if (e->opts->shellcheck && in->kind == AST_RUN) {
		ctx.instr = in;
		ctx.parent = NULL;
		shellcheck_run(&ctx, e->opts->shellcheck_path);
	}
}

/* The user rules of the config on one instruction. */
static void
engine_user(struct engine *e, const struct stage *st, size_t i,
    const struct ast_instr *in, const struct ast_instr *parent)
{
	const struct config_rule	*cr;
	struct rule_ctx			 ctx;
	size_t				 k;

	memset(&ctx, 0, sizeof(ctx));
	ctx.file = e->file;
	ctx.graph = e->graph;
	ctx.stage = st;
	ctx.runtime = st != NULL && st->runtime;
	ctx.needed = st != NULL && st->needed;
	ctx.config = e->config;
	ctx.diags = e->diags;
	ctx.engine = e;
	ctx.instr = in;
	ctx.parent = parent;
	e->index = i;
	for (k = 0; k < e->config->nrules; k++) {
		cr = &e->config->rules[k];
		if (cr->kinds != 0 && (cr->kinds & (1UL << in->kind)) == 0)
			continue;
		if ((cr->entry.flags & RULE_RUNTIME_ONLY) && !ctx.runtime)
			continue;
		ctx.rule = &cr->entry;
		if ((e->level = engine_level(e, &cr->entry)) == SEV_NONE)
			continue;
		if (cr->match == CONFIG_MATCH_COMMAND)
			engine_user_command(e, &ctx, cr);
		else
			engine_user_instr(e, &ctx, cr);
	}
}

/* Say once per file that a pattern hit its limits. */
static void
engine_re_limit(struct engine *e, const struct config_rule *cr,
    size_t off)
{
	struct source_pos	p;

	if (e->re_warned)
		return;
	e->re_warned = 1;
	p = source_position(e->file->src, off);
	warnx_("%s:%zu:%zu: pattern of rule '%s' exceeded the match limit; "
	    "treated as no match", e->file->src->name, p.line, p.column,
	    cr->id);
}

/*
 * A user rule on the instruction's text: "KEYWORD --flag=x args" with the
 * logical arguments (continuations removed).  The match start is mapped
 * back to the file.
 */
static void
engine_user_instr(struct engine *e, struct rule_ctx *ctx,
    const struct config_rule *cr)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*src = e->file->src->data;
	size_t			*map, len, cap, k, j, flen, base, off, end;
	char			*text;
	struct span		 m, at;
	struct diag		*dg;
	int			 r;

	/* map[k]: source offset of text[k]; args map through segs. */
	cap = in->keyword_len + 1;
	for (k = 0; k < in->nflags; k++)
		cap += in->flags[k].span.len + 1;
	cap += in->args.len + 1;
	text = xmalloc(cap + 1);
	map = xcalloc(cap + 1, sizeof(*map));
	len = 0;
	for (j = 0; j < in->keyword_len; j++) {
		map[len] = in->keyword.off + j;
		text[len++] = in->keyword_text[j];
	}
	for (k = 0; k < in->nflags; k++) {
		map[len] = in->flags[k].span.off;
		text[len++] = ' ';
		flen = in->flags[k].span.len;
		for (j = 0; j < flen; j++) {
			map[len] = in->flags[k].span.off + j;
			text[len++] = src[in->flags[k].span.off + j];
		}
	}
	base = len;
	if (in->args.len > 0) {
		map[len] = in->args.span.off;
		text[len++] = ' ';
		base = len;
		memcpy(text + len, in->args.s, in->args.len);
		len += in->args.len;
	}
	text[len] = '\0';
	r = re_search(cr->re, text, len, &m);
	if (r == -1)
		engine_re_limit(e, cr, in->span.off);
	if (r == 1) {
		if (m.off >= base && in->args.len > 0) {
			at = ast_text_span(&in->args, m.off - base,
			    m.len > len - m.off ? len - m.off : m.len);
		} else {
			off = map[m.off < len ? m.off : len - 1];
			end = SPAN_END(m) > 0 && SPAN_END(m) <= base ?
			    map[SPAN_END(m) - 1] + 1 : off + 1;
			if (SPAN_END(m) > base && in->args.len > 0)
				end = ast_text_source_off(&in->args,
				    SPAN_END(m) - base);
			at.off = off;
			at.len = end > off ? end - off : 0;
		}
		dg = rule_report(ctx, at, "%s", cr->message);
		if (dg != NULL && cr->help != NULL)
			diag_set_help(dg, "%s", cr->help);
	}
	free(map);
	free(text);
}

/* A user rule on each simple command of a RUN, words joined by blanks. */
static void
engine_user_command(struct engine *e, struct rule_ctx *ctx,
    const struct config_rule *cr)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	struct diag		*dg;
	struct span		 m;
	char			*text;
	size_t			 i, k, len, cap;
	int			 r;

	if (ctx->instr->kind != AST_RUN || run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (c->nwords == 0)
			continue;
		cap = 1;
		for (k = 0; k < c->nwords; k++)
			cap += c->words[k].vlen + 1;
		text = xmalloc(cap);
		len = 0;
		for (k = 0; k < c->nwords; k++) {
			if (k > 0)
				text[len++] = ' ';
			memcpy(text + len, c->words[k].value,
			    c->words[k].vlen);
			len += c->words[k].vlen;
		}
		text[len] = '\0';
		r = re_search(cr->re, text, len, &m);
		free(text);
		if (r == -1)
			engine_re_limit(e, cr, c->span.off);
		if (r != 1)
			continue;
		dg = rule_report(ctx, c->orig != NULL ? c->orig->span :
		    c->span, "%s", cr->message);
		if (dg != NULL && cr->help != NULL)
			diag_set_help(dg, "%s", cr->help);
	}
	run_close(&rs);
}

/* DF9001 and DF9002 over the pragmas of the file. */
static void
engine_pragma_findings(struct engine *e)
{
	const struct rule_entry	*unused = &rule_unused_suppression_entry;
	const struct rule_entry	*invalid = &rule_invalid_suppression_entry;
	const struct rule_entry	*r;
	const struct source	*src;
	struct pragma		*p;
	struct pragma_id	*id;
	struct diag		*dg;
	struct span		 del;
	size_t			 i, j, k;
	int			 known, on;

	for (i = 0; i < e->pragmas.n; i++) {
		p = &e->pragmas.v[i];
		if (p->tool == PRAGMA_BUILDKIT && p->span.len == 0)
			continue;	/* from a build argument */
		if (p->invalid) {
			engine_report_at(e, invalid, p->span, "malformed "
			    "suppression comment");
			continue;
		}
		for (j = 0; j < p->nids; j++) {
			id = &p->ids[j];
			known = on = 0;
			if (p->tool == PRAGMA_BUILDKIT &&
			    strcasecmp(id->text, "all") == 0) {
				known = 1;
				for (k = 0; k < rules_count() && !on; k++)
					if (rules_buildkit_name(rules_at(k)) &&
					    engine_level(e, rules_at(k)) !=
					    SEV_NONE)
						on = 1;
			}
			for (k = 0; k < rules_count(); k++) {
				r = rules_at(k);
				if (!rules_match(r, id->text))
					continue;
				known = 1;
				if (engine_level(e, r) != SEV_NONE)
					on = 1;
			}
			for (k = 0; e->config != NULL &&
			    k < e->config->nrules; k++)
				if (rules_match(&e->config->rules[k].entry,
				    id->text)) {
					known = 1;
					on = 1;
				}
			if (!known && (id->text[0] == 'S' ||
			    id->text[0] == 's') && (id->text[1] == 'C' ||
			    id->text[1] == 'c')) {
				known = 1;	/* shellcheck */
				on = e->opts->shellcheck;
			}
			if (!known) {
				if (p->tool == PRAGMA_DFOPT)
					engine_report_at(e, invalid, id->span,
					    "unknown rule '%s' in suppression",
					    id->text);
				continue;
			}
			if (id->used || !on)
				continue;
			dg = engine_report_at(e, unused, id->span,
			    "suppression of '%s' matched no finding",
			    id->text);
			if (dg == NULL)
				continue;
			diag_set_help(dg, "remove '%s' from the suppression",
			    id->text);
			if (p->nids == 1 && p->tool != PRAGMA_BUILDKIT) {
				/* the whole comment line goes */
				src = e->file->src;
				del.off = source_line_start(src,
				    p->span.off);
				k = source_line_end(src, p->span.off);
				if (k + 1 < src->len && src->data[k] == '\r' &&
				    src->data[k + 1] == '\n')
					k += 2;
				else if (k < src->len)
					k++;		/* the newline */
				del.len = k - del.off;
				diag_add_edit(dg, del, "");
			}
		}
	}
}

/*
 * Run the rule engine on file f with its stage graph g (may be NULL):
 * filter the findings already in d from opts->first on, then add the
 * findings of every enabled rule.  Returns 0; a rule cannot fail.
 * Nothing is printed except, once per file, a note about a user pattern
 * that hit its match limit.
 */
int
rules_check(const struct ast_file *f, const struct graph *g,
    const struct rules_opts *opts, struct diags *d)
{
	struct engine		  e;
	struct rule_ctx		  ctx;
	struct engine_rule	 *by[RULE_SCOPE_GRAPH + 1];
	const struct rule_entry	 *r;
	enum severity		  lvl;
	size_t			  nby[RULE_SCOPE_GRAPH + 1], i, k, s;
	const struct stage	 *st;

	rules_init();
	memset(&e, 0, sizeof(e));
	e.file = f;
	e.graph = g;
	e.opts = opts;
	e.config = opts->config;
	e.diags = d;
	pragmas_init(&e.pragmas);
	e.use_pragmas = e.config == NULL || !e.config->no_pragmas;
	e.pragmas.check_arg = opts->check_arg;
	if (e.use_pragmas)
		pragmas_collect(&e.pragmas, f);

	engine_filter(&e);

	for (s = 0; s <= RULE_SCOPE_GRAPH; s++) {
		by[s] = xcalloc(rules_nsorted + 1, sizeof(*by[s]));
		nby[s] = 0;
	}
	for (i = 0; i < rules_nsorted; i++) {
		r = rules_sorted[i];
		if (r->check == NULL || r->scope == RULE_SCOPE_NONE ||
		    (lvl = engine_level(&e, r)) == SEV_NONE)
			continue;
		by[r->scope][nby[r->scope]].r = r;
		by[r->scope][nby[r->scope]++].level = lvl;
	}

	/* Instructions before the first FROM, then each stage. */
	k = g != NULL && g->nstages > 0 ? g->stages[0].first : f->ninstrs;
	for (i = 0; i < k && i < f->ninstrs; i++)
		engine_instr(&e, by[RULE_SCOPE_INSTR], nby[RULE_SCOPE_INSTR],
		    NULL, i);
	for (s = 0; g != NULL && s < g->nstages; s++) {
		st = &g->stages[s];
		for (i = st->first; i < st->end && i < f->ninstrs; i++)
			engine_instr(&e, by[RULE_SCOPE_INSTR],
			    nby[RULE_SCOPE_INSTR], st, i);
		memset(&ctx, 0, sizeof(ctx));
		ctx.file = f;
		ctx.graph = g;
		ctx.stage = st;
		ctx.runtime = st->runtime;
		ctx.needed = st->needed;
		ctx.config = e.config;
		ctx.diags = d;
		ctx.engine = &e;
		e.index = RULES_NO_INDEX;
		for (k = 0; k < nby[RULE_SCOPE_STAGE]; k++) {
			if ((by[RULE_SCOPE_STAGE][k].r->flags &
			    RULE_RUNTIME_ONLY) && !st->runtime)
				continue;
			engine_call(&e, &ctx, &by[RULE_SCOPE_STAGE][k]);
		}
	}

	memset(&ctx, 0, sizeof(ctx));
	ctx.file = f;
	ctx.graph = g;
	ctx.config = e.config;
	ctx.diags = d;
	ctx.engine = &e;
	e.index = RULES_NO_INDEX;
	for (k = 0; k < nby[RULE_SCOPE_FILE]; k++)
		engine_call(&e, &ctx, &by[RULE_SCOPE_FILE][k]);
	for (k = 0; g != NULL && k < nby[RULE_SCOPE_GRAPH]; k++)
		engine_call(&e, &ctx, &by[RULE_SCOPE_GRAPH][k]);

	if (e.use_pragmas)
		engine_pragma_findings(&e);

	for (s = 0; s <= RULE_SCOPE_GRAPH; s++)
		free(by[s]);
	pragmas_release(&e.pragmas);
	if (e.arena != NULL)
		arena_free(e.arena);
	dockerignore_free(e.dockerignore);
	return 0;
}

/*
 * Table invariants, for tests: ids sorted and unique, kebab-case names
 * unique, a check exactly when the scope needs one, aliases unique across
 * the table.  Returns NULL when all hold, else a message (static).
 */
const char *
rules_table_problem(void)
{
	static char	 buf[256];
	const struct rule_entry *a, *b;
	size_t		 i, j, k, l;

	rules_init();
	for (i = 0; i < rules_nsorted; i++) {
		a = rules_sorted[i];
		if (strlen(a->id) != 6 || strncmp(a->id, "DF", 2) != 0 ||
		    strspn(a->id + 2, "0123456789") != 4) {
			snprintf(buf, sizeof(buf), "bad id '%s'", a->id);
			return buf;
		}
		if (i > 0 && strcmp(rules_sorted[i - 1]->id, a->id) == 0) {
			snprintf(buf, sizeof(buf), "duplicate id %s", a->id);
			return buf;
		}
		if (!rules_kebab(a->name)) {
			snprintf(buf, sizeof(buf), "%s: name '%s' is not "
			    "kebab-case", a->id, a->name ? a->name : "");
			return buf;
		}
		if ((a->check == NULL) != (a->scope == RULE_SCOPE_NONE)) {
			snprintf(buf, sizeof(buf), "%s: check and scope "
			    "disagree", a->id);
			return buf;
		}
		if (a->level < SEV_STYLE || a->level > SEV_ERROR ||
		    (a->fix != FIX_NONE && a->fix != FIX_SAFE &&
		    a->fix != FIX_UNSAFE)) {
			snprintf(buf, sizeof(buf), "%s: bad level or fix "
			    "safety", a->id);
			return buf;
		}
		if (a->summary == NULL || a->summary[0] == '\0') {
			snprintf(buf, sizeof(buf), "%s: no summary", a->id);
			return buf;
		}
		for (j = 0; j < i; j++) {
			b = rules_sorted[j];
			if (strcasecmp(a->name, b->name) == 0) {
				snprintf(buf, sizeof(buf), "%s and %s: same "
				    "name '%s'", b->id, a->id, a->name);
				return buf;
			}
			for (k = 0; a->aliases && a->aliases[k]; k++) {
				if (rules_match(b, a->aliases[k])) {
					snprintf(buf, sizeof(buf), "%s: alias "
					    "'%s' also names %s", a->id,
					    a->aliases[k], b->id);
					return buf;
				}
			}
			for (l = 0; b->aliases && b->aliases[l]; l++)
				if (strcasecmp(b->aliases[l], a->name) == 0 ||
				    strcasecmp(b->aliases[l], a->id) == 0) {
					snprintf(buf, sizeof(buf), "%s: alias "
					    "'%s' also names %s", b->id,
					    b->aliases[l], a->id);
					return buf;
				}
		}
	}
	return NULL;
}
