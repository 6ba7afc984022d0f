/* SPDX-License-Identifier: ISC */
/*
 * LABEL rules with hadolint's meaning: the syntax of label keys (DL3048)
 * and the label schema of the configuration (DL3049-DL3058): required
 * labels, superfluous ones under strict-labels, empty values and values
 * that must be a URL, an RFC 3339 time, an SPDX license id, a git hash, a
 * semantic version or an e-mail address.  Without a schema only DL3048
 * runs.  The value checked is the one BuildKit stores: quotes removed and
 * variables expanded; a value that depends on an unset variable is not
 * judged.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "dfconfig.h"
#include "diag.h"
#include "expand.h"
#include "graph.h"
#include "scope.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/rule-util.h"

/* The schema type of label key, or NULL when the key is not in it. */
static const char *
labels_type(const struct rule_ctx *ctx, const char *key)
{
	const struct config_label	*l;
	size_t				 n, i;

	if (ctx->config == NULL || key == NULL)
		return NULL;
	n = config_label_schema(ctx->config, &l);
	for (i = 0; i < n; i++)
		if (strcmp(l[i].name, key) == 0)
			return l[i].type;
	return NULL;
}

/*
 * The value of pair p of LABEL in as BuildKit stores it, in *out (caller
 * frees).  Returns 0, or -1 when it cannot be known (an unset variable,
 * an expansion error).
 */
static int
labels_value(const struct rule_ctx *ctx, const struct ast_instr *in,
    size_t p, char **out)
{
	struct scope_slot	*slots;
	struct expand_result	 r;
	size_t			 i, n;
	int			 rv;

	*out = NULL;
	if (!in->pairs[p].has_value || in->pairs[p].value.raw == NULL) {
		*out = xstrdup("");
		return 0;
	}
	rv = -1;
	n = scope_slots(ctx->graph->scope, in, &slots);
	for (i = 0; i < n; i++) {
		if (slots[i].kind != SCOPE_SLOT_VALUE || slots[i].index != p)
			continue;
		if (scope_expand(ctx->graph->scope, in, &slots[i], &r) == 0 &&
		    r.nundefined == 0) {
			*out = xstrdup(r.value);
			rv = 0;
		}
		expand_result_release(&r);
		break;
	}
	free(slots);
	return rv;
}

/*
 * DF2017 invalid-label-key (DL3048): a label key that does not start
 * with a lower-case letter, does not end with one or a digit, holds
 * characters other than [a-z0-9.-], repeats a separator, or uses a
 * namespace Docker reserves (com.docker., io.docker., org.dockerproject.).
 */
static void
invalid_label_key_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	const char		*k, *why;
	size_t			 i, j, n;
	struct diag		*dg;

	if (ctx->parent != NULL || in->kind != AST_LABEL)
		return;
	for (i = 0; i < in->npairs; i++) {
		k = in->pairs[i].key.value;
		if (k == NULL || strchr(k, '$') != NULL)
			continue;
		n = strlen(k);
		why = NULL;
		if (n == 0 || !islower((unsigned char)k[0]))
			why = "must start with a lower-case letter";
		else if (!islower((unsigned char)k[n - 1]) &&
		    !isdigit((unsigned char)k[n - 1]))
			why = "must end with a lower-case letter or a digit";
		else if (strstr(k, "..") != NULL || strstr(k, "--") != NULL)
			why = "must not repeat '.' or '-'";
		else if (rule_util_prefix(k, "com.docker.") ||
		    rule_util_prefix(k, "io.docker.") ||
		    rule_util_prefix(k, "org.dockerproject."))
			why = "uses a namespace reserved by Docker";
		for (j = 0; j < n && why == NULL; j++)
			if (!islower((unsigned char)k[j]) &&
			    !isdigit((unsigned char)k[j]) && k[j] != '.' &&
			    k[j] != '-')
				why = "may only hold [a-z0-9.-]";
		if (why == NULL)
			continue;
		dg = rule_report(ctx, in->pairs[i].key.span, "invalid label "
		    "key '%s': it %s", k, why);
		if (dg != NULL)
			diag_set_help(dg, "use reverse-DNS keys such as "
			    "org.opencontainers.image.source");
	}
}

static const char *const invalid_label_key_aliases[] = { "DL3048", NULL };

const struct rule_entry rule_invalid_label_key_entry = {
	.id = "DF2017",
	.name = "invalid-label-key",
	.level = SEV_STYLE,
	.scope = RULE_SCOPE_INSTR,
	.summary = "invalid label key",
	.aliases = invalid_label_key_aliases,
	.check = invalid_label_key_check,
	.fix = FIX_NONE
};

/* 1 if a LABEL of stage i or of a stage it is built FROM sets key. */
static int
labels_in_chain(const struct rule_ctx *ctx, size_t i, const char *key)
{
	const struct graph	*g = ctx->graph;
	const struct ast_instr	*in;
	const struct stage	*st;
	size_t			*chain, n, c, k, p;
	int			 found;

	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, i, chain, g->nstages);
	found = 0;
	for (c = 0; c < n && !found; c++) {
		st = &g->stages[chain[c]];
		for (k = st->first + 1; k < st->end && !found; k++) {
			in = &ctx->file->instrs[k];
			if (in->kind != AST_LABEL)
				continue;
			for (p = 0; p < in->npairs; p++)
				if (in->pairs[p].key.value != NULL &&
				    strcmp(in->pairs[p].key.value, key) == 0)
					found = 1;
		}
	}
	free(chain);
	return found;
}

/*
 * DF2018 missing-label (DL3049): an image stage lacks a label of the
 * schema.  Image stages are those no other stage copies from, mounts or
 * builds on (hadolint likewise spares stages used by COPY --from); a
 * label set in a stage the image is built FROM counts.
 */
static void
missing_label_check(struct rule_ctx *ctx)
{
	const struct graph		*g = ctx->graph;
	const struct config_label	*l;
	const struct ast_word		*w;
	size_t				 n, i;
	struct diag			*dg;

	if (ctx->config == NULL || ctx->stage == NULL)
		return;
	if ((n = config_label_schema(ctx->config, &l)) == 0)
		return;
	for (i = 0; i < g->nedges; i++)
		if (g->edges[i].stage == (int)ctx->stage->index &&
		    g->edges[i].to != ctx->stage->index)
			return;		/* a builder or a base */
	w = ast_from_image(ctx->stage->from);
	for (i = 0; i < n; i++) {
		if (labels_in_chain(ctx, ctx->stage->index, l[i].name))
			continue;
		dg = rule_report(ctx, w != NULL ? w->span :
		    ctx->stage->from->keyword, "label '%s' is missing",
		    l[i].name);
		if (dg != NULL)
			diag_set_help(dg, "add LABEL %s=\"...\"", l[i].name);
	}
}

static const char *const missing_label_aliases[] = { "DL3049", NULL };

const struct rule_entry rule_missing_label_entry = {
	.id = "DF2018",
	.name = "missing-label",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_STAGE,
	.summary = "image without a required label",
	.aliases = missing_label_aliases,
	.check = missing_label_check,
	.fix = FIX_NONE
};

/*
 * DF2019 superfluous-label (DL3050): with strict-labels set, a LABEL key
 * that the schema does not list.
 */
static void
superfluous_label_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	size_t			 i;

	if (ctx->parent != NULL || in->kind != AST_LABEL ||
	    ctx->config == NULL || !config_strict_labels(ctx->config))
		return;
	for (i = 0; i < in->npairs; i++)
		if (in->pairs[i].key.value != NULL &&
		    labels_type(ctx, in->pairs[i].key.value) == NULL)
			rule_report(ctx, in->pairs[i].key.span, "label '%s' is "
			    "not in the label schema", in->pairs[i].key.value);
}

static const char *const superfluous_label_aliases[] = { "DL3050", NULL };

const struct rule_entry rule_superfluous_label_entry = {
	.id = "DF2019",
	.name = "superfluous-label",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "label not in the strict label schema",
	.aliases = superfluous_label_aliases,
	.check = superfluous_label_check,
	.fix = FIX_NONE
};

/*
 * Run test over every LABEL pair whose key has schema type type ("*":
 * any type), reporting message (with the key) at the value.
 */
static void
labels_each(struct rule_ctx *ctx, const char *type,
    int (*bad)(const char *), const char *what)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_kv	*kv;
	const char		*t;
	char			*v;
	size_t			 i;

	if (ctx->parent != NULL || in->kind != AST_LABEL)
		return;
	for (i = 0; i < in->npairs; i++) {
		kv = &in->pairs[i];
		if ((t = labels_type(ctx, kv->key.value)) == NULL ||
		    (strcmp(type, "*") != 0 && strcasecmp(t, type) != 0))
			continue;
		if (labels_value(ctx, in, i, &v) == -1)
			continue;
		if (bad(v))
			rule_report(ctx, kv->value.raw != NULL &&
			    kv->value.span.len > 0 ? kv->value.span :
			    kv->key.span, "label '%s' %s", kv->key.value,
			    what);
		free(v);
	}
}

static int
labels_empty(const char *v)
{
	return *v == '\0';
}

/* DF2020 empty-label (DL3051): a schema label with an empty value. */
static void
empty_label_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "*", labels_empty, "is empty");
}

static const char *const empty_label_aliases[] = { "DL3051", NULL };

const struct rule_entry rule_empty_label_entry = {
	.id = "DF2020",
	.name = "empty-label",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "schema label with an empty value",
	.aliases = empty_label_aliases,
	.check = empty_label_check,
	.fix = FIX_NONE
};

/*
 * Not an absolute URI (RFC 3986, as Network.URI.parseURI): a scheme
 * ALPHA *(ALPHA / DIGIT / "+" / "-" / "."), ":", then URI characters
 * with well-formed percent escapes.
 */
static int
labels_bad_url(const char *v)
{
	const char	*p;

	if (!isalpha((unsigned char)*v))
		return 1;
	for (p = v + 1; isalnum((unsigned char)*p) || *p == '+' ||
	    *p == '-' || *p == '.'; p++)
		/* nothing */;
	if (*p++ != ':')
		return 1;
	for (; *p != '\0'; p++) {
		if (*p == '%') {
			if (!isxdigit((unsigned char)p[1]) ||
			    !isxdigit((unsigned char)p[2]))
				return 1;
			p += 2;
			continue;
		}
		if (!isalnum((unsigned char)*p) &&
		    strchr("-._~:/?#[]@!$&'()*+,;=", *p) == NULL)
			return 1;
	}
	return 0;
}

/* DF2021 label-not-url (DL3052). */
static void
label_not_url_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "url", labels_bad_url, "is not a valid URL");
}

static const char *const label_not_url_aliases[] = { "DL3052", NULL };

const struct rule_entry rule_label_not_url_entry = {
	.id = "DF2021",
	.name = "label-not-url",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "url label that is not a URL",
	.aliases = label_not_url_aliases,
	.check = label_not_url_check,
	.fix = FIX_NONE
};

/* n digits at *p as a number, advancing *p; -1 when they are not. */
static int
labels_digits(const char **p, int n)
{
	int	v = 0;

	for (; n > 0; n--, (*p)++) {
		if (!isdigit((unsigned char)**p))
			return -1;
		v = v * 10 + (**p - '0');
	}
	return v;
}

/*
 * Not an RFC 3339 date-time: YYYY-MM-DD, "T" (or "t" or a space), then
 * hh:mm:ss, optional fraction, then "Z" or +hh:mm / -hh:mm.
 */
static int
labels_bad_rfc3339(const char *v)
{
	const char	*p = v;
	int		 mo, d, h, mi, s;

	if (labels_digits(&p, 4) < 0 || *p++ != '-' ||
	    (mo = labels_digits(&p, 2)) < 1 || mo > 12 || *p++ != '-' ||
	    (d = labels_digits(&p, 2)) < 1 || d > 31)
		return 1;
	if (*p != 'T' && *p != 't' && *p != ' ')
		return 1;
	p++;
	if ((h = labels_digits(&p, 2)) < 0 || h > 23 || *p++ != ':' ||
	    (mi = labels_digits(&p, 2)) < 0 || mi > 59 || *p++ != ':' ||
	    (s = labels_digits(&p, 2)) < 0 || s > 60)
		return 1;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return 1;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (*p == 'Z' || *p == 'z')
		return p[1] != '\0';
	if (*p != '+' && *p != '-')
		return 1;
	p++;
	if ((h = labels_digits(&p, 2)) < 0 || h > 23 || *p++ != ':' ||
	    (mi = labels_digits(&p, 2)) < 0 || mi > 59)
		return 1;
	return *p != '\0';
}

/* DF2022 label-not-rfc3339 (DL3053). */
static void
label_not_rfc3339_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "rfc3339", labels_bad_rfc3339, "is not a valid "
	    "RFC 3339 time");
}

static const char *const label_not_rfc3339_aliases[] = { "DL3053", NULL };

const struct rule_entry rule_label_not_rfc3339_entry = {
	.id = "DF2022",
	.name = "label-not-rfc3339",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "rfc3339 label that is not an RFC 3339 time",
	.aliases = label_not_rfc3339_aliases,
	.check = label_not_rfc3339_check,
	.fix = FIX_NONE
};

/* SPDX license identifiers in common use (spdx.org/licenses). */
static const char *const labels_spdx[] = {
	"0BSD", "AAL", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0",
	"AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0",
	"AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1",
	"Apache-2.0", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0",
	"Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl",
	"Artistic-2.0", "Beerware", "BlueOak-1.0.0", "BSD-1-Clause",
	"BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause",
	"BSD-3-Clause-Clear", "BSD-3-Clause-LBNL", "BSD-4-Clause",
	"BSD-Source-Code", "BSL-1.0", "BUSL-1.1", "bzip2-1.0.6", "CAL-1.0",
	"CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0",
	"CC-BY-NC-4.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
	"CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.5", "CC-BY-SA-3.0",
	"CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CECILL-2.0",
	"CECILL-2.1", "CECILL-B", "CECILL-C", "CPAL-1.0", "CPL-1.0", "curl",
	"ECL-1.0", "ECL-2.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.0",
	"EUPL-1.1", "EUPL-1.2", "FSFAP", "FTL", "GFDL-1.1", "GFDL-1.1-only",
	"GFDL-1.1-or-later", "GFDL-1.2", "GFDL-1.2-only", "GFDL-1.2-or-later",
	"GFDL-1.3", "GFDL-1.3-only", "GFDL-1.3-or-later", "GPL-1.0",
	"GPL-1.0+", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0+",
	"GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0+",
	"GPL-3.0-only", "GPL-3.0-or-later", "HPND", "IJG", "IPA", "IPL-1.0",
	"ISC", "JSON", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only",
	"LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only",
	"LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+", "LGPL-3.0-only",
	"LGPL-3.0-or-later", "libpng", "Libpng", "LPPL-1.3c", "MirOS", "MIT",
	"MIT-0", "MPL-1.0", "MPL-1.1", "MPL-2.0",
	"MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0",
	"NCSA", "NTP", "ODbL-1.0", "OFL-1.0", "OFL-1.1", "OLDAP-2.8",
	"OpenSSL", "OSL-1.0", "OSL-2.0", "OSL-2.1", "OSL-3.0", "PHP-3.0",
	"PHP-3.01", "PostgreSQL", "PSF-2.0", "Python-2.0", "QPL-1.0", "Ruby",
	"SGI-B-2.0", "SISSL", "Sleepycat", "SSPL-1.0", "Unicode-3.0",
	"Unicode-DFS-2016", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL",
	"X11", "Zlib", "zlib-acknowledgement", "ZPL-2.0", "ZPL-2.1", NULL
};

/* Not one SPDX license identifier (compared without case). */
static int
labels_bad_spdx(const char *v)
{
	size_t	i;

	for (i = 0; labels_spdx[i] != NULL; i++)
		if (strcasecmp(v, labels_spdx[i]) == 0)
			return 0;
	return 1;
}

/* DF2023 label-not-spdx (DL3054). */
static void
label_not_spdx_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "spdx", labels_bad_spdx, "is not a valid SPDX "
	    "license identifier");
}

static const char *const label_not_spdx_aliases[] = { "DL3054", NULL };

const struct rule_entry rule_label_not_spdx_entry = {
	.id = "DF2023",
	.name = "label-not-spdx",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "spdx label that is not an SPDX license id",
	.aliases = label_not_spdx_aliases,
	.check = label_not_spdx_check,
	.fix = FIX_NONE
};

/* Not a short (7) or full (40) lower-case hex git hash. */
static int
labels_bad_hash(const char *v)
{
	size_t	n = strlen(v), i;

	if (n != 7 && n != 40)
		return 1;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)v[i]) && (v[i] < 'a' || v[i] > 'f'))
			return 1;
	return 0;
}

/* DF2024 label-not-git-hash (DL3055). */
static void
label_not_git_hash_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "hash", labels_bad_hash, "is not a valid git hash");
}

static const char *const label_not_git_hash_aliases[] = { "DL3055", NULL };

const struct rule_entry rule_label_not_git_hash_entry = {
	.id = "DF2024",
	.name = "label-not-git-hash",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "hash label that is not a git hash",
	.aliases = label_not_git_hash_aliases,
	.check = label_not_git_hash_check,
	.fix = FIX_NONE
};

/* A semver numeric identifier at *p (no leading zero); -1 if none. */
static int
labels_semver_num(const char **p)
{
	const char	*s = *p;

	if (!isdigit((unsigned char)*s))
		return -1;
	if (*s == '0' && isdigit((unsigned char)s[1]))
		return -1;
	while (isdigit((unsigned char)*s))
		s++;
	*p = s;
	return 0;
}

/* Dot-separated identifiers of [0-9A-Za-z-] at *p; -1 if malformed. */
static int
labels_semver_ids(const char **p, int numeric_rule)
{
	const char	*s = *p, *b;
	int		 digits;

	for (;;) {
		b = s;
		digits = 1;
		while (isalnum((unsigned char)*s) || *s == '-') {
			if (!isdigit((unsigned char)*s))
				digits = 0;
			s++;
		}
		if (s == b)
			return -1;
		if (numeric_rule && digits && *b == '0' && s - b > 1)
			return -1;
		if (*s != '.')
			break;
		s++;
	}
	*p = s;
	return 0;
}

/* Not a semantic version 2.0.0: MAJOR.MINOR.PATCH[-pre][+build]. */
static int
labels_bad_semver(const char *v)
{
	const char	*p = v;

	if (labels_semver_num(&p) == -1 || *p++ != '.' ||
	    labels_semver_num(&p) == -1 || *p++ != '.' ||
	    labels_semver_num(&p) == -1)
		return 1;
	if (*p == '-') {
		p++;
		if (labels_semver_ids(&p, 1) == -1)
			return 1;
	}
	if (*p == '+') {
		p++;
		if (labels_semver_ids(&p, 0) == -1)
			return 1;
	}
	return *p != '\0';
}

/* DF2025 label-not-semver (DL3056). */
static void
label_not_semver_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "semver", labels_bad_semver, "does not conform to "
	    "semantic versioning");
}

static const char *const label_not_semver_aliases[] = { "DL3056", NULL };

const struct rule_entry rule_label_not_semver_entry = {
	.id = "DF2025",
	.name = "label-not-semver",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "semver label that is not a semantic version",
	.aliases = label_not_semver_aliases,
	.check = label_not_semver_check,
	.fix = FIX_NONE
};

/* An RFC 5322 atext character. */
static int
labels_atext(int c)
{
	return isalnum(c) || (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c)
	    != NULL);
}

/* A dot-atom at *p: atext runs joined by single dots; -1 if none. */
static int
labels_dot_atom(const char **p)
{
	const char	*s = *p;

	for (;;) {
		if (!labels_atext((unsigned char)*s))
			return -1;
		while (labels_atext((unsigned char)*s))
			s++;
		if (*s != '.')
			break;
		s++;
	}
	*p = s;
	return 0;
}

/*
 * Not an RFC 5322 addr-spec: local-part (dot-atom or quoted string) "@"
 * domain (dot-atom or [literal]).
 */
static int
labels_bad_email(const char *v)
{
	const char	*p = v;

	if (*p == '"') {
		for (p++; *p != '"'; p++) {
			if (*p == '\0')
				return 1;
			if (*p == '\\' && p[1] != '\0')
				p++;
		}
		p++;
	} else if (labels_dot_atom(&p) == -1)
		return 1;
	if (*p++ != '@')
		return 1;
	if (*p == '[') {
		while (*p != '\0' && *p != ']')
			p++;
		return *p != ']' || p[1] != '\0';
	}
	if (labels_dot_atom(&p) == -1)
		return 1;
	return *p != '\0';
}

/* DF2027 label-not-email (DL3058). */
static void
label_not_email_check(struct rule_ctx *ctx)
{
	labels_each(ctx, "email", labels_bad_email, "is not a valid e-mail "
	    "address");
}

static const char *const label_not_email_aliases[] = { "DL3058", NULL };

const struct rule_entry rule_label_not_email_entry = {
	.id = "DF2027",
	.name = "label-not-email",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "email label that is not an e-mail address",
	.aliases = label_not_email_aliases,
	.check = label_not_email_check,
	.fix = FIX_NONE
};
