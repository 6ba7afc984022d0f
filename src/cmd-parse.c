/* SPDX-License-Identifier: ISC */
/* placeholder until the parser lands */
#include <stdio.h>
#include "dfopt.h"
#include "cmd.h"

static int
cmd_parse_exec(int argc, char **argv)
{
	return DFOPT_EXIT_USAGE;
}

const struct cmd_entry cmd_parse_entry = {
	"parse", "parse [--format json|buildkit] FILE|-", "print the syntax tree",
	NULL, cmd_parse_exec
};
