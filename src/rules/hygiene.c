/* SPDX-License-Identifier: ISC */
/*
 * Instruction hygiene: hadolint's rules that judge instructions other
 * than the RUN command text (WORKDIR, USER, COPY/ADD, EXPOSE, ENV, CMD,
 * ENTRYPOINT, HEALTHCHECK, MAINTAINER, pragmas), plus DL3046 (useradd),
 * each with the DL code as alias.  FROM lines are base-image.c's, labels
 * labels.c's, BuildKit's own checks buildkit.c's.
 *
 * Where a rule is about the image a build produces (last USER, missing
 * HEALTHCHECK) it looks at the target stage and its FROM ancestors only:
 * a builder stage running as root is not the shipped image.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "scope.h"
#include "shell.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/rule-util.h"

/* hadolint's archiveFileFormatExtensions. */
static const char *const hygiene_archive_exts[] = {
	".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz",
	".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz", NULL
};

/* 1 if path (quotes dropped) ends with an archive extension. */
static int
hygiene_is_archive(const char *path)
{
	const char	*s;
	char		*t;
	size_t		 n, i;
	int		 yes;

	s = rule_util_drop_quotes(path, &n);
	t = xstrndup(s, n);
	yes = 0;
	for (i = 0; hygiene_archive_exts[i] != NULL && !yes; i++)
		yes = rule_util_suffix(t, hygiene_archive_exts[i]);
	free(t);
	return yes;
}

/* 1 if word w of in is a heredoc marker ("<<EOF"). */
static int
hygiene_is_heredoc_word(const struct ast_instr *in, const struct ast_word *w)
{
	size_t	i;

	for (i = 0; i < in->nheredocs; i++)
		if (w->span.off >= in->heredocs[i].marker.off &&
		    w->span.off < SPAN_END(in->heredocs[i].marker))
			return 1;
	return w->value != NULL && strncmp(w->value, "<<", 2) == 0;
}

/*
 * The earlier instruction of kind in the stage of ctx->instr (between its
 * FROM and it), or NULL.
 */
static const struct ast_instr *
hygiene_earlier(struct rule_ctx *ctx, enum ast_kind kind)
{
	size_t	i, end;

	if (ctx->stage == NULL || ctx->parent != NULL)
		return NULL;
	end = rule_ctx_index(ctx);
	if (end == (size_t)-1)
		return NULL;
	for (i = ctx->stage->first + 1; i < end; i++)
		if (ctx->file->instrs[i].kind == kind)
			return &ctx->file->instrs[i];
	return NULL;
}

/*
 * Whether an instruction of kind comes before ctx->instr in its stage or
 * anywhere in the stages it is built FROM.
 */
static int
hygiene_in_chain_before(struct rule_ctx *ctx, enum ast_kind kind)
{
	const struct graph	*g = ctx->graph;
	size_t			*chain, n, c, i, end;
	int			 found;

	if (ctx->stage == NULL)
		return 0;
	end = rule_ctx_index(ctx);
	if (end == (size_t)-1)
		end = ctx->stage->end;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	found = 0;
	for (c = 0; c < n && !found; c++) {
		const struct stage *st = &g->stages[chain[c]];

		for (i = st->first + 1; i < (c == 0 ? end : st->end); i++)
			if (ctx->file->instrs[i].kind == kind) {
				found = 1;
				break;
			}
	}
	free(chain);
	return found;
}

/*
 * DF2003 relative-workdir (DL3000): WORKDIR with a relative path.  A path
 * starting with a variable or a Windows drive passes, as in hadolint.
 */
static void
relative_workdir_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*p;
	size_t			 n;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_WORKDIR || in->nwords == 0)
		return;
	p = rule_util_drop_quotes(in->words[0].raw != NULL ?
	    in->words[0].raw : in->words[0].value, &n);
	if (n == 0 || *p == '$' || *p == '/' ||
	    (n >= 2 && isalpha((unsigned char)p[0]) && p[1] == ':'))
		return;
	dg = rule_report(ctx, in->words[0].span, "WORKDIR '%.*s' is not an "
	    "absolute path", (int)n, p);
	if (dg != NULL)
		diag_set_help(dg, "write the full path: a relative WORKDIR "
		    "depends on the working directory of the base image");
}

static const char *const relative_workdir_aliases[] = { "DL3000", NULL };

const struct rule_entry rule_relative_workdir_entry = {
	.id = "DF2003",
	.name = "relative-workdir",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "WORKDIR with a relative path",
	.aliases = relative_workdir_aliases,
	.check = relative_workdir_check,
	.fix = FIX_NONE
};

/* hadolint's isRoot: "root", "0", "root:group", "0:group". */
static int
hygiene_is_root(const char *u)
{
	return strcmp(u, "root") == 0 || strcmp(u, "0") == 0 ||
	    strncmp(u, "root:", 5) == 0 || strncmp(u, "0:", 2) == 0;
}

/*
 * DF2004 last-user-root (DL3002): the image the build produces runs as
 * root because the last USER of the target stage -- or of the stage it
 * is built FROM, when it has none -- is root.  Builder stages are not
 * judged: their user never reaches the image.
 */
static void
last_user_root_check(struct rule_ctx *ctx)
{
	const struct graph	*g = ctx->graph;
	const struct ast_instr	*in, *last;
	const struct stage	*st;
	size_t			*chain, n, c, i;
	struct diag		*dg;

	if (ctx->stage == NULL || !rule_util_is_target(g, ctx->stage->index))
		return;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	last = NULL;
	for (c = 0; c < n && last == NULL; c++) {
		st = &g->stages[chain[c]];
		for (i = st->end; i > st->first + 1; i--) {
			in = &ctx->file->instrs[i - 1];
			if (in->kind == AST_USER && in->nwords > 0) {
				last = in;
				break;
			}
		}
	}
	free(chain);
	if (last == NULL || !hygiene_is_root(last->words[0].value))
		return;
	dg = rule_report(ctx, last->words[0].span, "the image runs as '%s': "
	    "the last USER should not be root", last->words[0].value);
	if (dg != NULL)
		diag_set_help(dg, "switch to an unprivileged user at the end "
		    "of the stage (USER app, or a numeric UID)");
}

static const char *const last_user_root_aliases[] = { "DL3002", NULL };

const struct rule_entry rule_last_user_root_entry = {
	.id = "DF2004",
	.name = "last-user-root",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_STAGE,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "image runs as root",
	.aliases = last_user_root_aliases,
	.check = last_user_root_check,
	.fix = FIX_NONE
};

/* hadolint's isTarExtractCommand and isUnzipCommand. */
static int
hygiene_is_extract(const struct shell_cmd *c)
{
	static const char *const unzips[] = {
		"unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz",
		"uncompress", "zcat", "gzcat", NULL
	};
	size_t	i;

	if (rule_util_cmd_any(c, unzips))
		return 1;
	if (!shell_cmd_is(c, "tar"))
		return 0;
	for (i = 1; i < c->nwords; i++) {
		if (shell_word_eq(&c->words[i], "--extract") ||
		    shell_word_eq(&c->words[i], "--get"))
			return 1;
		if (c->words[i].value[0] == '-' &&
		    c->words[i].value[1] != '-' &&
		    strchr(c->words[i].value, 'x') != NULL)
			return 1;
	}
	return 0;
}

/* 1 if a later RUN of the stage extracts an archive named base. */
static int
hygiene_extracted_later(struct rule_ctx *ctx, const char *base)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	size_t			 i, k, m, start;
	int			 found;

	start = rule_ctx_index(ctx);
	if (start == (size_t)-1 || ctx->stage == NULL)
		return 0;
	found = 0;
	for (i = start + 1; i < ctx->stage->end && !found; i++) {
		if (rule_util_run_open(&rs, ctx, &ctx->file->instrs[i]) == -1)
			continue;
		for (k = 0; k < rs.sc->ncmds && !found; k++) {
			c = &rs.sc->cmds[k];
			if (!hygiene_is_extract(c))
				continue;
			for (m = 1; m < c->nwords && !found; m++)
				found = c->words[m].value[0] != '-' &&
				    strcmp(rule_util_basename(
				    c->words[m].value), base) == 0;
		}
		run_close(&rs);
	}
	return found;
}

/* Report archive word w of COPY ctx->instr if a later RUN extracts it. */
static void
archive_copy_extract_one(struct rule_ctx *ctx, const struct ast_word *w)
{
	const char	*s, *base;
	char		*t;
	size_t		 n;
	struct diag	*dg;

	s = rule_util_drop_quotes(w->value, &n);
	t = xstrndup(s, n);
	base = rule_util_basename(t);
	if (hygiene_extracted_later(ctx, base)) {
		dg = rule_report(ctx, w->span, "archive '%s' is copied and "
		    "then extracted by a later RUN", base);
		if (dg != NULL)
			diag_set_help(dg, "ADD extracts a local archive "
			    "itself, without keeping it in a layer");
	}
	free(t);
}

/*
 * DF2005 archive-copied-then-extracted (DL3010): COPY of a local archive
 * that a later RUN of the same stage extracts with tar or unzip; ADD
 * would extract it without keeping the archive in a layer.  As in
 * hadolint, a destination with an archive extension names the archive;
 * otherwise each archive source does.
 */
static void
archive_copy_extract_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*dest;
	size_t			 i;

	if (ctx->parent != NULL || in->kind != AST_COPY || in->nwords < 2 ||
	    ast_flag_get(in, "from") != NULL)
		return;
	dest = &in->words[in->nwords - 1];
	if (hygiene_is_archive(dest->value)) {
		archive_copy_extract_one(ctx, dest);
		return;
	}
	for (i = 0; i + 1 < in->nwords; i++)
		if (!hygiene_is_heredoc_word(in, &in->words[i]) &&
		    hygiene_is_archive(in->words[i].value))
			archive_copy_extract_one(ctx, &in->words[i]);
}

static const char *const archive_copy_extract_aliases[] = {
	"DL3010", NULL
};

const struct rule_entry rule_archive_copy_extract_entry = {
	.id = "DF2005",
	.name = "archive-copied-then-extracted",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "archive copied, then extracted by RUN",
	.aliases = archive_copy_extract_aliases,
	.check = archive_copy_extract_check,
	.fix = FIX_NONE
};

/* A decimal number of at most 9 digits in s[0..n), or -1. */
static long
hygiene_number(const char *s, size_t n)
{
	long	v;
	size_t	i;

	if (n == 0 || n > 9)
		return n > 9 ? 1000000000L : -1;
	v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * DF2006 invalid-port (DL3011): an EXPOSE port (or either end of a
 * range) above 65535.  Words with variables are not judged.
 */
static void
invalid_port_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*w;
	const char		*v, *slash, *dash;
	size_t			 i, n;
	long			 lo, hi;

	if (ctx->parent != NULL || in->kind != AST_EXPOSE)
		return;
	for (i = 0; i < in->nwords; i++) {
		w = &in->words[i];
		v = w->value;
		if (strchr(v, '$') != NULL || strchr(v, ':') != NULL)
			continue;
		slash = strchr(v, '/');
		n = slash != NULL ? (size_t)(slash - v) : strlen(v);
		dash = memchr(v, '-', n);
		if (dash != NULL) {
			lo = hygiene_number(v, (size_t)(dash - v));
			hi = hygiene_number(dash + 1,
			    n - (size_t)(dash - v) - 1);
		} else
			lo = hi = hygiene_number(v, n);
		if (lo < 0 || hi < 0)
			continue;
		if (lo > 65535 || hi > 65535)
			rule_report(ctx, w->span, "port '%.*s' is out of "
			    "range: valid UNIX ports range from 0 to 65535",
			    (int)n, v);
	}
}

static const char *const invalid_port_aliases[] = { "DL3011", NULL };

const struct rule_entry rule_invalid_port_entry = {
	.id = "DF2006",
	.name = "invalid-port",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "EXPOSE port out of range",
	.aliases = invalid_port_aliases,
	.check = invalid_port_check,
	.fix = FIX_NONE
};

/* Report ctx->instr when an earlier instruction of its kind is in the
 * stage: only the last one takes effect. */
static void
hygiene_repeated(struct rule_ctx *ctx, enum ast_kind kind)
{
	const struct ast_instr	*prev;
	struct diag		*dg;

	if (ctx->instr->kind != kind ||
	    (prev = hygiene_earlier(ctx, kind)) == NULL)
		return;
	dg = rule_report(ctx, ctx->instr->keyword, "multiple %s instructions "
	    "in one stage: only the last one takes effect",
	    ast_kind_name(kind));
	if (dg != NULL)
		diag_set_help(dg, "remove the earlier %s", ast_kind_name(kind));
}

/* DF2007 multiple-healthcheck (DL3012). */
static void
multiple_healthcheck_check(struct rule_ctx *ctx)
{
	hygiene_repeated(ctx, AST_HEALTHCHECK);
}

static const char *const multiple_healthcheck_aliases[] = { "DL3012", NULL };

const struct rule_entry rule_multiple_healthcheck_entry = {
	.id = "DF2007",
	.name = "multiple-healthcheck",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "more than one HEALTHCHECK in a stage",
	.aliases = multiple_healthcheck_aliases,
	.check = multiple_healthcheck_check,
	.fix = FIX_NONE
};

/* DF2030 multiple-cmd (DL4003). */
static void
multiple_cmd_check(struct rule_ctx *ctx)
{
	hygiene_repeated(ctx, AST_CMD);
}

static const char *const multiple_cmd_aliases[] = { "DL4003", NULL };

const struct rule_entry rule_multiple_cmd_entry = {
	.id = "DF2030",
	.name = "multiple-cmd",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "more than one CMD in a stage",
	.aliases = multiple_cmd_aliases,
	.check = multiple_cmd_check,
	.fix = FIX_NONE
};

/* DF2031 multiple-entrypoint (DL4004). */
static void
multiple_entrypoint_check(struct rule_ctx *ctx)
{
	hygiene_repeated(ctx, AST_ENTRYPOINT);
}

static const char *const multiple_entrypoint_aliases[] = { "DL4004", NULL };

const struct rule_entry rule_multiple_entrypoint_entry = {
	.id = "DF2031",
	.name = "multiple-entrypoint",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "more than one ENTRYPOINT in a stage",
	.aliases = multiple_entrypoint_aliases,
	.check = multiple_entrypoint_check,
	.fix = FIX_NONE
};

/* 1 if s is a git source ADD fetches (git@host:..., *.git URL). */
static int
hygiene_is_git(const char *s)
{
	return rule_util_prefix(s, "git@") || rule_util_prefix(s, "git://") ||
	    (rule_util_is_url(s) && (rule_util_suffix(s, ".git") ||
	    strstr(s, ".git#") != NULL));
}

/*
 * DF2008 add-for-local-files (DL3020): ADD of a local file or folder that
 * is not an archive.  Git sources count as remote (hadolint knows only
 * http URLs).  The fix (COPY) is unsafe: ADD also extracts an archive it
 * recognises by content, whatever its name.
 */
static void
add_for_local_files_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*w;
	const char		*s;
	char			*t;
	size_t			 i, n;
	struct diag		*dg;
	int			 lower;

	if (ctx->parent != NULL || in->kind != AST_ADD)
		return;
	for (i = 0; i + 1 < in->nwords; i++) {
		w = &in->words[i];
		if (hygiene_is_heredoc_word(in, w))
			continue;
		s = rule_util_drop_quotes(w->value, &n);
		t = xstrndup(s, n);
		if (hygiene_is_archive(t) || rule_util_is_url(t) ||
		    hygiene_is_git(t)) {
			free(t);
			continue;
		}
		free(t);
		dg = rule_report(ctx, w->span, "ADD of local '%s': use COPY "
		    "for files and folders", w->value);
		if (dg == NULL)
			return;
		diag_set_help(dg, "COPY does the same without ADD's archive "
		    "extraction and remote fetching");
		if (ast_flag_get(in, "checksum") == NULL &&
		    ast_flag_get(in, "keep-git-dir") == NULL &&
		    ast_flag_get(in, "unpack") == NULL) {
			lower = islower((unsigned char)in->keyword_text[0]);
			diag_add_edit(dg, in->keyword, lower ? "copy" : "COPY");
		}
		return;
	}
}

static const char *const add_for_local_files_aliases[] = { "DL3020", NULL };

const struct rule_entry rule_add_for_local_files_entry = {
	.id = "DF2008",
	.name = "add-for-local-files",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ADD used to copy local files",
	.aliases = add_for_local_files_aliases,
	.check = add_for_local_files_check,
	.fix = FIX_UNSAFE
};

/*
 * DF2009 copy-dest-not-directory (DL3021): COPY with two or more sources
 * to a destination that does not end in "/".  The fix appends the slash.
 */
static void
copy_dest_not_dir_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*dest;
	const char		*s;
	size_t			 n;
	struct span		 at;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_COPY || in->nwords < 3)
		return;
	dest = &in->words[in->nwords - 1];
	s = rule_util_drop_quotes(dest->value, &n);
	if (n > 0 && (s[n - 1] == '/' || s[n - 1] == '\\'))
		return;		/* "\\": a Windows directory */
	dg = rule_report(ctx, dest->span, "COPY with %zu sources needs a "
	    "destination ending in '/'", in->nwords - 1);
	if (dg == NULL)
		return;
	diag_set_help(dg, "write '%.*s/'", (int)n, s);
	at.len = 0;
	at.off = SPAN_END(dest->span);
	if (dest->raw != NULL && dest->span.len == strlen(dest->raw) &&
	    dest->span.len > 0 && (dest->raw[dest->span.len - 1] == '"' ||
	    dest->raw[dest->span.len - 1] == '\''))
		at.off--;
	diag_add_edit(dg, at, "/");
}

static const char *const copy_dest_not_dir_aliases[] = { "DL3021", NULL };

const struct rule_entry rule_copy_dest_not_dir_entry = {
	.id = "DF2009",
	.name = "copy-dest-not-directory",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "COPY of several sources to a non-directory",
	.aliases = copy_dest_not_dir_aliases,
	.check = copy_dest_not_dir_check,
	.fix = FIX_SAFE
};

/*
 * DF2010 copy-from-not-stage (DL3022): COPY --from that does not name an
 * earlier stage: a stage index, or an image name without a tag or digest
 * (which reads like a stage name).  "--from=image:tag" is accepted, as in
 * hadolint 2.12 and later.  Later stages, variables and names that look
 * like a mistyped stage are the stage graph's (DF4002, DF4011, DF4012).
 */
static void
copy_from_not_stage_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct graph	*g = ctx->graph;
	const struct ast_flag	*fl;
	const char		**names, *v;
	size_t			 i, n;
	int			 idx, near;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_COPY ||
	    (fl = ast_flag_get(in, "from")) == NULL || fl->value == NULL ||
	    *fl->value == '\0')
		return;
	v = fl->value;
	if (strpbrk(v, "$:@") != NULL)
		return;
	idx = 1;
	for (i = 0; v[i] != '\0'; i++)
		if (!isdigit((unsigned char)v[i]))
			idx = 0;
	if (idx) {
		dg = rule_report(ctx, fl->value_span, "COPY --from=%s refers "
		    "to a stage by its index", v);
		if (dg != NULL)
			diag_set_help(dg, "name the stage (FROM ... AS name) "
			    "and copy --from=name");
		return;
	}
	if (graph_find_stage(g, v) >= 0)
		return;		/* a stage, maybe a later one: DF4002 */
	names = xcalloc(g->nstages + 1, sizeof(*names));
	for (i = n = 0; i < g->nstages; i++)
		if (g->stages[i].name != NULL)
			names[n++] = g->stages[i].name;
	near = strpbrk(v, "/.") == NULL &&
	    rule_util_suggest(v, names, n) != NULL;
	free(names);
	if (near)
		return;		/* DF4012 */
	dg = rule_report(ctx, fl->value_span, "COPY --from=%s is not a "
	    "previously defined stage", v);
	if (dg != NULL)
		diag_set_help(dg, "import the image with 'FROM %s:<tag> AS "
		    "name', or write its tag here", v);
}

static const char *const copy_from_not_stage_aliases[] = { "DL3022", NULL };

const struct rule_entry rule_copy_from_not_stage_entry = {
	.id = "DF2010",
	.name = "copy-from-not-stage",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "COPY --from not naming an earlier stage",
	.aliases = copy_from_not_stage_aliases,
	.check = copy_from_not_stage_check,
	.fix = FIX_NONE
};

/* 1 if the shell-form text is plain words that JSON can hold as they are. */
static int
hygiene_plain_words(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (isalnum((unsigned char)s[i]))
			continue;
		if (strchr(" \t-_./:=@%+,", s[i]) == NULL)
			return 0;
	}
	return 1;
}

/*
 * DF2011 shell-form-cmd (DL3025, BuildKit JSONArgsRecommended): CMD or
 * ENTRYPOINT in shell form, so the program runs under /bin/sh -c and
 * does not get signals.  As in BuildKit, a SHELL instruction earlier in
 * the stage (or in a stage it is built FROM) says the shell is wanted.
 * The fix writes the exec form when the command is plain words; it is
 * unsafe (no shell means no variable expansion).
 */
static void
shell_form_cmd_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*s, *e;
	char			*json, *p;
	size_t			 len, cap;
	struct diag		*dg;

	if (ctx->parent != NULL || (in->kind != AST_CMD &&
	    in->kind != AST_ENTRYPOINT) || in->exec_form || in->args.len == 0)
		return;
	if (hygiene_in_chain_before(ctx, AST_SHELL))
		return;
	dg = rule_report(ctx, in->args.span, "%s in shell form: the program "
	    "runs under /bin/sh -c and does not receive signals",
	    ast_kind_name(in->kind));
	if (dg == NULL)
		return;
	diag_set_help(dg, "use the JSON form: %s [\"executable\", \"arg\"]",
	    ast_kind_name(in->kind));
	s = in->args.s;
	len = in->args.len;
	if (!hygiene_plain_words(s, len))
		return;
	cap = len * 3 + 8;
	json = p = xmalloc(cap);
	*p++ = '[';
	for (;;) {
		while (len > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		if (len == 0)
			break;
		for (e = s; e < s + len && *e != ' ' && *e != '\t'; e++)
			/* nothing */;
		if (p[-1] != '[') {
			*p++ = ',';
			*p++ = ' ';
		}
		*p++ = '"';
		memcpy(p, s, (size_t)(e - s));
		p += e - s;
		*p++ = '"';
		len -= (size_t)(e - s);
		s = e;
	}
	*p++ = ']';
	*p = '\0';
	diag_add_edit(dg, in->args.span, json);
	free(json);
}

static const char *const shell_form_cmd_aliases[] = {
	"DL3025", "JSONArgsRecommended", NULL
};

const struct rule_entry rule_shell_form_cmd_entry = {
	.id = "DF2011",
	.name = "shell-form-cmd",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "CMD or ENTRYPOINT in shell form",
	.aliases = shell_form_cmd_aliases,
	.check = shell_form_cmd_check,
	.fix = FIX_UNSAFE
};

/*
 * DF2014 env-self-reference (DL3044): an ENV pair's value refers to a
 * variable that the same ENV defines and that was not set before it;
 * ENV expands every value before binding any, so the reference sees the
 * old (empty) value.
 */
static int
env_key_cmp(const void *a, const void *b)
{
	const struct ast_kv	*x = *(const struct ast_kv *const *)a;
	const struct ast_kv	*y = *(const struct ast_kv *const *)b;

	return strcmp(x->key.value, y->key.value);
}

/*
 * The pair of keys[0..n) (sorted by key) whose key is the n bytes at name,
 * or NULL.
 */
static const struct ast_kv *
env_key_find(const struct ast_kv **keys, size_t n, const char *name,
    size_t len)
{
	size_t	lo = 0, hi = n, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(keys[mid]->key.value, name, len);
		if (c == 0 && keys[mid]->key.value[len] != '\0')
			c = 1;
		if (c == 0)
			return keys[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Each value is scanned once for "$name" and "${name...}" references,
 * which are looked up among the instruction's keys (sorted once), so an
 * ENV of many pairs stays linear.  The first offending reference of a
 * value is reported.
 */
static void
env_self_reference_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct scope_var	*before;
	const struct ast_kv	*kj, *ki, **keys;
	const char		*s, *p, *q;
	size_t			 i, j, n, off, len;
	struct diag		*dg;

	if (in->kind != AST_ENV || in->npairs < 2)
		return;
	for (j = 0; j < in->npairs; j++)
		if (in->pairs[j].value.raw != NULL &&
		    strchr(in->pairs[j].value.raw, '$') != NULL)
			break;
	if (j == in->npairs)
		return;
	keys = xcalloc(in->npairs, sizeof(*keys));
	for (n = 0, i = 0; i < in->npairs; i++)
		if (in->pairs[i].key.value != NULL)
			keys[n++] = &in->pairs[i];
	qsort(keys, n, sizeof(*keys), env_key_cmp);
	before = scope_vars_before(ctx->graph->scope, in);
	for (; j < in->npairs; j++) {
		kj = &in->pairs[j];
		if (kj->value.raw == NULL)
			continue;
		s = kj->value.raw;
		for (p = s; (p = strchr(p, '$')) != NULL; p++) {
			q = p + 1 + (p[1] == '{');
			for (len = 0; rule_util_name_char(q[len]); len++)
				/* nothing */;
			if (len == 0 || (ki = env_key_find(keys, n, q,
			    len)) == NULL || ki == kj)
				continue;
			if (scope_binding(before, ki->key.value) != NULL)
				continue;
			if (!rule_util_var_ref(p, ki->key.value, &off, &len))
				continue;
			dg = rule_report(ctx, rule_util_word_part(&kj->value,
			    (size_t)(p - s) + off, len), "'%s' refers to '%s', "
			    "which this ENV defines: it is not set yet",
			    kj->key.value, ki->key.value);
			if (dg != NULL)
				diag_set_help(dg, "define '%s' in an earlier "
				    "ENV", ki->key.value);
			break;
		}
	}
	free(keys);
}

static const char *const env_self_reference_aliases[] = { "DL3044", NULL };

const struct rule_entry rule_env_self_reference_entry = {
	.id = "DF2014",
	.name = "env-self-reference",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ENV value refers to a variable the same ENV defines",
	.aliases = env_self_reference_aliases,
	.check = env_self_reference_check,
	.fix = FIX_NONE
};

/*
 * DF2015 copy-relative-without-workdir (DL3045): COPY to a relative
 * destination when no WORKDIR was set in the stage or in a stage it is
 * built FROM, so the destination depends on the base image.
 */
static void
copy_relative_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*dest;
	const char		*s;
	size_t			 n;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_COPY || in->nwords < 2)
		return;
	dest = &in->words[in->nwords - 1];
	s = rule_util_drop_quotes(dest->value, &n);
	if (n == 0 || *s == '/' || *s == '$' || rule_util_windows_drive(s, n))
		return;		/* absolute, a variable, or a Windows drive */
	if (hygiene_in_chain_before(ctx, AST_WORKDIR))
		return;
	dg = rule_report(ctx, dest->span, "COPY to relative '%.*s' without a "
	    "WORKDIR", (int)n, s);
	if (dg != NULL)
		diag_set_help(dg, "set WORKDIR first, or copy to an absolute "
		    "path");
}

static const char *const copy_relative_aliases[] = { "DL3045", NULL };

const struct rule_entry rule_copy_relative_without_workdir_entry = {
	.id = "DF2015",
	.name = "copy-relative-without-workdir",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "COPY to a relative path without WORKDIR",
	.aliases = copy_relative_aliases,
	.check = copy_relative_check,
	.fix = FIX_NONE
};

/*
 * DF2016 useradd-large-uid (DL3046): useradd with a UID of six digits or
 * more and without -l/--no-log-init: the lastlog and faillog files get
 * sparse holes that a layer stores in full.  hadolint reads only -u; we
 * read --uid too.
 */
static void
useradd_large_uid_check(struct rule_ctx *ctx)
{
	static const char valflags[] = "-u --uid -g --gid -G --groups "
	    "-d --home-dir -s --shell -c --comment -e --expiredate "
	    "-f --inactive -k --skel -K --key -p --password -Z --selinux-user "
	    "-b --base-dir -R --root -P --prefix";
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*w;
	const char		*uid;
	size_t			 j, k;
	struct diag		*dg;

	if (run_open(&rs, ctx) == -1)
		return;
	for (j = 0; j < rs.sc->ncmds; j++) {
		c = &rs.sc->cmds[j];
		if (!shell_cmd_is(c, "useradd"))
			continue;
		if (shell_cmd_flag(c, valflags, "-l", NULL) != NULL ||
		    shell_cmd_flag(c, valflags, "--no-log-init", NULL) != NULL)
			continue;
		w = shell_cmd_flag(c, valflags, "-u", &uid);
		if (w == NULL)
			w = shell_cmd_flag(c, valflags, "--uid", &uid);
		if (w == NULL || uid == NULL || strlen(uid) <= 5)
			continue;
		for (k = 1; k < c->nwords; k++)
			if (c->words[k].value == uid)
				w = &c->words[k];	/* "-u 123456" */
		dg = rule_report(ctx, w->span, "useradd with UID %s and "
		    "without -l makes an excessively large image", uid);
		if (dg != NULL)
			diag_set_help(dg, "add -l (--no-log-init)");
	}
	run_close(&rs);
}

static const char *const useradd_large_uid_aliases[] = { "DL3046", NULL };

const struct rule_entry rule_useradd_large_uid_entry = {
	.id = "DF2016",
	.name = "useradd-large-uid",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "useradd with a high UID and without -l",
	.aliases = useradd_large_uid_aliases,
	.check = useradd_large_uid_check,
	.fix = FIX_NONE
};

/*
 * DF2026 missing-healthcheck (DL3057, off by default): the target image
 * has no HEALTHCHECK, neither in its stage nor in the stages it is built
 * FROM.
 */
static void
missing_healthcheck_check(struct rule_ctx *ctx)
{
	const struct graph	*g = ctx->graph;
	const struct stage	*st;
	size_t			*chain, n, c, i;
	int			 found;

	if (ctx->stage == NULL || !rule_util_is_target(g, ctx->stage->index))
		return;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	found = 0;
	for (c = 0; c < n && !found; c++) {
		st = &g->stages[chain[c]];
		for (i = st->first + 1; i < st->end && !found; i++)
			found = ctx->file->instrs[i].kind == AST_HEALTHCHECK;
	}
	free(chain);
	if (!found)
		rule_report(ctx, ctx->stage->from->keyword, "the image has no "
		    "HEALTHCHECK");
}

static const char *const missing_healthcheck_aliases[] = { "DL3057", NULL };

const struct rule_entry rule_missing_healthcheck_entry = {
	.id = "DF2026",
	.name = "missing-healthcheck",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_STAGE,
	.flags = RULE_OFF | RULE_RUNTIME_ONLY,
	.summary = "image without a HEALTHCHECK",
	.aliases = missing_healthcheck_aliases,
	.check = missing_healthcheck_check,
	.fix = FIX_NONE
};

/*
 * DF2028 instruction-before-from (DL3061): an instruction other than ARG
 * before the first FROM.
 */
static void
instruction_before_from_check(struct rule_ctx *ctx)
{
	const struct ast_file	*f = ctx->file;
	const struct ast_instr	*in;
	size_t			 i;

	for (i = 0; i < f->ninstrs; i++) {
		in = &f->instrs[i];
		if (in->kind == AST_FROM)
			break;
		if (in->kind == AST_ARG || in->kind == AST_UNKNOWN)
			continue;
		rule_report(ctx, in->keyword, "%s before the first FROM: a "
		    "Dockerfile must begin with FROM or ARG",
		    ast_kind_name(in->kind));
	}
}

static const char *const instruction_before_from_aliases[] = {
	"DL3061", NULL
};

const struct rule_entry rule_instruction_before_from_entry = {
	.id = "DF2028",
	.name = "instruction-before-from",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_FILE,
	.summary = "instruction before the first FROM",
	.aliases = instruction_before_from_aliases,
	.check = instruction_before_from_check,
	.fix = FIX_NONE
};

/*
 * DF2029 maintainer-deprecated (DL4000, BuildKit MaintainerDeprecated).
 * The fix writes the OCI authors label; unsafe because the image's
 * Author field is no longer set.
 */
static void
maintainer_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*s;
	char			*text, *p;
	size_t			 i, n;
	struct diag		*dg;

	if (in->kind != AST_MAINTAINER || ctx->parent != NULL)
		return;
	dg = rule_report(ctx, in->keyword, "MAINTAINER is deprecated");
	if (dg == NULL)
		return;
	diag_set_help(dg, "use LABEL org.opencontainers.image.authors=\"...\"");
	s = in->args.s;
	n = in->args.len;
	for (i = 0; i < n; i++)
		if (s[i] == '"' || s[i] == '\\' || s[i] == '$' ||
		    s[i] == '\n')
			return;		/* no safe quoting: no fix */
	text = xmalloc(n + 64);
	p = text;
	memcpy(p, islower((unsigned char)in->keyword_text[0]) ? "label" :
	    "LABEL", 5);
	p += 5;
	memcpy(p, " org.opencontainers.image.authors=\"", 35);
	p += 35;
	memcpy(p, s, n);
	p += n;
	*p++ = '"';
	*p = '\0';
	diag_add_edit(dg, in->span, text);
	free(text);
}

static const char *const maintainer_aliases[] = {
	"DL4000", "MaintainerDeprecated", NULL
};

const struct rule_entry rule_maintainer_deprecated_entry = {
	.id = "DF2029",
	.name = "maintainer-deprecated",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "deprecated MAINTAINER instruction",
	.aliases = maintainer_aliases,
	.check = maintainer_check,
	.fix = FIX_UNSAFE
};

/*
 * DF2032 inline-ignore-pragma (DL1001, off by default): a pragma that
 * silences rules for one instruction ("# dfopt ignore=..." or
 * "# hadolint ignore=..."); global pragmas are not reported.
 */
static void
inline_ignore_pragma_check(struct rule_ctx *ctx)
{
	static const char *const tools[] = { "dfopt", "hadolint", NULL };
	const struct ast_comment	*c;
	const char			*p;
	size_t				 i, k, n;

	for (i = 0; i < ctx->file->ncomments; i++) {
		c = &ctx->file->comments[i];
		p = c->text;
		while (*p == ' ' || *p == '\t')
			p++;
		for (k = 0; tools[k] != NULL; k++) {
			n = strlen(tools[k]);
			if (strncmp(p, tools[k], n) != 0 ||
			    (p[n] != ' ' && p[n] != '\t'))
				continue;
			p += n;
			while (*p == ' ' || *p == '\t')
				p++;
			if (strncmp(p, "ignore=", 7) == 0)
				rule_report(ctx, c->span, "inline ignore "
				    "pragma");
			break;
		}
	}
}

static const char *const inline_ignore_pragma_aliases[] = { "DL1001", NULL };

const struct rule_entry rule_inline_ignore_pragma_entry = {
	.id = "DF2032",
	.name = "inline-ignore-pragma",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_FILE,
	.flags = RULE_OFF,
	.summary = "inline ignore pragma",
	.aliases = inline_ignore_pragma_aliases,
	.check = inline_ignore_pragma_check,
	.fix = FIX_NONE
};
