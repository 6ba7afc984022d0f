/* SPDX-License-Identifier: ISC */
/*
 * ShellCheck on RUN instructions (see shellcheck.h): building the script
 * of a RUN with a map back to the Dockerfile, running shellcheck on it
 * with fork/exec and pipes, reading its json1 report and reporting each
 * comment as SCxxxx through the rule engine (rule_report_as()), so that
 * pragmas, --select and the configuration apply to SC codes too.
 *
 * The script of a shell-form RUN is its command (the logical text of the
 * instruction, continuations removed) followed by the bodies of its
 * here-documents with their terminator lines, as the shell reads them.
 * A RUN whose command is only here-document markers ("RUN <<EOF") runs
 * the bodies as the script: each body is checked alone, unless its
 * "#!" line names something other than a shell.  Exec-form RUNs are not
 * checked.
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "source.h"
#include "xmalloc.h"
#include "graph.h"
#include "scope.h"
#include "rules/rules.h"
#include "rules/run.h"
#include "rules/shellcheck.h"

/* A piece of the script and where its bytes are in the file. */
struct sc_seg {
	size_t			 off;	/* in the script */
	size_t			 len;
	const struct ast_text	*text;	/* logical text: map through it */
	size_t			 base;	/* else: file offset of off */
};

struct sc_script {
	char		*s;
	size_t		 len;
	size_t		 cap;
	struct sc_seg	*segs;
	size_t		 nsegs;
	size_t		 prefix;	/* bytes of our own "export" line */
};

static int	shellcheck_missing;	/* said once per process */

static void	sc_add(struct sc_script *, const char *, size_t,
		    const struct ast_text *, size_t);
static size_t	sc_source_off(const struct sc_script *, size_t);
static size_t	sc_offset(const struct sc_script *, size_t, size_t);
static int	sc_exec(const char *, const char *, const char *, size_t,
		    char **, size_t *);
static void	sc_report(struct rule_ctx *, const struct sc_script *,
		    const char *, size_t);
static void	sc_check(struct rule_ctx *, const char *, const char *,
		    struct sc_script *);
static const char *sc_shell(const struct rule_ctx *);
static int	sc_foreign(const struct ast_heredoc *);
static void	sc_prefix(struct sc_script *, const struct rule_ctx *,
		    const struct ast_instr *);

/* Append len bytes at p to the script, mapped by text or from base. */
static void
sc_add(struct sc_script *sc, const char *p, size_t len,
    const struct ast_text *text, size_t base)
{
	if (sc->len + len + 1 > sc->cap) {
		sc->cap = (sc->len + len + 1) * 2;
		sc->s = xreallocarray(sc->s, sc->cap, 1);
	}
	memcpy(sc->s + sc->len, p, len);
	sc->segs = xreallocarray(sc->segs, sc->nsegs + 1,
	    sizeof(*sc->segs));
	sc->segs[sc->nsegs].off = sc->len;
	sc->segs[sc->nsegs].len = len;
	sc->segs[sc->nsegs].text = text;
	sc->segs[sc->nsegs].base = base;
	sc->nsegs++;
	sc->len += len;
	sc->s[sc->len] = '\0';
}

/* File offset of script offset off. */
static size_t
sc_source_off(const struct sc_script *sc, size_t off)
{
	const struct sc_seg	*g = NULL;
	size_t			 i;

	for (i = 0; i < sc->nsegs; i++)
		if (off >= sc->segs[i].off &&
		    (off < sc->segs[i].off + sc->segs[i].len ||
		    i + 1 == sc->nsegs))
			g = &sc->segs[i];
	if (g == NULL)
		return 0;
	if (off > g->off + g->len)
		off = g->off + g->len;
	if (g->text != NULL)
		return ast_text_source_off(g->text, off - g->off);
	return g->base + (off - g->off);
}

/*
 * Script offset of shellcheck's 1-based line and column (a column counts
 * characters; a tab is one).
 */
static size_t
sc_offset(const struct sc_script *sc, size_t line, size_t col)
{
	size_t	off = 0, l = 1, c = 1, n;

	while (l < line && off < sc->len)
		if (sc->s[off++] == '\n')
			l++;
	while (c < col && off < sc->len && sc->s[off] != '\n') {
		n = utf8_seqlen(sc->s + off, sc->len - off);
		off += n > 0 ? n : 1;
		c++;
	}
	return off;
}

/*
 * Run prog --format=json1 --shell=shell - with script on its standard
 * input.  Returns 0 with its standard output in *out (caller frees),
 * 1 when it could not be started (not installed), -1 on another error.
 */
static int
sc_exec(const char *prog, const char *shell, const char *script,
    size_t len, char **out, size_t *outlen)
{
	struct sigaction	 ign, old;
	struct pollfd		 pfd[2];
	char			*argv[5], shellarg[64], buf[8192];
	int			 in[2], outp[2], status, n, np;
	size_t			 wr = 0, cap = 0;
	ssize_t			 r;
	pid_t			 pid;

	*out = NULL;
	*outlen = 0;
	if (pipe(in) == -1)
		return -1;
	if (pipe(outp) == -1) {
		close(in[0]);
		close(in[1]);
		return -1;
	}
	snprintf(shellarg, sizeof(shellarg), "--shell=%s", shell);
	argv[0] = (char *)prog;
	argv[1] = (char *)"--format=json1";
	argv[2] = shellarg;
	argv[3] = (char *)"-";
	argv[4] = NULL;
	fflush(NULL);
	if ((pid = fork()) == -1) {
		close(in[0]);
		close(in[1]);
		close(outp[0]);
		close(outp[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(outp[1], 1);
		close(in[0]);
		close(in[1]);
		close(outp[0]);
		close(outp[1]);
		execvp(prog, argv);
		_exit(errno == ENOENT ? 127 : 126);
	}
	close(in[0]);
	close(outp[1]);
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	if (len == 0) {
		close(in[1]);
		in[1] = -1;
	}
	for (;;) {
		np = 0;
		pfd[np].fd = outp[0];
		pfd[np++].events = POLLIN;
		if (in[1] != -1) {
			pfd[np].fd = in[1];
			pfd[np++].events = POLLOUT;
		}
		if (poll(pfd, np, -1) == -1) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (np == 2 && (pfd[1].revents & (POLLOUT | POLLERR |
		    POLLHUP))) {
			r = write(in[1], script + wr, len - wr);
			if (r > 0)
				wr += r;
			if (r == -1 && errno != EAGAIN && errno != EINTR)
				wr = len;	/* it stopped reading */
			if (wr >= len) {
				close(in[1]);
				in[1] = -1;
			}
		}
		if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			r = read(outp[0], buf, sizeof(buf));
			if (r == -1 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			if (*outlen + r + 1 > cap) {
				cap = (*outlen + r + 1) * 2;
				*out = xreallocarray(*out, cap, 1);
			}
			memcpy(*out + *outlen, buf, r);
			*outlen += r;
			(*out)[*outlen] = '\0';
		}
	}
	if (in[1] != -1)
		close(in[1]);
	close(outp[0]);
	while ((n = waitpid(pid, &status, 0)) == -1 && errno == EINTR)
		continue;
	sigaction(SIGPIPE, &old, NULL);
	if (n == -1)
		return -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		free(*out);
		*out = NULL;
		return 1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* Report the comments of one json1 report on script sc. */
static void
sc_report(struct rule_ctx *ctx, const struct sc_script *sc,
    const char *json, size_t len)
{
	json_t		*root, *comments, *c;
	json_error_t	 jerr;
	const char	*level, *msg;
	enum severity	 lvl;
	struct span	 span;
	size_t		 i, a, b, sa, sb;
	char		 id[32];
	struct diag	*dg;

	if ((root = json_loadb(json, len, 0, &jerr)) == NULL)
		return;
	comments = json_object_get(root, "comments");
	for (i = 0; i < json_array_size(comments); i++) {
		c = json_array_get(comments, i);
		level = json_string_value(json_object_get(c, "level"));
		msg = json_string_value(json_object_get(c, "message"));
		if (level == NULL || msg == NULL ||
		    severity_parse(level, &lvl) == -1 || lvl == SEV_NONE)
			continue;
		snprintf(id, sizeof(id), "SC%04lld", (long long)
		    json_integer_value(json_object_get(c, "code")));
		a = sc_offset(sc, json_integer_value(json_object_get(c,
		    "line")), json_integer_value(json_object_get(c,
		    "column")));
		b = sc_offset(sc, json_integer_value(json_object_get(c,
		    "endLine")), json_integer_value(json_object_get(c,
		    "endColumn")));
		if (a < sc->prefix)
			continue;	/* about our export line */
		sa = sc_source_off(sc, a);
		sb = b > a ? sc_source_off(sc, b - 1) + 1 : sa;
		span.off = sa;
		span.len = sb > sa ? sb - sa : 0;
		dg = rule_report_as(ctx, id, lvl, span, "%s", msg);
		if (dg != NULL)
			diag_set_help(dg, "see https://www.shellcheck.net/"
			    "wiki/%s", id);
	}
	json_decref(root);
}

/*
 * Start the script with "export NAME..." for every ARG and ENV the RUN
 * sees, as hadolint does, so that shellcheck does not call them
 * unassigned (SC2154).  Its findings are dropped.
 */
static void
sc_prefix(struct sc_script *sc, const struct rule_ctx *ctx,
    const struct ast_instr *in)
{
	const struct scope_var	*v;
	const char		*n;
	size_t			 k;
	int			 any = 0;

	if (ctx->graph == NULL || ctx->graph->scope == NULL ||
	    ctx->parent != NULL)
		return;
	for (v = scope_vars_before(ctx->graph->scope, in); v != NULL;
	    v = v->next) {
		n = v->name;
		if (n == NULL || !((*n >= 'A' && *n <= 'Z') ||
		    (*n >= 'a' && *n <= 'z') || *n == '_'))
			continue;
		for (k = 1; n[k] != '\0'; k++)
			if (!((n[k] >= 'A' && n[k] <= 'Z') ||
			    (n[k] >= 'a' && n[k] <= 'z') ||
			    (n[k] >= '0' && n[k] <= '9') || n[k] == '_'))
				break;
		if (n[k] != '\0')
			continue;
		sc_add(sc, any ? " " : "export ", any ? 1 : 7, NULL,
		    in->keyword.off);
		sc_add(sc, n, strlen(n), NULL, in->keyword.off);
		any = 1;
	}
	if (any)
		sc_add(sc, "\n", 1, NULL, in->keyword.off);
	sc->prefix = sc->len;
}

/* Run shellcheck on one script and report; say once if it is missing. */
static void
sc_check(struct rule_ctx *ctx, const char *prog, const char *shell,
    struct sc_script *sc)
{
	char	*out;
	size_t	 outlen;
	int	 r;

	if (shellcheck_missing)
		return;
	r = sc_exec(prog, shell, sc->s != NULL ? sc->s : "", sc->len, &out,
	    &outlen);
	if (r == 1) {
		shellcheck_missing = 1;
		warnx_("%s not found: --shellcheck checks nothing", prog);
		return;
	}
	if (r == 0 && out != NULL)
		sc_report(ctx, sc, out, outlen);
	free(out);
}

/* The shell shellcheck should assume: the SHELL in effect, or sh. */
static const char *
sc_shell(const struct rule_ctx *ctx)
{
	static const char *const known[] = {
		"sh", "bash", "dash", "ksh", "busybox", NULL
	};
	const struct ast_instr	*sh;
	const char		*b;
	size_t			 i;

	sh = run_shell(ctx);
	if (sh == NULL || sh->nwords == 0)
		return "sh";
	b = strrchr(sh->words[0].value, '/');
	b = b != NULL ? b + 1 : sh->words[0].value;
	for (i = 0; known[i] != NULL; i++)
		if (strcmp(b, known[i]) == 0)
			return known[i];
	return "sh";
}

/* 1 when a heredoc body starts with a "#!" line naming a non-shell. */
static int
sc_foreign(const struct ast_heredoc *h)
{
	static const char *const shells[] = {
		"sh", "bash", "dash", "ksh", "ash", "busybox", NULL
	};
	const char	*e, *p;
	size_t		 i, n;

	if (h->bodylen < 2 || h->body[0] != '#' || h->body[1] != '!')
		return 0;
	for (e = h->body; e < h->body + h->bodylen && *e != '\n'; e++)
		continue;
	for (i = 0; shells[i] != NULL; i++) {
		n = strlen(shells[i]);
		for (p = h->body; p + n <= e; p++)
			if (strncmp(p, shells[i], n) == 0 &&
			    (p == h->body || p[-1] == '/' || p[-1] == ' ') &&
			    (p + n == e || p[n] == ' ' || p[n] == '\r'))
				return 0;
	}
	return 1;
}

/*
 * Run shellcheck (prog, or "shellcheck" when NULL) on the RUN of ctx
 * and report its comments as SCxxxx findings.
 */
void
shellcheck_run(struct rule_ctx *ctx, const char *prog)
{
	const struct ast_instr	*in = ctx->instr;
	const struct ast_heredoc *h;
	struct sc_script	 sc;
	const char		*shell, *p;
	size_t			 i;
	int			 only_markers;

	if (prog == NULL)
		prog = "shellcheck";
	if (shellcheck_missing || in == NULL || in->kind != AST_RUN ||
	    in->exec_form || !run_shell_posix(run_shell(ctx)))
		return;
	shell = sc_shell(ctx);

	/* "RUN <<EOF [<<EOT]": the bodies are the scripts. */
	only_markers = in->nheredocs > 0;
	for (p = in->args.s; only_markers && *p != '\0';) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (p[0] != '<' || p[1] != '<')
			only_markers = 0;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
	}
	if (only_markers) {
		for (i = 0; i < in->nheredocs; i++) {
			h = &in->heredocs[i];
			if (sc_foreign(h))
				continue;
			memset(&sc, 0, sizeof(sc));
			if (h->bodylen < 2 || h->body[0] != '#' ||
			    h->body[1] != '!')
				sc_prefix(&sc, ctx, in);
			sc_add(&sc, h->body, h->bodylen, NULL,
			    h->body_span.off);
			sc_check(ctx, prog, shell, &sc);
			free(sc.s);
			free(sc.segs);
		}
		return;
	}

	/* The command, then each body and terminator as the shell reads. */
	memset(&sc, 0, sizeof(sc));
	sc_prefix(&sc, ctx, in);
	sc_add(&sc, in->args.s, in->args.len, &in->args, 0);
	for (i = 0; i < in->nheredocs; i++) {
		h = &in->heredocs[i];
		sc_add(&sc, "\n", 1, NULL, h->body_span.off);
		sc_add(&sc, h->body, h->bodylen, NULL, h->body_span.off);
		if (h->terminated)
			sc_add(&sc, h->name, strlen(h->name), NULL,
			    h->end.off);
	}
	sc_add(&sc, "\n", 1, NULL, SPAN_END(in->span));
	sc_check(ctx, prog, shell, &sc);
	free(sc.s);
	free(sc.segs);
}
