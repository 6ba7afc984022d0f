/* SPDX-License-Identifier: ISC */
/*
 * BuildKit's build checks (docker build --check) that hadolint has no
 * twin for, with the check name as alias: instruction casing, definition
 * comments, legacy ENV/LABEL format, undefined variables, EXPOSE format
 * and protocol casing, relative WORKDIR, repeated CMD/ENTRYPOINT/
 * HEALTHCHECK and files excluded by .dockerignore (which the engine
 * reads: rule_ctx_dockerignore()).  Checks about FROM lines are in
 * base-image.c, SecretsUsedInArgOrEnv in security.c;
 * NoEmptyContinuation is the parser's DF1006 and DuplicateStageName and
 * ReservedStageName are the stage graph's DF4005 and DF4006.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "dockerignore.h"
#include "expand.h"
#include "graph.h"
#include "scope.h"
#include "source.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/rule-util.h"

/* 1: all lower case, 0: all upper case, -1: mixed (Go's ToLower/ToUpper). */
static int
buildkit_case(const char *s)
{
	int	lower = 1, upper = 1;

	for (; *s != '\0'; s++) {
		if (isupper((unsigned char)*s))
			lower = 0;
		if (islower((unsigned char)*s))
			upper = 0;
	}
	if (lower)
		return 1;
	return upper ? 0 : -1;
}

/*
 * DF6003 inconsistent-instruction-casing (ConsistentInstructionCasing):
 * an instruction keyword whose casing is not the file's majority (lower
 * when more keywords are all lower case than all upper case, else upper);
 * a mixed-case keyword always is.  As in BuildKit, only instructions
 * from the first FROM on count.
 */
static void
inconsistent_casing_check(struct rule_ctx *ctx)
{
	const struct ast_file	*f = ctx->file;
	const struct ast_instr	*in;
	size_t			 i, first, lower, upper, k;
	int			 c, majlower;
	char			*fixed;
	struct diag		*dg;

	for (first = 0; first < f->ninstrs; first++)
		if (f->instrs[first].kind == AST_FROM)
			break;
	lower = upper = 0;
	for (i = first; i < f->ninstrs; i++) {
		c = buildkit_case(f->instrs[i].keyword_text);
		if (c == 1)
			lower++;
		else if (c == 0)
			upper++;
	}
	majlower = lower > upper;
	for (i = first; i < f->ninstrs; i++) {
		in = &f->instrs[i];
		if (in->kind == AST_UNKNOWN)
			continue;
		c = buildkit_case(in->keyword_text);
		if (c == (majlower ? 1 : 0))
			continue;
		dg = rule_report(ctx, in->keyword, "instruction '%s' should "
		    "match the case of the instruction majority (%s)",
		    in->keyword_text, majlower ? "lowercase" : "uppercase");
		if (dg == NULL)
			continue;
		fixed = xstrdup(in->keyword_text);
		for (k = 0; fixed[k] != '\0'; k++)
			fixed[k] = (char)(majlower ?
			    tolower((unsigned char)fixed[k]) :
			    toupper((unsigned char)fixed[k]));
		diag_add_edit(dg, in->keyword, fixed);
		free(fixed);
	}
}

static const char *const inconsistent_casing_aliases[] = {
	"ConsistentInstructionCasing", NULL
};

const struct rule_entry rule_inconsistent_instruction_casing_entry = {
	.id = "DF6003",
	.name = "inconsistent-instruction-casing",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_FILE,
	.summary = "instruction keyword cased unlike the others",
	.aliases = inconsistent_casing_aliases,
	.check = inconsistent_casing_check,
	.fix = FIX_SAFE
};

/*
 * DF6008 invalid-definition-description (InvalidDefinitionDescription,
 * off by default as in BuildKit): the comment right above "FROM ... AS
 * name" or "ARG name" does not start with the name, so build tools that
 * show it as the stage's or argument's description (--call=outline) show
 * an unrelated sentence.
 */
static void
definition_description_check(struct rule_ctx *ctx)
{
	const struct ast_instr		*in = ctx->instr;
	const struct ast_comment	*c;
	const struct ast_word		*name;
	const char			*t, *e;
	size_t				 i, n;
	struct diag			*dg;

	name = NULL;
	if (ctx->parent != NULL || in->ncomments == 0)
		return;
	if (in->kind == AST_FROM) {
		if ((name = ast_from_name(in)) == NULL)
			return;
	} else if (in->kind != AST_ARG || in->npairs == 0)
		return;
	c = &ctx->file->comments[in->comment0 + in->ncomments - 1];
	/* BuildKit's docs: an empty line detaches the comment. */
	for (i = SPAN_END(c->span), n = 0; i < in->span.off &&
	    i < ctx->file->src->len; i++)
		if (ctx->file->src->data[i] == '\n')
			n++;
	if (n > 1)
		return;
	for (t = c->text; *t == ' ' || *t == '\t'; t++)
		/* nothing */;
	for (e = t; *e != '\0' && *e != ' '; e++)
		/* nothing */;
	n = (size_t)(e - t);
	if (in->kind == AST_FROM) {
		if (strlen(name->value) == n && strncmp(t, name->value, n) ==
		    0)
			return;
	} else {
		for (i = 0; i < in->npairs; i++)
			if (in->pairs[i].key.value != NULL &&
			    strlen(in->pairs[i].key.value) == n &&
			    strncmp(t, in->pairs[i].key.value, n) == 0)
				return;
	}
	dg = rule_report(ctx, c->span, "comment for %s should follow the "
	    "format: '# %s <description>'", ast_kind_name(in->kind),
	    name != NULL ? name->value : in->npairs > 1 ? "<arg_key>" :
	    in->pairs[0].key.value);
	if (dg != NULL)
		diag_set_help(dg, "start the comment with the name, or put an "
		    "empty line between it and the %s",
		    ast_kind_name(in->kind));
}

static const char *const definition_description_aliases[] = {
	"InvalidDefinitionDescription", NULL
};

const struct rule_entry rule_invalid_definition_description_entry = {
	.id = "DF6008",
	.name = "invalid-definition-description",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_OFF,
	.summary = "description comment not starting with the name",
	.aliases = definition_description_aliases,
	.check = definition_description_check,
	.fix = FIX_NONE
};

/*
 * DF6009 legacy-key-value-format (LegacyKeyValueFormat): "ENV key value"
 * or "LABEL key value".  The fix writes key=value, quoting a value with
 * blanks when no quote or backslash makes that ambiguous.
 */
static void
legacy_key_value_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_kv	*kv;
	const struct ast_file	*f = ctx->file;
	const char		*v;
	char			*text;
	size_t			 i, n;
	int			 blank, quote;
	struct span		 sep;
	struct diag		*dg;

	if ((in->kind != AST_ENV && in->kind != AST_LABEL) ||
	    in->npairs != 1 || !in->pairs[0].legacy)
		return;
	kv = &in->pairs[0];
	dg = rule_report(ctx, kv->span, "\"%s key=value\" should be used "
	    "instead of legacy \"%s key value\" format",
	    ast_kind_name(in->kind), ast_kind_name(in->kind));
	if (dg == NULL || kv->value.raw == NULL)
		return;
	diag_set_help(dg, "write %s %s=...", ast_kind_name(in->kind),
	    kv->key.value);
	/* The fix only when key and value sit on one line. */
	sep.off = SPAN_END(kv->key.span);
	if (kv->value.span.off < sep.off || kv->value.span.off -
	    sep.off > 64)
		return;
	sep.len = kv->value.span.off - sep.off;
	for (i = 0; i < sep.len; i++)
		if (f->src->data[sep.off + i] != ' ' &&
		    f->src->data[sep.off + i] != '\t')
			return;
	v = kv->value.raw;
	n = strlen(v);
	if (kv->value.span.len != n)
		return;
	blank = quote = 0;
	for (i = 0; i < n; i++) {
		if (v[i] == ' ' || v[i] == '\t')
			blank = 1;
		if (v[i] == '"' || v[i] == '\'' || v[i] == '\\' ||
		    v[i] == '`')
			quote = 1;
	}
	if (blank && quote)
		return;
	if (!blank) {
		diag_add_edit(dg, sep, "=");
		return;
	}
	xasprintf(&text, "=\"%s\"", v);
	sep.len = SPAN_END(kv->value.span) - sep.off;
	diag_add_edit(dg, sep, text);
	free(text);
}

static const char *const legacy_key_value_aliases[] = {
	"LegacyKeyValueFormat", NULL
};

const struct rule_entry rule_legacy_key_value_format_entry = {
	.id = "DF6009",
	.name = "legacy-key-value-format",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ENV or LABEL in the legacy \"key value\" form",
	.aliases = legacy_key_value_aliases,
	.check = legacy_key_value_check,
	.fix = FIX_SAFE
};

/*
 * Whether a base image of a common kind may set name: BuildKit reads the
 * image's ENV; dfopt does not pull images, so names official images set
 * (PATH, LANG, *_VERSION, *_HOME, GOPATH ...) are given the benefit of
 * the doubt when the stage is built on an image.
 */
static int
buildkit_image_may_set(const char *name)
{
	static const char *const exact[] = {
		"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "GOPATH", "GOROOT",
		"GOTOOLCHAIN", "GPG_KEY", "DEBIAN_FRONTEND", "PKG_RELEASE",
		"APP_UID", "HOSTNAME", "USER", "LD_LIBRARY_PATH",
		"LIBRARY_PATH", "CLASSPATH", "MANPATH", "PKG_CONFIG_PATH",
		"CPATH", NULL
	};
	static const char *const prefixes[] = {
		"LC_", "JAVA_", "JDK_", "JRE_", "NODE_", "NPM_", "YARN_",
		"PYTHON", "PIP_", "PHP_", "RUBY", "GEM_", "BUNDLE", "CARGO_",
		"RUSTUP_", "RUST_", "MAVEN_", "GRADLE_", "DOTNET_",
		"ASPNETCORE_", "NGINX_", "NJS_", "GOLANG_", "GO", NULL
	};
	size_t	i;

	for (i = 0; exact[i] != NULL; i++)
		if (strcmp(name, exact[i]) == 0)
			return 1;
	for (i = 0; prefixes[i] != NULL; i++)
		if (rule_util_prefix(name, prefixes[i]))
			return 1;
	return rule_util_suffix(name, "_VERSION") ||
	    rule_util_suffix(name, "_HOME");
}

/*
 * DF6010 undefined-variable (UndefinedVar): an instruction BuildKit
 * expands (COPY, ADD, ENV, LABEL, ARG values, WORKDIR, USER, EXPOSE,
 * VOLUME, STOPSIGNAL, RUN --mount options) uses a variable that no ARG
 * or ENV set before it.  A value-less ARG declares the name; predefined
 * platform ARGs are not reported; names a base image commonly sets are
 * not reported on a stage built on an image (dfopt cannot read the
 * image's ENV).
 */
static void
undefined_variable_check(struct rule_ctx *ctx)
{
	const struct ast_instr		*in = ctx->instr;
	const struct scope		*sc = ctx->graph->scope;
	const struct scope_var		**vis;
	const char			**names, *name, *best;
	struct scope_slot		*slots;
	struct expand_result		 r;
	struct span			 sp;
	struct diag			*dg;
	size_t				 n, i, j, k, nv, off, len;
	int				 image;

	if (ctx->parent != NULL || in->kind == AST_FROM ||
	    ctx->stage == NULL)
		return;
	n = scope_slots(sc, in, &slots);
	if (n == 0)
		return;
	image = scope_image_env(sc, in);
	/*
	 * The visible names only serve did-you-mean suggestions: build them
	 * when the first undefined name turns up, not for every instruction
	 * (a file of 100k ENVs would otherwise be quadratic).
	 */
	vis = NULL;
	names = NULL;
	nv = 0;
	for (i = 0; i < n; i++) {
		if (slots[i].overridden)
			continue;
		scope_expand(sc, in, &slots[i], &r);
		for (j = 0; j < r.nundefined; j++) {
			name = r.undefined[j];
			if (scope_declared(sc, in, name) ||
			    scope_predefined(name) == 1 ||
			    (image && buildkit_image_may_set(name)))
				continue;
			sp = slots[i].span;
			if (slots[i].len == sp.len && rule_util_var_ref(
			    slots[i].text, name, &off, &len)) {
				sp.off += off;
				sp.len = len;
			}
			if (names == NULL) {
				nv = scope_visible(scope_vars_before(sc, in),
				    &vis);
				names = xcalloc(nv + 1, sizeof(*names));
				for (k = 0; k < nv; k++)
					names[k] = vis[k]->name;
			}
			best = rule_util_suggest(name, names, nv);
			dg = rule_report(ctx, sp, "usage of undefined variable "
			    "'$%s'%s%s%s", name, best != NULL ?
			    " (did you mean $" : "", best != NULL ? best : "",
			    best != NULL ? "?)" : "");
			if (dg != NULL)
				diag_set_help(dg, "declare it first with "
				    "ARG %s or ENV %s=...", name, name);
		}
		expand_result_release(&r);
	}
	free(names);
	free(vis);
	free(slots);
}

static const char *const undefined_variable_aliases[] = {
	"UndefinedVar", NULL
};

const struct rule_entry rule_undefined_variable_entry = {
	.id = "DF6010",
	.name = "undefined-variable",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "variable used before it is defined",
	.aliases = undefined_variable_aliases,
	.check = undefined_variable_check,
	.fix = FIX_NONE
};

/*
 * DF6012 copy-ignored-file (CopyIgnoredFile): COPY or ADD of a build
 * context path that the context's .dockerignore excludes, so the build
 * fails with "not found".  The path is cleaned first ("./a" is "a"),
 * which BuildKit does not do; wildcard sources are not judged.
 */
static void
copy_ignored_file_check(struct rule_ctx *ctx)
{
	const struct ast_instr		*in = ctx->instr;
	const struct dockerignore	*di;
	struct scope_slot		*slots;
	struct expand_result		 r;
	const struct ast_word		*w;
	const char			*v;
	char				*clean;
	size_t				 i, n;
	struct diag			*dg;

	if ((in->kind != AST_COPY && in->kind != AST_ADD) ||
	    ast_flag_get(in, "from") != NULL || in->nwords < 2 ||
	    (di = rule_ctx_dockerignore(ctx)) == NULL)
		return;
	n = scope_slots(ctx->graph->scope, in, &slots);
	for (i = 0; i < n; i++) {
		if (slots[i].kind != SCOPE_SLOT_WORD ||
		    slots[i].index + 1 >= in->nwords)
			continue;	/* the destination */
		w = &in->words[slots[i].index];
		if (scope_expand(ctx->graph->scope, in, &slots[i], &r) == -1) {
			expand_result_release(&r);
			continue;
		}
		v = r.value;
		if (*v == '\0' || strpbrk(v, "*?[") != NULL ||
		    rule_util_is_url(v) || rule_util_prefix(v, "git@") ||
		    strncmp(v, "<<", 2) == 0) {
			expand_result_release(&r);
			continue;
		}
		clean = dockerignore_clean(v[0] == '/' ? v + 1 : v);
		if (strcmp(clean, ".") != 0 && dockerignore_match(di, clean)) {
			dg = rule_report(ctx, w->span, "attempting to %s file "
			    "\"%s\" that is excluded by .dockerignore",
			    in->kind == AST_COPY ? "Copy" : "Add", v);
			if (dg != NULL)
				diag_set_help(dg, "the file is not in the "
				    "build context: remove it from "
				    ".dockerignore (or add an exception "
				    "'!%s'), or do not copy it", clean);
		}
		free(clean);
		expand_result_release(&r);
	}
	free(slots);
}

static const char *const copy_ignored_file_aliases[] = {
	"CopyIgnoredFile", NULL
};

const struct rule_entry rule_copy_ignored_file_entry = {
	.id = "DF6012",
	.name = "copy-ignored-file",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "COPY of a file excluded by .dockerignore",
	.aliases = copy_ignored_file_aliases,
	.check = copy_ignored_file_check,
	.fix = FIX_NONE
};

/*
 * Each port of EXPOSE ctx->instr after expansion, split as BuildKit's
 * splitParts and splitProtoPort do: fn(ctx, word, port, ip, host, proto).
 */
typedef void (*buildkit_port_fn)(struct rule_ctx *, const struct ast_word *,
    const char *, int, const char *, size_t);

static void
buildkit_ports(struct rule_ctx *ctx, buildkit_port_fn fn)
{
	const struct ast_instr	*in = ctx->instr;
	struct scope_slot	*slots;
	struct expand_result	 r;
	const char		*p, *c, *last, *proto;
	size_t			 n, i, j, ncolon;

	if (ctx->parent != NULL || in->kind != AST_EXPOSE)
		return;
	n = scope_slots(ctx->graph->scope, in, &slots);
	for (i = 0; i < n; i++) {
		if (scope_expand(ctx->graph->scope, in, &slots[i], &r) == -1) {
			expand_result_release(&r);
			continue;
		}
		for (j = 0; j < r.nwords; j++) {
			p = r.words[j];
			ncolon = 0;
			last = p;
			for (c = p; *c != '\0'; c++)
				if (*c == ':') {
					ncolon++;
					last = c + 1;
				}
			/* container port "80/tcp": proto after the '/' */
			proto = strchr(last, '/');
			if (proto != NULL && (proto == last ||
			    proto[1] == '\0'))
				proto = NULL;
			fn(ctx, &in->words[slots[i].index], p, ncolon > 0,
			    proto != NULL ? proto + 1 : NULL,
			    proto != NULL ? (size_t)(proto + 1 - p) : 0);
		}
		expand_result_release(&r);
	}
	free(slots);
}

/* ExposeProtoCasing for one port. */
static void
expose_proto_one(struct rule_ctx *ctx, const struct ast_word *w,
    const char *port, int mapped, const char *proto, size_t poff)
{
	struct diag	*dg;
	char		*low;
	size_t		 k, plen;

	(void)mapped;
	if (proto == NULL)
		return;
	plen = strlen(proto);
	for (k = 0; k < plen; k++)
		if (isupper((unsigned char)proto[k]))
			break;
	if (k == plen)
		return;
	dg = rule_report(ctx, w->span, "defined protocol '%s' in EXPOSE "
	    "instruction should be lowercase", port);
	if (dg == NULL)
		return;
	low = xstrdup(proto);
	for (k = 0; k < plen; k++)
		low[k] = (char)tolower((unsigned char)low[k]);
	diag_set_help(dg, "write '%s'", low);
	if (w->raw != NULL && strcmp(w->raw, port) == 0)
		diag_add_edit(dg, rule_util_word_part(w, poff, plen), low);
	free(low);
}

/* DF6013 expose-proto-casing (ExposeProtoCasing): "EXPOSE 80/TCP". */
static void
expose_proto_casing_check(struct rule_ctx *ctx)
{
	buildkit_ports(ctx, expose_proto_one);
}

static const char *const expose_proto_casing_aliases[] = {
	"ExposeProtoCasing", NULL
};

const struct rule_entry rule_expose_proto_casing_entry = {
	.id = "DF6013",
	.name = "expose-proto-casing",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "EXPOSE protocol not in lower case",
	.aliases = expose_proto_casing_aliases,
	.check = expose_proto_casing_check,
	.fix = FIX_SAFE
};

/* ExposeInvalidFormat for one port. */
static void
expose_format_one(struct rule_ctx *ctx, const struct ast_word *w,
    const char *port, int mapped, const char *proto, size_t poff)
{
	struct diag	*dg;

	(void)proto;
	(void)poff;
	if (!mapped)
		return;
	dg = rule_report(ctx, w->span, "EXPOSE instruction should not define "
	    "an IP address or host-port mapping, found '%s'", port);
	if (dg != NULL)
		diag_set_help(dg, "EXPOSE only the container port; publish it "
		    "with docker run -p");
}

/*
 * DF6014 expose-invalid-format (ExposeInvalidFormat): "EXPOSE
 * 127.0.0.1:80:80" or "EXPOSE 8080:80".
 */
static void
expose_invalid_format_check(struct rule_ctx *ctx)
{
	buildkit_ports(ctx, expose_format_one);
}

static const char *const expose_invalid_format_aliases[] = {
	"ExposeInvalidFormat", NULL
};

const struct rule_entry rule_expose_invalid_format_entry = {
	.id = "DF6014",
	.name = "expose-invalid-format",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "EXPOSE with an IP address or host port",
	.aliases = expose_invalid_format_aliases,
	.check = expose_invalid_format_check,
	.fix = FIX_NONE
};

/*
 * DF6015 workdir-relative-path (WorkdirRelativePath): the first WORKDIR
 * of a stage and of the stages it is built FROM is relative, so it
 * depends on the base image's working directory.  Later relative WORKDIRs
 * build on the first and are not reported.  A Windows drive path
 * ("C:\\go") is absolute, as BuildKit judges it for a Windows platform.
 */
static void
workdir_relative_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct graph	*g = ctx->graph;
	const struct stage	*st;
	struct scope_slot	*slots;
	struct expand_result	 r;
	size_t			*chain, n, c, i, end;
	int			 earlier;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_WORKDIR ||
	    ctx->stage == NULL || in->nwords == 0)
		return;
	end = rule_ctx_index(ctx);
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	earlier = 0;
	for (c = 0; c < n && !earlier; c++) {
		st = &g->stages[chain[c]];
		for (i = st->first + 1; i < (c == 0 ? end : st->end); i++)
			if (ctx->file->instrs[i].kind == AST_WORKDIR) {
				earlier = 1;
				break;
			}
	}
	free(chain);
	if (earlier)
		return;
	if (scope_slots(g->scope, in, &slots) == 0)
		return;
	if (scope_expand(g->scope, in, &slots[0], &r) == 0 &&
	    r.value[0] != '/' &&
	    !rule_util_windows_drive(r.value, strlen(r.value))) {
		dg = rule_report(ctx, in->words[0].span, "relative workdir "
		    "\"%s\" can have unexpected results if the base image "
		    "changes", r.value);
		if (dg != NULL)
			diag_set_help(dg, "make the first WORKDIR absolute");
	}
	expand_result_release(&r);
	free(slots);
}

static const char *const workdir_relative_aliases[] = {
	"WorkdirRelativePath", NULL
};

const struct rule_entry rule_workdir_relative_path_entry = {
	.id = "DF6015",
	.name = "workdir-relative-path",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "first WORKDIR of a stage is relative",
	.aliases = workdir_relative_aliases,
	.check = workdir_relative_check,
	.fix = FIX_NONE
};

/*
 * DF6016 multiple-instructions (MultipleInstructionsDisallowed, off by
 * default): a CMD, ENTRYPOINT or HEALTHCHECK that a later one of the same
 * stage overrides; BuildKit points at the one that is ignored.  Off
 * because DF2030, DF2031 and DF2007 (hadolint's DL4003, DL4004, DL3012)
 * report the same repetition at the later instruction.
 */
static void
multiple_instructions_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	size_t			 i, idx;
	struct diag		*dg;

	if (ctx->parent != NULL || ctx->stage == NULL ||
	    (in->kind != AST_CMD && in->kind != AST_ENTRYPOINT &&
	    in->kind != AST_HEALTHCHECK))
		return;
	idx = rule_ctx_index(ctx);
	if (idx == (size_t)-1)
		return;
	for (i = idx + 1; i < ctx->stage->end; i++)
		if (ctx->file->instrs[i].kind == in->kind)
			break;
	if (i == ctx->stage->end)
		return;
	dg = rule_report(ctx, in->keyword, "multiple %s instructions should "
	    "not be used in the same stage because only the last one will be "
	    "used", ast_kind_name(in->kind));
	if (dg != NULL)
		diag_set_help(dg, "remove this %s", ast_kind_name(in->kind));
}

static const char *const multiple_instructions_aliases[] = {
	"MultipleInstructionsDisallowed", NULL
};

const struct rule_entry rule_multiple_instructions_entry = {
	.id = "DF6016",
	.name = "multiple-instructions",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_OFF,
	.summary = "CMD, ENTRYPOINT or HEALTHCHECK overridden in its stage",
	.aliases = multiple_instructions_aliases,
	.check = multiple_instructions_check,
	.fix = FIX_NONE
};
