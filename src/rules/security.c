/* SPDX-License-Identifier: ISC */
/*
 * Secrets and supply chain: ARG/ENV names that suggest secrets (BuildKit
 * SecretsUsedInArgOrEnv), ARG/ENV values that are secrets (known token
 * formats, private keys, passwords in URLs), secret files copied into a
 * layer and deleted in a later one, and remote ADD without --checksum.
 * Also the user the image runs as: no USER at all, or a user name where
 * the runtime needs a numeric UID (hadolint DL3063, DL3066; the root
 * check DL3002 is hygiene.c's).  Shell commands that leak secrets (curl
 * -u, echo > .npmrc) are the RUN rules' (run-*.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "expand.h"
#include "graph.h"
#include "scope.h"
#include "shell.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/rule-util.h"

/*
 * BuildKit's secret key test: a "_"-separated token of the name is one of
 * the deny words (case-insensitive) and none is "public".
 */
static int
security_secret_name(const char *name)
{
	static const char *const deny[] = {
		"apikey", "auth", "credential", "credentials", "key",
		"password", "pword", "passwd", "secret", "token", NULL
	};
	const char	*p, *e;
	size_t		 i, n;
	int		 hit, pub;

	hit = pub = 0;
	for (p = name; ; p = e + 1) {
		e = strchr(p, '_');
		n = e != NULL ? (size_t)(e - p) : strlen(p);
		for (i = 0; deny[i] != NULL; i++)
			if (strlen(deny[i]) == n &&
			    strncasecmp(p, deny[i], n) == 0)
				hit = 1;
		if (n == 6 && strncasecmp(p, "public", 6) == 0)
			pub = 1;
		if (e == NULL)
			break;
	}
	return hit && !pub;
}

/*
 * DF6011 secret-name-in-arg-or-env (SecretsUsedInArgOrEnv): an ARG or ENV
 * in a stage whose name looks like a secret (API_KEY, DB_PASSWORD,
 * GITHUB_TOKEN ...).  Their values end up in the image history or
 * configuration; meta ARGs (before FROM) are not judged, as in BuildKit.
 */
static void
secret_name_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*k;
	size_t			 i;
	struct diag		*dg;

	if ((in->kind != AST_ARG && in->kind != AST_ENV) ||
	    ctx->stage == NULL)
		return;
	for (i = 0; i < in->npairs; i++) {
		k = in->pairs[i].key.value;
		if (k == NULL || !security_secret_name(k))
			continue;
		dg = rule_report(ctx, in->pairs[i].key.span, "do not use ARG "
		    "or ENV instructions for sensitive data (%s \"%s\")",
		    ast_kind_name(in->kind), k);
		if (dg != NULL)
			diag_set_help(dg, "pass secrets with RUN "
			    "--mount=type=secret,id=%s", k);
	}
}

static const char *const secret_name_aliases[] = {
	"SecretsUsedInArgOrEnv", "DL3064", NULL
};

const struct rule_entry rule_secret_name_in_arg_or_env_entry = {
	.id = "DF6011",
	.name = "secret-name-in-arg-or-env",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ARG or ENV named like a secret",
	.aliases = secret_name_aliases,
	.check = secret_name_check,
	.fix = FIX_NONE
};

/* n characters of class at s ("A": [A-Z0-9], "a": [A-Za-z0-9], "-": also
 * _ and -). */
static int
security_run(const char *s, size_t n, char class)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\0')
			return 0;
		if (class == 'A' && !isupper((unsigned char)s[i]) &&
		    !isdigit((unsigned char)s[i]))
			return 0;
		if (class == 'a' && !isalnum((unsigned char)s[i]))
			return 0;
		if (class == '-' && !isalnum((unsigned char)s[i]) &&
		    s[i] != '_' && s[i] != '-')
			return 0;
	}
	return 1;
}

/*
 * What kind of secret value v holds, or NULL: a known token format, a
 * private key, or a URL with a literal password.
 */
static const char *
security_secret_value(const char *v)
{
	static const struct {
		const char	*prefix;
		size_t		 len;	/* characters after the prefix */
		char		 class;
		const char	*what;
	} tokens[] = {
		{ "AKIA", 16, 'A', "an AWS access key id" },
		{ "ASIA", 16, 'A', "an AWS access key id" },
		{ "ghp_", 36, 'a', "a GitHub token" },
		{ "gho_", 36, 'a', "a GitHub token" },
		{ "ghu_", 36, 'a', "a GitHub token" },
		{ "ghs_", 36, 'a', "a GitHub token" },
		{ "ghr_", 36, 'a', "a GitHub token" },
		{ "github_pat_", 22, '-', "a GitHub token" },
		{ "glpat-", 20, '-', "a GitLab token" },
		{ "xoxb-", 10, '-', "a Slack token" },
		{ "xoxp-", 10, '-', "a Slack token" },
		{ "xoxa-", 10, '-', "a Slack token" },
		{ "sk_live_", 16, 'a', "a Stripe secret key" },
		{ "rk_live_", 16, 'a', "a Stripe secret key" },
		{ "AIza", 35, '-', "a Google API key" },
		{ "npm_", 36, 'a', "an npm token" },
		{ NULL, 0, 0, NULL }
	};
	const char	*p, *at, *colon, *slash;
	size_t		 i, n;

	for (p = v; *p != '\0'; p++) {
		for (i = 0; tokens[i].prefix != NULL; i++) {
			n = strlen(tokens[i].prefix);
			if (strncmp(p, tokens[i].prefix, n) == 0 &&
			    (p == v || !isalnum((unsigned char)p[-1])) &&
			    security_run(p + n, tokens[i].len,
			    tokens[i].class))
				return tokens[i].what;
		}
	}
	if (strstr(v, "-----BEGIN") != NULL &&
	    strstr(v, "PRIVATE KEY") != NULL)
		return "a private key";
	/* scheme://user:password@host with a literal password */
	if ((p = strstr(v, "://")) != NULL) {
		p += 3;
		slash = strchr(p, '/');
		at = strchr(p, '@');
		if (at != NULL && (slash == NULL || at < slash)) {
			colon = memchr(p, ':', (size_t)(at - p));
			if (colon != NULL && colon + 1 < at &&
			    memchr(colon, '$', (size_t)(at - colon)) == NULL)
				return "a URL with a password";
		}
	}
	return NULL;
}

/*
 * DF5006 secret-value-in-arg-or-env: an ARG default or ENV value is a
 * secret itself.  Both are stored in the image (ENV in its configuration,
 * ARG in the history of every RUN after it) and in the Dockerfile.
 */
static void
secret_value_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_kv	*kv;
	const char		*what;
	size_t			 i;
	struct diag		*dg;

	if (in->kind != AST_ARG && in->kind != AST_ENV)
		return;
	for (i = 0; i < in->npairs; i++) {
		kv = &in->pairs[i];
		if (!kv->has_value || kv->value.value == NULL ||
		    (what = security_secret_value(kv->value.value)) == NULL)
			continue;
		dg = rule_report(ctx, kv->value.span, "%s '%s' holds %s",
		    ast_kind_name(in->kind), kv->key.value, what);
		if (dg != NULL)
			diag_set_help(dg, "revoke it, and pass it at build "
			    "time with RUN --mount=type=secret instead");
	}
}

const struct rule_entry rule_secret_value_in_arg_or_env_entry = {
	.id = "DF5006",
	.name = "secret-value-in-arg-or-env",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "secret written into an ARG or ENV value",
	.aliases = NULL,
	.check = secret_value_check,
	.fix = FIX_NONE
};

/* 1 if a file named base (a path's last component) usually holds a
 * secret. */
static int
security_secret_file(const char *base)
{
	static const char *const names[] = {
		"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc",
		".netrc", ".pypirc", ".git-credentials", ".env", ".dockercfg",
		"credentials", "credentials.json", "kubeconfig",
		".htpasswd", NULL
	};
	static const char *const exts[] = {
		".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", NULL
	};
	size_t	i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(base, names[i]) == 0)
			return 1;
	for (i = 0; exts[i] != NULL; i++)
		if (rule_util_suffix(base, exts[i]) &&
		    strcmp(base, exts[i]) != 0)
			return 1;
	return 0;
}

/* 1 if a RUN of the stage after ctx->instr removes a file named base. */
static int
security_removed_later(struct rule_ctx *ctx, const char *base)
{
	const struct shell_cmd	*c;
	struct shell_args	 it;
	const struct shell_word	*w;
	struct run_script	 rs;
	size_t			 i, k, start;
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
			if (!shell_cmd_is(c, "rm") && !shell_cmd_is(c, "shred"))
				continue;
			shell_args_init(&it, c, NULL);
			while ((w = shell_args_next(&it)) != NULL && !found)
				found = strcmp(rule_util_basename(w->value),
				    base) == 0;
		}
		run_close(&rs);
	}
	return found;
}

/*
 * DF5007 secret-file-deleted-later: COPY or ADD of a file that holds a
 * secret (an SSH key, .npmrc, .netrc, a .pem key ...) which a later RUN
 * removes.  The removal only hides it: the COPY's layer keeps it in the
 * image.  Only the stages that make up the image are judged; a builder
 * stage's layers are not shipped.
 */
static void
secret_file_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*w;
	const char		*s, *base;
	char			*t;
	size_t			 i, n;
	struct diag		*dg;

	if (ctx->parent != NULL || (in->kind != AST_COPY &&
	    in->kind != AST_ADD) || in->nwords < 2)
		return;
	for (i = 0; i + 1 < in->nwords; i++) {
		w = &in->words[i];
		s = rule_util_drop_quotes(w->value, &n);
		t = xstrndup(s, n);
		while (n > 1 && t[n - 1] == '/')
			t[--n] = '\0';
		base = rule_util_basename(t);
		if (security_secret_file(base) &&
		    security_removed_later(ctx, base)) {
			dg = rule_report(ctx, w->span, "secret file '%s' is "
			    "copied into a layer and deleted in a later one: "
			    "the image still holds it", base);
			if (dg != NULL)
				diag_set_help(dg, "mount it only where it is "
				    "needed: RUN --mount=type=secret,id=%s "
				    "(or --mount=type=ssh for SSH keys)", base);
		}
		free(t);
	}
}

const struct rule_entry rule_secret_file_deleted_later_entry = {
	.id = "DF5007",
	.name = "secret-file-deleted-later",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "secret file copied, then deleted in a later layer",
	.aliases = NULL,
	.check = secret_file_check,
	.fix = FIX_NONE
};

/*
 * DF5008 add-url-without-checksum: ADD of an http(s) URL without
 * --checksum, so whatever the server returns goes into the image.  Git
 * URLs are pinned by their ref instead.
 */
static void
add_url_checksum_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_word	*w;
	const char		*v;
	size_t			 i;
	struct diag		*dg;

	if (in->kind != AST_ADD || ast_flag_get(in, "checksum") != NULL)
		return;
	for (i = 0; i + 1 < in->nwords; i++) {
		w = &in->words[i];
		v = w->value;
		if (!rule_util_is_url(v) || rule_util_suffix(v, ".git") ||
		    strstr(v, ".git#") != NULL)
			continue;
		dg = rule_report(ctx, w->span, "ADD of '%s' without --checksum",
		    v);
		if (dg != NULL)
			diag_set_help(dg, "pin the content: ADD "
			    "--checksum=sha256:<digest> %s ...", v);
	}
}

const struct rule_entry rule_add_url_without_checksum_entry = {
	.id = "DF5008",
	.name = "add-url-without-checksum",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "ADD of a remote URL without --checksum",
	.aliases = NULL,
	.check = add_url_checksum_check,
	.fix = FIX_NONE
};

/*
 * The USER the target image runs as: the last USER of the target stage,
 * else of the stage it is built FROM, and so on.  An ONBUILD USER of a
 * base stage counts too (it runs when the stage built FROM it starts);
 * one of the target itself only affects images built FROM the result.
 * NULL when no stage of the chain has one, or ctx->stage is not the
 * target.  An image at the root of the chain may set a user of its own,
 * which we cannot see.
 */
static const struct ast_instr *
security_image_user(const struct rule_ctx *ctx)
{
	const struct graph	*g = ctx->graph;
	const struct ast_instr	*in, *last;
	const struct stage	*st;
	size_t			*chain, n, c, i;

	if (ctx->stage == NULL || !rule_util_is_target(g, ctx->stage->index))
		return NULL;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	last = NULL;
	for (c = 0; c < n && last == NULL; c++) {
		st = &g->stages[chain[c]];
		for (i = st->end; i > st->first + 1 && last == NULL; i--) {
			in = &ctx->file->instrs[i - 1];
			if (in->kind == AST_USER && in->nwords > 0)
				last = in;
		}
		/* The triggers of the next base run before this stage. */
		if (c + 1 >= n)
			break;
		st = &g->stages[chain[c + 1]];
		for (i = st->end; i > st->first + 1 && last == NULL; i--) {
			in = &ctx->file->instrs[i - 1];
			if (in->kind == AST_ONBUILD && in->sub != NULL &&
			    in->sub->kind == AST_USER && in->sub->nwords > 0)
				last = in->sub;
		}
	}
	free(chain);
	return last;
}

/*
 * 1 if the target image is built on a Windows image (its FROM chain ends
 * in windows/nanoserver/servercore, or a stage asks for a windows
 * --platform): Windows has no numeric user ids, users are names such as
 * ContainerUser.
 */
static int
security_windows(const struct rule_ctx *ctx)
{
	static const char *const marks[] = {
		"windows", "nanoserver", "servercore", NULL
	};
	const struct graph		*g = ctx->graph;
	const struct graph_image	*im;
	size_t				 root, k;

	im = rule_util_root_image(g, ctx->stage->index, &root);
	if (g->stages[root].platform != NULL &&
	    strncasecmp(g->stages[root].platform, "windows", 7) == 0)
		return 1;
	for (k = 0; im != NULL && marks[k] != NULL; k++)
		if (strcasestr(im->ref, marks[k]) != NULL)
			return 1;
	return 0;
}

/*
 * DF2033 missing-user (DL3063, off by default): no stage of the target
 * image's FROM chain has a USER, so the image runs as whatever user its
 * base image set -- root for most.  Builder stages are not judged.
 */
static void
missing_user_check(struct rule_ctx *ctx)
{
	struct diag	*dg;

	if (ctx->stage == NULL ||
	    !rule_util_is_target(ctx->graph, ctx->stage->index) ||
	    security_image_user(ctx) != NULL)
		return;
	dg = rule_report(ctx, ctx->stage->from->keyword, "the image has no "
	    "USER: it runs as its base image's user (root for most)");
	if (dg != NULL)
		diag_set_help(dg, "create an unprivileged user and end the "
		    "stage with USER <uid>");
}

static const char *const missing_user_aliases[] = { "DL3063", NULL };

const struct rule_entry rule_missing_user_entry = {
	.id = "DF2033",
	.name = "missing-user",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_STAGE,
	.flags = RULE_OFF | RULE_RUNTIME_ONLY,
	.summary = "image without a USER",
	.aliases = missing_user_aliases,
	.check = missing_user_check,
	.fix = FIX_NONE
};

/*
 * The value of USER instruction in after expansion (caller frees), or
 * NULL when it is not known: a variable without a value here (a value-less
 * ARG, one from the base image's environment) or an expansion error.  A
 * trigger (ONBUILD USER) expands where it runs, so only a literal one is
 * known.
 */
static char *
security_user_value(const struct rule_ctx *ctx, const struct ast_instr *in)
{
	const struct scope	*sc = ctx->graph->scope;
	struct scope_slot	*slots;
	struct expand_result	 r;
	char			*v = NULL;
	size_t			 i, n, idx;

	if (scope_instr_index(sc, in, &idx) != 0) {
		if (strchr(in->words[0].value, '$') == NULL)
			v = xstrdup(in->words[0].value);
		return v;
	}
	n = scope_slots(sc, in, &slots);
	for (i = 0; i < n; i++) {
		if (slots[i].kind != SCOPE_SLOT_WORD || slots[i].index != 0)
			continue;
		if (scope_expand(sc, in, &slots[i], &r) == 0 &&
		    r.nundefined == 0)
			v = xstrdup(r.value);
		expand_result_release(&r);
		break;
	}
	free(slots);
	return v;
}

/*
 * DF2034 non-numeric-user (DL3066): the target image's USER (see
 * security_image_user()) names a user instead of a numeric UID.  The
 * runtime resolves a name through the image's /etc/passwd only when the
 * container starts, so a policy such as Kubernetes' runAsNonRoot cannot
 * tell beforehand whether it is root and refuses to start the container.
 * Only the user part (before ':') matters: a group name is harmless.
 * Earlier USERs and builder stages never reach the image configuration.
 * "root" is DF2004's (a UID would not help), and Windows images have
 * only user names.
 */
static void
non_numeric_user_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in;
	const struct ast_word	*w;
	const char		*p;
	char			*v;
	size_t			 ulen;
	struct span		 sp;
	struct diag		*dg;

	if ((in = security_image_user(ctx)) == NULL || security_windows(ctx) ||
	    (v = security_user_value(ctx, in)) == NULL)
		return;
	ulen = strcspn(v, ":");
	for (p = v; p < v + ulen && isdigit((unsigned char)*p); p++)
		/* nothing */;
	if (ulen == 0 || p == v + ulen ||
	    (ulen == 4 && strncmp(v, "root", 4) == 0)) {
		free(v);
		return;
	}
	w = &in->words[0];
	sp = w->span;
	if (w->raw != NULL && strcmp(w->raw, v) == 0)
		sp = rule_util_word_part(w, 0, ulen);
	if (strcmp(w->value, v) == 0)
		dg = rule_report(ctx, sp, "USER '%.*s' is a name, not a "
		    "numeric UID", (int)ulen, v);
	else
		dg = rule_report(ctx, sp, "USER '%s' is the name '%.*s', not "
		    "a numeric UID", w->value, (int)ulen, v);
	if (dg != NULL)
		diag_set_help(dg, "use the numeric UID (USER 10001, or "
		    "USER 10001:10001), so that the runtime can tell whether "
		    "the user is root without reading the image");
	free(v);
}

static const char *const non_numeric_user_aliases[] = { "DL3066", NULL };

const struct rule_entry rule_non_numeric_user_entry = {
	.id = "DF2034",
	.name = "non-numeric-user",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_STAGE,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "image runs as a user name instead of a numeric UID",
	.aliases = non_numeric_user_aliases,
	.check = non_numeric_user_check,
	.fix = FIX_NONE
};
