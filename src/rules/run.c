/* SPDX-License-Identifier: ISC */
/*
 * The commands of a RUN instruction for the RUN rules: parsing (shell
 * form, exec form, here-document scripts), unwrapping (sudo, env, sh -c),
 * mapping every span from the instruction's logical text back to the
 * file, and a few shared queries (the SHELL in effect, cache mounts,
 * cleanup commands, fix edits that keep exec-form JSON valid).
 *
 * It does not report anything.  Its only state is a cache of the last
 * two parses and of the last SHELL lookup (see run_open(), run_shell()):
 * rules run on every RUN of files with hundreds of thousands of them.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "shell.h"
#include "xmalloc.h"
#include "rules/rules.h"
#include "rules/run.h"

struct cmdvec {
	struct shell_cmd	*v;
	size_t			 n;
	size_t			 cap;
};

struct fpbuf;
struct run_entry;

/* Where a parsed script's spans are: logical text of t, or the file. */
struct mapper {
	const struct ast_text	*t;	/* NULL: already file offsets */
};

static struct span	map_span(const struct mapper *, struct span);
static void		map_word(const struct mapper *, struct shell_word *);
static struct shell_cmd	*map_cmd(struct arena *, const struct mapper *,
			    const struct shell_cmd *, struct shell_cmd *);
static void		add_raw(struct run_script *, struct cmdvec *,
			    const struct mapper *, const struct shell_script *,
			    int, unsigned);
static void		add_script(struct run_script *, struct cmdvec *,
			    struct cmdvec *, const struct mapper *,
			    const struct shell_script *);
static int		is_shell_name(const char *, size_t);
static int		body_is_script(const struct shell_script *,
			    const struct ast_heredoc *);
static int		shebang_is_shell(const char *, size_t);
static void		open_exec(struct run_script *, struct cmdvec *,
			    struct cmdvec *);
static const char	*basename_of(const char *, size_t, size_t *);
static int		may_wrap(const struct shell_cmd *);
static void		unwrap_into(struct arena *, struct cmdvec *,
			    const struct shell_script *,
			    const struct shell_cmd *, unsigned, unsigned);
static int		is_json_word(const struct run_script *,
			    const struct shell_word *);
static const struct ast_instr *shell_scan(const struct rule_ctx *,
			    const struct stage *, size_t, size_t);
static int		windows_base(const struct rule_ctx *);
static void		fp_add(struct fpbuf *, const void *, size_t);
static void		fp_build(struct fpbuf *, const struct ast_instr *);
static int		fp_matches(const struct run_entry *,
			    const struct ast_instr *);
static void		run_parse(struct run_script *,
			    const struct ast_instr *);

static const char *const posix_shells[] = {
	"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"
};

/*
 * Names of the commands shell_cmd_unwrap() and shell_cmd_script() look
 * through (shell.c's wrappers, its shells, su and runuser).  Any other
 * command is its own effective command, so the (costly) unwrapping is
 * skipped for it.
 */
static const char *const wrap_names[] = {
	"chronic", "command", "doas", "env", "exec", "gosu", "nice", "nohup",
	"stdbuf", "su-exec", "sudo", "time", "timeout", "xargs",
	"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "su", "runuser"
};

static struct span
map_span(const struct mapper *m, struct span s)
{
	if (m->t == NULL)
		return s;
	return ast_text_span(m->t, s.off, s.len);
}

static void
map_word(const struct mapper *m, struct shell_word *w)
{
	w->span = map_span(m, w->span);
}

/*
 * Copy c into out with every span mapped; words, assignments and
 * redirections get their own arrays so that commands sharing arrays
 * (unwrap points into the words of the command as written) are never
 * mapped twice.
 */
static struct shell_cmd *
map_cmd(struct arena *a, const struct mapper *m, const struct shell_cmd *c,
    struct shell_cmd *out)
{
	size_t	i;

	*out = *c;
	out->span = map_span(m, c->span);
	out->op_span = map_span(m, c->op_span);
	if (c->nwords > 0) {
		out->words = arena_memdup(a, c->words,
		    c->nwords * sizeof(*c->words));
		for (i = 0; i < c->nwords; i++)
			map_word(m, &out->words[i]);
	}
	if (c->nassigns > 0) {
		out->assigns = arena_memdup(a, c->assigns,
		    c->nassigns * sizeof(*c->assigns));
		for (i = 0; i < c->nassigns; i++) {
			out->assigns[i].span = map_span(m, c->assigns[i].span);
			map_word(m, &out->assigns[i].value);
		}
	}
	if (c->nredirs > 0) {
		out->redirs = arena_memdup(a, c->redirs,
		    c->nredirs * sizeof(*c->redirs));
		for (i = 0; i < c->nredirs; i++) {
			out->redirs[i].span = map_span(m, c->redirs[i].span);
			map_word(m, &out->redirs[i].target);
			out->redirs[i].body = map_span(m, c->redirs[i].body);
		}
	}
	out->orig = NULL;
	return out;
}

/*
 * Append the commands of sc as written to raw; those inside "sh -c"
 * strings follow, flagged SHELL_CMD_SHELL_C (up to SHELL_MAX_SHELL_C
 * levels).  Spans of scripts found in sh -c are in the coordinates of
 * the text sc was parsed from, so the same mapper applies.
 */
static void
add_raw(struct run_script *rs, struct cmdvec *raw, const struct mapper *m,
    const struct shell_script *sc, int inner, unsigned level)
{
	struct shell_script	*in;
	struct shell_cmd	*n;
	size_t			 i;

	for (i = 0; i < sc->ncmds; i++) {
		VEC_GROW(raw);
		n = &raw->v[raw->n++];
		map_cmd(rs->arena, m, &sc->cmds[i], n);
		if (inner)
			n->flags |= SHELL_CMD_SHELL_C;
	}
	if (level >= SHELL_MAX_SHELL_C)
		return;
	for (i = 0; i < sc->ncmds; i++) {
		if (!may_wrap(&sc->cmds[i]))
			continue;
		in = shell_cmd_script(rs->arena, &sc->cmds[i]);
		if (in != NULL)
			add_raw(rs, raw, m, in, 1, level + 1);
	}
}

/*
 * 1 if c might run another command (a wrapper such as sudo or env, a
 * shell that may have -c, su): its name is one of wrap_names.
 */
static int
may_wrap(const struct shell_cmd *c)
{
	const char	*b;
	size_t		 blen, k;

	if (c->nwords == 0)
		return 0;
	b = basename_of(c->words[0].value, c->words[0].vlen, &blen);
	for (k = 0; k < sizeof(wrap_names) / sizeof(wrap_names[0]); k++)
		if (b[0] == wrap_names[k][0] &&
		    strncmp(b, wrap_names[k], blen) == 0 &&
		    wrap_names[k][blen] == '\0')
			return 1;
	return 0;
}

/*
 * shell_script_unwrap() (shell.h), skipping commands that wrap nothing:
 * each command with its wrappers removed, each "sh -c 'script'" replaced
 * by the commands of its script, which take the list and pipeline of the
 * sh command and have orig pointing at it.
 */
static void
unwrap_into(struct arena *a, struct cmdvec *out, const struct shell_script *sc,
    const struct shell_cmd *top, unsigned add, unsigned level)
{
	const struct shell_cmd	*c, *u;
	struct shell_script	*in;
	struct shell_cmd	*n;
	size_t			 i;

	for (i = 0; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		u = c;
		in = NULL;
		if (may_wrap(c)) {
			u = shell_cmd_unwrap(a, c);
			if (level < SHELL_MAX_SHELL_C)
				in = shell_cmd_script(a, u);
		}
		if (in != NULL) {
			unwrap_into(a, out, in, top != NULL ? top : c,
			    (top != NULL ? add : 0) + c->depth + 1, level + 1);
			continue;
		}
		VEC_GROW(out);
		n = &out->v[out->n++];
		*n = *u;
		if (top != NULL) {
			n->list = top->list;
			n->pipeline = top->pipeline;
			n->depth += add;
			n->flags |= SHELL_CMD_SHELL_C;
			n->orig = top;
		}
	}
}

/*
 * Add one parsed script: its commands as written to raw and its
 * unwrapped commands to run, with orig pointing at the raw copy.
 */
static void
add_script(struct run_script *rs, struct cmdvec *raw, struct cmdvec *run,
    const struct mapper *m, const struct shell_script *sc)
{
	struct cmdvec		 u;
	struct shell_cmd	*n;
	size_t			 i, first, k;

	first = raw->n;
	add_raw(rs, raw, m, sc, 0, 0);
	memset(&u, 0, sizeof(u));
	unwrap_into(rs->arena, &u, sc, NULL, 0, 0);
	for (i = 0; i < u.n; i++) {
		VEC_GROW(run);
		n = &run->v[run->n++];
		map_cmd(rs->arena, m, &u.v[i], n);
		n->orig = NULL;
		if (u.v[i].orig != NULL && u.v[i].orig >= sc->cmds &&
		    u.v[i].orig < sc->cmds + sc->ncmds) {
			k = (size_t)(u.v[i].orig - sc->cmds);
			/* raw->v may still move: fixed up in run_parse(). */
			n->orig = (const struct shell_cmd *)(uintptr_t)
			    (first + k + 1);
		}
	}
	free(u.v);
}

static int
is_shell_name(const char *v, size_t n)
{
	const char	*b;
	size_t		 blen, k;

	b = basename_of(v, n, &blen);
	for (k = 0; k < sizeof(posix_shells) / sizeof(posix_shells[0]); k++)
		if (strlen(posix_shells[k]) == blen &&
		    memcmp(posix_shells[k], b, blen) == 0)
			return 1;
	return 0;
}

/* The last path component of the n bytes at v; its length in *blen. */
static const char *
basename_of(const char *v, size_t n, size_t *blen)
{
	const char	*b;

	for (b = v + n; b > v && b[-1] != '/'; b--)
		/* nothing */;
	*blen = (size_t)(v + n - b);
	return b;
}

/*
 * 1 if the shell runs here-document h as a script: "RUN <<EOF" (the
 * marker is the whole command) or "RUN bash <<EOF" (a shell reading its
 * script from standard input).  "RUN python3 <<EOF" and "RUN cat <<EOF
 * >file" feed data to a program.
 */
static int
body_is_script(const struct shell_script *sc, const struct ast_heredoc *h)
{
	const struct shell_cmd	*c;
	const struct shell_redir *r;
	size_t			 i, j, k;

	for (i = 0; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		for (j = 0; j < c->nredirs; j++) {
			r = &c->redirs[j];
			if ((r->kind != SHELL_REDIR_HEREDOC &&
			    r->kind != SHELL_REDIR_HEREDOC_TABS) ||
			    strcmp(r->target.value, h->name) != 0 ||
			    (r->fd != -1 && r->fd != 0))
				continue;
			if (c->nwords == 0)
				return 1;
			if (!is_shell_name(c->words[0].value, c->words[0].vlen))
				return 0;
			for (k = 1; k < c->nwords; k++)
				if (c->words[k].value[0] != '-' ||
				    strchr(c->words[k].value, 'c') != NULL)
					return 0;
			return 1;
		}
	}
	/* The parser kept no redirection: a bare marker is likeliest. */
	for (i = 0; i < sc->ncmds; i++)
		if (sc->cmds[i].nwords > 0)
			return 0;
	return 1;
}

/* 1 unless the body starts with "#!" naming a program that is no shell. */
static int
shebang_is_shell(const char *body, size_t len)
{
	const char	*p, *e, *end = body + len;

	if (len < 2 || body[0] != '#' || body[1] != '!')
		return 1;
	p = body + 2;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	for (e = p; e < end && !isspace((unsigned char)*e); e++)
		/* nothing */;
	if (is_shell_name(p, (size_t)(e - p)))
		return 1;
	if ((size_t)(e - p) >= 3 && memcmp(e - 3, "env", 3) == 0) {
		for (p = e; p < end && (*p == ' ' || *p == '\t'); p++)
			/* nothing */;
		if (p + 2 < end && p[0] == '-' && p[1] == 'S')
			for (p += 2; p < end && (*p == ' ' || *p == '\t'); p++)
				/* nothing */;
		for (e = p; e < end && !isspace((unsigned char)*e); e++)
			/* nothing */;
		return is_shell_name(p, (size_t)(e - p));
	}
	return 0;
}

/*
 * Exec form: the JSON elements are one command, as written.  When it is
 * "sh -c script" the script is parsed too, at the offsets of the JSON
 * string (exact unless the string holds escapes).
 */
static void
open_exec(struct run_script *rs, struct cmdvec *raw, struct cmdvec *run)
{
	const struct ast_instr	*in = rs->instr;
	struct shell_word	*w;
	struct shell_cmd	 c, *n;
	const struct shell_cmd	*u;
	struct shell_script	*inner;
	struct mapper		 m;
	const char		*v;
	size_t			 i, k, first;
	int			 cflag;

	m.t = NULL;
	if (in->nwords == 0)
		return;
	w = arena_array(rs->arena, in->nwords, sizeof(*w));
	for (i = 0; i < in->nwords; i++) {
		w[i].value = in->words[i].value;
		w[i].vlen = strlen(in->words[i].value);
		w[i].raw = in->words[i].raw != NULL ? in->words[i].raw :
		    in->words[i].value;
		w[i].rawlen = strlen(w[i].raw);
		w[i].span = in->words[i].span;
	}
	rs->xwords = w;
	rs->nxwords = in->nwords;
	memset(&c, 0, sizeof(c));
	c.words = w;
	c.nwords = in->nwords;
	c.span.off = w[0].span.off;
	c.span.len = SPAN_END(w[in->nwords - 1].span) - w[0].span.off;
	c.op_span.off = SPAN_END(c.span);
	VEC_GROW(raw);
	raw->v[raw->n++] = c;
	u = shell_cmd_unwrap(rs->arena, &raw->v[0]);
	/* "sh [-opts] -c script": parse the script. */
	cflag = 0;
	k = u->nwords;
	if (u->nwords >= 3 && is_shell_name(u->words[0].value,
	    u->words[0].vlen)) {
		for (k = 1; k < u->nwords; k++) {
			v = u->words[k].value;
			if ((v[0] != '-' && v[0] != '+') || v[1] == '\0')
				break;
			if (strcmp(v, "--") == 0) {
				k++;
				break;
			}
			if (v[1] == '-') {
				if (strcmp(v, "--rcfile") == 0 ||
				    strcmp(v, "--init-file") == 0)
					k++;
				continue;
			}
			if (v[0] == '-' && strchr(v, 'c') != NULL)
				cflag = 1;
			if (strpbrk(v + 1, "oO") != NULL)
				k++;
		}
	}
	if (cflag && k < u->nwords) {
		inner = shell_parse(rs->arena, u->words[k].value,
		    u->words[k].vlen, u->words[k].span.off + 1);
		add_raw(rs, raw, &m, inner, 1, 1);
		first = run->n;
		unwrap_into(rs->arena, run, inner, NULL, 0, 1);
		for (i = first; i < run->n; i++) {
			run->v[i].flags |= SHELL_CMD_SHELL_C;
			run->v[i].orig = (const struct shell_cmd *)(uintptr_t)1;
		}
		return;
	}
	VEC_GROW(run);
	n = &run->v[run->n++];
	*n = *u;
	n->orig = u != &raw->v[0] ? (const struct shell_cmd *)(uintptr_t)1 :
	    NULL;
}

/*
 * The cache.  Every RUN rule (and rules of other families, through
 * rule-util.c) opens the same RUN, so the last two parses are kept:
 * with the engine calling each rule on an instruction in turn, a RUN is
 * parsed once, and the previous RUN (DF3044 looks at it) is still there.
 * Parses go to one arena, replaced when it has grown past RUN_ARENA_MAX
 * and no run_script is open (the entries in it are dropped then): an
 * arena per parse would cost a zeroed chunk per RUN, and an open
 * run_script stays valid across other run_open() calls.
 *
 * An entry is found by a fingerprint of everything the parse depends on
 * -- the instruction's address, its text, the addresses of that text and
 * of the here-document bodies, and their source offsets -- so a file
 * freed and another loaded at the same address never gets a stale parse:
 * an equal fingerprint means the same bytes at the same addresses.
 */
#define RUN_ARENA_MAX	(256 * 1024)

struct run_entry {
	const struct ast_instr	*instr;	/* NULL: empty */
	char			*fp;	/* fingerprint (heap) */
	size_t			 fplen;
	struct run_script	 rs;
};

/*
 * A fingerprint is written once, when a parse is stored, and afterwards
 * only compared piece by piece as it would be written (no copy), so that
 * a cache hit costs a few comparisons.
 */
struct fpbuf {
	char		*v;
	size_t		 n;
	size_t		 cap;
	const char	*ref;	/* compare against this instead */
	size_t		 reflen;
	int		 differs;
};

static struct {
	struct arena		*arena;
	struct run_entry	 e[2];	/* [0] most recent */
	size_t			 open;	/* run_open() not yet closed */
} run_cache;

static void
fp_add(struct fpbuf *b, const void *p, size_t n)
{
	if (b->ref != NULL) {
		if (!b->differs && (b->n + n > b->reflen ||
		    (n > 0 && memcmp(b->ref + b->n, p, n) != 0)))
			b->differs = 1;
		b->n += n;
		return;
	}
	while (b->n + n > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 256;
		b->v = xreallocarray(b->v, b->cap, 1);
	}
	if (n > 0)
		memcpy(b->v + b->n, p, n);
	b->n += n;
}

static void
fp_build(struct fpbuf *b, const struct ast_instr *in)
{
	struct {
		const struct ast_instr	*in;
		struct span		 span, aspan;
		const char		*s;
		size_t			 len, nsegs, nwords, nheredocs;
		int			 exec_form;
	} head;
	const struct ast_heredoc *h;
	size_t			 i, n;

	memset(&head, 0, sizeof(head));	/* padding too */
	head.in = in;
	head.span = in->span;
	head.aspan = in->args.span;
	head.s = in->args.s;
	head.len = in->args.len;
	head.nsegs = in->args.nsegs;
	head.nwords = in->nwords;
	head.nheredocs = in->nheredocs;
	head.exec_form = in->exec_form;
	fp_add(b, &head, sizeof(head));
	if (in->args.nsegs > 0)
		fp_add(b, in->args.segs, in->args.nsegs *
		    sizeof(*in->args.segs));
	if (in->args.s != NULL)
		fp_add(b, in->args.s, in->args.len);
	for (i = 0; in->exec_form && i < in->nwords; i++) {
		fp_add(b, &in->words[i].value, sizeof(in->words[i].value));
		fp_add(b, &in->words[i].raw, sizeof(in->words[i].raw));
		fp_add(b, &in->words[i].span, sizeof(in->words[i].span));
		n = in->words[i].raw != NULL ? strlen(in->words[i].raw) : 0;
		fp_add(b, &n, sizeof(n));
		fp_add(b, in->words[i].raw, n);
	}
	for (i = 0; i < in->nheredocs; i++) {
		h = &in->heredocs[i];
		fp_add(b, &h->body, sizeof(h->body));
		fp_add(b, &h->bodylen, sizeof(h->bodylen));
		fp_add(b, &h->body_span, sizeof(h->body_span));
		fp_add(b, &h->name, sizeof(h->name));
		if (h->body != NULL)
			fp_add(b, h->body, h->bodylen);
		if (h->name != NULL)
			fp_add(b, h->name, strlen(h->name) + 1);
	}
}

/* 1 if entry e holds the parse of in as it is now. */
static int
fp_matches(const struct run_entry *e, const struct ast_instr *in)
{
	struct fpbuf	b;

	if (e->instr != in)
		return 0;
	memset(&b, 0, sizeof(b));
	b.ref = e->fp;
	b.reflen = e->fplen;
	fp_build(&b, in);
	return !b.differs && b.n == b.reflen;
}

/* Parse RUN in into rs, allocating from rs->arena. */
static void
run_parse(struct run_script *rs, const struct ast_instr *in)
{
	const struct ast_heredoc *h;
	struct shell_script	*sc, *body;
	struct cmdvec		 raw, run;
	struct mapper		 m;
	uintptr_t		 k;
	size_t			 i;

	rs->instr = in;
	rs->exec_form = in->exec_form;
	memset(&raw, 0, sizeof(raw));
	memset(&run, 0, sizeof(run));
	if (in->exec_form)
		open_exec(rs, &raw, &run);
	else {
		m.t = &in->args;
		sc = shell_parse(rs->arena, in->args.s != NULL ? in->args.s :
		    "", in->args.len, 0);
		add_script(rs, &raw, &run, &m, sc);
		m.t = NULL;
		for (i = 0; i < in->nheredocs; i++) {
			h = &in->heredocs[i];
			if (h->body == NULL || !body_is_script(sc, h) ||
			    !shebang_is_shell(h->body, h->bodylen))
				continue;
			body = shell_parse(rs->arena, h->body, h->bodylen,
			    h->body_span.off);
			add_script(rs, &raw, &run, &m, body);
		}
	}
	/* orig held raw index + 1: now that raw is final, point at it. */
	rs->raw = arena_alloc(rs->arena, sizeof(*rs->raw));
	rs->raw->cmds = arena_memdup(rs->arena, raw.v,
	    raw.n * sizeof(*raw.v));
	rs->raw->ncmds = raw.n;
	rs->sc = arena_alloc(rs->arena, sizeof(*rs->sc));
	rs->sc->cmds = arena_memdup(rs->arena, run.v, run.n * sizeof(*run.v));
	rs->sc->ncmds = run.n;
	for (i = 0; i < run.n; i++) {
		k = (uintptr_t)rs->sc->cmds[i].orig;
		rs->sc->cmds[i].orig = k != 0 && k <= raw.n ?
		    &rs->raw->cmds[k - 1] : NULL;
	}
	free(raw.v);
	free(run.v);
}

/* Bytes of script a RUN holds: its text and its heredoc bodies. */
size_t
run_script_size(const struct ast_instr *in)
{
	size_t	i, n;

	n = in->args.len;
	for (i = 0; i < in->nheredocs; i++)
		n += in->heredocs[i].bodylen;
	return n;
}

/*
 * Parse the RUN of ctx.  Returns 0 and fills rs, or -1 when ctx is not at
 * a RUN, the script is over RUN_SCRIPT_MAX bytes, or the SHELL in effect
 * is not a POSIX shell (PowerShell, cmd; cmd is also the default of
 * stages built on a Windows image).
 * What rs points to is shared and read-only (the parse is cached) and is
 * valid until run_close(); spans are file offsets.  rs->arena may be used
 * for scratch allocations until then.
 */
int
run_open(struct run_script *rs, const struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr, *sh;
	struct run_entry	 tmp;
	struct fpbuf		 fp;
	size_t			 i;

	memset(rs, 0, sizeof(*rs));
	if (in == NULL || in->kind != AST_RUN ||
	    run_script_size(in) > RUN_SCRIPT_MAX)
		return -1;
	sh = run_shell(ctx);
	if (sh != NULL ? !run_shell_posix(sh) : windows_base(ctx))
		return -1;
	for (i = 0; i < 2; i++) {
		if (!fp_matches(&run_cache.e[i], in))
			continue;
		if (i == 1) {
			tmp = run_cache.e[0];
			run_cache.e[0] = run_cache.e[1];
			run_cache.e[1] = tmp;
		}
		*rs = run_cache.e[0].rs;
		run_cache.open++;
		return 0;
	}
	if (run_cache.arena == NULL || (run_cache.open == 0 &&
	    arena_used(run_cache.arena) > RUN_ARENA_MAX)) {
		/* Reset, not free: its chunks serve the next parses. */
		if (run_cache.arena != NULL)
			arena_reset(run_cache.arena);
		else
			run_cache.arena = arena_new();
		for (i = 0; i < 2; i++)
			run_cache.e[i].instr = NULL;
	}
	free(run_cache.e[1].fp);
	run_cache.e[1] = run_cache.e[0];
	memset(&run_cache.e[0], 0, sizeof(run_cache.e[0]));
	run_cache.e[0].rs.arena = run_cache.arena;
	run_parse(&run_cache.e[0].rs, in);
	memset(&fp, 0, sizeof(fp));
	fp_build(&fp, in);
	run_cache.e[0].fp = fp.v;
	run_cache.e[0].fplen = fp.n;
	run_cache.e[0].instr = in;
	*rs = run_cache.e[0].rs;
	run_cache.open++;
	return 0;
}

/*
 * End the use of rs, opened by run_open() (every successful run_open()
 * needs one run_close()).  rs may be zeroed: then it does nothing.
 */
void
run_close(struct run_script *rs)
{
	if (rs->arena != NULL && run_cache.open > 0)
		run_cache.open--;
	memset(rs, 0, sizeof(*rs));
}

/*
 * Free the cache run_open() keeps.  Only for leak checkers: it is also
 * fine to exit with it.
 */
void
run_cache_free(void)
{
	size_t	i;

	for (i = 0; i < 2; i++)
		free(run_cache.e[i].fp);
	if (run_cache.arena != NULL)
		arena_free(run_cache.arena);
	memset(&run_cache, 0, sizeof(run_cache));
}

/*
 * 1 if the stage of ctx starts (through its FROM chain) from a Windows
 * image, whose default shell is cmd, not /bin/sh.
 */
static int
windows_base(const struct rule_ctx *ctx)
{
	static const char *const marks[] = {
		"windows", "nanoserver", "servercore"
	};
	const struct stage	*st = ctx->stage;
	size_t			 hops, k;

	if (st == NULL || ctx->graph == NULL)
		return 0;
	for (hops = 0; st->base_stage >= 0 &&
	    (size_t)st->base_stage < ctx->graph->nstages &&
	    hops < ctx->graph->nstages; hops++)
		st = &ctx->graph->stages[st->base_stage];
	if (st->base == NULL)
		return 0;
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (strcasestr(st->base, marks[k]) != NULL)
			return 1;
	return 0;
}

/*
 * Index in file->instrs of the instruction of ctx (of the ONBUILD holding
 * it, for a trigger), or (size_t)-1 when it is not a top-level one.
 */
size_t
run_instr_index(const struct rule_ctx *ctx)
{
	const struct ast_instr	*in;

	in = ctx->parent != NULL ? ctx->parent : ctx->instr;
	if (in == NULL || ctx->file == NULL || ctx->file->ninstrs == 0 ||
	    in < ctx->file->instrs ||
	    in >= ctx->file->instrs + ctx->file->ninstrs)
		return (size_t)-1;
	return (size_t)(in - ctx->file->instrs);
}

/*
 * The SHELL in effect at instruction idx of stage st (see run_shell()),
 * without memo.
 */
static const struct ast_instr *
shell_scan(const struct rule_ctx *ctx, const struct stage *st, size_t idx,
    size_t stop)
{
	const struct ast_instr	*ins = ctx->file->instrs;
	size_t			 i, hops;

	for (hops = 0; st != NULL; hops++) {
		for (i = idx; i > stop; i--)
			if (ins[i - 1].kind == AST_SHELL)
				return &ins[i - 1];
		if (stop != st->first)
			return NULL;	/* caller continues from its memo */
		if (ctx->graph == NULL || st->base_stage < 0 ||
		    (size_t)st->base_stage >= ctx->graph->nstages ||
		    hops >= ctx->graph->nstages)
			break;
		st = &ctx->graph->stages[st->base_stage];
		idx = st->end;
		stop = st->first;
	}
	return NULL;
}

/*
 * The SHELL instruction in effect at ctx: the last one before it in its
 * stage, else the last one of the stage it is based on (SHELL is part of
 * the image configuration a stage inherits), and so on.  NULL when the
 * default /bin/sh -c applies or nothing is known.
 *
 * Rules call this for every RUN, so the answer for the last instruction
 * asked about is kept: asking about a later instruction of the same stage
 * only scans the instructions in between, and about an earlier one
 * mostly needs no scan.  The memo is checked against
 * the file, graph and stage it was made for, and its answer against the
 * instruction kind, before it is used.
 */
const struct ast_instr *
run_shell(const struct rule_ctx *ctx)
{
	static struct {
		const struct ast_file	*file;
		const struct graph	*graph;
		const struct stage	*stage;
		size_t			 first, end, ninstrs, idx;
		const struct ast_instr	*shell;
	} memo;
	const struct ast_instr	*r;
	const struct stage	*st = ctx->stage;
	size_t			 idx, k;

	idx = run_instr_index(ctx);
	if (st == NULL || idx == (size_t)-1 || idx < st->first ||
	    idx > st->end)
		return NULL;
	if (memo.file == ctx->file && memo.graph == ctx->graph &&
	    memo.stage == st && memo.first == st->first &&
	    memo.end == st->end && memo.ninstrs == ctx->file->ninstrs &&
	    (memo.shell == NULL || (memo.shell >= ctx->file->instrs &&
	    memo.shell < ctx->file->instrs + ctx->file->ninstrs &&
	    memo.shell->kind == AST_SHELL))) {
		k = memo.shell != NULL ? (size_t)(memo.shell -
		    ctx->file->instrs) : 0;
		if (memo.idx <= idx) {
			/* only the instructions in between are new */
			r = shell_scan(ctx, st, idx, memo.idx);
			if (r == NULL)
				r = memo.shell;
		} else if (memo.shell == NULL || k < st->first ||
		    k >= st->end || k < idx)
			r = memo.shell;	/* none between it and memo.idx */
		else
			r = shell_scan(ctx, st, idx, st->first);
	} else
		r = shell_scan(ctx, st, idx, st->first);
	memo.file = ctx->file;
	memo.graph = ctx->graph;
	memo.stage = st;
	memo.first = st->first;
	memo.end = st->end;
	memo.ninstrs = ctx->file->ninstrs;
	memo.idx = idx;
	memo.shell = r;
	return r;
}

/*
 * 1 if the SHELL instruction (NULL: the default /bin/sh) runs a POSIX
 * shell; 0 for PowerShell (pwsh, powershell) and cmd, whose scripts the
 * RUN rules cannot read.
 */
int
run_shell_posix(const struct ast_instr *shell)
{
	const char	*b;
	size_t		 blen;

	if (shell == NULL || shell->nwords == 0)
		return 1;
	b = basename_of(shell->words[0].value,
	    strlen(shell->words[0].value), &blen);
	if (blen >= 4 && strncasecmp(b, "pwsh", 4) == 0)
		return 0;
	if (blen >= 10 && strncasecmp(b, "powershell", 10) == 0)
		return 0;
	if ((blen == 3 || (blen > 3 && b[3] == '.')) &&
	    strncasecmp(b, "cmd", 3) == 0)
		return 0;
	return 1;
}

/*
 * 1 if the RUN has a cache or tmpfs mount (whose content never reaches
 * the image layer) matching path: with RUN_MOUNT_COVERS, the target is
 * path or a directory above it ("/var/lib/apt" covers
 * "/var/lib/apt/lists"); with RUN_MOUNT_INFIX, the target contains path
 * (".cache/pip" matches "/root/.cache/pip").
 */
int
run_mount(const struct ast_instr *in, const char *path, int how)
{
	const struct ast_flag	*f;
	const char		*type, *target, *k;
	size_t			 i, j, tlen, plen;

	plen = strlen(path);
	for (i = 0; i < in->nflags; i++) {
		f = &in->flags[i];
		if (strcasecmp(f->name, "mount") != 0)
			continue;
		type = NULL;
		target = NULL;
		for (j = 0; j < f->nopts; j++) {
			k = f->opts[j].key;
			if (strcmp(k, "type") == 0)
				type = f->opts[j].value;
			else if (strcmp(k, "target") == 0 ||
			    strcmp(k, "dst") == 0 ||
			    strcmp(k, "destination") == 0)
				target = f->opts[j].value;
		}
		if (type == NULL || target == NULL ||
		    (strcmp(type, "cache") != 0 && strcmp(type, "tmpfs") != 0))
			continue;
		tlen = strlen(target);
		while (tlen > 1 && target[tlen - 1] == '/')
			tlen--;
		if (how == RUN_MOUNT_INFIX) {
			if (memmem(target, tlen, path, plen) != NULL)
				return 1;
			continue;
		}
		if (tlen <= 1 || tlen > plen || memcmp(target, path, tlen) != 0)
			continue;
		if (tlen == plen || path[tlen] == '/')
			return 1;
	}
	return 0;
}

/*
 * 1 if a command at index from or later in sc is "rm" with an argument
 * naming dir itself or a path below it, or a glob that matches dir
 * ("/var/lib/apt/lists*").
 */
int
run_rm_under(const struct shell_script *sc, size_t from, const char *dir)
{
	const struct shell_cmd	*c;
	const struct shell_word	*w;
	struct shell_args	 it;
	size_t			 i, n;

	n = strlen(dir);
	for (i = from; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		if (!shell_cmd_is(c, "rm"))
			continue;
		shell_args_init(&it, c, NULL);
		while ((w = shell_args_next(&it)) != NULL) {
			if (w->vlen >= n && memcmp(w->value, dir, n) == 0 &&
			    (w->vlen == n || strchr("/*?[", w->value[n]) !=
			    NULL))
				return 1;
		}
	}
	return 0;
}

/*
 * The first positional argument of c (its subcommand, for apt-get, yum,
 * pip ...), skipping options and the values of those in valflags; the
 * second one is stored in *next when next is not NULL.  NULL when there
 * is none.
 */
const struct shell_word *
run_subcmd(const struct shell_cmd *c, const char *valflags,
    const struct shell_word **next)
{
	struct shell_args	 it;
	const struct shell_word	*w;

	shell_args_init(&it, c, valflags);
	w = shell_args_next(&it);
	if (next != NULL)
		*next = w != NULL ? shell_args_next(&it) : NULL;
	return w;
}

/* 1 if the word's value is not known before the build ($x, $(...)). */
int
run_word_unknown(const struct shell_word *w)
{
	return (w->flags & SHELL_WORD_EXPAND) != 0;
}

/*
 * 1 if w is written as its bare value (no quotes, escapes or expansions)
 * or, in the exec form, as a JSON string without escapes: then replacing
 * its bytes with another plain word is exact.
 */
int
run_word_plain(const struct run_script *rs, const struct shell_word *w)
{
	if (is_json_word(rs, w))
		return w->rawlen == w->vlen + 2 &&
		    memcmp(w->raw + 1, w->value, w->vlen) == 0;
	return w->flags == 0 && w->rawlen == w->vlen &&
	    memcmp(w->raw, w->value, w->vlen) == 0;
}

/* 1 if the word's value is one of the space-separated list. */
int
run_word_in(const struct shell_word *w, const char *list)
{
	const char	*p, *e;

	if (w == NULL)
		return 0;
	for (p = list; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			/* nothing */;
		if (e > p && (size_t)(e - p) == w->vlen &&
		    memcmp(p, w->value, w->vlen) == 0)
			return 1;
	}
	return 0;
}

/*
 * 1 if the command's name (its last path component) is name followed
 * only by digits and dots: "pip" matches pip, pip3 and /usr/bin/pip3.12,
 * not pipx or pipenv.
 */
int
run_name_matches(const struct shell_cmd *c, const char *name)
{
	const char	*b;
	size_t		 blen, n, i;

	if (c->nwords == 0)
		return 0;
	b = basename_of(c->words[0].value, c->words[0].vlen, &blen);
	n = strlen(name);
	if (blen < n || memcmp(b, name, n) != 0)
		return 0;
	for (i = n; i < blen; i++)
		if (!isdigit((unsigned char)b[i]) && b[i] != '.')
			return 0;
	return 1;
}

/* The span from the command's name to the end of word w. */
struct span
run_span_to(const struct shell_cmd *c, const struct shell_word *w)
{
	struct span	s;

	if (c->nwords == 0)
		return c->span;
	s.off = c->words[0].span.off;
	s.len = SPAN_END(w->span) > s.off ? SPAN_END(w->span) - s.off : 0;
	return s;
}

/* 1 if w is one of the exec-form JSON elements of rs. */
static int
is_json_word(const struct run_script *rs, const struct shell_word *w)
{
	return rs->xwords != NULL && w >= rs->xwords &&
	    w < rs->xwords + rs->nxwords;
}

/*
 * Add to dg the edit inserting option arg after word w: " arg" in shell
 * text (inside a "sh -c" string too), ', "arg"' after an exec-form
 * element.  arg must need no quoting.
 */
void
run_fix_insert(const struct run_script *rs, struct diag *dg,
    const struct shell_word *w, const char *arg)
{
	struct span	 at;
	char		*text;

	if (dg == NULL)
		return;
	at.off = SPAN_END(w->span);
	at.len = 0;
	if (is_json_word(rs, w))
		xasprintf(&text, ", \"%s\"", arg);
	else
		xasprintf(&text, " %s", arg);
	diag_add_edit(dg, at, text);
	free(text);
}

/* Add to dg the edit replacing word w by text (a JSON string if need be). */
void
run_fix_replace(const struct run_script *rs, struct diag *dg,
    const struct shell_word *w, const char *text)
{
	char	*s;

	if (dg == NULL)
		return;
	if (is_json_word(rs, w)) {
		xasprintf(&s, "\"%s\"", text);
		diag_add_edit(dg, w->span, s);
		free(s);
	} else
		diag_add_edit(dg, w->span, text);
}

/*
 * The number of simple commands the RUN is written as (top level; one
 * for the exec form), as DL3059 counts them.  A RUN with a here-document
 * counts as a script of many commands: it was written as one on purpose.
 */
int
run_count_cmds(const struct run_script *rs)
{
	size_t	i, n = 0;

	if (rs->instr != NULL && rs->instr->nheredocs > 0)
		return 2;
	for (i = 0; i < rs->raw->ncmds; i++)
		if ((rs->raw->cmds[i].flags & SHELL_CMD_SHELL_C) == 0 &&
		    rs->raw->cmds[i].nwords > 0)
			n++;
	return n > 1000 ? 1000 : (int)n;
}

/*
 * 1 if the text of RUN in (its arguments, here-document bodies) holds
 * the string needle: a cheap test before run_open() for rules that look
 * for one program.  0 for anything but a RUN.
 */
int
run_mentions(const struct ast_instr *in, const char *needle)
{
	size_t	n = strlen(needle), i;

	if (in == NULL || in->kind != AST_RUN)
		return 0;
	if (in->args.s != NULL &&
	    memmem(in->args.s, in->args.len, needle, n) != NULL)
		return 1;
	for (i = 0; i < in->nheredocs; i++)
		if (in->heredocs[i].body != NULL &&
		    memmem(in->heredocs[i].body, in->heredocs[i].bodylen,
		    needle, n) != NULL)
			return 1;
	return 0;
}
