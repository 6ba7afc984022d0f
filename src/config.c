/* SPDX-License-Identifier: ISC */
/*
 * Reading .dfopt.yaml and .hadolint.yaml into struct config (config.h),
 * and finding them.  The YAML is loaded as a libyaml document so that
 * every node keeps its line and column for error messages.  This file
 * decides nothing about findings: the engine (src/rules/rules.c) reads
 * the struct.  It is the only file that includes yaml.h.
 */
#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <yaml.h>

#include "dfopt.h"
#include "ast.h"
#include "dfconfig.h"
#include "re.h"
#include "xmalloc.h"
#include "rules/rules.h"

/* Work state of one parse. */
struct cfgp {
	const char	*path;
	yaml_document_t	*doc;
	struct config	*cfg;
	char		**err;
};

static int	cfgp_error(struct cfgp *, const yaml_node_t *,
		    const char *, ...) __attribute__((format(printf, 3, 4)));
static int	cfgp_scalar(struct cfgp *, yaml_node_t *, const char *,
		    const char **);
static int	cfgp_bool(struct cfgp *, yaml_node_t *, const char *, int *);
static int	cfgp_level(struct cfgp *, yaml_node_t *, const char *,
		    enum severity *);
static int	cfgp_strings(struct cfgp *, yaml_node_t *, const char *,
		    char ***, size_t *);
static int	cfgp_levels(struct cfgp *, yaml_node_t *);
static int	cfgp_labels(struct cfgp *, yaml_node_t *);
static int	cfgp_rules(struct cfgp *, yaml_node_t *);
static int	cfgp_rule(struct cfgp *, yaml_node_t *);
static int	cfgp_override(struct cfgp *, yaml_node_t *);
static int	cfgp_dfopt(struct cfgp *, const char *, yaml_node_t *,
		    yaml_node_t *);
static int	cfgp_hadolint(struct cfgp *, const char *, yaml_node_t *,
		    yaml_node_t *);
static void	config_push(char ***, size_t *, const char *);
static int	config_exists(const char *);

/* A config with nothing set: the defaults.  Free with config_free(). */
struct config *
config_new(void)
{
	struct config	*c;

	c = xcalloc(1, sizeof(*c));
	c->failure_level = SEV_NONE;
	c->shellcheck = -1;
	return c;
}

static void
config_strv_free(char **v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Free c and everything it owns; NULL is allowed. */
void
config_free(struct config *c)
{
	size_t	i;

	if (c == NULL)
		return;
	free(c->path);
	config_strv_free(c->ignore, c->nignore);
	config_strv_free(c->enable, c->nenable);
	for (i = 0; i < c->nlevels; i++)
		free(c->levels[i].rule);
	free(c->levels);
	config_strv_free(c->trusted, c->ntrusted);
	for (i = 0; i < c->nlabels; i++) {
		free((char *)c->labels[i].name);
		free((char *)c->labels[i].type);
	}
	free(c->labels);
	config_strv_free(c->exclude, c->nexclude);
	for (i = 0; i < c->nrules; i++) {
		free(c->rules[i].id);
		free(c->rules[i].name);
		free(c->rules[i].message);
		free(c->rules[i].help);
		free(c->rules[i].pattern);
		re_free(c->rules[i].re);
	}
	free(c->rules);
	free(c);
}

/* Append a copy of s to the NULL-terminated vector *v of *n strings. */
static void
config_push(char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 2, sizeof(**v));
	(*v)[(*n)++] = xstrdup(s);
	(*v)[*n] = NULL;
}

/* Switch off rule s (an id, name or alias), after everything before. */
void
config_add_ignore(struct config *c, const char *s)
{
	config_push(&c->ignore, &c->nignore, s);
}

/* Set the level of rule s (SEV_NONE: off), overriding earlier settings. */
void
config_add_level(struct config *c, const char *s, enum severity lvl)
{
	c->levels = xreallocarray(c->levels, c->nlevels + 1,
	    sizeof(*c->levels));
	c->levels[c->nlevels].rule = xstrdup(s);
	c->levels[c->nlevels].level = lvl;
	c->nlevels++;
}

/*
 * Require label name with a value of type (one of CONFIG_LABEL_TYPES), as
 * label-schema does.  Returns 0, or -1 (nothing added) for an unknown
 * type.
 */
int
config_add_label(struct config *c, const char *name, const char *type)
{
	static const char *const types[] = {
		"text", "url", "hash", "rfc3339", "semver", "spdx", "email",
		NULL
	};
	size_t	i;

	for (i = 0; types[i] != NULL; i++)
		if (strcmp(types[i], type) == 0)
			break;
	if (types[i] == NULL)
		return -1;
	c->labels = xreallocarray(c->labels, c->nlabels + 1,
	    sizeof(*c->labels));
	c->labels[c->nlabels].name = xstrdup(name);
	c->labels[c->nlabels].type = xstrdup(type);
	c->nlabels++;
	return 0;
}

/* Add a trusted registry. */
void
config_add_trusted(struct config *c, const char *s)
{
	config_push(&c->trusted, &c->ntrusted, s);
}

/* The trusted registries, NULL-terminated, or NULL when not configured. */
const char *const *
config_trusted_registries(const struct config *c)
{
	return c != NULL ? (const char *const *)c->trusted : NULL;
}

/* The label schema in *out (borrowed from c); returns its length. */
size_t
config_label_schema(const struct config *c, const struct config_label **out)
{
	if (c == NULL) {
		*out = NULL;
		return 0;
	}
	*out = c->labels;
	return c->nlabels;
}

/* 1 when labels outside the schema are findings (strict-labels). */
int
config_strict_labels(const struct config *c)
{
	return c != NULL && c->strict_labels;
}

static int
cfgp_error(struct cfgp *p, const yaml_node_t *node, const char *fmt, ...)
{
	char	*msg;
	va_list	 ap;

	va_start(ap, fmt);
	xvasprintf(&msg, fmt, ap);
	va_end(ap);
	if (node != NULL)
		xasprintf(p->err, "%s:%zu:%zu: %s", p->path,
		    (size_t)node->start_mark.line + 1,
		    (size_t)node->start_mark.column + 1, msg);
	else
		xasprintf(p->err, "%s: %s", p->path, msg);
	free(msg);
	return -1;
}

static int
cfgp_scalar(struct cfgp *p, yaml_node_t *n, const char *key,
    const char **out)
{
	if (n->type != YAML_SCALAR_NODE)
		return cfgp_error(p, n, "'%s' must be a string", key);
	*out = (const char *)n->data.scalar.value;
	return 0;
}

static int
cfgp_bool(struct cfgp *p, yaml_node_t *n, const char *key, int *out)
{
	const char	*s = NULL;

	if (n->type != YAML_SCALAR_NODE)
		return cfgp_error(p, n, "'%s' must be true or false", key);
	s = (const char *)n->data.scalar.value;
	if (strcasecmp(s, "true") == 0 || strcasecmp(s, "yes") == 0 ||
	    strcasecmp(s, "on") == 0)
		*out = 1;
	else if (strcasecmp(s, "false") == 0 || strcasecmp(s, "no") == 0 ||
	    strcasecmp(s, "off") == 0)
		*out = 0;
	else
		return cfgp_error(p, n, "'%s' must be true or false, not "
		    "'%s'", key, s);
	return 0;
}

static int
cfgp_level(struct cfgp *p, yaml_node_t *n, const char *key,
    enum severity *out)
{
	const char	*s = NULL;

	if (cfgp_scalar(p, n, key, &s) == -1)
		return -1;
	if (severity_parse(s, out) == -1)
		return cfgp_error(p, n, "unknown level '%s' (error, warning, "
		    "info, style or off)", s);
	return 0;
}

/* A sequence of strings, appended to *v. */
static int
cfgp_strings(struct cfgp *p, yaml_node_t *n, const char *key, char ***v,
    size_t *nv)
{
	yaml_node_item_t	*it;
	yaml_node_t		*e;
	const char		*s = NULL;

	if (n->type == YAML_SCALAR_NODE && n->data.scalar.length == 0 &&
	    n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
		return 0;	/* "ignored:" with nothing */
	if (n->type != YAML_SEQUENCE_NODE)
		return cfgp_error(p, n, "'%s' must be a list", key);
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++) {
		e = yaml_document_get_node(p->doc, *it);
		if (cfgp_scalar(p, e, key, &s) == -1)
			return -1;
		config_push(v, nv, s);
	}
	return 0;
}

/* level: {ID: LEVEL, ...} */
static int
cfgp_levels(struct cfgp *p, yaml_node_t *n)
{
	yaml_node_pair_t	*pr;
	yaml_node_t		*k, *v;
	const char		*id = NULL;
	enum severity		 lvl = SEV_NONE;

	if (n->type != YAML_MAPPING_NODE)
		return cfgp_error(p, n, "'level' must be a mapping of rule "
		    "to level");
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		k = yaml_document_get_node(p->doc, pr->key);
		v = yaml_document_get_node(p->doc, pr->value);
		if (cfgp_scalar(p, k, "level", &id) == -1 ||
		    cfgp_level(p, v, id, &lvl) == -1)
			return -1;
		config_add_level(p->cfg, id, lvl);
	}
	return 0;
}

/* label-schema: {name: type} */
static int
cfgp_labels(struct cfgp *p, yaml_node_t *n)
{
	yaml_node_pair_t	*pr;
	yaml_node_t		*k, *v;
	const char		*name = NULL, *type = NULL;

	if (n->type != YAML_MAPPING_NODE)
		return cfgp_error(p, n, "'label-schema' must be a mapping of "
		    "label to type");
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		k = yaml_document_get_node(p->doc, pr->key);
		v = yaml_document_get_node(p->doc, pr->value);
		if (cfgp_scalar(p, k, "label-schema", &name) == -1 ||
		    cfgp_scalar(p, v, name, &type) == -1)
			return -1;
		if (config_add_label(p->cfg, name, type) == -1)
			return cfgp_error(p, v, "unknown label type '%s' "
			    "(%s)", type, CONFIG_LABEL_TYPES);
	}
	return 0;
}

/* One user rule. */
static int
cfgp_rule(struct cfgp *p, yaml_node_t *n)
{
	struct config_rule	*cr;
	yaml_node_pair_t	*pr;
	yaml_node_item_t	*it;
	yaml_node_t		*k, *v, *e, *pat = NULL;
	const char		*key = NULL, *s = NULL;
	char			*err;
	size_t			 i, at;
	enum ast_kind		 kind;

	if (n->type != YAML_MAPPING_NODE)
		return cfgp_error(p, n, "a rule must be a mapping with id, "
		    "message and pattern");
	p->cfg->rules = xreallocarray(p->cfg->rules, p->cfg->nrules + 1,
	    sizeof(*p->cfg->rules));
	cr = &p->cfg->rules[p->cfg->nrules++];
	memset(cr, 0, sizeof(*cr));
	cr->entry.level = SEV_WARNING;
	cr->entry.scope = RULE_SCOPE_INSTR;
	cr->entry.flags = RULE_USER;
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		k = yaml_document_get_node(p->doc, pr->key);
		v = yaml_document_get_node(p->doc, pr->value);
		if (cfgp_scalar(p, k, "rules", &key) == -1)
			return -1;
		if (strcmp(key, "level") == 0) {
			if (cfgp_level(p, v, key, &cr->entry.level) == -1)
				return -1;
			continue;
		}
		if (strcmp(key, "runtime-only") == 0) {
			int	b = 0;

			if (cfgp_bool(p, v, key, &b) == -1)
				return -1;
			if (b)
				cr->entry.flags |= RULE_RUNTIME_ONLY;
			else
				cr->entry.flags &= ~RULE_RUNTIME_ONLY;
			continue;
		}
		if (strcmp(key, "instructions") == 0) {
			if (v->type != YAML_SEQUENCE_NODE)
				return cfgp_error(p, v, "'instructions' must "
				    "be a list of instruction names");
			for (it = v->data.sequence.items.start;
			    it < v->data.sequence.items.top; it++) {
				e = yaml_document_get_node(p->doc, *it);
				if (cfgp_scalar(p, e, key, &s) == -1)
					return -1;
				kind = ast_kind_lookup(s, strlen(s));
				if (kind == AST_UNKNOWN)
					return cfgp_error(p, e, "unknown "
					    "instruction '%s'", s);
				cr->kinds |= 1UL << kind;
			}
			continue;
		}
		if (cfgp_scalar(p, v, key, &s) == -1)
			return -1;
		if (strcmp(key, "id") == 0) {
			free(cr->id);
			cr->id = xstrdup(s);
			if (*s == '\0' || strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "abcdefghijklmnopqrstuvwxyz0123456789_-") !=
			    strlen(s))
				return cfgp_error(p, v, "rule id '%s' must be "
				    "letters, digits, '-' and '_'", s);
			if (rules_find(s) != NULL)
				return cfgp_error(p, v, "rule id '%s' is "
				    "already a dfopt rule", s);
			for (i = 0; i + 1 < p->cfg->nrules; i++)
				if (strcasecmp(p->cfg->rules[i].id, s) == 0)
					return cfgp_error(p, v, "duplicate "
					    "rule id '%s'", s);
		} else if (strcmp(key, "name") == 0) {
			free(cr->name);
			cr->name = xstrdup(s);
		} else if (strcmp(key, "message") == 0) {
			free(cr->message);
			cr->message = xstrdup(s);
		} else if (strcmp(key, "help") == 0) {
			free(cr->help);
			cr->help = xstrdup(s);
		} else if (strcmp(key, "pattern") == 0) {
			free(cr->pattern);
			cr->pattern = xstrdup(s);
			pat = v;
		} else if (strcmp(key, "match") == 0) {
			if (strcmp(s, "instruction") == 0)
				cr->match = CONFIG_MATCH_INSTRUCTION;
			else if (strcmp(s, "command") == 0)
				cr->match = CONFIG_MATCH_COMMAND;
			else
				return cfgp_error(p, v, "'match' must be "
				    "instruction or command, not '%s'", s);
		} else
			return cfgp_error(p, k, "unknown rule key '%s'", key);
	}
	if (cr->id == NULL)
		return cfgp_error(p, n, "rule without 'id'");
	if (cr->message == NULL)
		return cfgp_error(p, n, "rule '%s' without 'message'", cr->id);
	if (cr->pattern == NULL)
		return cfgp_error(p, n, "rule '%s' without 'pattern'", cr->id);
	if (cr->match == CONFIG_MATCH_COMMAND) {
		if (cr->kinds & ~(1UL << AST_RUN))
			return cfgp_error(p, n, "rule '%s': 'match: command' "
			    "applies to RUN only", cr->id);
		cr->kinds = 1UL << AST_RUN;
	}
	if (re_compile(&cr->re, cr->pattern, &err, &at) == -1) {
		/*
		 * Point at the offending byte when the scalar is plain or
		 * single-line quoted; else at the value.
		 */
		yaml_node_t	fake = *pat;

		if (pat->start_mark.line == pat->end_mark.line) {
			fake.start_mark.column += at +
			    (pat->data.scalar.style ==
			    YAML_PLAIN_SCALAR_STYLE ? 0 : 1);
		}
		cfgp_error(p, &fake, "rule '%s': invalid pattern: %s "
		    "(at offset %zu)", cr->id, err, at);
		free(err);
		return -1;
	}
	cr->entry.id = cr->id;
	cr->entry.name = cr->name;
	cr->entry.summary = cr->message;
	return 0;
}

static int
cfgp_rules(struct cfgp *p, yaml_node_t *n)
{
	yaml_node_item_t	*it;

	if (n->type != YAML_SEQUENCE_NODE)
		return cfgp_error(p, n, "'rules' must be a list of rules");
	for (it = n->data.sequence.items.start;
	    it < n->data.sequence.items.top; it++)
		if (cfgp_rule(p, yaml_document_get_node(p->doc, *it)) == -1)
			return -1;
	return 0;
}

/* hadolint's override: {error: [ids], warning: [...], ...} */
static int
cfgp_override(struct cfgp *p, yaml_node_t *n)
{
	yaml_node_pair_t	*pr;
	yaml_node_t		*k, *v;
	enum severity		 lvl = SEV_NONE;
	char			**ids = NULL;
	size_t			 nids = 0, i;

	if (n->type != YAML_MAPPING_NODE)
		return cfgp_error(p, n, "'override' must be a mapping of "
		    "level to rules");
	for (pr = n->data.mapping.pairs.start;
	    pr < n->data.mapping.pairs.top; pr++) {
		k = yaml_document_get_node(p->doc, pr->key);
		v = yaml_document_get_node(p->doc, pr->value);
		if (cfgp_level(p, k, "override", &lvl) == -1)
			return -1;
		if (cfgp_strings(p, v, "override", &ids, &nids) == -1) {
			config_strv_free(ids, nids);
			return -1;
		}
		for (i = 0; i < nids; i++)
			config_add_level(p->cfg, ids[i], lvl);
		config_strv_free(ids, nids);
		ids = NULL;
		nids = 0;
	}
	return 0;
}

static int
cfgp_dfopt(struct cfgp *p, const char *key, yaml_node_t *k, yaml_node_t *v)
{
	struct config	*c = p->cfg;
	int		 b = 0;

	if (strcmp(key, "ignore") == 0)
		return cfgp_strings(p, v, key, &c->ignore, &c->nignore);
	if (strcmp(key, "enable") == 0)
		return cfgp_strings(p, v, key, &c->enable, &c->nenable);
	if (strcmp(key, "level") == 0)
		return cfgp_levels(p, v);
	if (strcmp(key, "failure-level") == 0) {
		if (cfgp_level(p, v, key, &c->failure_level) == -1)
			return -1;
		if (c->failure_level == SEV_NONE)
			return cfgp_error(p, v, "'failure-level' must be "
			    "error, warning, info or style");
		return 0;
	}
	if (strcmp(key, "trusted-registries") == 0)
		return cfgp_strings(p, v, key, &c->trusted, &c->ntrusted);
	if (strcmp(key, "label-schema") == 0)
		return cfgp_labels(p, v);
	if (strcmp(key, "strict-labels") == 0)
		return cfgp_bool(p, v, key, &c->strict_labels);
	if (strcmp(key, "shellcheck") == 0) {
		if (cfgp_bool(p, v, key, &b) == -1)
			return -1;
		c->shellcheck = b;
		return 0;
	}
	if (strcmp(key, "exclude") == 0)
		return cfgp_strings(p, v, key, &c->exclude, &c->nexclude);
	if (strcmp(key, "disable-ignore-pragma") == 0)
		return cfgp_bool(p, v, key, &c->no_pragmas);
	if (strcmp(key, "rules") == 0)
		return cfgp_rules(p, v);
	return cfgp_error(p, k, "unknown key '%s'", key);
}

static int
cfgp_hadolint(struct cfgp *p, const char *key, yaml_node_t *k,
    yaml_node_t *v)
{
	struct config	*c = p->cfg;
	const char	*s = NULL;
	int		 b = 0;

	if (strcmp(key, "ignored") == 0)
		return cfgp_strings(p, v, key, &c->ignore, &c->nignore);
	if (strcmp(key, "failure-threshold") == 0) {
		if (cfgp_level(p, v, key, &c->failure_level) == -1)
			return -1;
		if (c->failure_level == SEV_NONE)
			c->no_fail = 1;		/* "none" */
		return 0;
	}
	if (strcmp(key, "override") == 0)
		return cfgp_override(p, v);
	if (strcmp(key, "trustedRegistries") == 0)
		return cfgp_strings(p, v, key, &c->trusted, &c->ntrusted);
	if (strcmp(key, "label-schema") == 0)
		return cfgp_labels(p, v);
	if (strcmp(key, "strict-labels") == 0)
		return cfgp_bool(p, v, key, &c->strict_labels);
	if (strcmp(key, "disable-ignore-pragma") == 0)
		return cfgp_bool(p, v, key, &c->no_pragmas);
	if (strcmp(key, "no-fail") == 0) {
		if (cfgp_bool(p, v, key, &b) == -1)
			return -1;
		c->no_fail = b;
		return 0;
	}
	if (strcmp(key, "format") == 0 || strcmp(key, "output-format") == 0)
		return cfgp_scalar(p, v, key, &s);
	if (strcmp(key, "no-color") == 0 || strcmp(key, "verbose") == 0)
		return cfgp_bool(p, v, key, &b);
	return cfgp_error(p, k, "unknown hadolint key '%s'", key);
}

/*
 * Parse len bytes of YAML named path (for messages); hadolint selects
 * hadolint's keys.  Returns 0 with *out set (free with config_free()),
 * or -1 with *err set to "path:line:col: message" (caller frees).
 */
int
config_parse(struct config **out, const char *path, const char *data,
    size_t len, int hadolint, char **err)
{
	yaml_parser_t		 parser;
	yaml_document_t		 doc;
	yaml_node_t		*root, *k, *v;
	yaml_node_pair_t	*pr;
	struct cfgp		 p;
	const char		*key = NULL;
	int			 rv = 0;

	*out = NULL;
	*err = NULL;
	memset(&p, 0, sizeof(p));
	p.path = path;
	p.err = err;
	p.cfg = config_new();
	p.cfg->path = xstrdup(path);
	p.cfg->hadolint = hadolint;
	if (!yaml_parser_initialize(&parser))
		BUG("yaml_parser_initialize");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data,
	    len);
	if (!yaml_parser_load(&parser, &doc)) {
		xasprintf(err, "%s:%zu:%zu: %s%s%s", path,
		    (size_t)parser.problem_mark.line + 1,
		    (size_t)parser.problem_mark.column + 1,
		    parser.problem != NULL ? parser.problem : "invalid YAML",
		    parser.context != NULL ? " " : "",
		    parser.context != NULL ? parser.context : "");
		yaml_parser_delete(&parser);
		config_free(p.cfg);
		return -1;
	}
	p.doc = &doc;
	root = yaml_document_get_root_node(&doc);
	if (root == NULL)
		goto done;		/* empty file */
	if (root->type == YAML_SCALAR_NODE && root->data.scalar.length == 0)
		goto done;
	if (root->type != YAML_MAPPING_NODE) {
		rv = cfgp_error(&p, root, "the configuration must be a "
		    "mapping of keys");
		goto done;
	}
	for (pr = root->data.mapping.pairs.start;
	    pr < root->data.mapping.pairs.top && rv == 0; pr++) {
		k = yaml_document_get_node(&doc, pr->key);
		v = yaml_document_get_node(&doc, pr->value);
		if ((rv = cfgp_scalar(&p, k, "key", &key)) == -1)
			break;
		rv = hadolint ? cfgp_hadolint(&p, key, k, v) :
		    cfgp_dfopt(&p, key, k, v);
	}
done:
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	if (rv == -1) {
		config_free(p.cfg);
		return -1;
	}
	*out = p.cfg;
	return 0;
}

/*
 * Read the config file at path (a name starting ".hadolint" or
 * "hadolint" is read as hadolint's).  Returns 0 with *out set, or -1
 * with *err set (caller frees): a YAML or schema error as
 * "path:line:col: message", or "path: strerror" when it cannot be read.
 */
int
config_load(struct config **out, const char *path, char **err)
{
	FILE		*fp;
	char		*data = NULL;
	size_t		 len = 0, cap = 0, n;
	const char	*base;
	int		 rv, hadolint;

	*out = NULL;
	*err = NULL;
	if ((fp = fopen(path, "r")) == NULL) {
		xasprintf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (len + 4096 > cap) {
			cap = cap ? cap * 2 : 8192;
			data = xreallocarray(data, cap, 1);
		}
		n = fread(data + len, 1, cap - len - 1, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		xasprintf(err, "%s: %s", path, strerror(errno));
		fclose(fp);
		free(data);
		return -1;
	}
	fclose(fp);
	data[len] = '\0';
	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	hadolint = strncmp(base, ".hadolint", 9) == 0 ||
	    strncmp(base, "hadolint", 8) == 0;
	rv = config_parse(out, path, data, len, hadolint, err);
	free(data);
	return rv;
}

static int
config_exists(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/*
 * Find the configuration for a run started in directory start: the
 * nearest directory from start up to the repository root (a directory
 * holding .git) that has a .dfopt.yaml, .dfopt.yml, .hadolint.yaml or
 * .hadolint.yml, in that order of preference; else
 * $XDG_CONFIG_HOME/dfopt/config.yaml (default ~/.config).  Returns 1
 * with *out set to the path (caller frees), 0 when there is none.
 */
int
config_find(char **out, const char *start)
{
	static const char *const names[] = {
		".dfopt.yaml", ".dfopt.yml", ".hadolint.yaml", ".hadolint.yml"
	};
	char		 dir[PATH_MAX], *p, *path, *git;
	const char	*xdg, *home;
	size_t		 i;
	int		 top;

	*out = NULL;
	if (realpath(start, dir) != NULL) {
		for (;;) {
			for (i = 0; i < sizeof(names) / sizeof(names[0]);
			    i++) {
				xasprintf(&path, "%s/%s",
				    strcmp(dir, "/") == 0 ? "" : dir,
				    names[i]);
				if (config_exists(path)) {
					*out = path;
					return 1;
				}
				free(path);
			}
			xasprintf(&git, "%s/.git", strcmp(dir, "/") == 0 ? "" :
			    dir);
			top = access(git, F_OK) == 0;
			free(git);
			if (top || strcmp(dir, "/") == 0)
				break;
			if ((p = strrchr(dir, '/')) == dir)
				dir[1] = '\0';
			else
				*p = '\0';
		}
	}
	xdg = getenv("XDG_CONFIG_HOME");
	home = getenv("HOME");
	if (xdg != NULL && *xdg != '\0')
		xasprintf(&path, "%s/dfopt/config.yaml", xdg);
	else if (home != NULL && *home != '\0')
		xasprintf(&path, "%s/.config/dfopt/config.yaml", home);
	else
		return 0;
	if (config_exists(path)) {
		*out = path;
		return 1;
	}
	free(path);
	return 0;
}
