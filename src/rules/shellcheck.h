/* SPDX-License-Identifier: ISC */
/*
 * ShellCheck on RUN instructions: runs the shellcheck program (found in
 * PATH, or the path given) on the shell-form command and on each
 * here-document script of one RUN, and reports its findings as SCxxxx at
 * the exact Dockerfile line and column.
 *
 * The script goes to shellcheck's standard input; the program is started
 * with fork and exec and an explicit argument vector (never a shell
 * string): shellcheck --format=json1 --shell=S -, where S is the shell of
 * the SHELL instruction in effect when it is one shellcheck knows (sh,
 * bash, dash, ksh, busybox), else sh.  Positions come back as line and
 * column in the script and are mapped through the instruction's logical
 * text (ast_text_span()) or the heredoc body's source offset.
 *
 * When shellcheck cannot be run, one note says so on stderr for the
 * whole process and nothing is reported.
 */
#ifndef SHELLCHECK_H
#define SHELLCHECK_H

struct rule_ctx;

void	shellcheck_run(struct rule_ctx *, const char *);

#endif
