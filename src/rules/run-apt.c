/* SPDX-License-Identifier: ISC */
/*
 * RUN rules about apt-get and apt (Debian, Ubuntu): package lists left in
 * the image, unpinned packages, missing -y, recommended packages, the
 * interactive apt front end in scripts, and upgrades of every package of
 * the base image.  hadolint's DL3005, DL3008, DL3009, DL3014, DL3015 and
 * DL3027, with their default levels.
 *
 * Commands are looked at as the shell runs them (behind sudo, env, sh -c
 * and in RUN here-document scripts); see run.h.  The rules read only the
 * RUN at hand: apt configuration written by an earlier RUN
 * (/etc/apt/apt.conf.d) is not seen.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "shell.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"

/* apt-get and apt options that take a value in the next word. */
#define APT_VALFLAGS	"-o --option -c --config-file -t --target-release " \
			"--default-release -a --host-architecture " \
			"-P --build-profiles"

/* Subcommands that ask "Do you want to continue? [Y/n]". */
#define APT_PROMPTING	"install upgrade dist-upgrade full-upgrade remove " \
			"purge autoremove autopurge build-dep reinstall"

/* apt subcommands whose apt-get equivalent behaves the same. */
#define APT_SAME	"install update remove purge autoremove clean " \
			"autoclean build-dep source download changelog satisfy"

/*
 * Subcommands that upgrade every installed package; apt-get takes
 * full-upgrade as another name for dist-upgrade.
 */
#define APT_UPGRADING	"upgrade dist-upgrade full-upgrade"

static void	check_apt_lists(struct rule_ctx *);
static void	check_apt_pin(struct rule_ctx *);
static void	check_apt_yes(struct rule_ctx *);
static void	check_apt_recommends(struct rule_ctx *);
static void	check_apt_cli(struct rule_ctx *);
static void	check_apt_upgrade(struct rule_ctx *);
static int	is_apt(const struct shell_cmd *);
static const char *apt_option(const struct shell_cmd *, const char *);
static int	apt_quiet(const struct shell_cmd *);
static int	apt_simulated(const struct shell_cmd *);
static int	word_is(const char *, const char *);

static const char *const dl3009[] = { "DL3009", NULL };
static const char *const dl3008[] = { "DL3008", NULL };
static const char *const dl3014[] = { "DL3014", NULL };
static const char *const dl3015[] = { "DL3015", NULL };
static const char *const dl3027[] = { "DL3027", NULL };
static const char *const dl3005[] = { "DL3005", NULL };

const struct rule_entry rule_apt_lists_not_removed_entry = {
	.id = "DF3001",
	.name = "apt-lists-not-removed",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "apt package lists left in the image",
	.aliases = dl3009,
	.check = check_apt_lists,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_apt_package_entry = {
	.id = "DF3002",
	.name = "unpinned-apt-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apt package installed without a version",
	.aliases = dl3008,
	.check = check_apt_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_apt_without_yes_entry = {
	.id = "DF3003",
	.name = "apt-without-yes",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apt-get waits for a confirmation the build cannot give",
	.aliases = dl3014,
	.check = check_apt_yes,
	.fix = FIX_SAFE
};

const struct rule_entry rule_apt_install_recommends_entry = {
	.id = "DF3004",
	.name = "apt-install-recommends",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apt-get install also installs recommended packages",
	.aliases = dl3015,
	.check = check_apt_recommends,
	.fix = FIX_UNSAFE
};

const struct rule_entry rule_apt_instead_of_apt_get_entry = {
	.id = "DF3005",
	.name = "apt-instead-of-apt-get",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apt used in a script instead of apt-get",
	.aliases = dl3027,
	.check = check_apt_cli,
	.fix = FIX_SAFE
};

const struct rule_entry rule_apt_upgrade_entry = {
	.id = "DF3048",
	.name = "apt-upgrade",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apt-get upgrade or dist-upgrade in a RUN",
	.aliases = dl3005,
	.check = check_apt_upgrade,
	.fix = FIX_NONE
};

/* 1 if c runs apt-get or apt. */
static int
is_apt(const struct shell_cmd *c)
{
	return shell_cmd_is(c, "apt-get") || shell_cmd_is(c, "apt");
}

/* 1 if the NUL-terminated s is one of the space-separated list. */
static int
word_is(const char *s, const char *list)
{
	size_t		 n = strlen(s);
	const char	*p, *e;

	for (p = list; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			/* nothing */;
		if (e > p && (size_t)(e - p) == n && memcmp(p, s, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * The value of the last "-o key=value" (also "-okey=value", "--option
 * key=value", "--option=key=value") whose key is key, compared without
 * case as apt does; NULL when there is none.
 */
static const char *
apt_option(const struct shell_cmd *c, const char *key)
{
	const char	*v, *val, *found = NULL;
	size_t		 i, klen = strlen(key);

	for (i = 1; i < c->nwords; i++) {
		v = c->words[i].value;
		val = NULL;
		if (strcmp(v, "--") == 0)
			break;
		if (strcmp(v, "-o") == 0 || strcmp(v, "--option") == 0) {
			if (i + 1 < c->nwords)
				val = c->words[++i].value;
		} else if (strncmp(v, "--option=", 9) == 0)
			val = v + 9;
		else if (strncmp(v, "-o", 2) == 0 && v[2] != '\0')
			val = v + 2;
		if (val != NULL && strncasecmp(val, key, klen) == 0 &&
		    val[klen] == '=')
			found = val + klen + 1;
	}
	return found;
}

/* The quiet level of an apt-get command: -q, -qq, -q=2, --quiet ... */
static int
apt_quiet(const struct shell_cmd *c)
{
	const char	*v;
	size_t		 i, k;
	int		 q = 0;

	for (i = 1; i < c->nwords; i++) {
		v = c->words[i].value;
		if (strcmp(v, "--") == 0)
			break;
		if (strcmp(v, "--quiet") == 0)
			q++;
		else if (strncmp(v, "--quiet=", 8) == 0)
			q = (int)strtol(v + 8, NULL, 10);
		else if (strncmp(v, "-q=", 3) == 0)
			q = (int)strtol(v + 3, NULL, 10);
		else if (v[0] == '-' && v[1] != '-') {
			for (k = 1; v[k] != '\0'; k++) {
				if (strchr("octaP", v[k]) != NULL)
					break;	/* the rest is a value */
				if (v[k] == 'q')
					q++;
			}
		}
	}
	return q;
}

/* 1 if c only simulates (-s and its other names): it changes nothing. */
static int
apt_simulated(const struct shell_cmd *c)
{
	static const char *const sim[] = {
		"-s", "--simulate", "--just-print", "--dry-run", "--recon",
		"--no-act"
	};
	size_t	k;

	for (k = 0; k < sizeof(sim) / sizeof(sim[0]); k++)
		if (shell_cmd_flag(c, APT_VALFLAGS, sim[k], NULL) != NULL)
			return 1;
	return 0;
}

/*
 * DL3009: "apt-get update" fills /var/lib/apt/lists (tens of MB) and
 * nothing removes it in the same RUN, so it stays in the layer.  A later
 * "rm -rf /var/lib/apt/lists/..." or "apt-get distclean", or a cache or
 * tmpfs mount over the lists, is enough.
 */
static void
check_apt_lists(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c, *d;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i, j;
	int			 cleaned;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (run_mount(rs.instr, "/var/lib/apt/lists", RUN_MOUNT_COVERS))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!is_apt(c) ||
		    (sub = run_subcmd(c, APT_VALFLAGS, NULL)) == NULL ||
		    !shell_word_eq(sub, "update"))
			continue;
		cleaned = run_rm_under(rs.sc, i + 1, "/var/lib/apt/lists");
		for (j = i + 1; !cleaned && j < rs.sc->ncmds; j++) {
			d = &rs.sc->cmds[j];
			cleaned = is_apt(d) && run_word_in(run_subcmd(d,
			    APT_VALFLAGS, NULL), "distclean dist-clean");
		}
		if (cleaned)
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "apt lists not removed after '%s update'",
		    c->words[0].value);
		if (dg != NULL)
			diag_set_help(dg, "end this RUN with "
			    "'&& rm -rf /var/lib/apt/lists/*', or mount a "
			    "cache on /var/lib/apt/lists");
		break;
	}
out:
	run_close(&rs);
}

/*
 * DL3008: every package of "apt-get install" has a version
 * ("curl=7.88.1-10"), a release ("curl/bookworm-backports") or is a .deb
 * file.  Packages given by a variable are not judged.
 */
static void
check_apt_pin(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*w;
	struct diag		*dg;
	size_t			 i;
	int			 seen;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!is_apt(c))
			continue;
		shell_args_init(&it, c, APT_VALFLAGS);
		seen = 0;
		while ((w = shell_args_next(&it)) != NULL) {
			if (!seen) {
				if (!shell_word_eq(w, "install"))
					break;
				seen = 1;
				continue;
			}
			if (run_word_unknown(w) || w->vlen == 0 ||
			    strchr(w->value, '=') != NULL ||
			    strchr(w->value, '/') != NULL ||
			    (w->vlen > 4 &&
			    strcmp(w->value + w->vlen - 4, ".deb") == 0))
				continue;
			dg = rule_report(ctx, w->span,
			    "apt package '%s' is not pinned to a version",
			    w->value);
			if (dg != NULL)
				diag_set_help(dg, "write '%s=<version>' "
				    "('apt-cache policy %s' lists them)",
				    w->value, w->value);
		}
	}
	run_close(&rs);
}

/*
 * DL3014: apt-get asks before installing or removing anything, and a
 * build has no terminal to answer: the command aborts.  -y, --yes,
 * --assume-yes, a quiet level of 2 (-qq, which implies -y) or
 * "-o APT::Get::Assume-Yes=true" answer it; a simulation (-s) asks
 * nothing.
 */
static void
check_apt_yes(struct rule_ctx *ctx)
{
	/* Options that answer the prompt, or that never change anything. */
	static const char *const yes[] = {
		"-y", "--yes", "--assume-yes", "-s", "--simulate",
		"--just-print", "--dry-run", "--recon", "--no-act"
	};
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	const char		*opt;
	struct diag		*dg;
	size_t			 i, k;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!is_apt(c) ||
		    (sub = run_subcmd(c, APT_VALFLAGS, NULL)) == NULL ||
		    !run_word_in(sub, APT_PROMPTING))
			continue;
		for (k = 0; k < sizeof(yes) / sizeof(yes[0]); k++)
			if (shell_cmd_flag(c, APT_VALFLAGS, yes[k],
			    NULL) != NULL)
				break;
		if (k < sizeof(yes) / sizeof(yes[0]) || apt_quiet(c) >= 2)
			continue;
		opt = apt_option(c, "APT::Get::Assume-Yes");
		if (opt != NULL && word_is(opt, "true yes 1 on True Yes"))
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'%s %s' without '-y' stops at its confirmation prompt",
		    c->words[0].value, sub->value);
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '-y' so that it does not wait for an "
		    "answer");
		run_fix_insert(&rs, dg, sub, "-y");
	}
	run_close(&rs);
}

/*
 * DL3015: without --no-install-recommends, apt-get install pulls in every
 * Recommends: of the packages too.  "-o APT::Install-Recommends=false"
 * (or 0, no, off) does the same as the option.
 */
static void
check_apt_recommends(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	const char		*opt;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!is_apt(c) ||
		    (sub = run_subcmd(c, APT_VALFLAGS, NULL)) == NULL ||
		    !shell_word_eq(sub, "install"))
			continue;
		if (shell_cmd_flag(c, APT_VALFLAGS, "--no-install-recommends",
		    NULL) != NULL)
			continue;
		opt = apt_option(c, "APT::Install-Recommends");
		if (opt != NULL &&
		    word_is(opt, "false no 0 off False No FALSE NO"))
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'%s install' without '--no-install-recommends' adds "
		    "recommended packages", c->words[0].value);
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '--no-install-recommends' and name "
		    "any recommended package you do need");
		run_fix_insert(&rs, dg, sub, "--no-install-recommends");
	}
	run_close(&rs);
}

/*
 * DL3027: apt is the interactive front end; its output and behaviour may
 * change between releases and it warns that its CLI is not stable.  The
 * fix renames it to apt-get where the subcommand means the same there.
 */
static void
check_apt_cli(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub, *name;
	struct diag		*dg;
	char			*to;
	size_t			 i;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "apt"))
			continue;
		name = &c->words[0];
		sub = run_subcmd(c, APT_VALFLAGS, NULL);
		dg = rule_report(ctx, name->span,
		    "'apt' is meant for terminals, not scripts");
		if (dg == NULL)
			continue;
		diag_set_help(dg, "use 'apt-get' (or 'apt-cache' to search "
		    "and show packages)");
		if (sub == NULL || !run_word_in(sub, APT_SAME) ||
		    !run_word_plain(&rs, name))
			continue;
		xasprintf(&to, "%s-get", name->value);
		run_fix_replace(&rs, dg, name, to);
		free(to);
	}
	run_close(&rs);
}

/*
 * DL3005: "apt-get upgrade" (dist-upgrade, full-upgrade; apt too, as the
 * other apt rules read it) upgrades whatever the base image holds to
 * what the mirror has on the day of the build, so two builds of one
 * Dockerfile differ.  A simulation (-s) changes nothing and is not
 * reported; "apt-get install --only-upgrade pkg" names its packages and
 * is not either.
 */
static void
check_apt_upgrade(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "apt"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!is_apt(c) ||
		    (sub = run_subcmd(c, APT_VALFLAGS, NULL)) == NULL ||
		    !run_word_in(sub, APT_UPGRADING) || apt_simulated(c))
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'%s %s' upgrades every package of the base image to "
		    "whatever the mirror has today", c->words[0].value,
		    sub->value);
		if (dg != NULL)
			diag_set_help(dg, "use a newer tag or digest of the "
			    "base image, and install the packages you need "
			    "at pinned versions");
	}
	run_close(&rs);
}
