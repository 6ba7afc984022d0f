/* SPDX-License-Identifier: ISC */
/*
 * The configuration of `dfopt check`: .dfopt.yaml (or a .hadolint.yaml
 * mapped to the same model), found by config_find() or given with -c.
 * config.c is the only file that includes yaml.h.  (This header is not
 * called config.h because that name is autoconf's, which dfopt.h
 * includes.)
 *
 *	struct config *cfg;
 *	char *err, *path = NULL;
 *	if (config_find(&path, ".") == 1 &&
 *	    config_load(&cfg, path, &err) == -1) {
 *		fprintf(stderr, "%s\n", err);	// "file:line:col: message"
 *		free(err);
 *		return DFOPT_EXIT_USAGE;
 *	}
 *	...
 *	config_free(cfg);
 *
 * The keys of .dfopt.yaml (contrib/dfopt.schema.json has the same):
 *	ignore: [ID...]			rules switched off
 *	enable: [ID...]			rules that are off by default, on
 *	level: {ID: LEVEL}		level override; "off" switches off
 *	failure-level: LEVEL		exit 1 at or above it (warning)
 *	trusted-registries: [HOST...]
 *	label-schema: {LABEL: TYPE}	text url hash rfc3339 semver spdx email
 *	strict-labels: BOOL
 *	shellcheck: BOOL
 *	exclude: [GLOB...]		paths skipped by directory discovery
 *	disable-ignore-pragma: BOOL	pragmas in Dockerfiles are not read
 *	rules: [{id, name, message, level, instructions, pattern, match,
 *	    help, runtime-only}...]	user rules (struct config_rule)
 * An ID is a rule id, name or alias.  A .hadolint.yaml is read with
 * hadolint's keys: ignored, failure-threshold, override {error, warning,
 * info, style}, trustedRegistries, label-schema, strict-labels,
 * disable-ignore-pragma (and its output keys, which are accepted and not
 * used: format, no-color, no-fail, verbose).
 *
 * Every problem (YAML syntax, unknown key, wrong type, bad level, invalid
 * pattern) is an error with the file's line and column; nothing is
 * silently ignored.
 */
#ifndef DFCONFIG_H
#define DFCONFIG_H

#include <stddef.h>

#include "dfopt.h"
#include "rules/rules.h"

struct re;

/* The value types of label-schema, for messages. */
#define CONFIG_LABEL_TYPES \
	"text, url, hash, rfc3339, semver, spdx or email"

/* One entry of label-schema. */
struct config_label {
	const char	*name;		/* label key */
	const char	*type;		/* "text", "url", "email", ... */
};

/* A per-rule level ("off" is SEV_NONE); later entries win. */
struct config_level {
	char		*rule;		/* id, name or alias */
	enum severity	 level;
};

/* Where a user rule's pattern is matched. */
enum config_match {
	CONFIG_MATCH_INSTRUCTION = 0,	/* "KEYWORD flags args", logical */
	CONFIG_MATCH_COMMAND		/* each simple command of a RUN */
};

/* A user rule from `rules:`; entry is what the engine runs. */
struct config_rule {
	struct rule_entry entry;	/* id, name, level; RULE_USER */
	char		*id;
	char		*name;		/* NULL when not given */
	char		*message;
	char		*help;		/* NULL when not given */
	char		*pattern;
	struct re	*re;
	unsigned long	 kinds;		/* 1 << AST_*; 0: every kind */
	enum config_match match;
};

struct config {
	char		*path;		/* file read; NULL for defaults */
	int		 hadolint;	/* read from a .hadolint.yaml */
	char		**ignore;
	size_t		 nignore;
	char		**enable;
	size_t		 nenable;
	struct config_level *levels;
	size_t		 nlevels;
	enum severity	 failure_level;	/* SEV_NONE when not set */
	int		 no_fail;	/* hadolint no-fail, threshold none */
	char		**trusted;	/* NULL-terminated, or NULL */
	size_t		 ntrusted;
	struct config_label *labels;
	size_t		 nlabels;
	int		 strict_labels;
	int		 shellcheck;	/* -1 when not set */
	char		**exclude;
	size_t		 nexclude;
	int		 no_pragmas;	/* disable-ignore-pragma */
	struct config_rule *rules;
	size_t		 nrules;
};

struct config	*config_new(void);
void		 config_free(struct config *);
int		 config_find(char **, const char *);
int		 config_load(struct config **, const char *, char **);
int		 config_parse(struct config **, const char *, const char *,
		    size_t, int, char **);
void		 config_add_ignore(struct config *, const char *);
void		 config_add_level(struct config *, const char *,
		    enum severity);
void		 config_add_trusted(struct config *, const char *);
int		 config_add_label(struct config *, const char *,
		    const char *);

const char *const *config_trusted_registries(const struct config *);
size_t		 config_label_schema(const struct config *,
		    const struct config_label **);
int		 config_strict_labels(const struct config *);

#endif
