/* SPDX-License-Identifier: ISC */
/*
 * Rules about FROM lines: the base image reference (tag, latest, trusted
 * registry), the --platform flag and the stage name, with hadolint's and
 * BuildKit's meaning (DL3006, DL3007, DL3026, DL3029, StageNameCasing,
 * FromAsCasing, InvalidDefaultArgInFrom, UndefinedArgInFrom,
 * RedundantTargetPlatform, FromPlatformFlagConstDisallowed).  What the
 * FROM line resolves to (stage or image, expansion errors) is the stage
 * graph's (graph.c, DF40xx); these rules only judge it.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "dfconfig.h"
#include "diag.h"
#include "expand.h"
#include "graph.h"
#include "imageref.h"
#include "scope.h"
#include "xmalloc.h"
#include "source.h"
#include "rules/rules.h"
#include "rules/rule-util.h"

static const struct graph_image *base_image_of(struct rule_ctx *);
static int	base_image_platform(const char *, const char **,
		    const char **);

/*
 * The image a FROM instruction (ctx->instr) pulls, or NULL when it names
 * a stage, scratch, a named context or does not resolve.
 */
static const struct graph_image *
base_image_of(struct rule_ctx *ctx)
{
	const struct stage	*st = ctx->stage;
	const struct graph_image *im;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM ||
	    st == NULL || st->from != ctx->instr || st->base_stage >= 0 ||
	    st->base_image < 0)
		return NULL;
	im = &ctx->graph->images[st->base_image];
	return im->kind == GRAPH_IMAGE ? im : NULL;
}

/*
 * DF2001 untagged-base-image (hadolint DL3006): FROM an image with
 * neither tag nor digest.  hadolint skips scratch and earlier stage
 * names; we also judge the expanded name, so "FROM $IMG" with a tagged
 * default passes.
 */
static void
untagged_base_image_check(struct rule_ctx *ctx)
{
	const struct graph_image	*im;
	const struct ast_word		*w;
	struct diag			*dg;
	size_t				 n;
	int				 nl;

	if ((im = base_image_of(ctx)) == NULL)
		return;
	if (im->tag != NULL || im->digest != NULL)
		return;
	w = ast_from_image(ctx->instr);
	/* The familiar form spells the implied tag out: drop it here. */
	n = strlen(im->familiar);
	if (rule_util_suffix(im->familiar, ":latest"))
		n -= strlen(":latest");
	nl = n > INT_MAX ? INT_MAX : (int)n;
	dg = rule_report(ctx, w->span, "base image '%.*s' has no tag", nl,
	    im->familiar);
	if (dg != NULL)
		diag_set_help(dg, "pin a version ('%.*s:<version>') or a "
		    "digest ('%.*s@sha256:...')", nl, im->familiar, nl,
		    im->familiar);
}

static const char *const untagged_base_image_aliases[] = { "DL3006", NULL };

const struct rule_entry rule_untagged_base_image_entry = {
	.id = "DF2001",
	.name = "untagged-base-image",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "base image without a tag",
	.aliases = untagged_base_image_aliases,
	.check = untagged_base_image_check,
	.fix = FIX_NONE
};

/*
 * DF2002 latest-tag (DL3007): FROM image:latest.  Unlike hadolint, a
 * digest pins the image, so "image:latest@sha256:..." passes.
 */
static void
latest_tag_check(struct rule_ctx *ctx)
{
	const struct graph_image	*im;
	const struct ast_word		*w;
	const char			*p;
	struct span			 sp;
	struct diag			*dg;

	if ((im = base_image_of(ctx)) == NULL)
		return;
	if (im->tag == NULL || strcmp(im->tag, "latest") != 0 ||
	    im->digest != NULL)
		return;
	w = ast_from_image(ctx->instr);
	sp = w->span;
	if (w->raw != NULL && (p = strstr(w->raw, ":latest")) != NULL)
		sp = rule_util_word_part(w, (size_t)(p - w->raw) + 1, 6);
	dg = rule_report(ctx, sp, "base image '%s' uses the 'latest' tag",
	    im->familiar);
	if (dg != NULL)
		diag_set_help(dg, "pin a release tag or a digest: 'latest' "
		    "changes whenever the image is updated");
}

static const char *const latest_tag_aliases[] = { "DL3007", NULL };

const struct rule_entry rule_latest_tag_entry = {
	.id = "DF2002",
	.name = "latest-tag",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "base image pinned to the latest tag",
	.aliases = latest_tag_aliases,
	.check = latest_tag_check,
	.fix = FIX_NONE
};

/*
 * DF2012 untrusted-registry (DL3026): FROM an image whose registry is
 * not in the configured trusted registries.  Without the setting the rule
 * is silent.  "*.example.com" matches any subdomain and "*" anything; an
 * image without a registry is on docker.io (also spelled
 * hub.docker.com).
 */
static int
untrusted_registry_match(const char *pattern, const char *domain)
{
	size_t	n, m;

	if (strcmp(pattern, "*") == 0)
		return 1;
	if (strncmp(pattern, "*.", 2) == 0) {
		n = strlen(domain);
		m = strlen(pattern + 1);
		return n > m && strcmp(domain + n - m, pattern + 1) == 0;
	}
	if (strcmp(domain, "docker.io") == 0 &&
	    (strcmp(pattern, "hub.docker.com") == 0 ||
	    strcmp(pattern, "index.docker.io") == 0))
		return 1;
	return strcmp(pattern, domain) == 0;
}

static void
untrusted_registry_check(struct rule_ctx *ctx)
{
	const struct graph_image	*im;
	const char *const		*trusted;
	size_t				 i;
	struct diag			*dg;

	if (ctx->config == NULL ||
	    (trusted = config_trusted_registries(ctx->config)) == NULL)
		return;
	if ((im = base_image_of(ctx)) == NULL || im->domain == NULL)
		return;
	for (i = 0; trusted[i] != NULL; i++)
		if (untrusted_registry_match(trusted[i], im->domain))
			return;
	dg = rule_report(ctx, ast_from_image(ctx->instr)->span,
	    "registry '%s' is not a trusted registry", im->domain);
	if (dg != NULL)
		diag_set_help(dg, "use an image from a trusted registry, or "
		    "add '%s' to trusted-registries", im->domain);
}

static const char *const untrusted_registry_aliases[] = { "DL3026", NULL };

const struct rule_entry rule_untrusted_registry_entry = {
	.id = "DF2012",
	.name = "untrusted-registry",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "base image from a registry that is not trusted",
	.aliases = untrusted_registry_aliases,
	.check = untrusted_registry_check,
	.fix = FIX_NONE
};

/* DF2013 from-platform-flag (DL3029): FROM --platform with a value. */
static void
from_platform_flag_check(struct rule_ctx *ctx)
{
	const struct ast_flag	*fl;
	struct diag		*dg;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM)
		return;
	fl = ast_flag_get(ctx->instr, "platform");
	if (fl == NULL || fl->value == NULL || *fl->value == '\0')
		return;
	dg = rule_report(ctx, fl->span, "FROM uses --platform=%s",
	    fl->value);
	if (dg != NULL)
		diag_set_help(dg, "let the build choose the platform "
		    "(docker build --platform); keep the flag only for "
		    "cross-compiling stages such as --platform=$BUILDPLATFORM");
}

static const char *const from_platform_flag_aliases[] = { "DL3029", NULL };

const struct rule_entry rule_from_platform_flag_entry = {
	.id = "DF2013",
	.name = "from-platform-flag",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "FROM with a --platform flag",
	.aliases = from_platform_flag_aliases,
	.check = from_platform_flag_check,
	.fix = FIX_NONE
};

/*
 * DF6001 stage-name-casing (BuildKit StageNameCasing): the name in FROM
 * ... AS name is not lower case.  Stage references are case-insensitive,
 * so lower-casing the name keeps every reference working.
 */
static void
stage_name_casing_check(struct rule_ctx *ctx)
{
	const struct ast_word	*w;
	struct diag		*dg;
	char			*low;
	size_t			 i;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM ||
	    (w = ast_from_name(ctx->instr)) == NULL ||
	    !rule_util_has_upper(w->value))
		return;
	dg = rule_report(ctx, w->span, "stage name '%s' should be lowercase",
	    w->value);
	if (dg == NULL)
		return;
	low = xstrdup(w->value);
	for (i = 0; low[i] != '\0'; i++)
		low[i] = (char)tolower((unsigned char)low[i]);
	diag_set_help(dg, "name the stage '%s'", low);
	if (w->raw != NULL && strcmp(w->raw, w->value) == 0)
		diag_add_edit(dg, w->span, low);
	free(low);
}

static const char *const stage_name_casing_aliases[] = {
	"StageNameCasing", NULL
};

const struct rule_entry rule_stage_name_casing_entry = {
	.id = "DF6001",
	.name = "stage-name-casing",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "stage name not in lower case",
	.aliases = stage_name_casing_aliases,
	.check = stage_name_casing_check,
	.fix = FIX_SAFE
};

/* 1 if s is all lower case (0: all upper; -1: mixed), as Go compares. */
static int
base_image_case(const char *s)
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
 * DF6002 from-as-casing (FromAsCasing): "FROM x as y" or "from x AS y".
 * A FROM keyword of mixed case is ConsistentInstructionCasing's, not
 * this rule's.
 */
static void
from_as_casing_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*as;
	struct diag		*dg;
	int			 fc, ac;

	if (ctx->parent != NULL || in->kind != AST_FROM ||
	    ast_from_name(in) == NULL)
		return;
	as = &in->words[1];
	if ((fc = base_image_case(in->keyword_text)) < 0)
		return;
	ac = base_image_case(as->value);
	if (ac == fc)
		return;
	dg = rule_report(ctx, as->span, "'%s' and '%s' keywords' casing do "
	    "not match", as->value, in->keyword_text);
	if (dg == NULL)
		return;
	diag_set_help(dg, "write '%s'", fc ? "as" : "AS");
	diag_add_edit(dg, as->span, fc ? "as" : "AS");
}

static const char *const from_as_casing_aliases[] = { "FromAsCasing", NULL };

const struct rule_entry rule_from_as_casing_entry = {
	.id = "DF6002",
	.name = "from-as-casing",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "AS keyword cased unlike FROM",
	.aliases = from_as_casing_aliases,
	.check = from_as_casing_check,
	.fix = FIX_SAFE
};

/*
 * DF6004 invalid-default-arg-in-from (InvalidDefaultArgInFrom): with the
 * meta ARG defaults alone (no --build-arg), the FROM image expands to an
 * empty or invalid name.  As in BuildKit this is judged whatever build
 * arguments are given: the file must build without them.
 */
static void
invalid_default_arg_check(struct rule_ctx *ctx)
{
	const struct ast_file		*f = ctx->file;
	const struct stage		*st = ctx->stage;
	const struct scope_var		*v;
	const struct ast_instr		*a;
	const struct ast_word		*w;
	struct expand_vars		 vars;
	struct expand_env		 env;
	struct expand_result		 r;
	struct imageref			 ref;
	struct arena			*ar;
	const char			*why;
	size_t				 i, j;
	int				 bad;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM ||
	    st == NULL || st->from != ctx->instr ||
	    (w = ast_from_image(ctx->instr)) == NULL || w->raw == NULL ||
	    strchr(w->raw, '$') == NULL)
		return;
	memset(&vars, 0, sizeof(vars));
	for (v = ctx->graph->scope->global; v != NULL; v = v->next)
		if (v->origin == SCOPE_PREDEFINED && v->value != NULL &&
		    !v->build_arg)
			expand_vars_set(&vars, v->name, v->value);
	for (i = 0; i < f->ninstrs && f->instrs[i].kind != AST_FROM; i++) {
		a = &f->instrs[i];
		if (a->kind != AST_ARG)
			continue;
		for (j = 0; j < a->npairs; j++) {
			if (!a->pairs[j].has_value ||
			    a->pairs[j].value.raw == NULL)
				continue;
			env = expand_vars_env(&vars);
			if (expand_word(&r, a->pairs[j].value.raw,
			    strlen(a->pairs[j].value.raw), f->escape, 0,
			    &env) == 0)
				expand_vars_set(&vars, a->pairs[j].key.value,
				    r.value);
			expand_result_release(&r);
		}
	}
	env = expand_vars_env(&vars);
	bad = 0;
	if (expand_word(&r, w->raw, strlen(w->raw), f->escape, 0, &env) == 0) {
		if (*r.value == '\0')
			bad = 1;
		else {
			ar = arena_new();
			bad = imageref_parse(&ref, ar, r.value, &why) == -1;
			arena_free(ar);
		}
	}
	expand_result_release(&r);
	expand_vars_release(&vars);
	if (bad)
		rule_report(ctx, w->span, "default value for ARG %s results "
		    "in empty or invalid base image name", w->raw);
}

static const char *const invalid_default_arg_aliases[] = {
	"InvalidDefaultArgInFrom", NULL
};

const struct rule_entry rule_invalid_default_arg_in_from_entry = {
	.id = "DF6004",
	.name = "invalid-default-arg-in-from",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ARG defaults make a base image name invalid",
	.aliases = invalid_default_arg_aliases,
	.check = invalid_default_arg_check,
	.fix = FIX_NONE
};

/*
 * DF6005 undefined-arg-in-from (UndefinedArgInFrom): the FROM image or
 * --platform uses a variable that no meta ARG declares and that is not a
 * predefined platform ARG.
 */
static void
undefined_arg_in_from_check(struct rule_ctx *ctx)
{
	const struct scope		*sc = ctx->graph->scope;
	const struct scope_var		*v;
	struct scope_slot		*slots;
	struct expand_result		 r;
	const char			**names, *best, *name;
	struct span			 sp;
	struct diag			*dg;
	size_t				 n, i, j, k, nn, off, len;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM)
		return;
	for (nn = 0, v = sc->global; v != NULL; v = v->next)
		nn++;
	names = xcalloc(nn + 1, sizeof(*names));
	for (k = 0, v = sc->global; v != NULL; v = v->next)
		names[k++] = v->name;
	n = scope_slots(sc, ctx->instr, &slots);
	for (i = 0; i < n; i++) {
		scope_expand(sc, ctx->instr, &slots[i], &r);
		for (j = 0; j < r.nundefined; j++) {
			name = r.undefined[j];
			for (v = sc->global; v != NULL; v = v->next)
				if (strcmp(v->name, name) == 0)
					break;
			if (v != NULL)
				continue;	/* declared, unset */
			sp = slots[i].span;
			if (rule_util_var_ref(slots[i].text, name, &off,
			    &len) && slots[i].len == sp.len) {
				sp.off += off;
				sp.len = len;
			}
			best = rule_util_suggest(name, names, nn);
			dg = rule_report(ctx, sp, "FROM argument '%s' is not "
			    "declared%s%s%s", name, best != NULL ?
			    " (did you mean " : "", best != NULL ? best : "",
			    best != NULL ? "?)" : "");
			if (dg != NULL)
				diag_set_help(dg, "declare it with 'ARG %s' "
				    "before the first FROM", name);
		}
		expand_result_release(&r);
	}
	free(slots);
	free(names);
}

static const char *const undefined_arg_in_from_aliases[] = {
	"UndefinedArgInFrom", NULL
};

const struct rule_entry rule_undefined_arg_in_from_entry = {
	.id = "DF6005",
	.name = "undefined-arg-in-from",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "FROM uses an undeclared ARG",
	.aliases = undefined_arg_in_from_aliases,
	.check = undefined_arg_in_from_check,
	.fix = FIX_NONE
};

/* The expansion of FROM --platform: the slot, or -1. */
static int
base_image_platform_expand(struct rule_ctx *ctx, struct scope_slot *out,
    struct expand_result *r)
{
	struct scope_slot	*slots;
	size_t			 n, i;
	int			 found;

	found = -1;
	n = scope_slots(ctx->graph->scope, ctx->instr, &slots);
	for (i = 0; i < n; i++) {
		if (slots[i].kind != SCOPE_SLOT_FLAG)
			continue;
		*out = slots[i];
		found = scope_expand(ctx->graph->scope, ctx->instr, out, r);
		break;
	}
	free(slots);
	if (i == n)
		return -1;
	if (found == -1) {
		expand_result_release(r);
		return -1;
	}
	return 0;
}

/*
 * DF6006 redundant-target-platform (RedundantTargetPlatform): FROM
 * --platform=$TARGETPLATFORM, which is what a build does anyway.
 */
static void
redundant_target_platform_check(struct rule_ctx *ctx)
{
	const struct ast_flag	*fl;
	const struct scope_var	*tp;
	struct scope_slot	 slot;
	struct expand_result	 r;
	struct diag		*dg;
	struct span		 del;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM)
		return;
	if (base_image_platform_expand(ctx, &slot, &r) == -1)
		return;
	tp = scope_lookup(ctx->graph->scope->global, "TARGETPLATFORM");
	if (r.nused == 1 && r.nundefined == 0 &&
	    strcmp(r.used[0], "TARGETPLATFORM") == 0 && tp != NULL &&
	    strcmp(r.value, tp->value) == 0) {
		fl = ast_flag_get(ctx->instr, "platform");
		dg = rule_report(ctx, fl->span, "setting platform to "
		    "predefined %s in FROM is redundant as this is the "
		    "default behavior", fl->value);
		if (dg != NULL) {
			diag_set_help(dg, "remove the flag");
			del = rule_util_with_blanks(ctx->file, fl->span);
			diag_add_edit(dg, del, "");
		}
	}
	expand_result_release(&r);
}

static const char *const redundant_target_platform_aliases[] = {
	"RedundantTargetPlatform", "DL3065", NULL
};

const struct rule_entry rule_redundant_target_platform_entry = {
	.id = "DF6006",
	.name = "redundant-target-platform",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "FROM --platform set to the default $TARGETPLATFORM",
	.aliases = redundant_target_platform_aliases,
	.check = redundant_target_platform_check,
	.fix = FIX_SAFE
};

/*
 * containerd's platforms.Parse, reduced to what the rule needs: the OS
 * and the normalised architecture of "os[/arch[/variant]]" or of a lone
 * OS or architecture.  Returns -1 when s is not a platform.
 */
static int
base_image_platform(const char *s, const char **os, const char **arch)
{
	static const char *const oses[] = {
		"aix", "android", "darwin", "dragonfly", "freebsd", "illumos",
		"ios", "js", "linux", "netbsd", "openbsd", "plan9", "solaris",
		"wasip1", "windows", NULL
	};
	static const struct {
		const char	*in;
		const char	*out;
	} arches[] = {
		{ "i386", "386" }, { "386", "386" }, { "x86", "386" },
		{ "x86_64", "amd64" }, { "x86-64", "amd64" },
		{ "amd64", "amd64" }, { "aarch64", "arm64" },
		{ "arm64", "arm64" }, { "armhf", "arm" }, { "armel", "arm" },
		{ "arm", "arm" }, { "ppc64le", "ppc64le" },
		{ "s390x", "s390x" }, { "riscv64", "riscv64" },
		{ "mips64le", "mips64le" }, { "loong64", "loong64" },
		{ NULL, NULL }
	};
	static char	 part[3][64];
	const char	*p, *e;
	size_t		 n, i, k;

	for (n = 0, p = s; n < 3; n++) {
		e = strchr(p, '/');
		k = e != NULL ? (size_t)(e - p) : strlen(p);
		if (k == 0 || k >= sizeof(part[0]))
			return -1;
		for (i = 0; i < k; i++)
			if (!isalnum((unsigned char)p[i]) && p[i] != '_' &&
			    p[i] != '-' && p[i] != '.')
				return -1;
		memcpy(part[n], p, k);
		part[n][k] = '\0';
		for (i = 0; i < k; i++)
			part[n][i] = (char)tolower((unsigned char)part[n][i]);
		if (e == NULL) {
			n++;
			break;
		}
		p = e + 1;
	}
	if (n == 3 && p != NULL && strchr(p, '/') != NULL)
		return -1;
	*os = "linux";
	*arch = NULL;
	if (n == 1) {
		for (i = 0; oses[i] != NULL; i++)
			if (strcmp(part[0], oses[i]) == 0) {
				*os = oses[i];
				*arch = "amd64";
				return 0;
			}
		for (i = 0; arches[i].in != NULL; i++)
			if (strcmp(part[0], arches[i].in) == 0) {
				*arch = arches[i].out;
				return 0;
			}
		return -1;
	}
	*os = part[0];
	for (i = 0; arches[i].in != NULL; i++)
		if (strcmp(part[1], arches[i].in) == 0) {
			*arch = arches[i].out;
			return 0;
		}
	*arch = part[1];
	return 0;
}

/*
 * DF6007 from-platform-flag-const (FromPlatformFlagConstDisallowed):
 * FROM --platform=linux/amd64 with a constant, unless the stage name
 * mentions the OS or architecture (a stage built for one platform on
 * purpose).
 */
static void
from_platform_const_check(struct rule_ctx *ctx)
{
	const struct stage	*st = ctx->stage;
	struct scope_slot	 slot;
	struct expand_result	 r;
	const char		*os, *arch, *name;
	struct diag		*dg;

	if (ctx->parent != NULL || ctx->instr->kind != AST_FROM)
		return;
	if (base_image_platform_expand(ctx, &slot, &r) == -1)
		return;
	name = st != NULL && st->name != NULL ? st->name : "";
	if (r.nused == 0 && base_image_platform(r.value, &os, &arch) == 0 &&
	    strstr(name, os) == NULL && strstr(name, arch) == NULL) {
		dg = rule_report(ctx, slot.span, "FROM --platform flag should "
		    "not use constant value \"%s\"", r.value);
		if (dg != NULL)
			diag_set_help(dg, "use a build argument such as "
			    "$BUILDPLATFORM, or name the stage after the "
			    "platform it is for");
	}
	expand_result_release(&r);
}

static const char *const from_platform_const_aliases[] = {
	"FromPlatformFlagConstDisallowed", NULL
};

const struct rule_entry rule_from_platform_flag_const_entry = {
	.id = "DF6007",
	.name = "from-platform-flag-const",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "FROM --platform with a constant value",
	.aliases = from_platform_const_aliases,
	.check = from_platform_const_check,
	.fix = FIX_NONE
};
