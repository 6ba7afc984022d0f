/* SPDX-License-Identifier: ISC */
/*
 * `dfopt rules`: list the rule table (text or JSON) and print the doc of
 * one rule (`dfopt rules explain ID|NAME|ALIAS`).  The table is
 * src/rules/rules.c, the docs are generated from rules/DFxxxx.md into
 * src/rules/rules-doc.inc; this file only prints them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "cmd.h"
#include "output/jsonw.h"
#include "rules/rules.h"

static int	cmd_rules_exec(int, char **);

const struct cmd_entry cmd_rules_entry = {
	"rules",
	"rules [--format text|json|tsv] [explain ID]",
	"list the rules, or explain one",
	"  --format F      text (default: id, name, level, summary), json,\n"
	"                  or tsv (id, name, level, fix, on|off, aliases,\n"
	"                  summary)\n"
	"  explain ID      print the doc of a rule (id, name or alias)\n"
	"  -h, --help      print this help\n",
	cmd_rules_exec
};

static const char *
cmd_rules_scope(enum rule_scope s)
{
	switch (s) {
	case RULE_SCOPE_INSTR:
		return "instruction";
	case RULE_SCOPE_STAGE:
		return "stage";
	case RULE_SCOPE_FILE:
		return "file";
	case RULE_SCOPE_GRAPH:
		return "graph";
	default:
		return "none";
	}
}

static const char *
cmd_rules_fix(enum fix_safety f)
{
	return f == FIX_SAFE ? "safe" : f == FIX_UNSAFE ? "unsafe" : "none";
}

static int
cmd_rules_json(void)
{
	const struct rule_entry	*r;
	json_t			*a, *o, *al;
	size_t			 i, k;

	a = json_array();
	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		o = json_object();
		json_object_set_new(o, "id", jsonw_str(r->id));
		json_object_set_new(o, "name", jsonw_str(r->name));
		json_object_set_new(o, "level",
		    jsonw_str(severity_name(r->level)));
		json_object_set_new(o, "enabled",
		    json_boolean((r->flags & RULE_OFF) == 0));
		json_object_set_new(o, "runtime_only",
		    json_boolean((r->flags & RULE_RUNTIME_ONLY) != 0));
		json_object_set_new(o, "scope",
		    jsonw_str(cmd_rules_scope(r->scope)));
		json_object_set_new(o, "fix", jsonw_str(cmd_rules_fix(r->fix)));
		json_object_set_new(o, "summary", jsonw_str(r->summary));
		al = json_array();
		for (k = 0; r->aliases != NULL && r->aliases[k] != NULL; k++)
			json_array_append_new(al, jsonw_str(r->aliases[k]));
		json_object_set_new(o, "aliases", al);
		json_object_set_new(o, "help_uri",
		    jsonw_str(rules_help_uri(r)));
		json_array_append_new(a, o);
	}
	return jsonw_dump(stdout, a) == -1 ? DFOPT_EXIT_SYSTEM :
	    DFOPT_EXIT_OK;
}

static int
cmd_rules_text(void)
{
	const struct rule_entry	*r;
	size_t			 i;

	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		printf("%-7s %-32s %-8s %s%s\n", r->id, r->name,
		    severity_name(r->level), r->summary,
		    (r->flags & RULE_OFF) ? " (off by default)" : "");
	}
	return DFOPT_EXIT_OK;
}

/* Tab-separated, for scripts: id name level fix on aliases summary. */
static int
cmd_rules_tsv(void)
{
	const struct rule_entry	*r;
	size_t			 i, k;

	for (i = 0; i < rules_count(); i++) {
		r = rules_at(i);
		printf("%s\t%s\t%s\t%s\t%s\t", r->id, r->name,
		    severity_name(r->level), cmd_rules_fix(r->fix),
		    (r->flags & RULE_OFF) ? "off" : "on");
		for (k = 0; r->aliases != NULL && r->aliases[k] != NULL; k++)
			printf("%s%s", k > 0 ? "," : "", r->aliases[k]);
		printf("\t%s\n", r->summary);
	}
	return DFOPT_EXIT_OK;
}

static int
cmd_rules_explain(const char *id)
{
	const struct rule_entry	*r;
	const char		*doc;
	size_t			 k;

	if ((r = rules_find(id)) == NULL) {
		fprintf(stderr, "%s rules: unknown rule '%s'\n", DFOPT_NAME,
		    id);
		return DFOPT_EXIT_USAGE;
	}
	if ((doc = rules_doc(r)) != NULL)
		fputs(doc, stdout);
	else
		printf("# %s %s: %s\n", r->id, r->name, r->summary);
	printf("\nLevel: %s%s\n", severity_name(r->level),
	    (r->flags & RULE_OFF) ? " (off by default)" : "");
	if (r->aliases != NULL && r->aliases[0] != NULL) {
		printf("Aliases:");
		for (k = 0; r->aliases[k] != NULL; k++)
			printf("%s %s", k > 0 ? "," : "", r->aliases[k]);
		printf("\n");
	}
	printf("Fix: %s\n", cmd_rules_fix(r->fix));
	printf("See: %s\n", rules_help_uri(r));
	return DFOPT_EXIT_OK;
}

static int
cmd_rules_exec(int argc, char **argv)
{
	const char	*format = "text";
	int		 i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 ||
		    strcmp(argv[i], "--help") == 0) {
			cmd_usage(&cmd_rules_entry, stdout);
			return DFOPT_EXIT_OK;
		}
		if (strcmp(argv[i], "explain") == 0) {
			if (i + 2 != argc)
				return cmd_usage_error(&cmd_rules_entry,
				    "explain takes one rule");
			return cmd_rules_explain(argv[i + 1]);
		}
		if (strcmp(argv[i], "list") == 0)
			continue;
		if (strncmp(argv[i], "--format=", 9) == 0)
			format = argv[i] + 9;
		else if (strcmp(argv[i], "--format") == 0 ||
		    strcmp(argv[i], "-f") == 0) {
			if (++i >= argc)
				return cmd_usage_error(&cmd_rules_entry,
				    "--format needs a value");
			format = argv[i];
		} else
			return cmd_usage_error(&cmd_rules_entry,
			    "unknown argument '%s'", argv[i]);
	}
	if (strcmp(format, "json") == 0)
		return cmd_rules_json();
	if (strcmp(format, "text") == 0)
		return cmd_rules_text();
	if (strcmp(format, "tsv") == 0)
		return cmd_rules_tsv();
	return cmd_usage_error(&cmd_rules_entry, "unknown format '%s'",
	    format);
}
