/* SPDX-License-Identifier: ISC */
/*
 * main(): global options and subcommand dispatch.  Everything else lives in
 * libdfopt.a so that tests and fuzz targets link the same code.
 *
 * Adding a subcommand:
 *  1. src/cmd-<name>.c with `const struct cmd_entry cmd_<name>_entry`
 *     (usage, summary, help, exec) and its extern in src/cmd.h;
 *  2. one line in cmd_table[] below, kept sorted by name;
 *  3. the SYNOPSIS line (identical to .usage) and a COMMANDS subsection in
 *     man/dfopt.1, and a ChangeLog line;
 *  4. tests/golden/cli/<name>-* cases; `make check` runs tests/docs.sh,
 *     which fails when the man page and .usage disagree.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "cmd.h"

static int	dfopt_help(FILE *);

static const struct cmd_entry *const cmd_table[] = {
	&cmd_check_entry,
	&cmd_graph_entry,
	&cmd_parse_entry,
	&cmd_rules_entry,
};

#define CMD_COUNT	(sizeof(cmd_table) / sizeof(cmd_table[0]))

/* Print "usage: dfopt <usage>" and the option help of one command. */
void
cmd_usage(const struct cmd_entry *ce, FILE *fp)
{
	fprintf(fp, "usage: %s %s\n", DFOPT_NAME, ce->usage);
	if (ce->help != NULL)
		fprintf(fp, "\n%s", ce->help);
}

/*
 * Report a usage error of a command and return DFOPT_EXIT_USAGE, so a
 * command can `return cmd_usage_error(&entry, "...")`.
 */
int
cmd_usage_error(const struct cmd_entry *ce, const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "%s %s: ", DFOPT_NAME, ce->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: %s %s\n", DFOPT_NAME, ce->usage);
	return DFOPT_EXIT_USAGE;
}

static int
dfopt_help(FILE *fp)
{
	size_t	i;

	fprintf(fp, "usage: %s [--version] [--help] COMMAND [ARGS]\n\n"
	    "commands:\n", DFOPT_NAME);
	for (i = 0; i < CMD_COUNT; i++)
		fprintf(fp, "  %-10s %s\n", cmd_table[i]->name,
		    cmd_table[i]->summary);
	fprintf(fp, "\nRun '%s COMMAND --help' for a command's options; "
	    "see dfopt(1).\n", DFOPT_NAME);
	return fp == stdout ? DFOPT_EXIT_OK : DFOPT_EXIT_USAGE;
}

int
main(int argc, char **argv)
{
	const char	*name;
	size_t		 i;

	if (argc < 2)
		return dfopt_help(stderr);
	name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
		return dfopt_help(stdout);
	if (strcmp(name, "help") == 0) {
		if (argc < 3)
			return dfopt_help(stdout);
		for (i = 0; i < CMD_COUNT; i++)
			if (strcmp(cmd_table[i]->name, argv[2]) == 0) {
				cmd_usage(cmd_table[i], stdout);
				return DFOPT_EXIT_OK;
			}
		fprintf(stderr, "%s: unknown command '%s'\n", DFOPT_NAME,
		    argv[2]);
		return DFOPT_EXIT_USAGE;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
		printf("%s %s\n", DFOPT_NAME, PACKAGE_VERSION);
		return DFOPT_EXIT_OK;
	}
	for (i = 0; i < CMD_COUNT; i++)
		if (strcmp(cmd_table[i]->name, name) == 0)
			return cmd_table[i]->exec(argc - 1, argv + 1);
	fprintf(stderr, "%s: unknown command '%s'; see '%s --help'\n",
	    DFOPT_NAME, name, DFOPT_NAME);
	return DFOPT_EXIT_USAGE;
}
