/* SPDX-License-Identifier: ISC */
/*
 * Layers and size: what ends up in the image a build ships, and what
 * makes the layer cache miss.  These are dfopt's own rules, built on the
 * stage graph: an image built FROM a toolchain (golang, gcc, maven ...)
 * and compiled in place, build tools or sources left in the runtime
 * stages, a "COPY . ." that invalidates the dependency install after it,
 * and cache cleanup that a cache mount would do better.  Package-manager
 * hygiene inside one RUN (apt lists, --no-install-recommends) is the RUN
 * rules' (run-*.c); splitting a stage is `dfopt rewrite`'s.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "shell.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/rule-util.h"

/* A language's build: what compiles, and what its image is called. */
enum layers_lang {
	LANG_NONE = 0,
	LANG_GO,
	LANG_C,
	LANG_RUST,
	LANG_JAVA,
	LANG_NODE,
	LANG_SWIFT,
	LANG_HASKELL,
	LANG_DOTNET
};

static const char *const layers_lang_names[] = {
	"", "Go", "C", "Rust", "Java", "Node.js", "Swift", "Haskell", ".NET"
};

/* 1 if some positional argument of c is one of words. */
static int
layers_has_arg(const struct shell_cmd *c, const char *valflags,
    const char *const *words)
{
	struct shell_args	 it;
	const struct shell_word	*w;

	shell_args_init(&it, c, valflags);
	while ((w = shell_args_next(&it)) != NULL)
		if (rule_util_word_any(w, words))
			return 1;
	return 0;
}

/*
 * The language command c builds (compiles or bundles) code of, or
 * LANG_NONE: go build, gcc, make, cargo build, mvn package, gradle build,
 * npm run build, hexo generate, dotnet publish ...
 */
static enum layers_lang
layers_build_cmd(const struct shell_cmd *c)
{
	static const char *const go_sub[] = { "build", "install", "get",
	    NULL };
	static const char *const cc[] = { "gcc", "g++", "cc", "c++", "clang",
	    "clang++", "make", "cmake", "ninja", "musl-gcc", NULL };
	static const char *const cargo_sub[] = { "build", "b", "install",
	    NULL };
	static const char *const mvn[] = { "mvn", "mvnw", NULL };
	static const char *const mvn_goals[] = { "package", "install",
	    "verify", "compile", "deploy", NULL };
	static const char *const gradle[] = { "gradle", "gradlew", NULL };
	static const char *const gradle_tasks[] = { "build", "assemble", "jar",
	    "bootJar", "shadowJar", "installDist", "distTar", "war", NULL };
	static const char *const js_tools[] = { "tsc", "webpack", "vite",
	    "ng", "next", "hexo", "gatsby", "nuxt", "parcel", "rollup",
	    "esbuild", NULL };
	static const char *const js_build[] = { "build", "g", "generate",
	    NULL };
	static const char *const pm[] = { "npm", "yarn", "pnpm", NULL };
	const struct shell_word	*sub, *next;

	if (c->nwords == 0)
		return LANG_NONE;
	if (shell_cmd_is(c, "go"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    rule_util_word_any(sub, go_sub) ? LANG_GO : LANG_NONE;
	if (rule_util_cmd_any(c, cc))
		return LANG_C;
	if (shell_cmd_is(c, "cargo"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    rule_util_word_any(sub, cargo_sub) ? LANG_RUST : LANG_NONE;
	if (shell_cmd_is(c, "rustc"))
		return LANG_RUST;
	if (rule_util_cmd_any(c, mvn))
		return layers_has_arg(c, "-f --file -s --settings -P -pl "
		    "--projects", mvn_goals) ? LANG_JAVA : LANG_NONE;
	if (rule_util_cmd_any(c, gradle))
		return layers_has_arg(c, NULL, gradle_tasks) ? LANG_JAVA :
		    LANG_NONE;
	if (shell_cmd_is(c, "javac"))
		return LANG_JAVA;
	if (rule_util_cmd_any(c, pm)) {
		sub = run_subcmd(c, NULL, &next);
		if (sub == NULL)
			return LANG_NONE;
		if (shell_word_eq(sub, "build"))
			return LANG_NODE;
		if ((shell_word_eq(sub, "run") ||
		    shell_word_eq(sub, "run-script")) && next != NULL &&
		    strstr(next->value, "build") != NULL)
			return LANG_NODE;
		return LANG_NONE;
	}
	if (shell_cmd_is(c, "npx")) {
		sub = run_subcmd(c, NULL, NULL);
		return sub != NULL && rule_util_word_any(sub, js_tools) ?
		    LANG_NODE : LANG_NONE;
	}
	if (rule_util_cmd_any(c, js_tools)) {
		if (shell_cmd_is(c, "tsc") || shell_cmd_is(c, "webpack") ||
		    shell_cmd_is(c, "rollup") || shell_cmd_is(c, "esbuild"))
			return LANG_NODE;
		sub = run_subcmd(c, NULL, NULL);
		return sub != NULL && rule_util_word_any(sub, js_build) ?
		    LANG_NODE : LANG_NONE;
	}
	if (shell_cmd_is(c, "swift"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    shell_word_eq(sub, "build") ? LANG_SWIFT : LANG_NONE;
	if (shell_cmd_is(c, "stack") || shell_cmd_is(c, "cabal"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    (shell_word_eq(sub, "build") ||
		    shell_word_eq(sub, "install") ||
		    shell_word_eq(sub, "v2-build")) ? LANG_HASKELL : LANG_NONE;
	if (shell_cmd_is(c, "ghc"))
		return LANG_HASKELL;
	if (shell_cmd_is(c, "dotnet"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    (shell_word_eq(sub, "build") ||
		    shell_word_eq(sub, "publish")) ? LANG_DOTNET : LANG_NONE;
	return LANG_NONE;
}

/*
 * The first build command of RUN in (of ctx's stage) building language
 * want (LANG_NONE: any); sets *span to it.  Returns the language found.
 */
static enum layers_lang
layers_run_builds(const struct rule_ctx *ctx, const struct ast_instr *in,
    enum layers_lang want, struct span *span)
{
	struct run_script	 rs;
	enum layers_lang	 l;
	size_t			 i;

	if (rule_util_run_open(&rs, ctx, in) == -1)
		return LANG_NONE;
	for (i = 0; i < rs.sc->ncmds; i++) {
		l = layers_build_cmd(&rs.sc->cmds[i]);
		if (l != LANG_NONE && (want == LANG_NONE || l == want)) {
			if (span != NULL)
				*span = run_span_to(&rs.sc->cmds[i],
				    &rs.sc->cmds[i].words[
				    rs.sc->cmds[i].nwords - 1]);
			run_close(&rs);
			return l;
		}
	}
	run_close(&rs);
	return LANG_NONE;
}

/*
 * The toolchain an image is, from its repository's last component and
 * tag: golang, gcc, rust, maven, gradle, a JDK (openjdk, eclipse-temurin,
 * amazoncorretto ... without "jre" in the tag), node, swift, haskell,
 * dotnet/sdk.  LANG_NONE for anything else.
 */
static enum layers_lang
layers_toolchain(const struct graph_image *im)
{
	static const struct {
		const char		*repo;
		enum layers_lang	 lang;
		int			 jdk;	/* a JRE tag is no toolchain */
	} images[] = {
		{ "golang", LANG_GO, 0 }, { "gcc", LANG_C, 0 },
		{ "rust", LANG_RUST, 0 },
		{ "maven", LANG_JAVA, 0 }, { "gradle", LANG_JAVA, 0 },
		{ "openjdk", LANG_JAVA, 1 },
		{ "eclipse-temurin", LANG_JAVA, 1 },
		{ "amazoncorretto", LANG_JAVA, 1 },
		{ "sapmachine", LANG_JAVA, 1 },
		{ "ibmjava", LANG_JAVA, 1 }, { "zulu-openjdk", LANG_JAVA, 1 },
		{ "clojure", LANG_JAVA, 0 }, { "node", LANG_NODE, 0 },
		{ "swift", LANG_SWIFT, 0 }, { "haskell", LANG_HASKELL, 0 },
		{ NULL, LANG_NONE, 0 }
	};
	const char	*base;
	size_t		 i;

	if (im == NULL || im->repository == NULL)
		return LANG_NONE;
	if (rule_util_suffix(im->repository, "dotnet/sdk"))
		return LANG_DOTNET;
	base = rule_util_basename(im->repository);
	for (i = 0; images[i].repo != NULL; i++) {
		if (strcmp(base, images[i].repo) != 0)
			continue;
		if (images[i].jdk && im->tag != NULL &&
		    strstr(im->tag, "jre") != NULL)
			return LANG_NONE;
		return images[i].lang;
	}
	return LANG_NONE;
}

/*
 * The program the image of stage i runs: the first word of the last
 * ENTRYPOINT (else CMD) of the stage or the stages it is built FROM, in
 * *out (caller frees).  Returns 0, or -1 when the stages set neither.
 */
static int
layers_runs(const struct rule_ctx *ctx, size_t i, char **out)
{
	const struct graph	*g = ctx->graph;
	const struct ast_instr	*in, *ep, *cmd;
	const struct stage	*st;
	size_t			*chain, n, c, k, len;
	const char		*s;

	*out = NULL;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, i, chain, g->nstages);
	ep = cmd = NULL;
	for (c = 0; c < n; c++) {
		st = &g->stages[chain[c]];
		for (k = st->end; k > st->first + 1; k--) {
			in = &ctx->file->instrs[k - 1];
			if (in->kind == AST_ENTRYPOINT && ep == NULL)
				ep = in;
			if (in->kind == AST_CMD && cmd == NULL)
				cmd = in;
		}
	}
	free(chain);
	in = ep != NULL ? ep : cmd;
	if (in == NULL)
		return -1;
	if (in->exec_form) {
		*out = xstrdup(in->nwords > 0 ? in->words[0].value : "");
		return 0;
	}
	s = in->args.s != NULL ? in->args.s : "";
	while (*s == ' ' || *s == '\t')
		s++;
	for (len = 0; s[len] != '\0' && s[len] != ' ' && s[len] != '\t';
	    len++)
		/* nothing */;
	*out = xstrndup(s, len);
	return 0;
}

/* 1 if program prog (a path or a name) is a Node.js runtime command. */
static int
layers_runs_node(const char *prog)
{
	static const char *const node[] = {
		"node", "nodejs", "npm", "npx", "yarn", "pnpm", "nodemon",
		"pm2", "pm2-runtime", "ts-node", "next", "nuxt",
		"docker-entrypoint.sh", NULL
	};
	const char	*b = rule_util_basename(prog);
	size_t		 i;

	for (i = 0; node[i] != NULL; i++)
		if (strcmp(b, node[i]) == 0)
			return 1;
	return 0;
}

/*
 * DF5001 toolchain-runtime-image: the target image is built FROM a
 * toolchain image (golang, gcc, rust, maven, gradle, a JDK, node, dotnet
 * sdk ...) and compiles its own code in it, so the compiler, the sources
 * and the build caches ship with the program.  A Node.js image is only
 * reported when the image does not run Node.js itself (a static site
 * built with node and served by nginx).
 */
static void
toolchain_runtime_check(struct rule_ctx *ctx)
{
	const struct graph		*g = ctx->graph;
	const struct graph_image	*im;
	const struct stage		*st;
	const struct ast_word		*w;
	enum layers_lang		 lang;
	size_t				*chain, n, c, k, root;
	struct span			 sp;
	char				*prog;
	int				 built;
	struct diag			*dg;

	if (ctx->stage == NULL || !rule_util_is_target(g, ctx->stage->index))
		return;
	im = rule_util_root_image(g, ctx->stage->index, &root);
	if ((lang = layers_toolchain(im)) == LANG_NONE)
		return;
	chain = xcalloc(g->nstages, sizeof(*chain));
	n = rule_util_chain(g, ctx->stage->index, chain, g->nstages);
	built = 0;
	for (c = 0; c < n && !built; c++) {
		st = &g->stages[chain[c]];
		for (k = st->first + 1; k < st->end && !built; k++)
			built = layers_run_builds(ctx, &ctx->file->instrs[k],
			    lang, &sp) != LANG_NONE;
	}
	free(chain);
	if (!built)
		return;
	if (lang == LANG_NODE) {
		if (layers_runs(ctx, ctx->stage->index, &prog) == -1)
			return;		/* the node image runs node */
		built = !layers_runs_node(prog);
		free(prog);
		if (!built)
			return;
	}
	w = ast_from_image(g->stages[root].from);
	dg = rule_report(ctx, w != NULL ? w->span :
	    g->stages[root].from->keyword, "the image is built FROM "
	    "toolchain image '%s' and the program is built in it: the %s "
	    "toolchain and sources ship with the program", im->familiar,
	    layers_lang_names[lang]);
	if (dg != NULL)
		diag_set_help(dg, "build in a builder stage and COPY --from it "
		    "only the result into a small runtime image (alpine, "
		    "distroless, scratch); `dfopt rewrite` can split the "
		    "stage");
}

const struct rule_entry rule_toolchain_runtime_image_entry = {
	.id = "DF5001",
	.name = "toolchain-runtime-image",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_STAGE,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "image built FROM a toolchain and compiled in place",
	.aliases = NULL,
	.check = toolchain_runtime_check,
	.fix = FIX_NONE
};

/* Packages that build software and have no use at run time. */
static const char *const layers_build_pkgs[] = {
	"build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang",
	"make", "cmake", "autoconf", "automake", "libtool", "musl-dev",
	"libc6-dev", "libc-dev", "linux-headers", "golang", "golang-go", "go",
	"rust", "rustc", "cargo", "maven", "gradle", "default-jdk",
	"default-jdk-headless", "ninja-build", "meson", NULL
};

/* 1 if package name p is a build tool (openjdk-17-jdk counts). */
static int
layers_is_build_pkg(const char *p)
{
	const char	*eq;
	char		*name;
	size_t		 i;
	int		 yes;

	/* apt "gcc=4:12.2", apk "gcc=12.2-r0" */
	eq = strchr(p, '=');
	name = eq != NULL ? xstrndup(p, (size_t)(eq - p)) : xstrdup(p);
	yes = 0;
	for (i = 0; layers_build_pkgs[i] != NULL && !yes; i++)
		yes = strcmp(name, layers_build_pkgs[i]) == 0;
	if (!yes && (fnmatch("openjdk-*-jdk", name, 0) == 0 ||
	    fnmatch("openjdk*-jdk", name, 0) == 0 ||
	    fnmatch("gcc-[0-9]*", name, 0) == 0 ||
	    fnmatch("g++-[0-9]*", name, 0) == 0 ||
	    fnmatch("java-*-openjdk-devel", name, 0) == 0))
		yes = 1;
	free(name);
	return yes;
}

/*
 * 1 if a command after index i in sc removes package p, or the virtual
 * package virt it was installed under (apk --virtual).
 */
static int
layers_removed_after(const struct shell_script *sc, size_t i,
    const char *p, const char *virt)
{
	static const char *const rm[] = { "del", "remove", "purge",
	    "autoremove", "erase", NULL };
	const struct shell_cmd	*c;
	const struct shell_word	*sub;
	struct shell_args	 it;
	const struct shell_word	*w;
	size_t			 k;

	for (k = i + 1; k < sc->ncmds; k++) {
		c = &sc->cmds[k];
		if (!shell_cmd_is(c, "apk") && !shell_cmd_is(c, "apt-get") &&
		    !shell_cmd_is(c, "apt") && !shell_cmd_is(c, "yum") &&
		    !shell_cmd_is(c, "dnf") && !shell_cmd_is(c, "microdnf") &&
		    !shell_cmd_is(c, "zypper"))
			continue;
		sub = run_subcmd(c, "-o -c -t -X --repository", NULL);
		if (sub == NULL || !rule_util_word_any(sub, rm))
			continue;
		/* "apt-get purge --auto-remove" after "apt-mark auto":
		 * the docker-library way to drop every build dependency */
		if (shell_word_eq(sub, "autoremove") ||
		    shell_cmd_has_flag(c, "--auto-remove", "--autoremove",
		    NULL))
			return 1;
		shell_args_init(&it, c, "-o -c -t -X --repository");
		while ((w = shell_args_next(&it)) != NULL)
			if (strcmp(w->value, p) == 0 || (virt != NULL &&
			    strcmp(w->value, virt) == 0))
				return 1;
	}
	return 0;
}

/*
 * DF5002 build-tools-in-runtime-image: a RUN of a stage the image is
 * made of installs compilers or build tools (build-essential, gcc,
 * build-base, a JDK, golang ...) and does not remove them in the same
 * RUN.  Removing them in a later RUN does not help: the layer keeps them.
 */
static void
build_tools_check(struct rule_ctx *ctx)
{
	static const char *const install[] = { "install", "add", "in",
	    NULL };
	static const char valflags[] = "-o -c -t --target-release -X "
	    "--repository --virtual -p --root --setopt --installroot";
	struct run_script	 rs;
	const struct shell_cmd	*c;
	const struct shell_word	*sub, *w, *first;
	struct shell_args	 it;
	const char		*virt;
	char			*list, *tmp;
	size_t			 i;
	struct diag		*dg;

	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		c = &rs.sc->cmds[i];
		if (!shell_cmd_is(c, "apk") && !shell_cmd_is(c, "apt-get") &&
		    !shell_cmd_is(c, "apt") && !shell_cmd_is(c, "yum") &&
		    !shell_cmd_is(c, "dnf") && !shell_cmd_is(c, "microdnf") &&
		    !shell_cmd_is(c, "zypper"))
			continue;
		sub = run_subcmd(c, valflags, NULL);
		if (sub == NULL || !rule_util_word_any(sub, install))
			continue;
		if (shell_cmd_flag(c, valflags, "--virtual", &virt) == NULL &&
		    shell_cmd_flag(c, valflags, "-t", &virt) == NULL)
			virt = NULL;
		first = NULL;
		list = NULL;
		shell_args_init(&it, c, valflags);
		(void)shell_args_next(&it);	/* the subcommand */
		while ((w = shell_args_next(&it)) != NULL) {
			if (!layers_is_build_pkg(w->value) ||
			    layers_removed_after(rs.sc, i, w->value, virt))
				continue;
			if (first == NULL) {
				first = w;
				list = xstrdup(w->value);
			} else {
				xasprintf(&tmp, "%s, %s", list, w->value);
				free(list);
				list = tmp;
			}
		}
		if (first == NULL)
			continue;
		dg = rule_report(ctx, first->span, "build tools installed in "
		    "the runtime image: %s", list);
		if (dg != NULL)
			diag_set_help(dg, "install them in a builder stage and "
			    "copy only the result, or remove them in the same "
			    "RUN (apk add --virtual .build-deps ... && apk del "
			    ".build-deps)");
		free(list);
	}
	run_close(&rs);
}

const struct rule_entry rule_build_tools_in_runtime_entry = {
	.id = "DF5002",
	.name = "build-tools-in-runtime",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "compilers or build tools installed in the runtime image",
	.aliases = NULL,
	.check = build_tools_check,
	.fix = FIX_NONE
};

/*
 * 1 if source word value s copies the whole build context: ".", "./",
 * "*" or "./" followed by "*".
 */
static int
layers_is_broad(const char *s)
{
	size_t		 n;
	const char	*p = rule_util_drop_quotes(s, &n);

	return (n == 1 && (*p == '.' || *p == '*')) ||
	    (n == 2 && strncmp(p, "./", 2) == 0) ||
	    (n == 3 && strncmp(p, "./*", 3) == 0);
}

/* The first broad source word of COPY/ADD in without --from, or NULL. */
static const struct ast_word *
layers_broad_source(const struct ast_instr *in)
{
	size_t	i;

	if ((in->kind != AST_COPY && in->kind != AST_ADD) ||
	    ast_flag_get(in, "from") != NULL)
		return NULL;
	for (i = 0; i + 1 < in->nwords; i++)
		if (layers_is_broad(in->words[i].value))
			return &in->words[i];
	return NULL;
}

/*
 * DF5003 sources-in-runtime-image (info): a stage the image is made of
 * copies the whole build context ("COPY . .") and then compiles or
 * bundles it, so the sources stay in the image next to the result.
 */
static void
sources_in_runtime_check(struct rule_ctx *ctx)
{
	const struct ast_word	*w;
	enum layers_lang	 l;
	size_t			 i, idx;
	struct diag		*dg;

	if (ctx->parent != NULL || ctx->stage == NULL ||
	    (w = layers_broad_source(ctx->instr)) == NULL)
		return;
	idx = rule_ctx_index(ctx);
	l = LANG_NONE;
	for (i = idx + 1; i < ctx->stage->end && l == LANG_NONE; i++)
		l = layers_run_builds(ctx, &ctx->file->instrs[i], LANG_NONE,
		    NULL);
	if (l == LANG_NONE)
		return;
	dg = rule_report(ctx, w->span, "the sources are copied into the "
	    "runtime image and built there: they ship with the %s build "
	    "output", layers_lang_names[l]);
	if (dg != NULL)
		diag_set_help(dg, "copy and build the sources in a builder "
		    "stage, then COPY --from it only the result");
}

const struct rule_entry rule_sources_in_runtime_entry = {
	.id = "DF5003",
	.name = "sources-in-runtime-image",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.flags = RULE_RUNTIME_ONLY,
	.summary = "sources copied into the runtime image and built there",
	.aliases = NULL,
	.check = sources_in_runtime_check,
	.fix = FIX_NONE
};

/* A dependency install and the manifests it reads. */
struct layers_install {
	const char		*what;		/* for messages */
	const char *const	*manifests;	/* fnmatch patterns */
};

static const char *const layers_npm_files[] = { "package.json",
    "package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
    "pnpm-lock.yaml", NULL };
static const char *const layers_pip_files[] = { "requirements*.txt",
    "requirements*.in", "constraints*.txt", NULL };
static const char *const layers_py_files[] = { "pyproject.toml",
    "poetry.lock", "uv.lock", "Pipfile", "Pipfile.lock", NULL };
static const char *const layers_go_files[] = { "go.mod", "go.sum",
    NULL };
static const char *const layers_cargo_files[] = { "Cargo.toml",
    "Cargo.lock", NULL };
static const char *const layers_mvn_files[] = { "pom.xml", NULL };
static const char *const layers_gradle_files[] = { "build.gradle",
    "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
    "gradle.properties", "libs.versions.toml", NULL };
static const char *const layers_bundle_files[] = { "Gemfile",
    "Gemfile.lock", "*.gemspec", NULL };
static const char *const layers_composer_files[] = { "composer.json",
    "composer.lock", NULL };
static const char *const layers_dotnet_files[] = { "*.csproj", "*.fsproj",
    "*.sln", "*.props", NULL };

/*
 * The dependency install command c runs, or NULL: npm/yarn/pnpm install
 * without package names, pip install -r, poetry/pipenv install, uv sync,
 * go mod download, cargo build/fetch, mvn dependency:go-offline or a
 * build goal, gradle, bundle install, composer install, dotnet restore.
 */
static const struct layers_install *
layers_install_cmd(const struct shell_cmd *c)
{
	static const struct layers_install npm = { "npm install",
	    layers_npm_files };
	static const struct layers_install yarn = { "yarn install",
	    layers_npm_files };
	static const struct layers_install pnpm = { "pnpm install",
	    layers_npm_files };
	static const struct layers_install pip = { "pip install -r",
	    layers_pip_files };
	static const struct layers_install py = { "the Python install",
	    layers_py_files };
	static const struct layers_install gomod = { "go mod download",
	    layers_go_files };
	static const struct layers_install cargo = { "cargo",
	    layers_cargo_files };
	static const struct layers_install mvn = { "mvn",
	    layers_mvn_files };
	static const struct layers_install gradle = { "gradle",
	    layers_gradle_files };
	static const struct layers_install bundle = { "bundle install",
	    layers_bundle_files };
	static const struct layers_install composer = { "composer install",
	    layers_composer_files };
	static const struct layers_install dotnet = { "dotnet restore",
	    layers_dotnet_files };
	static const char *const mvn_names[] = { "mvn", "mvnw", NULL };
	static const char *const mvn_goals[] = { "dependency:go-offline",
	    "dependency:resolve", "package", "install", "verify", "compile",
	    NULL };
	static const char *const gradle_names[] = { "gradle", "gradlew",
	    NULL };
	static const char *const cargo_sub[] = { "build", "b", "fetch",
	    NULL };
	const struct shell_word	*sub, *next;

	if (c->nwords == 0)
		return NULL;
	if (shell_cmd_is(c, "npm")) {
		sub = run_subcmd(c, NULL, &next);
		return sub != NULL && (shell_word_eq(sub, "install") ||
		    shell_word_eq(sub, "i") || shell_word_eq(sub, "ci")) &&
		    next == NULL ? &npm : NULL;
	}
	if (shell_cmd_is(c, "yarn")) {
		sub = run_subcmd(c, NULL, &next);
		return sub == NULL || (shell_word_eq(sub, "install") &&
		    next == NULL) ? &yarn : NULL;
	}
	if (shell_cmd_is(c, "pnpm")) {
		sub = run_subcmd(c, NULL, &next);
		return sub != NULL && (shell_word_eq(sub, "install") ||
		    shell_word_eq(sub, "i")) && next == NULL ? &pnpm : NULL;
	}
	if (run_name_matches(c, "pip") || shell_cmd_is(c, "uv")) {
		if (shell_cmd_is(c, "uv"))
			return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
			    shell_word_eq(sub, "sync") ? &py : NULL;
		return shell_cmd_has_arg(c, "-r --requirement -c "
		    "--constraint -i --index-url", "install") &&
		    (shell_cmd_flag(c, "-r --requirement", "-r", NULL) !=
		    NULL || shell_cmd_flag(c, "-r --requirement",
		    "--requirement", NULL) != NULL) ? &pip : NULL;
	}
	if (shell_cmd_is(c, "poetry") || shell_cmd_is(c, "pipenv"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    (shell_word_eq(sub, "install") ||
		    shell_word_eq(sub, "sync")) ? &py : NULL;
	if (shell_cmd_is(c, "go"))
		return (sub = run_subcmd(c, NULL, &next)) != NULL &&
		    shell_word_eq(sub, "mod") && next != NULL &&
		    shell_word_eq(next, "download") ? &gomod : NULL;
	if (shell_cmd_is(c, "cargo"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    rule_util_word_any(sub, cargo_sub) ? &cargo : NULL;
	if (rule_util_cmd_any(c, mvn_names))
		return layers_has_arg(c, "-f --file -s --settings -P -pl "
		    "--projects", mvn_goals) ? &mvn : NULL;
	if (rule_util_cmd_any(c, gradle_names))
		return &gradle;
	if (shell_cmd_is(c, "bundle"))
		return (sub = run_subcmd(c, NULL, NULL)) == NULL ||
		    shell_word_eq(sub, "install") ? &bundle : NULL;
	if (shell_cmd_is(c, "composer"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    shell_word_eq(sub, "install") ? &composer : NULL;
	if (shell_cmd_is(c, "dotnet"))
		return (sub = run_subcmd(c, NULL, NULL)) != NULL &&
		    shell_word_eq(sub, "restore") ? &dotnet : NULL;
	return NULL;
}

/* 1 if COPY/ADD in copies a file matching one of the manifests. */
static int
layers_copies_manifest(const struct ast_instr *in,
    const char *const *manifests)
{
	const char	*s, *b;
	char		*t;
	size_t		 i, k, n;
	int		 yes;

	if ((in->kind != AST_COPY && in->kind != AST_ADD) ||
	    ast_flag_get(in, "from") != NULL)
		return 0;
	yes = 0;
	for (i = 0; i + 1 < in->nwords && !yes; i++) {
		s = rule_util_drop_quotes(in->words[i].value, &n);
		t = xstrndup(s, n);
		b = rule_util_basename(t);
		for (k = 0; manifests[k] != NULL && !yes; k++)
			yes = fnmatch(b, manifests[k], 0) == 0 ||
			    fnmatch(manifests[k], b, 0) == 0;
		free(t);
	}
	return yes;
}

/*
 * DF5004 copy-all-before-install: "COPY . ." comes before a dependency
 * install (npm ci, pip install -r, go mod download, mvn, gradle, cargo,
 * bundle install ...) and no COPY of the install's manifest (package.json,
 * requirements.txt, go.mod, pom.xml ...) precedes it, so any change to any
 * source file re-runs the install.
 */
static void
copy_all_before_install_check(struct rule_ctx *ctx)
{
	const struct layers_install	*inst;
	const struct ast_word		*w;
	struct run_script		 rs;
	size_t				 i, k, idx;
	struct diag			*dg;

	if (ctx->parent != NULL || ctx->stage == NULL ||
	    (w = layers_broad_source(ctx->instr)) == NULL)
		return;
	idx = rule_ctx_index(ctx);
	inst = NULL;
	for (i = idx + 1; i < ctx->stage->end && inst == NULL; i++) {
		if (rule_util_run_open(&rs, ctx, &ctx->file->instrs[i]) == -1)
			continue;
		for (k = 0; k < rs.sc->ncmds && inst == NULL; k++)
			inst = layers_install_cmd(&rs.sc->cmds[k]);
		run_close(&rs);
	}
	if (inst == NULL)
		return;
	for (i = ctx->stage->first + 1; i < idx; i++)
		if (layers_copies_manifest(&ctx->file->instrs[i],
		    inst->manifests))
			return;
	dg = rule_report(ctx, w->span, "everything is copied before %s: any "
	    "source change re-runs the install", inst->what);
	if (dg != NULL)
		diag_set_help(dg, "copy %s first, install, then copy the rest",
		    inst->manifests[0]);
}

const struct rule_entry rule_copy_all_before_install_entry = {
	.id = "DF5004",
	.name = "copy-all-before-install",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_INSTR,
	.summary = "whole context copied before the dependency install",
	.aliases = NULL,
	.check = copy_all_before_install_check,
	.fix = FIX_NONE
};

/*
 * The cleanup of a package cache command i of sc does, or NULL; *what
 * names it, *target is the cache directory a mount would cover and *w the
 * word to underline.
 */
static const char *
layers_cleanup(const struct shell_script *sc, size_t i,
    const struct shell_word **w, const char **target)
{
	static const struct {
		const char	*dir;
		const char	*target;
	} dirs[] = {
		{ "/var/lib/apt/lists", "/var/lib/apt" },
		{ "/var/cache/apt", "/var/cache/apt" },
		{ "/var/cache/apk", "/var/cache/apk" },
		{ "/root/.cache", "/root/.cache" },
		{ "/root/.npm", "/root/.npm" },
		{ "/usr/local/share/.cache/yarn",
		    "/usr/local/share/.cache/yarn" },
		{ "/var/cache/yum", "/var/cache/yum" },
		{ "/var/cache/dnf", "/var/cache/dnf" },
		{ "/root/.m2", "/root/.m2" },
		{ "/go/pkg/mod", "/go/pkg/mod" },
		{ NULL, NULL }
	};
	const struct shell_cmd	*c = &sc->cmds[i];
	const struct shell_word	*sub, *next;
	struct shell_args	 it;
	const struct shell_word	*a;
	size_t			 k;

	*w = c->nwords > 0 ? &c->words[0] : NULL;
	if (shell_cmd_is(c, "rm")) {
		shell_args_init(&it, c, NULL);
		while ((a = shell_args_next(&it)) != NULL)
			for (k = 0; dirs[k].dir != NULL; k++)
				if (rule_util_prefix(a->value, dirs[k].dir)) {
					*target = dirs[k].target;
					*w = a;
					return "removing the cache";
				}
		return NULL;
	}
	if (shell_cmd_is(c, "apt-get") || shell_cmd_is(c, "apt")) {
		sub = run_subcmd(c, "-o -c -t", NULL);
		*target = "/var/cache/apt";
		return sub != NULL && shell_word_eq(sub, "clean") ?
		    "apt-get clean" : NULL;
	}
	if (run_name_matches(c, "pip")) {
		*target = "/root/.cache/pip";
		if ((a = shell_cmd_flag(c, NULL, "--no-cache-dir", NULL)) !=
		    NULL) {
			*w = a;
			return "--no-cache-dir";
		}
		sub = run_subcmd(c, NULL, &next);
		return sub != NULL && shell_word_eq(sub, "cache") &&
		    next != NULL && shell_word_eq(next, "purge") ?
		    "pip cache purge" : NULL;
	}
	if (shell_cmd_is(c, "npm") || shell_cmd_is(c, "yarn")) {
		*target = shell_cmd_is(c, "npm") ? "/root/.npm" :
		    "/usr/local/share/.cache/yarn";
		sub = run_subcmd(c, NULL, &next);
		return sub != NULL && shell_word_eq(sub, "cache") &&
		    next != NULL && shell_word_eq(next, "clean") ?
		    "cache clean" : NULL;
	}
	if (shell_cmd_is(c, "yum") || shell_cmd_is(c, "dnf")) {
		*target = shell_cmd_is(c, "yum") ? "/var/cache/yum" :
		    "/var/cache/dnf";
		sub = run_subcmd(c, NULL, NULL);
		return sub != NULL && shell_word_eq(sub, "clean") ?
		    "clean all" : NULL;
	}
	if (shell_cmd_is(c, "go")) {
		*target = "/go/pkg/mod";
		sub = run_subcmd(c, NULL, NULL);
		return sub != NULL && shell_word_eq(sub, "clean") &&
		    shell_cmd_flag(c, NULL, "-modcache", NULL) != NULL ?
		    "go clean -modcache" : NULL;
	}
	return NULL;
}

/*
 * DF5005 cache-cleanup-instead-of-mount (info): a RUN deletes a package
 * manager's cache (rm -rf /var/lib/apt/lists, apt-get clean, pip
 * --no-cache-dir, npm cache clean ...) to keep it out of the layer.  A
 * cache mount keeps it out of the layer too and reuses it on the next
 * build.  A RUN that already mounts a cache there is not reported.
 */
static void
cache_cleanup_check(struct rule_ctx *ctx)
{
	struct run_script	 rs;
	const struct shell_word	*w;
	const char		*what, *target;
	size_t			 i;
	struct diag		*dg;

	if (run_open(&rs, ctx) == -1)
		return;
	for (i = 0; i < rs.sc->ncmds; i++) {
		target = NULL;
		if ((what = layers_cleanup(rs.sc, i, &w, &target)) == NULL ||
		    w == NULL)
			continue;
		if (run_mount(ctx->instr, target, RUN_MOUNT_COVERS))
			continue;
		dg = rule_report(ctx, w->span, "%s keeps the cache out of the "
		    "layer, but the next build downloads everything again",
		    what);
		if (dg != NULL)
			diag_set_help(dg, "mount the cache instead: RUN "
			    "--mount=type=cache,target=%s ...", target);
		break;
	}
	run_close(&rs);
}

const struct rule_entry rule_cache_cleanup_instead_of_mount_entry = {
	.id = "DF5005",
	.name = "cache-cleanup-instead-of-mount",
	.level = SEV_INFO,
	.scope = RULE_SCOPE_INSTR,
	.summary = "package cache deleted where a cache mount would serve",
	.aliases = NULL,
	.check = cache_cleanup_check,
	.fix = FIX_NONE
};
