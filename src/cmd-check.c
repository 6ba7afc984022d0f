/* SPDX-License-Identifier: ISC */
/*
 * `dfopt check`: lint Dockerfiles.  This file gathers the options (command
 * line, then DFOPT_* environment, then the configuration file), finds the
 * files (directories are searched for Dockerfile names), and runs for
 * each file the parser, the stage graph and the rule engine into one
 * findings list, which an output format prints at the end.  The exit
 * status is decided here: 0 nothing at or above the failure level, 1
 * findings at or above it, 2 usage or configuration error, 3 system error.
 * Rules are src/rules/, printing is src/output/.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dfopt.h"
#include "ast.h"
#include "cmd.h"
#include "dfconfig.h"
#include "diag.h"
#include "graph.h"
#include "parser.h"
#include "source.h"
#include "xmalloc.h"
#include "output/output.h"
#include "rules/rules.h"

static int	cmd_check_exec(int, char **);

const struct cmd_entry cmd_check_entry = {
	"check",
	"check [options] PATH...|-",
	"lint Dockerfiles",
	"  -f, --format FMT        text (default), gnu, json, sarif, "
	"checkstyle,\n"
	"                          junit or codeclimate; repeatable\n"
	"  -o, --output PATH       write the format before it to PATH\n"
	"      --failure-level L   exit 1 on findings at or above L "
	"(warning)\n"
	"      --no-fail           exit 0 whatever is found\n"
	"      --ignore ID,...     switch rules off (id, name or alias)\n"
	"      --level ID=LEVEL    set a rule's level (error, warning, info,\n"
	"                          style or off); repeatable\n"
	"      --select ID,...     run only these rules\n"
	"      --target T          the stage to build (default: the last)\n"
	"      --build-arg K=V     set a build argument; repeatable\n"
	"      --platform P        the target platform (os/arch)\n"
	"      --context DIR       the build context (default: the "
	"Dockerfile's\n"
	"                          directory)\n"
	"  -c, --config FILE       read this configuration file\n"
	"      --no-config         read no configuration file\n"
	"      --exclude GLOB      skip matching paths in directories; "
	"repeatable\n"
	"      --trusted-registry R\n"
	"                          allow base images only from R; "
	"repeatable\n"
	"      --require-label L:T require label L with a T value (text, "
	"url,\n"
	"                          hash, rfc3339, semver, spdx, email); "
	"repeatable\n"
	"      --strict-labels     no label outside the required ones\n"
	"      --stdin-filename N  the name of the file read from '-'\n"
	"      --shellcheck        run shellcheck on RUN scripts\n"
	"      --no-shellcheck     do not, whatever the configuration says\n"
	"      --color WHEN        auto (default), always or never\n"
	"      --show-source       print source lines under text findings\n"
	"      --no-show-source    do not\n"
	"  -h, --help              print this help\n",
	cmd_check_exec
};

enum {
	OPT_FAILURE_LEVEL = 256,
	OPT_IGNORE,
	OPT_LEVEL,
	OPT_SELECT,
	OPT_TARGET,
	OPT_BUILD_ARG,
	OPT_PLATFORM,
	OPT_CONTEXT,
	OPT_NO_CONFIG,
	OPT_EXCLUDE,
	OPT_STDIN_FILENAME,
	OPT_SHELLCHECK,
	OPT_NO_SHELLCHECK,
	OPT_COLOR,
	OPT_SHOW_SOURCE,
	OPT_NO_SHOW_SOURCE,
	OPT_NO_FAIL,
	OPT_TRUSTED_REGISTRY,
	OPT_REQUIRE_LABEL,
	OPT_STRICT_LABELS
};

static const struct option cmd_check_longopts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "output", required_argument, NULL, 'o' },
	{ "config", required_argument, NULL, 'c' },
	{ "help", no_argument, NULL, 'h' },
	{ "failure-level", required_argument, NULL, OPT_FAILURE_LEVEL },
	{ "failure-threshold", required_argument, NULL, OPT_FAILURE_LEVEL },
	{ "no-fail", no_argument, NULL, OPT_NO_FAIL },
	{ "trusted-registry", required_argument, NULL, OPT_TRUSTED_REGISTRY },
	{ "require-label", required_argument, NULL, OPT_REQUIRE_LABEL },
	{ "strict-labels", no_argument, NULL, OPT_STRICT_LABELS },
	{ "ignore", required_argument, NULL, OPT_IGNORE },
	{ "level", required_argument, NULL, OPT_LEVEL },
	{ "select", required_argument, NULL, OPT_SELECT },
	{ "target", required_argument, NULL, OPT_TARGET },
	{ "build-arg", required_argument, NULL, OPT_BUILD_ARG },
	{ "platform", required_argument, NULL, OPT_PLATFORM },
	{ "context", required_argument, NULL, OPT_CONTEXT },
	{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
	{ "exclude", required_argument, NULL, OPT_EXCLUDE },
	{ "stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME },
	{ "shellcheck", no_argument, NULL, OPT_SHELLCHECK },
	{ "no-shellcheck", no_argument, NULL, OPT_NO_SHELLCHECK },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "show-source", no_argument, NULL, OPT_SHOW_SOURCE },
	{ "no-show-source", no_argument, NULL, OPT_NO_SHOW_SOURCE },
	{ NULL, 0, NULL, 0 }
};

/* A growable list of strings. */
struct strv {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

/* Everything one run needs. */
struct check {
	struct config		*cfg;
	struct strv		 select;	/* NULL-terminated when n */
	struct strv		 build_args;
	struct strv		 exclude;	/* command line, then config */
	struct strv		 paths;		/* files to check, in order */
	const char		*target;
	const char		*platform;
	const char		*context;
	const char		*stdin_name;
	int			 shellcheck;	/* -1: config decides */
	struct source		**srcs;
	size_t			  nsrcs;
	struct diags		  diags;
	int			  syserr;
};

static void	strv_push(struct strv *, const char *);
static void	strv_push_list(struct strv *, const char *);
static void	strv_free(struct strv *);
static int	check_cmp(const void *, const void *);
static int	check_wanted(const char *);
static int	check_excluded(const struct check *, const char *,
		    const char *, const char *);
static void	check_walk(struct check *, const char *, const char *,
		    struct strv *);
static int	check_collect(struct check *, const char *);
static void	check_file(struct check *, const char *);

static void
strv_push(struct strv *s, const char *p)
{
	if (s->n + 2 > s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	s->v[s->n++] = xstrdup(p);
	s->v[s->n] = NULL;
}

/* Push each element of a comma-separated list (blanks trimmed). */
static void
strv_push_list(struct strv *s, const char *list)
{
	const char	*p, *e;
	char		*one;

	for (p = list; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		while (*p == ' ' || *p == '\t')
			p++;
		for (e = p; *e != '\0' && *e != ','; e++)
			continue;
		one = xstrndup(p, e - p);
		while (*one != '\0' && (one[strlen(one) - 1] == ' ' ||
		    one[strlen(one) - 1] == '\t'))
			one[strlen(one) - 1] = '\0';
		if (*one != '\0')
			strv_push(s, one);
		free(one);
	}
}

static void
strv_free(struct strv *s)
{
	size_t	i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static int
check_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * 1 when a file name found in a directory is a Dockerfile: Dockerfile,
 * Containerfile, *.Dockerfile, *.dockerfile, Dockerfile.*.
 */
static int
check_wanted(const char *name)
{
	size_t	len = strlen(name);

	if (strcmp(name, "Dockerfile") == 0 ||
	    strcmp(name, "Containerfile") == 0)
		return 1;
	if (strncmp(name, "Dockerfile.", 11) == 0 && len > 11)
		return 1;
	if (len > 11 && (strcmp(name + len - 11, ".Dockerfile") == 0 ||
	    strcmp(name + len - 11, ".dockerfile") == 0))
		return 1;
	return 0;
}

/*
 * 1 when an --exclude or config exclude glob matches path (as it will be
 * printed, without a leading "./"), rel (relative to the directory
 * searched) or name (the last component).
 */
static int
check_excluded(const struct check *c, const char *path, const char *rel,
    const char *name)
{
	size_t	i;

	if (strncmp(path, "./", 2) == 0)
		path += 2;
	for (i = 0; i < c->exclude.n; i++)
		if (fnmatch(c->exclude.v[i], path, 0) == 0 ||
		    fnmatch(c->exclude.v[i], rel, 0) == 0 ||
		    fnmatch(c->exclude.v[i], name, 0) == 0)
			return 1;
	return 0;
}

/* Search directory dir (rel: its path below the argument) into out. */
static void
check_walk(struct check *c, const char *dir, const char *rel,
    struct strv *out)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	struct strv	 names = { NULL, 0, 0 };
	char		*path, *sub;
	size_t		 i;

	if ((d = opendir(dir)) == NULL) {
		error("cannot open directory '%s': %s", dir, strerror(errno));
		c->syserr = 1;
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    strcmp(de->d_name, ".git") == 0)
			continue;
		strv_push(&names, de->d_name);
	}
	closedir(d);
	if (names.n > 1)
		qsort(names.v, names.n, sizeof(*names.v), check_cmp);
	for (i = 0; i < names.n; i++) {
		xasprintf(&path, "%s/%s", dir, names.v[i]);
		if (*rel != '\0')
			xasprintf(&sub, "%s/%s", rel, names.v[i]);
		else
			sub = xstrdup(names.v[i]);
		if (check_excluded(c, path, sub, names.v[i]) ||
		    lstat(path, &st) == -1) {
			free(path);
			free(sub);
			continue;
		}
		if (S_ISDIR(st.st_mode))
			check_walk(c, path, sub, out);
		else if (check_wanted(names.v[i]) && (S_ISREG(st.st_mode) ||
		    (S_ISLNK(st.st_mode) && stat(path, &st) == 0 &&
		    S_ISREG(st.st_mode))))
			strv_push(out, path);
		free(path);
		free(sub);
	}
	strv_free(&names);
}

/*
 * Add the files of one PATH argument to c->paths: "-", a file as given,
 * or the Dockerfiles below a directory in sorted order.  Returns 0, or
 * -1 when the path does not exist (error printed).
 */
static int
check_collect(struct check *c, const char *arg)
{
	struct stat	 st;
	struct strv	 found = { NULL, 0, 0 };
	char		*dir;
	size_t		 i, len;

	if (strcmp(arg, "-") == 0) {
		strv_push(&c->paths, arg);
		return 0;
	}
	if (stat(arg, &st) == -1) {
		error("cannot open '%s': %s", arg, strerror(errno));
		c->syserr = 1;
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		strv_push(&c->paths, arg);
		return 0;
	}
	dir = xstrdup(arg);
	len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		dir[--len] = '\0';
	check_walk(c, dir, "", &found);
	for (i = 0; i < found.n; i++)
		strv_push(&c->paths, strcmp(dir, ".") == 0 &&
		    strncmp(found.v[i], "./", 2) == 0 ? found.v[i] + 2 :
		    found.v[i]);
	strv_free(&found);
	free(dir);
	return 0;
}

/* Check one file into c->diags; its source is kept for the output. */
static void
check_file(struct check *c, const char *path)
{
	struct source		*src;
	struct ast_file		*f;
	struct graph		*g = NULL;
	struct graph_opts	 go;
	struct rules_opts	 ro;
	char			*ctxdir = NULL, *slash;
	const char		*name;
	size_t			 i;
	int			 r;

	if (strcmp(path, "-") == 0) {
		name = c->stdin_name != NULL ? c->stdin_name : "-";
		r = source_load_fd(&src, 0, name);
	} else {
		name = path;
		r = source_load(&src, path);
	}
	if (r == -1) {
		c->syserr = 1;
		return;
	}
	c->srcs = xreallocarray(c->srcs, c->nsrcs + 1, sizeof(*c->srcs));
	c->srcs[c->nsrcs++] = src;

	if (c->context != NULL)
		ctxdir = xstrdup(c->context);
	else if (strcmp(path, "-") != 0 || c->stdin_name != NULL) {
		ctxdir = xstrdup(name);
		if ((slash = strrchr(ctxdir, '/')) != NULL)
			slash[slash == ctxdir ? 1 : 0] = '\0';
		else {
			free(ctxdir);
			ctxdir = xstrdup(".");
		}
	}

	memset(&ro, 0, sizeof(ro));
	ro.first = c->diags.n;
	f = parser_parse(src, &c->diags, 0);
	memset(&go, 0, sizeof(go));
	go.target = c->target;
	go.platform = c->platform;
	go.build_args = c->build_args.n > 0 ?
	    (const char *const *)c->build_args.v : NULL;
	graph_build(&g, f, &go, &c->diags);
	ro.config = c->cfg;
	ro.select = c->select.n > 0 ? (const char *const *)c->select.v :
	    NULL;
	ro.context = ctxdir;
	ro.dockerfile = strcmp(path, "-") != 0 ? path : NULL;
	ro.shellcheck = c->shellcheck;
	for (i = c->build_args.n; i-- > 0;)
		if (strncmp(c->build_args.v[i], "BUILDKIT_DOCKERFILE_CHECK=",
		    26) == 0) {
			ro.check_arg = c->build_args.v[i] + 26;
			break;
		}
	rules_check(f, g, &ro, &c->diags);
	graph_free(g);
	ast_file_free(f);
	free(ctxdir);
}

/* Parse "ID=LEVEL" into the config. */
static int
check_level_arg(struct config *cfg, const char *arg)
{
	const char	*eq;
	char		*id;
	enum severity	 lvl;

	if ((eq = strchr(arg, '=')) == NULL || eq == arg ||
	    severity_parse(eq + 1, &lvl) == -1)
		return -1;
	id = xstrndup(arg, eq - arg);
	config_add_level(cfg, id, lvl);
	free(id);
	return 0;
}

static int
cmd_check_exec(int argc, char **argv)
{
	struct check		 c;
	struct output_specs	 specs;
	struct output_opts	 oo;
	struct output_run	 run;
	struct config		*filecfg = NULL;
	struct strv		 ignore = { NULL, 0, 0 };
	struct strv		 levels = { NULL, 0, 0 };
	struct strv		 trusted = { NULL, 0, 0 };
	struct strv		 labels = { NULL, 0, 0 };
	const char		*config_path = NULL, *env, *fail_arg = NULL;
	char			*found = NULL, *err = NULL, why[512];
	enum severity		 fail = SEV_WARNING;
	int			 ch, no_config = 0, status, show = -1, nfmt = 0;
	int			 no_fail = 0, strict_labels = 0;
	size_t			 i;

	memset(&c, 0, sizeof(c));
	diags_init(&c.diags);
	c.shellcheck = -1;
	output_specs_init(&specs);
	oo.color = OUTPUT_COLOR_AUTO;
	oo.show_source = -1;
	status = DFOPT_EXIT_OK;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "f:o:c:h", cmd_check_longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'f':
			nfmt++;
			if (output_specs_add_format(&specs, optarg) == -1) {
				status = cmd_usage_error(&cmd_check_entry,
				    "unknown format '%s' (one of: %s)", optarg,
				    output_names());
				goto out;
			}
			break;
		case 'o':
			nfmt++;
			if (output_specs_add_path(&specs, optarg) == -1) {
				status = cmd_usage_error(&cmd_check_entry,
				    "-o '%s' has no format to write", optarg);
				goto out;
			}
			break;
		case 'c':
			config_path = optarg;
			break;
		case 'h':
			cmd_usage(&cmd_check_entry, stdout);
			goto out;
		case OPT_FAILURE_LEVEL:
			fail_arg = optarg;
			break;
		case OPT_IGNORE:
			strv_push_list(&ignore, optarg);
			break;
		case OPT_LEVEL:
			strv_push(&levels, optarg);
			break;
		case OPT_SELECT:
			strv_push_list(&c.select, optarg);
			break;
		case OPT_TARGET:
			c.target = *optarg != '\0' ? optarg : NULL;
			break;
		case OPT_BUILD_ARG:
			strv_push(&c.build_args, optarg);
			break;
		case OPT_PLATFORM:
			c.platform = optarg;
			break;
		case OPT_CONTEXT:
			c.context = optarg;
			break;
		case OPT_NO_CONFIG:
			no_config = 1;
			break;
		case OPT_EXCLUDE:
			strv_push(&c.exclude, optarg);
			break;
		case OPT_STDIN_FILENAME:
			c.stdin_name = optarg;
			break;
		case OPT_SHELLCHECK:
			c.shellcheck = 1;
			break;
		case OPT_NO_SHELLCHECK:
			c.shellcheck = 0;
			break;
		case OPT_COLOR:
			if (output_color_parse(optarg, &oo.color) == -1) {
				status = cmd_usage_error(&cmd_check_entry,
				    "--color must be auto, always or never");
				goto out;
			}
			break;
		case OPT_SHOW_SOURCE:
			show = 1;
			break;
		case OPT_NO_SHOW_SOURCE:
			show = 0;
			break;
		case OPT_NO_FAIL:
			no_fail = 1;
			break;
		case OPT_TRUSTED_REGISTRY:
			strv_push(&trusted, optarg);
			break;
		case OPT_REQUIRE_LABEL:
			strv_push(&labels, optarg);
			break;
		case OPT_STRICT_LABELS:
			strict_labels = 1;
			break;
		default:
			status = cmd_usage_error(&cmd_check_entry,
			    "unknown option or missing value in '%s'",
			    argv[optind - 1 < argc ? optind - 1 : argc - 1]);
			goto out;
		}
	}
	if (optind >= argc) {
		status = cmd_usage_error(&cmd_check_entry, "no file given");
		goto out;
	}

	/* The environment, under the command line. */
	if (nfmt == 0 && (env = getenv("DFOPT_FORMAT")) != NULL &&
	    *env != '\0' && output_specs_add_format(&specs, env) == -1) {
		status = cmd_usage_error(&cmd_check_entry, "DFOPT_FORMAT: "
		    "unknown format '%s' (one of: %s)", env, output_names());
		goto out;
	}
	if (output_specs_finish(&specs, why, sizeof(why)) == -1) {
		status = cmd_usage_error(&cmd_check_entry, "%s", why);
		goto out;
	}
	if (config_path == NULL && !no_config &&
	    (env = getenv("DFOPT_CONFIG")) != NULL && *env != '\0')
		config_path = env;
	if (oo.color == OUTPUT_COLOR_AUTO &&
	    (env = getenv("DFOPT_NO_COLOR")) != NULL && *env != '\0')
		oo.color = OUTPUT_COLOR_NEVER;
	if (c.shellcheck == -1 && (env = getenv("DFOPT_SHELLCHECK")) != NULL &&
	    *env != '\0')
		c.shellcheck = strcmp(env, "0") != 0;

	/* The configuration file, under both. */
	if (config_path != NULL && !no_config) {
		if (config_load(&filecfg, config_path, &err) == -1) {
			fprintf(stderr, "%s: %s\n", DFOPT_NAME, err);
			free(err);
			status = DFOPT_EXIT_USAGE;
			goto out;
		}
	} else if (!no_config && config_find(&found, ".") == 1) {
		if (config_load(&filecfg, found, &err) == -1) {
			fprintf(stderr, "%s: %s\n", DFOPT_NAME, err);
			free(err);
			free(found);
			status = DFOPT_EXIT_USAGE;
			goto out;
		}
		free(found);
	}
	c.cfg = filecfg != NULL ? filecfg : config_new();

	if (c.cfg->failure_level != SEV_NONE)
		fail = c.cfg->failure_level;
	if ((env = getenv("DFOPT_FAILURE_LEVEL")) != NULL && *env != '\0') {
		if (severity_parse(env, &fail) == -1 || fail == SEV_NONE) {
			status = cmd_usage_error(&cmd_check_entry,
			    "DFOPT_FAILURE_LEVEL: unknown level '%s'", env);
			goto out;
		}
		c.cfg->no_fail = 0;
	}
	if (fail_arg != NULL) {
		if (severity_parse(fail_arg, &fail) == -1 ||
		    fail == SEV_NONE) {
			status = cmd_usage_error(&cmd_check_entry,
			    "--failure-level must be error, warning, info or "
			    "style");
			goto out;
		}
		c.cfg->no_fail = 0;
	}
	if ((env = getenv("DFOPT_IGNORE")) != NULL) {
		struct strv	e = { NULL, 0, 0 };

		strv_push_list(&e, env);
		for (i = 0; i < e.n; i++)
			config_add_ignore(c.cfg, e.v[i]);
		strv_free(&e);
	}
	if ((env = getenv("DFOPT_TRUSTED_REGISTRIES")) != NULL) {
		struct strv	e = { NULL, 0, 0 };

		strv_push_list(&e, env);
		for (i = 0; i < e.n; i++)
			config_add_trusted(c.cfg, e.v[i]);
		strv_free(&e);
	}
	for (i = 0; i < levels.n; i++)
		if (check_level_arg(c.cfg, levels.v[i]) == -1) {
			status = cmd_usage_error(&cmd_check_entry,
			    "--level wants ID=LEVEL (error, warning, info, "
			    "style or off), not '%s'", levels.v[i]);
			goto out;
		}
	for (i = 0; i < ignore.n; i++)
		config_add_ignore(c.cfg, ignore.v[i]);
	for (i = 0; i < trusted.n; i++)
		config_add_trusted(c.cfg, trusted.v[i]);
	for (i = 0; i < labels.n; i++) {
		const char	*colon = strrchr(labels.v[i], ':');
		char		*name;
		int		 r;

		if (colon == NULL || colon == labels.v[i]) {
			status = cmd_usage_error(&cmd_check_entry,
			    "--require-label wants LABEL:TYPE, not '%s'",
			    labels.v[i]);
			goto out;
		}
		name = xstrndup(labels.v[i], (size_t)(colon - labels.v[i]));
		r = config_add_label(c.cfg, name, colon + 1);
		free(name);
		if (r == -1) {
			status = cmd_usage_error(&cmd_check_entry,
			    "--require-label '%s': the type is one of %s",
			    labels.v[i], CONFIG_LABEL_TYPES);
			goto out;
		}
	}
	if (strict_labels)
		c.cfg->strict_labels = 1;
	if (no_fail)
		c.cfg->no_fail = 1;
	for (i = 0; i < c.cfg->nexclude; i++)
		strv_push(&c.exclude, c.cfg->exclude[i]);
	if (c.shellcheck == -1)
		c.shellcheck = c.cfg->shellcheck == 1;
	for (i = 0; i < c.select.n; i++)
		if (rules_find(c.select.v[i]) == NULL) {
			size_t	k;

			for (k = 0; k < c.cfg->nrules; k++)
				if (rules_match(&c.cfg->rules[k].entry,
				    c.select.v[i]))
					break;
			if (k == c.cfg->nrules &&
			    strncasecmp(c.select.v[i], "SC", 2) != 0) {
				status = cmd_usage_error(&cmd_check_entry,
				    "--select: unknown rule '%s'",
				    c.select.v[i]);
				goto out;
			}
		}

	for (; optind < argc; optind++)
		check_collect(&c, argv[optind]);
	for (i = 0; i < c.paths.n; i++)
		check_file(&c, c.paths.v[i]);

	diags_sort(&c.diags);
	status = DFOPT_EXIT_OK;
	if (!c.cfg->no_fail && diags_worst(&c.diags) >= fail &&
	    diags_worst(&c.diags) != SEV_NONE)
		status = DFOPT_EXIT_FINDINGS;
	if (c.syserr)
		status = DFOPT_EXIT_SYSTEM;

	memset(&run, 0, sizeof(run));
	run.files = (const struct source *const *)c.srcs;
	run.nfiles = c.nsrcs;
	run.diags = &c.diags;
	run.exit_code = status;
	if (show != -1)
		oo.show_source = show;
	if (output_specs_write(&specs, &run, &oo) == -1)
		status = DFOPT_EXIT_SYSTEM;

out:
	output_specs_release(&specs);
	diags_release(&c.diags);
	for (i = 0; i < c.nsrcs; i++)
		source_free(c.srcs[i]);
	free(c.srcs);
	config_free(c.cfg != NULL ? c.cfg : filecfg);
	strv_free(&c.select);
	strv_free(&c.build_args);
	strv_free(&c.exclude);
	strv_free(&c.paths);
	strv_free(&ignore);
	strv_free(&levels);
	strv_free(&trusted);
	strv_free(&labels);
	return status;
}
