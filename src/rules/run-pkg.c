/* SPDX-License-Identifier: ISC */
/*
 * RUN rules about package managers other than apt: pip, npm, apk, gem,
 * yum, dnf and microdnf, zypper, yarn and go.  Unpinned packages, caches
 * left in the image, and missing non-interactive switches: hadolint's
 * DL3013, DL3016, DL3018, DL3019, DL3028, DL3030, DL3032-DL3038, DL3040,
 * DL3041, DL3042, DL3060 and DL3062, with their default levels.
 *
 * Commands are looked at as the shell runs them (behind sudo, env, sh -c
 * and in RUN here-document scripts); see run.h.  A package given by a
 * variable ($PKGS) is never reported: its value is unknown here.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "scope.h"
#include "shell.h"
#include "rules/rules.h"
#include "rules/run.h"

/* Options taking a value, per tool (see shell.h "valflags"). */
#define PIP_VALFLAGS	"--abi -b --build -e --editable --extra-index-url " \
			"-f --find-links -i --index-url --implementation " \
			"--no-binary --only-binary --platform --prefix " \
			"--progress-bar --proxy --python-version --root " \
			"--src -t --target --trusted-host --upgrade-strategy " \
			"-c --constraint -r --requirement --cache-dir --log " \
			"--log-file --timeout --retries --cert --client-cert " \
			"--exists-action --global-option --install-option " \
			"-C --config-settings --report --python " \
			"--use-feature " \
			"--use-deprecated --root-user-action " \
			"--keyring-provider --group"
#define NPM_VALFLAGS	"--prefix --registry --cache --userconfig " \
			"--globalconfig --loglevel --tag -w --workspace " \
			"--omit --include --install-strategy --before " \
			"--location"
#define APK_VALFLAGS	"-X --repository -t --virtual -p --root --arch " \
			"--cache-dir --keys-dir --repositories-file " \
			"--cache-max-age --timeout"
#define GEM_VALFLAGS	"-v --version -i --install-dir -n --bindir " \
			"-s --source -p --http-proxy --platform -g --file " \
			"--build-root -P --trust-policy"
#define RPM_VALFLAGS	"-c --config -d --debuglevel -e --errorlevel " \
			"--installroot --enablerepo --disablerepo --repo " \
			"--repoid -x --exclude --setopt --releasever " \
			"--forcearch --downloaddir --destdir --color " \
			"--rpmverbosity --comment --disableexcludes " \
			"--disableplugin --enableplugin --repofrompath " \
			"--advisory --advisories --bz --cve --sec-severity"
#define ZYPPER_VALFLAGS	"-c --config -R --root -D --reposd-path " \
			"-C --cache-dir --raw-cache-dir --solv-cache-dir " \
			"--pkg-cache-dir -p --plus-repo --plus-content " \
			"-r --repo --from -t --type --download " \
			"--installroot --releasever"
#define YARN_VALFLAGS	"--cwd --cache-folder --modules-folder --mutex " \
			"--network-timeout --registry --global-folder " \
			"--link-folder --use-yarnrc"
#define GO_VALFLAGS	"-C -o -p -asmflags -buildmode -compiler " \
			"-gccgoflags -gcflags -installsuffix -ldflags -mod " \
			"-modfile -overlay -pgo -pkgdir -tags -toolexec " \
			"-exec -covermode -coverpkg -coverprofile"

/* yum and dnf actions that ask for confirmation. */
#define RPM_PROMPTING	"install groupinstall localinstall reinstall " \
			"remove erase update upgrade downgrade autoremove " \
			"distro-sync distrosync swap groupremove groupupdate " \
			"groupupgrade update-minimal upgrade-minimal enable " \
			"disable reset switch-to"
/* yum and dnf actions that download packages and metadata. */
#define RPM_FETCHING	"install groupinstall localinstall reinstall " \
			"update upgrade downgrade distro-sync distrosync " \
			"swap groupupdate groupupgrade update-minimal " \
			"upgrade-minimal"
#define RPM_GROUPING	"module group groups"
#define RPM_YUM		"yum"
#define RPM_DNF		"dnf dnf5 microdnf"

#define ZYPPER_PROMPTING "install in remove rm source-install si patch " \
			"update up dist-upgrade dup install-new-recommends inr"
#define ZYPPER_FETCHING	"install in source-install si patch update up " \
			"dist-upgrade dup install-new-recommends inr"

static void	check_pip_pin(struct rule_ctx *);
static void	check_pip_cache(struct rule_ctx *);
static void	check_npm_pin(struct rule_ctx *);
static void	check_apk_pin(struct rule_ctx *);
static void	check_apk_cache(struct rule_ctx *);
static void	check_gem_pin(struct rule_ctx *);
static void	check_yum_yes(struct rule_ctx *);
static void	check_yum_cache(struct rule_ctx *);
static void	check_yum_pin(struct rule_ctx *);
static void	check_zypper_yes(struct rule_ctx *);
static void	check_zypper_dup(struct rule_ctx *);
static void	check_zypper_cache(struct rule_ctx *);
static void	check_zypper_pin(struct rule_ctx *);
static void	check_dnf_yes(struct rule_ctx *);
static void	check_dnf_cache(struct rule_ctx *);
static void	check_dnf_pin(struct rule_ctx *);
static void	check_yarn_cache(struct rule_ctx *);
static void	check_go_pin(struct rule_ctx *);

static int	name_in(const struct shell_cmd *, const char *);
static int	ends_with(const char *, const char *);
static int	starts_with(const char *, const char *);
static int	truthy(const char *, size_t);
static int	pip_view(const struct shell_cmd *, struct shell_cmd *);
static const struct shell_word *pip_install(const struct shell_cmd *,
		    struct shell_cmd *);
static int	pip_pinned(const char *);
static int	pip_no_cache_env(const struct rule_ctx *,
		    const struct run_script *, const struct shell_cmd *);
static int	text_sets(const char *, size_t, const char *);
static int	npm_pinned(const char *);
static const struct shell_word *rpm_action(const struct shell_cmd *,
		    const struct shell_word **, struct shell_args *);
static int	rpm_cleaned(const struct shell_script *, size_t);
static int	rpm_cached_mount(const struct ast_instr *);
static int	rpm_pinned(const char *);
static void	rpm_yes(struct rule_ctx *, const char *, const char *);
static void	rpm_cache(struct rule_ctx *, const char *, const char *);
static void	rpm_pin(struct rule_ctx *, const char *, const char *);
static int	go_pinned(const char *);

static const char *const dl3013[] = { "DL3013", NULL };
static const char *const dl3042[] = { "DL3042", NULL };
static const char *const dl3016[] = { "DL3016", NULL };
static const char *const dl3018[] = { "DL3018", NULL };
static const char *const dl3019[] = { "DL3019", NULL };
static const char *const dl3028[] = { "DL3028", NULL };
static const char *const dl3030[] = { "DL3030", NULL };
static const char *const dl3032[] = { "DL3032", NULL };
static const char *const dl3033[] = { "DL3033", NULL };
static const char *const dl3034[] = { "DL3034", NULL };
static const char *const dl3035[] = { "DL3035", NULL };
static const char *const dl3036[] = { "DL3036", NULL };
static const char *const dl3037[] = { "DL3037", NULL };
static const char *const dl3038[] = { "DL3038", NULL };
static const char *const dl3040[] = { "DL3040", NULL };
static const char *const dl3041[] = { "DL3041", NULL };
static const char *const dl3060[] = { "DL3060", NULL };
static const char *const dl3062[] = { "DL3062", NULL };

const struct rule_entry rule_unpinned_pip_package_entry = {
	.id = "DF3010",
	.name = "unpinned-pip-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "pip package installed without a version",
	.aliases = dl3013,
	.check = check_pip_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_pip_cache_kept_entry = {
	.id = "DF3011",
	.name = "pip-cache-kept",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "pip cache left in the image",
	.aliases = dl3042,
	.check = check_pip_cache,
	.fix = FIX_SAFE
};

const struct rule_entry rule_unpinned_npm_package_entry = {
	.id = "DF3012",
	.name = "unpinned-npm-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "npm package installed without a version",
	.aliases = dl3016,
	.check = check_npm_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_apk_package_entry = {
	.id = "DF3013",
	.name = "unpinned-apk-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "apk package installed without a version",
	.aliases = dl3018,
	.check = check_apk_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_apk_cache_kept_entry = {
	.id = "DF3014",
	.name = "apk-cache-kept",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "apk add without --no-cache",
	.aliases = dl3019,
	.check = check_apk_cache,
	.fix = FIX_SAFE
};

const struct rule_entry rule_unpinned_gem_entry = {
	.id = "DF3015",
	.name = "unpinned-gem",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "gem installed without a version",
	.aliases = dl3028,
	.check = check_gem_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_yum_without_yes_entry = {
	.id = "DF3016",
	.name = "yum-without-yes",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "yum waits for a confirmation the build cannot give",
	.aliases = dl3030,
	.check = check_yum_yes,
	.fix = FIX_SAFE
};

const struct rule_entry rule_yum_cache_kept_entry = {
	.id = "DF3017",
	.name = "yum-cache-kept",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "yum cache left in the image",
	.aliases = dl3032,
	.check = check_yum_cache,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_yum_package_entry = {
	.id = "DF3018",
	.name = "unpinned-yum-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "yum package installed without a version",
	.aliases = dl3033,
	.check = check_yum_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_zypper_without_non_interactive_entry = {
	.id = "DF3019",
	.name = "zypper-without-non-interactive",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "zypper waits for a confirmation the build cannot give",
	.aliases = dl3034,
	.check = check_zypper_yes,
	.fix = FIX_SAFE
};

const struct rule_entry rule_zypper_dist_upgrade_entry = {
	.id = "DF3020",
	.name = "zypper-dist-upgrade",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "zypper dist-upgrade in a build",
	.aliases = dl3035,
	.check = check_zypper_dup,
	.fix = FIX_NONE
};

const struct rule_entry rule_zypper_cache_kept_entry = {
	.id = "DF3021",
	.name = "zypper-cache-kept",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "zypper cache left in the image",
	.aliases = dl3036,
	.check = check_zypper_cache,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_zypper_package_entry = {
	.id = "DF3022",
	.name = "unpinned-zypper-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "zypper package installed without a version",
	.aliases = dl3037,
	.check = check_zypper_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_dnf_without_yes_entry = {
	.id = "DF3023",
	.name = "dnf-without-yes",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "dnf waits for a confirmation the build cannot give",
	.aliases = dl3038,
	.check = check_dnf_yes,
	.fix = FIX_SAFE
};

const struct rule_entry rule_dnf_cache_kept_entry = {
	.id = "DF3024",
	.name = "dnf-cache-kept",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "dnf cache left in the image",
	.aliases = dl3040,
	.check = check_dnf_cache,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_dnf_package_entry = {
	.id = "DF3025",
	.name = "unpinned-dnf-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "dnf package installed without a version",
	.aliases = dl3041,
	.check = check_dnf_pin,
	.fix = FIX_NONE
};

const struct rule_entry rule_yarn_cache_kept_entry = {
	.id = "DF3026",
	.name = "yarn-cache-kept",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "yarn cache left in the image",
	.aliases = dl3060,
	.check = check_yarn_cache,
	.fix = FIX_NONE
};

const struct rule_entry rule_unpinned_go_package_entry = {
	.id = "DF3027",
	.name = "unpinned-go-package",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "go install without a module version",
	.aliases = dl3062,
	.check = check_go_pin,
	.fix = FIX_NONE
};

/* 1 if c's name (last path component) is one of the list. */
static int
name_in(const struct shell_cmd *c, const char *list)
{
	const char	*p, *e;
	char		 buf[32];

	for (p = list; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			/* nothing */;
		if (e == p || (size_t)(e - p) >= sizeof(buf))
			continue;
		memcpy(buf, p, (size_t)(e - p));
		buf[e - p] = '\0';
		if (shell_cmd_is(c, buf))
			return 1;
	}
	return 0;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t	n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* 1 for the values pip reads as true: 1, true, yes, on (any case). */
static int
truthy(const char *s, size_t n)
{
	static const char *const t[] = { "1", "true", "yes", "on" };
	size_t	i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strlen(t[i]) == n && strncasecmp(s, t[i], n) == 0)
			return 1;
	return 0;
}

/*
 * The pip part of c: c itself for pip, pip3, pip3.12; the words from
 * "pip" on for "python3 -m pip ...".  Returns 0 when c is not pip.
 */
static int
pip_view(const struct shell_cmd *c, struct shell_cmd *view)
{
	const char	*v;
	size_t		 i;

	*view = *c;
	if (run_name_matches(c, "pip"))
		return 1;
	if (!run_name_matches(c, "python"))
		return 0;
	for (i = 1; i < c->nwords; i++) {
		v = c->words[i].value;
		if (v[0] != '-')
			return 0;
		if (strcmp(v, "-m") == 0) {
			if (i + 1 >= c->nwords ||
			    !shell_word_eq(&c->words[i + 1], "pip"))
				return 0;
			view->words = c->words + i + 1;
			view->nwords = c->nwords - i - 1;
			return 1;
		}
		if (strcmp(v, "-mpip") == 0) {
			view->words = c->words + i;
			view->nwords = c->nwords - i;
			return 1;
		}
		if (strcmp(v, "-W") == 0 || strcmp(v, "-X") == 0)
			i++;
		else if (strchr(v + 1, 'c') != NULL ||
		    strchr(v + 1, 'm') != NULL)
			return 0;
	}
	return 0;
}

/* The "install" word of a pip install command (view set), or NULL. */
static const struct shell_word *
pip_install(const struct shell_cmd *c, struct shell_cmd *view)
{
	const struct shell_word	*sub;

	if (!pip_view(c, view))
		return NULL;
	sub = run_subcmd(view, PIP_VALFLAGS, NULL);
	return sub != NULL && shell_word_eq(sub, "install") ? sub : NULL;
}

/*
 * 1 if a pip requirement names a version: a specifier (==, >=, <, !=,
 * ~=, ===), a VCS URL with @revision, or a local file, directory or URL
 * rather than an index name.
 */
static int
pip_pinned(const char *v)
{
	static const char *const vcs[] = { "git+", "hg+", "svn+", "bzr+" };
	static const char *const files[] = {
		".whl", ".tar.gz", ".tgz", ".tar.bz2", ".zip"
	};
	const char	*last;
	size_t		 i;

	if (strpbrk(v, "<>") != NULL || strstr(v, "==") != NULL ||
	    strstr(v, "!=") != NULL || strstr(v, "~=") != NULL)
		return 1;
	for (i = 0; i < sizeof(vcs) / sizeof(vcs[0]); i++) {
		if (!starts_with(v, vcs[i]))
			continue;
		last = strrchr(v, '/');
		return last != NULL && strchr(last, '@') != NULL;
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (ends_with(v, files[i]))
			return 1;
	return strchr(v, '/') != NULL || v[0] == '.';
}

/*
 * DL3013: "pip install NAME" takes whatever version the index has today.
 * Requirements and constraints files (-r, -c) and the local project (.)
 * are trusted to pin.
 */
static void
check_pip_pin(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_cmd	 view;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*sub, *w;
	struct diag		*dg;
	size_t			 i, k;
	int			 skip;

	if (!run_mentions(ctx->instr, "pip"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if ((sub = pip_install(c, &view)) == NULL)
			continue;
		skip = shell_cmd_flag(&view, PIP_VALFLAGS, "-r", NULL) ||
		    shell_cmd_flag(&view, PIP_VALFLAGS, "--requirement",
		    NULL) ||
		    shell_cmd_flag(&view, PIP_VALFLAGS, "-c", NULL) ||
		    shell_cmd_flag(&view, PIP_VALFLAGS, "--constraint", NULL);
		for (k = 1; !skip && k < view.nwords; k++)
			skip = shell_word_eq(&view.words[k], ".");
		if (skip)
			continue;
		shell_args_init(&it, &view, PIP_VALFLAGS);
		while ((w = shell_args_next(&it)) != NULL && w != sub)
			/* nothing */;
		while ((w = shell_args_next(&it)) != NULL) {
			if (run_word_unknown(w) || w->vlen == 0 ||
			    pip_pinned(w->value))
				continue;
			dg = rule_report(ctx, w->span,
			    "pip package '%s' is not pinned to a version",
			    w->value);
			if (dg != NULL)
				diag_set_help(dg, "write '%s==<version>', or "
				    "install from a requirements file with "
				    "pinned versions", w->value);
		}
	}
	run_close(&rs);
}

/*
 * 1 if text holds NAME=value with a true value ("PIP_NO_CACHE_DIR=1",
 * "export PIP_NO_CACHE_DIR='true'"), as hadolint searches the RUN text.
 */
static int
text_sets(const char *text, size_t len, const char *name)
{
	const char	*p, *end = text + len, *v;
	size_t		 n = strlen(name), k;

	for (p = text; p != NULL && p < end; p++) {
		p = memmem(p, (size_t)(end - p), name, n);
		if (p == NULL)
			break;
		if (p > text && (isalnum((unsigned char)p[-1]) ||
		    p[-1] == '_'))
			continue;
		v = p + n;
		if (v >= end || *v != '=')
			continue;
		v++;
		if (v < end && (*v == '\'' || *v == '"'))
			v++;
		for (k = 0; v + k < end && isalnum((unsigned char)v[k]); k++)
			/* nothing */;
		if (truthy(v, k))
			return 1;
	}
	return 0;
}

/* 1 if PIP_NO_CACHE_DIR is true for command c of the RUN. */
static int
pip_no_cache_env(const struct rule_ctx *ctx, const struct run_script *rs,
    const struct shell_cmd *c)
{
	const struct scope_var	*v;
	const struct ast_instr	*in = rs->instr;
	size_t			 i;

	for (i = 0; i < c->nassigns; i++)
		if (strcmp(c->assigns[i].name, "PIP_NO_CACHE_DIR") == 0)
			return truthy(c->assigns[i].value.value,
			    c->assigns[i].value.vlen);
	if (in->args.s != NULL &&
	    text_sets(in->args.s, in->args.len, "PIP_NO_CACHE_DIR"))
		return 1;
	for (i = 0; i < in->nheredocs; i++)
		if (in->heredocs[i].body != NULL &&
		    text_sets(in->heredocs[i].body, in->heredocs[i].bodylen,
		    "PIP_NO_CACHE_DIR"))
			return 1;
	if (ctx->graph == NULL || ctx->graph->scope == NULL ||
	    ctx->instr == NULL)
		return 0;
	v = scope_lookup(scope_vars_before(ctx->graph->scope, ctx->instr),
	    "PIP_NO_CACHE_DIR");
	return v != NULL && v->value != NULL &&
	    truthy(v->value, v->valuelen);
}

/*
 * DL3042: pip keeps downloaded wheels in ~/.cache/pip, which then ships
 * in the layer.  --no-cache-dir, PIP_NO_CACHE_DIR (ENV, ARG or set in the
 * RUN) or a cache mount on the pip cache avoids it.
 */
static void
check_pip_cache(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_cmd	 view;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "pip"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (run_mount(rs.instr, ".cache/pip", RUN_MOUNT_INFIX) ||
	    run_mount(rs.instr, "/root/.cache/pip", RUN_MOUNT_COVERS))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if ((sub = pip_install(c, &view)) == NULL ||
		    shell_cmd_flag(&view, PIP_VALFLAGS, "--no-cache-dir",
		    NULL) != NULL || pip_no_cache_env(ctx, &rs, c))
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'pip install' without '--no-cache-dir' keeps its cache "
		    "in the image");
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '--no-cache-dir', or set "
		    "PIP_NO_CACHE_DIR=1");
		run_fix_insert(&rs, dg, sub, "--no-cache-dir");
	}
out:
	run_close(&rs);
}

/*
 * 1 if an npm package spec names a version: name@version or @tag, a git
 * URL with #commit-ish, a tarball, or a local folder.
 */
static int
npm_pinned(const char *v)
{
	static const char *const git[] = {
		"git://", "git+ssh://", "git+http://", "git+https://",
		"github:", "gitlab:", "bitbucket:", "gist:"
	};
	static const char *const local[] = {
		"/", "./", "../", "~/", "file:"
	};
	const char	*p;
	size_t		 i;

	for (i = 0; i < sizeof(git) / sizeof(git[0]); i++)
		if (starts_with(v, git[i]))
			return strchr(v, '#') != NULL;
	if (ends_with(v, ".tgz") || ends_with(v, ".tar.gz") ||
	    ends_with(v, ".tar"))
		return 1;
	for (i = 0; i < sizeof(local) / sizeof(local[0]); i++)
		if (starts_with(v, local[i]))
			return 1;
	if (strcmp(v, ".") == 0 || strcmp(v, "..") == 0)
		return 1;
	if (starts_with(v, "http://") || starts_with(v, "https://"))
		return strchr(v, '#') != NULL;
	p = v;
	if (*p == '@' && (p = strchr(v, '/')) == NULL)
		return 0;
	if (strchr(p, '@') != NULL)
		return 1;
	/* user/repo: a GitHub shorthand, pinned by #commit-ish. */
	return v[0] != '@' && strchr(v, '/') != NULL && strchr(v, '#') != NULL;
}

/*
 * What the "pin the package version" checks of npm, apk, gem and zypper
 * vary in; pin_check() is their common loop: for each command named cmd
 * whose first operand is one of the install words, every other operand
 * that is not pinned is reported.
 */
struct pin_spec {
	const char	*mention;	/* run_mentions() word */
	const char	*cmd;
	const char	*valflags;	/* options taking a value */
	const char	*install;	/* run_word_in() list */
	const char	*what;		/* "npm package" */
	int		(*skip)(const struct shell_cmd *);	/* whole
					   command pinned or not about
					   packages; NULL: never */
	int		(*pinned)(const char *);
	void		(*help)(struct diag *, const char *);
};

static void
pin_check(struct rule_ctx *ctx, const struct pin_spec *ps)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*w;
	struct diag		*dg;
	size_t			 i;
	int			 seen;

	if (!run_mentions(ctx->instr, ps->mention))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, ps->cmd) ||
		    (ps->skip != NULL && ps->skip(c)))
			continue;
		shell_args_init(&it, c, ps->valflags);
		seen = 0;
		while ((w = shell_args_next(&it)) != NULL) {
			if (!seen) {
				if (!run_word_in(w, ps->install))
					break;
				seen = 1;
				continue;
			}
			if (run_word_unknown(w) || w->vlen == 0 ||
			    ps->pinned(w->value))
				continue;
			dg = rule_report(ctx, w->span,
			    "%s '%s' is not pinned to a version", ps->what,
			    w->value);
			if (dg != NULL)
				ps->help(dg, w->value);
		}
	}
	run_close(&rs);
}

/*
 * DL3016: "npm install NAME" takes the latest release.  A bare "npm
 * install" (package.json and its lock file) is fine.
 */
static void
npm_help(struct diag *dg, const char *pkg)
{
	diag_set_help(dg, "write '%s@<version>'", pkg);
}

static void
check_npm_pin(struct rule_ctx *ctx)
{
	static const struct pin_spec ps = { "npm", "npm", NPM_VALFLAGS,
	    "install i add isntall", "npm package", NULL, npm_pinned,
	    npm_help };

	pin_check(ctx, &ps);
}

/*
 * DL3018: "apk add NAME" takes whatever the repository has today.  A
 * version (name=1.2.3-r0), a fuzzy one (name~1.2), a bound (name>1.2) or
 * an .apk file is a pin; the --virtual name is not a package.
 */
static int
apk_pinned(const char *v)
{
	return strpbrk(v, "=~<>/") != NULL || ends_with(v, ".apk");
}

static void
apk_help(struct diag *dg, const char *pkg)
{
	diag_set_help(dg, "write '%s=<version>' ('apk policy %s' lists "
	    "them)", pkg, pkg);
}

static void
check_apk_pin(struct rule_ctx *ctx)
{
	static const struct pin_spec ps = { "apk", "apk", APK_VALFLAGS,
	    "add", "apk package", NULL, apk_pinned, apk_help };

	pin_check(ctx, &ps);
}

/*
 * DL3019: "apk add" without --no-cache leaves the package index in
 * /var/cache/apk.  A cache mount there does the same job, and
 * --no-network fetches no index at all.
 */
static void
check_apk_cache(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "apk"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (run_mount(rs.instr, "/var/cache/apk", RUN_MOUNT_COVERS) ||
	    run_mount(rs.instr, "/etc/apk/cache", RUN_MOUNT_COVERS))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "apk") ||
		    (sub = run_subcmd(c, APK_VALFLAGS, NULL)) == NULL ||
		    !shell_word_eq(sub, "add") ||
		    shell_cmd_flag(c, APK_VALFLAGS, "--no-cache",
		    NULL) != NULL ||
		    shell_cmd_flag(c, APK_VALFLAGS, "--no-network",
		    NULL) != NULL)
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'apk add' without '--no-cache' keeps the package index "
		    "in the image");
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '--no-cache' (it also replaces "
		    "'apk update' and removing /var/cache/apk)");
		run_fix_insert(&rs, dg, sub, "--no-cache");
	}
out:
	run_close(&rs);
}

/*
 * DL3028: "gem install NAME" takes the latest release unless a version
 * is given (NAME:1.2.3, -v, --version) or the gem is a local .gem file.
 */
static int
gem_versioned(const struct shell_cmd *c)
{
	return shell_cmd_flag(c, GEM_VALFLAGS, "-v", NULL) != NULL ||
	    shell_cmd_flag(c, GEM_VALFLAGS, "--version", NULL) != NULL;
}

static int
gem_pinned(const char *v)
{
	return strpbrk(v, ":/") != NULL || ends_with(v, ".gem");
}

static void
gem_help(struct diag *dg, const char *pkg)
{
	diag_set_help(dg, "write '%s:<version>' or add '-v <version>'", pkg);
}

static void
check_gem_pin(struct rule_ctx *ctx)
{
	static const struct pin_spec ps = { "gem", "gem", GEM_VALFLAGS,
	    "install i", "gem", gem_versioned, gem_pinned, gem_help };

	pin_check(ctx, &ps);
}

/*
 * The action of a yum/dnf command ("install"), after a "module" or
 * "group" word that is stored in *group (NULL if none); it is left
 * positioned on the operands.  NULL when there is no action.
 */
static const struct shell_word *
rpm_action(const struct shell_cmd *c, const struct shell_word **group,
    struct shell_args *it)
{
	const struct shell_word	*w;

	*group = NULL;
	shell_args_init(it, c, RPM_VALFLAGS);
	if ((w = shell_args_next(it)) == NULL)
		return NULL;
	if (run_word_in(w, RPM_GROUPING)) {
		*group = w;
		w = shell_args_next(it);
	}
	return w;
}

/*
 * 1 if a command after index i cleans the yum/dnf cache: "yum clean all"
 * (dnf, dnf5, microdnf too: they share the cache on current systems) or
 * rm of /var/cache/yum, /var/cache/dnf or /var/cache/libdnf5.
 */
static int
rpm_cleaned(const struct shell_script *sc, size_t i)
{
	const struct shell_cmd	*c;
	const struct shell_word	*sub, *next;
	size_t			 j;

	if (run_rm_under(sc, i + 1, "/var/cache/yum") ||
	    run_rm_under(sc, i + 1, "/var/cache/dnf") ||
	    run_rm_under(sc, i + 1, "/var/cache/libdnf5"))
		return 1;
	for (j = i + 1; j < sc->ncmds; j++) {
		c = &sc->cmds[j];
		if (!name_in(c, RPM_YUM " " RPM_DNF))
			continue;
		sub = run_subcmd(c, RPM_VALFLAGS, &next);
		if (sub != NULL && shell_word_eq(sub, "clean") &&
		    next != NULL && shell_word_eq(next, "all"))
			return 1;
	}
	return 0;
}

/* 1 if a cache or tmpfs mount holds the yum/dnf cache. */
static int
rpm_cached_mount(const struct ast_instr *in)
{
	return run_mount(in, "/var/cache/yum", RUN_MOUNT_COVERS) ||
	    run_mount(in, "/var/cache/dnf", RUN_MOUNT_COVERS) ||
	    run_mount(in, "/var/cache/libdnf5", RUN_MOUNT_COVERS);
}

/*
 * 1 if an rpm package spec names a version: a .rpm file or URL, a path,
 * a comparison ("foo >= 1.2"), or a name followed by "-" and a
 * version-release ("httpd-2.4.57-5.el9": after the first "-", every part
 * is made of version characters and one starts with a digit).
 */
static int
rpm_pinned(const char *v)
{
	const char	*p, *q;
	int		 digit = 0;

	if (ends_with(v, ".rpm") || strpbrk(v, "/=<>") != NULL || v[0] == '@')
		return 1;
	if ((p = strchr(v, '-')) == NULL)
		return 0;
	for (p++; ; p = q + 1) {
		q = strchr(p, '-');
		if (q == NULL)
			q = p + strlen(p);
		if (q > p && isdigit((unsigned char)*p))
			digit = 1;
		for (; p < q; p++)
			if (!isalnum((unsigned char)*p) &&
			    strchr(".~^_:+", *p) == NULL)
				return 0;
		if (*q == '\0')
			break;
	}
	return digit;
}

/* DL3030, DL3038: an action that asks, and no -y. */
static void
rpm_yes(struct rule_ctx *ctx, const char *names, const char *tool)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*act, *group;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, tool))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!name_in(c, names) ||
		    (act = rpm_action(c, &group, &it)) == NULL ||
		    !run_word_in(act, RPM_PROMPTING) ||
		    shell_cmd_flag(c, RPM_VALFLAGS, "-y", NULL) != NULL ||
		    shell_cmd_flag(c, RPM_VALFLAGS, "--assumeyes",
		    NULL) != NULL)
			continue;
		dg = rule_report(ctx, run_span_to(c, act),
		    "'%s %s%s%s' without '-y' stops at its confirmation prompt",
		    c->words[0].value, group != NULL ? group->value : "",
		    group != NULL ? " " : "", act->value);
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '-y' so that it does not wait for an "
		    "answer");
		run_fix_insert(&rs, dg, act, "-y");
	}
	run_close(&rs);
}

/* DL3032, DL3040: the last fetching command has no clean after it. */
static void
rpm_cache(struct rule_ctx *ctx, const char *names, const char *tool)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c, *last = NULL;
	const struct shell_word	*act, *group, *lastact = NULL;
	const struct shell_word	*lastgroup = NULL;
	struct diag		*dg;
	size_t			 i, lasti = 0;

	if (!run_mentions(ctx->instr, tool))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (rpm_cached_mount(rs.instr))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!name_in(c, names) ||
		    (act = rpm_action(c, &group, &it)) == NULL ||
		    !run_word_in(act, RPM_FETCHING))
			continue;
		last = c;
		lastact = act;
		lastgroup = group;
		lasti = i;
	}
	if (last == NULL || rpm_cleaned(rs.sc, lasti))
		goto out;
	dg = rule_report(ctx, run_span_to(last, lastact),
	    "%s cache not removed after '%s %s%s%s'", tool,
	    last->words[0].value, lastgroup != NULL ? lastgroup->value : "",
	    lastgroup != NULL ? " " : "", lastact->value);
	if (dg != NULL)
		diag_set_help(dg, "end this RUN with '&& %s clean all', or "
		    "mount a cache on /var/cache/%s", tool, tool);
out:
	run_close(&rs);
}

/* DL3033, DL3041: the packages of install actions; modules need :stream. */
static void
rpm_pin(struct rule_ctx *ctx, const char *names, const char *tool)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*act, *group, *w;
	struct diag		*dg;
	size_t			 i;
	int			 module;

	if (!run_mentions(ctx->instr, tool))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!name_in(c, names) ||
		    (act = rpm_action(c, &group, &it)) == NULL ||
		    !run_word_in(act, "install localinstall"))
			continue;
		if (group != NULL && !shell_word_eq(group, "module"))
			continue;	/* groups have no versions */
		module = group != NULL;
		while ((w = shell_args_next(&it)) != NULL) {
			if (run_word_unknown(w) || w->vlen == 0)
				continue;
			if (module ? strchr(w->value, ':') != NULL :
			    rpm_pinned(w->value))
				continue;
			dg = rule_report(ctx, w->span, module ?
			    "%s module '%s' is not pinned to a stream" :
			    "%s package '%s' is not pinned to a version",
			    tool, w->value);
			if (dg != NULL)
				diag_set_help(dg, module ?
				    "write '%s:<stream>'" :
				    "write '%s-<version>'", w->value);
		}
	}
	run_close(&rs);
}

static void
check_yum_yes(struct rule_ctx *ctx)
{
	rpm_yes(ctx, RPM_YUM, "yum");
}

static void
check_yum_cache(struct rule_ctx *ctx)
{
	rpm_cache(ctx, RPM_YUM, "yum");
}

static void
check_yum_pin(struct rule_ctx *ctx)
{
	rpm_pin(ctx, RPM_YUM, "yum");
}

/* microdnf never asks (its -y is accepted and ignored). */
static void
check_dnf_yes(struct rule_ctx *ctx)
{
	rpm_yes(ctx, "dnf dnf5", "dnf");
}

static void
check_dnf_cache(struct rule_ctx *ctx)
{
	rpm_cache(ctx, RPM_DNF, "dnf");
}

static void
check_dnf_pin(struct rule_ctx *ctx)
{
	rpm_pin(ctx, RPM_DNF, "dnf");
}

/*
 * DL3034: zypper asks before changing anything.  The global -n
 * (--non-interactive) or the subcommand's -y (--no-confirm) answers.
 */
static void
check_zypper_yes(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "zypper"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "zypper") ||
		    (sub = run_subcmd(c, ZYPPER_VALFLAGS, NULL)) == NULL ||
		    !run_word_in(sub, ZYPPER_PROMPTING) ||
		    shell_cmd_flag(c, ZYPPER_VALFLAGS, "-n", NULL) != NULL ||
		    shell_cmd_flag(c, ZYPPER_VALFLAGS, "--non-interactive",
		    NULL) != NULL ||
		    shell_cmd_flag(c, ZYPPER_VALFLAGS, "-y", NULL) != NULL ||
		    shell_cmd_flag(c, ZYPPER_VALFLAGS, "--no-confirm",
		    NULL) != NULL)
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'zypper %s' without '-n' stops at its confirmation "
		    "prompt", sub->value);
		if (dg == NULL)
			continue;
		diag_set_help(dg, "add '-n' ('--non-interactive') before the "
		    "subcommand");
		run_fix_insert(&rs, dg, &c->words[0], "-n");
	}
	run_close(&rs);
}

/*
 * DL3035: dist-upgrade moves the whole system to whatever the
 * repositories hold at build time; the base image should change instead.
 */
static void
check_zypper_dup(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "zypper"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "zypper") ||
		    (sub = run_subcmd(c, ZYPPER_VALFLAGS, NULL)) == NULL ||
		    !run_word_in(sub, "dist-upgrade dup"))
			continue;
		dg = rule_report(ctx, run_span_to(c, sub),
		    "'zypper %s' upgrades the whole base system during the "
		    "build", sub->value);
		if (dg != NULL)
			diag_set_help(dg, "use a newer base image, or update "
			    "only the packages you need");
	}
	run_close(&rs);
}

/*
 * DL3036: zypper leaves repository metadata (and kept packages) in
 * /var/cache/zypp; "zypper clean" (cc) after the last install removes it.
 */
static void
check_zypper_cache(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_cmd	*c, *last = NULL;
	const struct shell_word	*sub, *lastsub = NULL;
	struct diag		*dg;
	size_t			 i, lasti = 0;
	int			 cleaned;

	if (!run_mentions(ctx->instr, "zypper"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (run_mount(rs.instr, "/var/cache/zypp", RUN_MOUNT_COVERS))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "zypper") ||
		    (sub = run_subcmd(c, ZYPPER_VALFLAGS, NULL)) == NULL ||
		    !run_word_in(sub, ZYPPER_FETCHING))
			continue;
		last = c;
		lastsub = sub;
		lasti = i;
	}
	if (last == NULL)
		goto out;
	cleaned = run_rm_under(rs.sc, lasti + 1, "/var/cache/zypp");
	for (i = lasti + 1; !cleaned && i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		cleaned = shell_cmd_is(c, "zypper") && run_word_in(run_subcmd(c,
		    ZYPPER_VALFLAGS, NULL), "clean cc");
	}
	if (cleaned)
		goto out;
	dg = rule_report(ctx, run_span_to(last, lastsub),
	    "zypper cache not removed after 'zypper %s'", lastsub->value);
	if (dg != NULL)
		diag_set_help(dg, "end this RUN with '&& zypper clean -a', or "
		    "mount a cache on /var/cache/zypp");
out:
	run_close(&rs);
}

/*
 * DL3037: "zypper install NAME" takes the newest version; name=1.2,
 * name>=1.2 (and other comparisons) or an .rpm file pin it.  Patterns,
 * patches and products (-t) are not packages.
 */
static int
zypper_not_packages(const struct shell_cmd *c)
{
	const char	*type;

	return (shell_cmd_flag(c, ZYPPER_VALFLAGS, "-t", &type) != NULL ||
	    shell_cmd_flag(c, ZYPPER_VALFLAGS, "--type", &type) != NULL) &&
	    type != NULL && strcmp(type, "package") != 0;
}

static int
zypper_pinned(const char *v)
{
	return strpbrk(v, "=<>/") != NULL || ends_with(v, ".rpm");
}

static void
zypper_help(struct diag *dg, const char *pkg)
{
	diag_set_help(dg, "write '%s=<version>'", pkg);
}

static void
check_zypper_pin(struct rule_ctx *ctx)
{
	static const struct pin_spec ps = { "zypper", "zypper",
	    ZYPPER_VALFLAGS, "install in", "zypper package",
	    zypper_not_packages, zypper_pinned, zypper_help };

	pin_check(ctx, &ps);
}

/*
 * DL3060: yarn keeps every downloaded package in its cache
 * (~/.cache/yarn, /usr/local/share/.cache/yarn); "yarn cache clean"
 * after the last install, or a cache mount there, keeps it out of the
 * image.  A bare "yarn" installs too.
 */
static void
check_yarn_cache(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c, *last = NULL;
	const struct shell_word	*sub, *next, *w;
	const char		*what = "yarn";
	struct diag		*dg;
	size_t			 i, lasti = 0;
	int			 cleaned = 0;

	if (!run_mentions(ctx->instr, "yarn"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	if (run_mount(rs.instr, ".cache/yarn", RUN_MOUNT_INFIX))
		goto out;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "yarn"))
			continue;
		sub = run_subcmd(c, YARN_VALFLAGS, &next);
		if ((sub == NULL && !shell_cmd_has_flag(c, "--version", "-v",
		    "--help", "-h", NULL)) || run_word_in(sub, "install add") ||
		    (sub != NULL && shell_word_eq(sub, "global") &&
		    run_word_in(next, "add"))) {
			last = c;
			lasti = i;
			cleaned = 0;
			what = sub == NULL ? "yarn" : shell_word_eq(sub,
			    "global") ? "yarn global add" :
			    shell_word_eq(sub, "add") ? "yarn add" :
			    "yarn install";
		} else if (last != NULL && shell_word_eq(sub, "cache") &&
		    run_word_in(next, "clean"))
			cleaned = 1;
	}
	for (i = lasti + 1; last != NULL && !cleaned && i < rs.sc->ncmds;
	    i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "rm"))
			continue;
		shell_args_init(&it, c, NULL);
		while (!cleaned && (w = shell_args_next(&it)) != NULL)
			cleaned = strstr(w->value, ".cache/yarn") != NULL;
	}
	if (last == NULL || cleaned)
		goto out;
	sub = run_subcmd(last, YARN_VALFLAGS, NULL);
	dg = rule_report(ctx, sub != NULL ? run_span_to(last, sub) :
	    last->words[0].span, "yarn cache not removed after '%s'", what);
	if (dg != NULL)
		diag_set_help(dg, "end this RUN with '&& yarn cache clean', "
		    "or mount a cache on /usr/local/share/.cache/yarn");
out:
	run_close(&rs);
}

/*
 * 1 if a go package argument needs no @version: a local path or .go
 * file, a package of the standard library or of the main module (its
 * first path element has no dot), a meta-package (all, std, cmd, tool),
 * or module@version other than @latest, @upgrade or @patch.
 */
static int
go_pinned(const char *v)
{
	const char	*at, *slash;

	if (v[0] == '.' || v[0] == '/' || ends_with(v, ".go"))
		return 1;
	if ((at = strrchr(v, '@')) != NULL)
		return strcmp(at, "@latest") != 0 &&
		    strcmp(at, "@upgrade") != 0 && strcmp(at, "@patch") != 0;
	slash = strchr(v, '/');
	return memchr(v, '.', slash != NULL ? (size_t)(slash - v) :
	    strlen(v)) == NULL;
}

/*
 * DL3062: "go install", "go get" and "go run" of a remote module without
 * @version (or with @latest) build whatever was published last.  After
 * "go run PKG" the words are the program's arguments.
 */
static void
check_go_pin(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	struct shell_args	 it;
	const struct shell_cmd	*c;
	const struct shell_word	*sub, *w;
	struct diag		*dg;
	size_t			 i;

	if (!run_mentions(ctx->instr, "go"))
		return;
	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "go"))
			continue;
		shell_args_init(&it, c, GO_VALFLAGS);
		sub = shell_args_next(&it);
		if (!run_word_in(sub, "install get run"))
			continue;
		while ((w = shell_args_next(&it)) != NULL) {
			if (!run_word_unknown(w) && w->vlen > 0 &&
			    !go_pinned(w->value)) {
				dg = rule_report(ctx, w->span,
				    "go module '%s' is not pinned to a version",
				    w->value);
				if (dg != NULL)
					diag_set_help(dg, "write "
					    "'<module>@<version>' (not "
					    "@latest)");
			}
			if (shell_word_eq(sub, "run"))
				break;
		}
	}
	run_close(&rs);
}
