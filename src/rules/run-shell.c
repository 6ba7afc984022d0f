/* SPDX-License-Identifier: ISC */
/*
 * RUN rules about the shell script itself rather than a package manager:
 * commands that make no sense in a build, cd, sudo, wget progress output,
 * runs of tiny RUN instructions, wget and curl side by side, replacing
 * /bin/sh, and pipes without pipefail.  hadolint's DL3001, DL3003,
 * DL3004, DL3047, DL3059, DL4001, DL4005 and DL4006, with their default
 * levels.
 *
 * Commands are looked at as the shell runs them (behind sudo, env, sh -c
 * and in RUN here-document scripts); see run.h.
 */
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "shell.h"
#include "source.h"
#include "rules/rules.h"
#include "rules/run.h"

#define WGET_VALFLAGS	"-O --output-document -o --output-file " \
			"-a --append-output -P --directory-prefix -t --tries " \
			"-T --timeout -U --user-agent --header -e --execute " \
			"-i --input-file -B --base -w --wait -Q --quota " \
			"-l --level --progress"
#define LN_VALFLAGS	"-S --suffix -t --target-directory"

static void	check_pointless(struct rule_ctx *);
static void	check_cd(struct rule_ctx *);
static void	check_sudo(struct rule_ctx *);
static void	check_wget_progress(struct rule_ctx *);
static void	check_consecutive_run(struct rule_ctx *);
static void	check_wget_curl(struct rule_ctx *);
static void	check_bin_sh(struct rule_ctx *);
static void	check_pipefail(struct rule_ctx *);
static int	is_named(const struct shell_word *, const char *);
static int	same_flags(const struct ast_file *, const struct ast_instr *,
		    const struct ast_instr *);
static int	sets_pipefail(const struct shell_word *, size_t);

static const char *const dl3001[] = { "DL3001", NULL };
static const char *const dl3003[] = { "DL3003", NULL };
static const char *const dl3004[] = { "DL3004", NULL };
static const char *const dl3047[] = { "DL3047", NULL };
static const char *const dl3059[] = { "DL3059", NULL };
static const char *const dl4001[] = { "DL4001", NULL };
static const char *const dl4005[] = { "DL4005", NULL };
static const char *const dl4006[] = { "DL4006", NULL };

const struct rule_entry rule_pointless_command_entry = {
	.id = "DF3040",
	.name = "pointless-command",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "command that makes no sense in an image build",
	.aliases = dl3001,
	.check = check_pointless,
	.fix = FIX_NONE
};

const struct rule_entry rule_cd_in_run_entry = {
	.id = "DF3041",
	.name = "cd-in-run",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "cd in RUN instead of WORKDIR",
	.aliases = dl3003,
	.check = check_cd,
	.fix = FIX_NONE
};

const struct rule_entry rule_sudo_in_run_entry = {
	.id = "DF3042",
	.name = "sudo-in-run",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "sudo in RUN",
	.aliases = dl3004,
	.check = check_sudo,
	.fix = FIX_NONE
};

const struct rule_entry rule_wget_without_progress_entry = {
	.id = "DF3043",
	.name = "wget-without-progress",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "wget floods the build log with its progress bar",
	.aliases = dl3047,
	.check = check_wget_progress,
	.fix = FIX_UNSAFE
};

const struct rule_entry rule_consecutive_run_entry = {
	.id = "DF3044",
	.name = "consecutive-run",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "consecutive single-command RUN instructions",
	.aliases = dl3059,
	.check = check_consecutive_run,
	.fix = FIX_NONE
};

const struct rule_entry rule_wget_and_curl_entry = {
	.id = "DF3045",
	.name = "wget-and-curl",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_STAGE,
	.summary = "both wget and curl used in one stage",
	.aliases = dl4001,
	.check = check_wget_curl,
	.fix = FIX_NONE
};

const struct rule_entry rule_bin_sh_relinked_entry = {
	.id = "DF3046",
	.name = "bin-sh-relinked",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "/bin/sh replaced with ln instead of SHELL",
	.aliases = dl4005,
	.check = check_bin_sh,
	.fix = FIX_NONE
};

const struct rule_entry rule_pipe_without_pipefail_entry = {
	.id = "DF3047",
	.name = "pipe-without-pipefail",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "pipe in RUN without pipefail",
	.aliases = dl4006,
	.check = check_pipefail,
	.fix = FIX_NONE
};

/* 1 if the last path component of w is name. */
static int
is_named(const struct shell_word *w, const char *name)
{
	struct shell_cmd	tmp;
	struct shell_word	one;

	memset(&tmp, 0, sizeof(tmp));
	one = *w;
	tmp.words = &one;
	tmp.nwords = 1;
	return shell_cmd_is(&tmp, name);
}

/*
 * DL3001: ssh, vim, service, ps, top, kill, shutdown, mount, free and
 * ifconfig manage a running system; a build step has no services,
 * terminal or long-lived processes for them to act on.
 */
static void
check_pointless(struct rule_ctx *ctx)
{
	static const char *const names[] = {
		"free", "kill", "mount", "ps", "service", "shutdown", "ssh",
		"top", "vim", "ifconfig"
	};
	struct run_script	 rs;
	const struct shell_cmd	*c;
	struct diag		*dg;
	size_t			 i, k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (run_mentions(ctx->instr, names[k]))
			break;
	if (k == sizeof(names) / sizeof(names[0]))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			if (shell_cmd_is(c, names[k]))
				break;
		if (k == sizeof(names) / sizeof(names[0]))
			continue;
		dg = rule_report(ctx, c->words[0].span,
		    "'%s' makes no sense in an image build", names[k]);
		if (dg != NULL)
			diag_set_help(dg, "a build step has no running "
			    "services, terminal or processes to manage: "
			    "remove it");
	}
	run_close(&rs);
}

/*
 * DL3003: cd only lasts until the end of the RUN; WORKDIR changes the
 * directory for every later instruction and documents it.
 */
static void
check_cd(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "cd"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "cd"))
			continue;
		dg = rule_report(ctx, c->words[0].span,
		    "'cd' in RUN: use WORKDIR to switch to a directory");
		if (dg != NULL)
			diag_set_help(dg, "set the directory with WORKDIR, or "
			    "use absolute paths (cd lasts only until the end "
			    "of this RUN)");
	}
	run_close(&rs);
}

/*
 * DL3004: a RUN already runs as the USER in effect; sudo needs a
 * terminal, a password or sudoers set up, and keeps its own environment.
 * Every sudo in a wrapper chain ("env A=1 sudo -E x") is reported.
 */
static void
check_sudo(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c, *u;
	struct diag		*dg;
	size_t			 i, k, n;

	if (!run_mentions(ctx->instr, "sudo"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.raw->ncmds; i++) {
		c = &rs.raw->cmds[i];
		if (c->nwords == 0)
			continue;
		u = shell_cmd_unwrap(rs.arena, c);
		n = u == c ? 1 : (size_t)(u->words - c->words);
		for (k = 0; k < n && k < c->nwords; k++) {
			if (!is_named(&c->words[k], "sudo"))
				continue;
			dg = rule_report(ctx, c->words[k].span,
			    "'sudo' in RUN leads to unpredictable behaviour");
			if (dg != NULL)
				diag_set_help(dg, "RUN already runs as the "
				    "current USER: switch with 'USER root' "
				    "(and back), or use gosu or su-exec at "
				    "run time");
		}
	}
	run_close(&rs);
}

/*
 * DL3047: wget prints a progress bar line per chunk when it has no
 * terminal, so one large download adds thousands of lines to the build
 * log.  --progress, -q, -nv and a log file (-o, -a) all quieten it.
 */
static void
check_wget_progress(struct rule_ctx *ctx)
{
	static const char *const quiet[] = {
		"--progress", "-q", "--quiet", "-o", "--output-file", "-a",
		"--append-output", "-nv", "--no-verbose"
	};
	struct run_script	 rs;
	const struct shell_cmd	*c;
	struct diag		*dg;
	size_t			 i, k;

	if (!run_mentions(ctx->instr, "wget"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "wget"))
			continue;
		for (k = 0; k < sizeof(quiet) / sizeof(quiet[0]); k++)
			if (shell_cmd_flag(c, WGET_VALFLAGS, quiet[k],
			    NULL) != NULL)
				break;
		if (k < sizeof(quiet) / sizeof(quiet[0]))
			continue;
		dg = rule_report(ctx, c->words[0].span,
		    "'wget' without '--progress' floods the build log");
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '--progress=dot:giga', or '-q' / '-nv' "
		    "(busybox wget knows only '-q')");
		run_fix_insert(&rs, dg, &c->words[0], "--progress=dot:giga");
	}
	run_close(&rs);
}

/* 1 if RUNs a and b have the same flags, written the same way. */
static int
same_flags(const struct ast_file *f, const struct ast_instr *a,
    const struct ast_instr *b)
{
	const char	*data = f->src->data;
	size_t		 i;

	if (a->nflags != b->nflags)
		return 0;
	for (i = 0; i < a->nflags; i++)
		if (a->flags[i].span.len != b->flags[i].span.len ||
		    memcmp(data + a->flags[i].span.off,
		    data + b->flags[i].span.off, a->flags[i].span.len) != 0)
			return 0;
	return 1;
}

/*
 * DL3059: a RUN of a single command right after another RUN of a single
 * command (comments between them do not count) with the same flags:
 * each RUN is a layer and a cache step, and two one-liners are usually
 * meant as one.  RUNs holding several commands are left alone, as
 * hadolint does: splitting those is taken as deliberate.
 */
static void
check_consecutive_run(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct rule_ctx		 pc;
	const struct ast_instr	*prev;
	struct diag		*dg;
	size_t			 idx;
	int			 n;

	idx = run_instr_index(ctx);
	if (ctx->parent != NULL || idx == (size_t)-1 || idx == 0 ||
	    ctx->instr->kind != AST_RUN)
		return;
	prev = &ctx->file->instrs[idx - 1];
	if (prev->kind != AST_RUN || !same_flags(ctx->file, prev, ctx->instr))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	n = run_count_cmds(&rs);
	run_close(&rs);
	if (n > 1)
		return;
	pc = *ctx;
	pc.instr = prev;
	if (run_open(&rs, &pc) == -1)
		return;
	n = run_count_cmds(&rs);
	run_close(&rs);
	if (n > 1)
		return;
	dg = rule_report(ctx, ctx->instr->keyword,
	    "RUN right after another one-command RUN: consider merging them");
	if (dg != NULL)
		diag_set_help(dg, "join the commands with '&&' in one RUN (or "
		    "write a here-document): one layer, one cache step");
}

/*
 * DL4001: a stage that uses both wget and curl installs (and keeps) two
 * tools for one job.  Walks the stage once; from the RUN where both have
 * been seen on, every RUN using either is reported: at the tool that
 * completed the pair, else at its first use of one of them.
 */
static void
check_wget_curl(struct rule_ctx *ctx)
{
	static const char *const tools[2] = { "curl", "wget" };
	const struct stage	*st = ctx->stage;
	struct run_script	 rs;
	struct rule_ctx		 rc;
	const struct shell_word	*use[2];
	size_t			 at[2];
	struct diag		*dg;
	size_t			 i, j;
	int			 seen[2] = { 0, 0 }, before[2], t, r;

	if (st == NULL || ctx->file == NULL)
		return;
	rc = *ctx;
	rc.parent = NULL;
	for (i = st->first + 1; i < st->end && i < ctx->file->ninstrs; i++) {
		rc.instr = &ctx->file->instrs[i];
		if ((!run_mentions(rc.instr, "curl") &&
		    !run_mentions(rc.instr, "wget")) ||
		    run_open(&rs, &rc) == -1)
			continue;
		use[0] = use[1] = NULL;
		at[0] = at[1] = 0;
		for (j = 0; j < rs.sc->ncmds; j++)
			for (t = 0; t < 2; t++)
				if (use[t] == NULL &&
				    shell_cmd_is(&rs.sc->cmds[j], tools[t])) {
					use[t] = &rs.sc->cmds[j].words[0];
					at[t] = j;
				}
		before[0] = seen[0];
		before[1] = seen[1];
		for (t = 0; t < 2; t++)
			if (use[t] != NULL)
				seen[t] = 1;
		if (!seen[0] || !seen[1] ||
		    (use[0] == NULL && use[1] == NULL)) {
			run_close(&rs);
			continue;
		}
		if (use[0] == NULL || use[1] == NULL)
			r = use[0] != NULL ? 0 : 1;
		else if (before[0] != before[1])
			r = before[0] ? 1 : 0;	/* the one new here */
		else if (!before[0])
			r = at[0] > at[1] ? 0 : 1;	/* the later one */
		else
			r = at[0] < at[1] ? 0 : 1;	/* the first one */
		dg = rule_report(&rc, use[r]->span,
		    "'%s' used in a stage that also uses '%s'", tools[r],
		    tools[1 - r]);
		if (dg != NULL)
			diag_set_help(dg, "download with one of them only: "
			    "each is a package in the image");
		run_close(&rs);
	}
}

/*
 * 1 if the words (after the command name) set -o pipefail: "-o
 * pipefail", "-eo pipefail", "-euxo pipefail".
 */
static int
sets_pipefail(const struct shell_word *w, size_t n)
{
	size_t	k;
	int	on = 0;

	for (k = 1; k + 1 < n; k++) {
		if (!shell_word_eq(&w[k + 1], "pipefail") || w[k].vlen < 2 ||
		    w[k].value[w[k].vlen - 1] != 'o' ||
		    w[k].value[1] == '-')
			continue;
		if (w[k].value[0] == '-')
			on = 1;
		else if (w[k].value[0] == '+')
			on = 0;
	}
	return on;
}

/*
 * DL4006: "a | b" fails only when b fails, so a failing download piped
 * into tar or sh goes unnoticed.  Pipefail from the SHELL in effect (a
 * bash, zsh, ash, ksh or mksh started with -o pipefail), from "set -o
 * pipefail" earlier in the script, or from "bash -o pipefail -c" around
 * the pipe makes the RUN fail.
 */
static void
check_pipefail(struct rule_ctx *ctx)
{
	static const char *const shells[] = {
		"bash", "zsh", "ash", "ksh", "mksh"
	};
	struct run_script	 rs;
	const struct ast_instr	*sh;
	const struct shell_cmd	*c;
	struct shell_word	*w;
	struct shell_cmd	 tmp;
	struct diag		*dg;
	size_t			 i, k;
	int			 on = 0;

	if (!run_mentions(ctx->instr, "|"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	sh = run_shell(ctx);
	if (sh != NULL && sh->nwords > 1) {
		w = arena_array(rs.arena, sh->nwords, sizeof(*w));
		for (i = 0; i < sh->nwords; i++) {
			w[i].value = sh->words[i].value;
			w[i].vlen = strlen(w[i].value);
		}
		memset(&tmp, 0, sizeof(tmp));
		tmp.words = w;
		tmp.nwords = 1;
		for (k = 0; k < sizeof(shells) / sizeof(shells[0]); k++)
			if (shell_cmd_is(&tmp, shells[k]))
				on = sets_pipefail(w, sh->nwords);
	}
	for (i = 0; !on && i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (shell_cmd_is(c, "set")) {
			on = sets_pipefail(c->words, c->nwords);
			continue;
		}
		if (c->op != SHELL_OP_PIPE && c->op != SHELL_OP_PIPE_ALL)
			continue;
		if (c->orig != NULL && (c->flags & SHELL_CMD_SHELL_C) &&
		    sets_pipefail(c->orig->words, c->orig->nwords))
			continue;
		dg = rule_report(ctx, c->op_span,
		    "pipe without pipefail: a failure before '|' does not "
		    "fail the RUN");
		if (dg != NULL)
			diag_set_help(dg, "add SHELL [\"/bin/bash\", \"-o\", "
			    "\"pipefail\", \"-c\"] before this RUN, or start "
			    "the script with 'set -o pipefail'");
		break;
	}
	run_close(&rs);
}

/*
 * DL4005: "ln -sf /bin/bash /bin/sh" swaps the shell under every later
 * RUN, for the whole image and its users; SHELL changes only what the
 * Dockerfile's RUN, CMD and ENTRYPOINT (shell form) use.
 */
static void
check_bin_sh(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*w, *last;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "ln"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "ln"))
			continue;
		last = NULL;
		shell_args_init(&it, c, LN_VALFLAGS);
		while ((w = shell_args_next(&it)) != NULL)
			last = w;
		if (last == NULL || (!shell_word_eq(last, "/bin/sh") &&
		    !shell_word_eq(last, "/usr/bin/sh")))
			continue;
		dg = rule_report(ctx, last->span,
		    "'ln' replaces %s: use SHELL to change the default shell",
		    last->value);
		if (dg != NULL)
			diag_set_help(dg, "write SHELL [\"/bin/bash\", \"-c\"] "
			    "instead of relinking /bin/sh");
	}
	run_close(&rs);
}
