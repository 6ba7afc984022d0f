/* SPDX-License-Identifier: ISC */
/*
 * What the RUN rules (run-apt.c, run-pkg.c, run-shell.c) share: the
 * commands of a RUN as the shell will run them, with every span in file
 * coordinates, and small queries about cache mounts, cleanup commands and
 * the SHELL in effect.
 *
 *	struct run_script rs;
 *	size_t i;
 *
 *	if (run_open(&rs, ctx) == -1)
 *		return;		// not a RUN, or a non-POSIX SHELL
 *	for (i = 0; i < rs.sc->ncmds; i++)
 *		if (shell_cmd_is(&rs.sc->cmds[i], "apt-get")) ...
 *	run_close(&rs);
 *
 * The script of a RUN is its shell-form text, or its exec-form words (one
 * command; "sh -c 'script'" is looked into), plus the bodies of the
 * here-documents the shell runs as a script ("RUN <<EOF", "RUN bash
 * <<EOF"); a body fed to another program ("RUN python3 <<EOF", "RUN cat
 * <<EOF >file") is data and is not read.
 *
 * This file does not decide what a rule reports; it only finds commands.
 */
#ifndef RUN_H
#define RUN_H

#include <stddef.h>

#include "dfopt.h"

struct arena;
struct ast_instr;
struct diag;
struct rule_ctx;
struct shell_cmd;
struct shell_script;
struct shell_word;

/*
 * A parsed RUN.  Everything it points to is shared (run_open() caches
 * parses) and read-only, valid until run_close().
 */
struct run_script {
	struct arena		*arena;	/* owns everything below; callers
					   may allocate scratch from it */
	const struct ast_instr	*instr;	/* the RUN (or ONBUILD trigger) */
	struct shell_script	*raw;	/* commands as written: top-level
					   ones, then (flag SHELL_CMD_SHELL_C)
					   those inside "sh -c" strings */
	struct shell_script	*sc;	/* as run: wrappers (sudo, env, ...)
					   removed and "sh -c" scripts
					   inlined, in execution order */
	int			 exec_form;	/* RUN ["..."] */
	const struct shell_word	*xwords;	/* exec form: the JSON */
	size_t			 nxwords;	/* elements as words */
};

/*
 * Scripts longer than this (shell text plus heredoc bodies) are not
 * split: the commands of a 6 MB script would take half a gigabyte.
 * run_open() refuses them and DF1010 (syntax.c) says so.
 */
#define RUN_SCRIPT_MAX		(1024 * 1024)

/* Cache and tmpfs mount matching, for run_mount(). */
#define RUN_MOUNT_COVERS	0	/* target is the path or a parent */
#define RUN_MOUNT_INFIX		1	/* target contains the string */

int		 run_open(struct run_script *, const struct rule_ctx *);
void		 run_close(struct run_script *);
size_t		 run_script_size(const struct ast_instr *);
void		 run_cache_free(void);
size_t		 run_instr_index(const struct rule_ctx *);
const struct ast_instr *run_shell(const struct rule_ctx *);
int		 run_shell_posix(const struct ast_instr *);
int		 run_mount(const struct ast_instr *, const char *, int);
int		 run_rm_under(const struct shell_script *, size_t,
		    const char *);
const struct shell_word *run_subcmd(const struct shell_cmd *, const char *,
		    const struct shell_word **);
int		 run_word_unknown(const struct shell_word *);
int		 run_word_plain(const struct run_script *,
		    const struct shell_word *);
int		 run_word_in(const struct shell_word *, const char *);
int		 run_name_matches(const struct shell_cmd *, const char *);
struct span	 run_span_to(const struct shell_cmd *,
		    const struct shell_word *);
void		 run_fix_insert(const struct run_script *, struct diag *,
		    const struct shell_word *, const char *);
void		 run_fix_replace(const struct run_script *, struct diag *,
		    const struct shell_word *, const char *);
int		 run_count_cmds(const struct run_script *);
int		 run_mentions(const struct ast_instr *, const char *);

#endif
