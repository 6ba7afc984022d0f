/* SPDX-License-Identifier: ISC */
/*
 * The subcommand interface.  Each src/cmd-<name>.c defines one
 * `const struct cmd_entry cmd_<name>_entry`; src/dfopt.c lists them in
 * cmd_table[], sorted by name.  .usage is the single source for
 * `dfopt help`, `dfopt <cmd> --help` and the SYNOPSIS of dfopt(1)
 * (tests/docs.sh checks the man page against it).
 */
#ifndef CMD_H
#define CMD_H

#include <stdio.h>

struct cmd_entry {
	const char	*name;		/* "check"; matched exactly */
	const char	*usage;		/* "check [options] PATH..." */
	const char	*summary;	/* one line for `dfopt help` */
	const char	*help;		/* option list for --help; may be NULL */
	int		(*exec)(int, char **);	/* argv[0] is the name;
						   returns an exit status */
};

extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_graph_entry;
extern const struct cmd_entry cmd_parse_entry;
extern const struct cmd_entry cmd_rules_entry;

void	cmd_usage(const struct cmd_entry *, FILE *);
int	cmd_usage_error(const struct cmd_entry *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
