/* SPDX-License-Identifier: ISC */
/*
 * Secrets and supply chain: ARG/ENV names that suggest secrets (BuildKit
 * SecretsUsedInArgOrEnv), ARG/ENV values that are secrets (known token
 * formats, private keys, passwords in URLs), secret files copied into a
 * layer and deleted in a later one, and remote ADD without --checksum.
 * Shell commands that leak secrets (curl -u, echo > .npmrc) are the RUN
 * rules' (run-*.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
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
	"SecretsUsedInArgOrEnv", NULL
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
