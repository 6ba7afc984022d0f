/* SPDX-License-Identifier: ISC */
/*
 * ARG/ENV scoping and the list of what each instruction expands (see
 * scope.h for the model).  One pass over the file computes the
 * environment before and after every instruction as shared, newest-first
 * lists in the scope's arena.  Variable syntax is expand.c's business;
 * stage edges, images and the target are graph.c's.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include "dfopt.h"
#include "arena.h"
#include "ast.h"
#include "envmap.h"
#include "expand.h"
#include "scope.h"
#include "xmalloc.h"

#define SCOPE_DEFAULT_PATH \
	"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

struct scope_platform {
	const char	*os;
	const char	*arch;
	const char	*variant;
	const char	*full;	/* os/arch[/variant] */
};

static const char *const scope_proxy_args[] = {
	"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
	"FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY",
	"all_proxy"
};

static const char *const scope_platform_args[] = {
	"BUILDARCH", "BUILDOS", "BUILDOSVERSION", "BUILDPLATFORM",
	"BUILDVARIANT", "TARGETARCH", "TARGETOS", "TARGETOSVERSION",
	"TARGETPLATFORM", "TARGETSTAGE", "TARGETVARIANT"
};

static int	scope_env_lookup(void *, const char *, size_t, const char **,
		    size_t *);
static struct scope_var *scope_push(struct scope *,
		    const struct scope_var *, const char *, const char *,
		    size_t, enum scope_origin, const struct ast_instr *,
		    size_t, unsigned);
static const char *scope_build_arg(const struct scope_build *, const char *);
static void	scope_platform_parse(struct arena *, const char *,
		    struct scope_platform *);
static const struct scope_var *scope_apply(struct scope *,
		    const struct scope_build *, const struct ast_instr *,
		    const struct scope_var *, int);
static char	*scope_expand_copy(struct scope *, const char *, size_t,
		    const struct scope_var *, size_t *);
static int	scope_locate(const struct scope *, const struct ast_instr *,
		    size_t *, int *);

/* FNV-1a of a stage name. */
static size_t
scope_hash(const char *s)
{
	size_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The name hash slot for name: its entry, or the free slot for it. */
static size_t
scope_name_slot(const struct scope *sc, const char *name)
{
	size_t	i, mask;

	mask = sc->nameslots - 1;
	for (i = scope_hash(name) & mask; sc->names[i] != 0; i = (i + 1) & mask)
		if (strcmp(sc->stages[sc->names[i] - 1].name, name) == 0)
			break;
	return i;
}

/*
 * The last stage named name (lower-case, as stage names are kept), or -1.
 * While scope_new() runs: the last one so far.
 */
int
scope_stage_index(const struct scope *sc, const char *name)
{
	size_t	i;

	if (sc->nameslots == 0)
		return -1;
	i = scope_name_slot(sc, name);
	return sc->names[i] != 0 ? (int)(sc->names[i] - 1) : -1;
}

static int
scope_sub_cmp(const void *a, const void *b)
{
	uintptr_t	x, y;

	x = (uintptr_t)*(const struct ast_instr *const *)a;
	y = (uintptr_t)*(const struct ast_instr *const *)b;
	return x < y ? -1 : x > y;
}

/* The map of list head, which must carry one (NULL for the empty list). */
static const struct envmap *
scope_map(const struct scope_var *head)
{
	if (head != NULL && head->map == NULL)
		BUG("scope_map: binding %s has no map", head->name);
	return head != NULL ? head->map : NULL;
}

/*
 * The newest binding of the namelen bytes at name in list head, set or
 * not, or NULL.  The first node that carries a map answers; only the
 * pairs of the ENV being applied are walked.
 */
static const struct scope_var *
scope_find(const struct scope_var *head, const char *name, size_t namelen)
{
	const struct scope_var	*v;

	for (v = head; v != NULL; v = v->next) {
		if (v->map != NULL)
			return envmap_get(v->map, name, namelen);
		if (strncmp(v->name, name, namelen) == 0 &&
		    v->name[namelen] == '\0')
			return v;
	}
	return NULL;
}

/* expand_env callback: ctx is the newest binding of a list. */
static int
scope_env_lookup(void *ctx, const char *name, size_t namelen,
    const char **val, size_t *vallen)
{
	const struct scope_var	*v;

	if ((v = scope_find(ctx, name, namelen)) == NULL || v->set == NULL)
		return 0;
	*val = v->set->value;
	*vallen = v->set->valuelen;
	return 1;
}

/* An expand_env reading list head (NULL: nothing set).  Borrowed. */
struct expand_env
scope_env(const struct scope_var *head)
{
	struct expand_env	env;

	env.lookup = scope_env_lookup;
	env.ctx = (void *)(uintptr_t)head;
	return env;
}

/* The newest binding of name that has a value, or NULL when unset. */
const struct scope_var *
scope_lookup(const struct scope_var *head, const char *name)
{
	const struct scope_var	*v;

	v = scope_find(head, name, strlen(name));
	return v != NULL ? v->set : NULL;
}

/* The newest binding of name, with a value or not (ARG NAME), or NULL. */
const struct scope_var *
scope_binding(const struct scope_var *head, const char *name)
{
	return scope_find(head, name, strlen(name));
}

/*
 * A new binding on top of head.  gen == 0: the binding gets its own map.
 * gen != 0: one of the pairs of an ENV; the map is built in sc->batch and
 * the caller gives it to the last pair (scope_apply()).
 */
static struct scope_var *
scope_push(struct scope *sc, const struct scope_var *head, const char *name,
    const char *value, size_t valuelen, enum scope_origin origin,
    const struct ast_instr *in, size_t pair, unsigned gen)
{
	struct scope_var	*v;
	const struct scope_var	*prev;
	size_t			 len;

	len = strlen(name);
	v = arena_alloc(sc->arena, sizeof(*v));
	memset(v, 0, sizeof(*v));
	v->name = arena_strndup(sc->arena, name, len);
	if (value != NULL) {
		v->value = arena_strndup(sc->arena, value, valuelen);
		v->valuelen = valuelen;
		v->set = v;
	} else if ((prev = scope_find(head, name, len)) != NULL)
		v->set = prev->set;
	v->origin = origin;
	v->instr = in;
	v->pair = pair;
	v->next = head;
	v->seq = ++sc->seq;
	if (gen != 0)
		sc->batch = envmap_put(sc->arena, sc->batch, v->name, len, v,
		    gen);
	else
		v->map = envmap_put(sc->arena, scope_map(head), v->name, len,
		    v, 0);
	return v;
}

static const char *
scope_build_arg(const struct scope_build *b, const char *name)
{
	size_t	i;

	for (i = b->n; i > 0; i--)
		if (strcmp(b->names[i - 1], name) == 0)
			return b->values[i - 1];
	return NULL;
}

/*
 * "linux/amd64" for this machine, from uname(2) as containerd's
 * platforms.DefaultSpec() names it.  Static storage.
 */
const char *
scope_native_platform(void)
{
	static const struct {
		const char	*machine;
		const char	*platform;
	} map[] = {
		{ "x86_64", "linux/amd64" },
		{ "amd64", "linux/amd64" },
		{ "aarch64", "linux/arm64" },
		{ "arm64", "linux/arm64" },
		{ "armv7l", "linux/arm/v7" },
		{ "armv6l", "linux/arm/v6" },
		{ "armv5tel", "linux/arm/v5" },
		{ "i386", "linux/386" },
		{ "i486", "linux/386" },
		{ "i586", "linux/386" },
		{ "i686", "linux/386" },
		{ "ppc64le", "linux/ppc64le" },
		{ "s390x", "linux/s390x" },
		{ "riscv64", "linux/riscv64" },
		{ "mips64", "linux/mips64" },
		{ "loongarch64", "linux/loong64" }
	};
	static char	 other[80];
	struct utsname	 u;
	size_t		 i;

	if (uname(&u) == -1)
		return "linux/amd64";
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(u.machine, map[i].machine) == 0)
			return map[i].platform;
	snprintf(other, sizeof(other), "linux/%s", u.machine);
	return other;
}

/*
 * Split "os/arch[/variant]" (or "arch", or "os") and normalise it the way
 * containerd's platforms.Normalize does for the common names.
 */
static void
scope_platform_parse(struct arena *a, const char *s,
    struct scope_platform *p)
{
	static const char *const oses[] = {
		"linux", "windows", "darwin", "freebsd", "netbsd", "openbsd",
		"solaris", "illumos", "aix", "android", "ios", "js", "wasip1"
	};
	char		*copy, *part[3];
	size_t		 n, i;
	const char	*native;

	copy = arena_strdup(a, s);
	for (i = 0; copy[i] != '\0'; i++)
		copy[i] = tolower((unsigned char)copy[i]);
	n = 0;
	part[0] = part[1] = part[2] = NULL;
	for (part[n++] = copy; n < 3 && (part[n] = strchr(part[n - 1], '/'));
	    n++)
		*part[n]++ = '\0';
	native = scope_native_platform();
	p->os = "linux";
	p->arch = "";
	p->variant = "";
	if (n == 1) {
		for (i = 0; i < sizeof(oses) / sizeof(oses[0]); i++)
			if (strcmp(part[0], oses[i]) == 0)
				break;
		if (i < sizeof(oses) / sizeof(oses[0])) {
			/* an OS alone: the native architecture */
			scope_platform_parse(a, native, p);
			p->os = part[0];
		} else
			p->arch = part[0];
	} else {
		p->os = part[0];
		p->arch = part[1];
		if (n == 3)
			p->variant = part[2];
	}
	if (strcmp(p->arch, "x86_64") == 0 || strcmp(p->arch, "x86-64") == 0)
		p->arch = "amd64";
	else if (strcmp(p->arch, "aarch64") == 0)
		p->arch = "arm64";
	else if (strcmp(p->arch, "i386") == 0 || strcmp(p->arch, "i686") == 0)
		p->arch = "386";
	else if (strncmp(p->arch, "armv", 4) == 0 && p->arch[4] != '\0') {
		p->variant = arena_printf(a, "v%c", p->arch[4]);
		p->arch = "arm";
	}
	if (strcmp(p->arch, "arm64") == 0 && (strcmp(p->variant, "v8") == 0 ||
	    strcmp(p->variant, "8") == 0))
		p->variant = "";
	if (strcmp(p->arch, "arm") == 0 && *p->variant == '\0')
		p->variant = "v7";
	if (*p->variant != '\0' && p->variant[0] != 'v')
		p->variant = arena_printf(a, "v%s", p->variant);
	p->full = arena_printf(a, "%s/%s%s%s", p->os, p->arch,
	    *p->variant != '\0' ? "/" : "", p->variant);
}

/*
 * Expand text against env; return the value copied into the arena, or
 * NULL on an expansion error.
 */
static char *
scope_expand_copy(struct scope *sc, const char *text, size_t len,
    const struct scope_var *env, size_t *outlen)
{
	struct expand_env	 e;
	struct expand_result	 r;
	char			*v;

	e = scope_env(env);
	if (expand_word(&r, text, len, sc->file->escape, 0, &e) == -1) {
		expand_result_release(&r);
		return NULL;
	}
	v = arena_strndup(sc->arena, r.value, r.len);
	*outlen = r.len;
	expand_result_release(&r);
	return v;
}

static const char *
scope_word_text(const struct ast_word *w, size_t *len)
{
	const char	*t;

	t = w->raw != NULL ? w->raw : w->value != NULL ? w->value : "";
	*len = strlen(t);
	return t;
}

/*
 * Apply the bindings of ARG or ENV instruction in to cur and return the
 * new head.  meta: an ARG before the first FROM.
 */
static const struct scope_var *
scope_apply(struct scope *sc, const struct scope_build *b,
    const struct ast_instr *in, const struct scope_var *cur, int meta)
{
	const struct scope_var	*old, *g;
	const struct ast_kv	*kv;
	const char		*name, *text, *ba, *val;
	size_t			 i, len, vlen;
	struct scope_var	*nv, *last;

	old = cur;
	last = NULL;
	if (in->kind == AST_ENV) {
		sc->batch = scope_map(cur);
		if (++sc->gen == 0)
			sc->gen = 1;
	}
	for (i = 0; i < in->npairs; i++) {
		kv = &in->pairs[i];
		if (in->kind == AST_ENV) {
			text = scope_word_text(&kv->key, &len);
			name = scope_expand_copy(sc, text, len, old, &vlen);
			if (name == NULL)
				name = kv->key.value != NULL ? kv->key.value :
				    "";
			val = NULL;
			vlen = 0;
			if (kv->has_value && kv->value.raw != NULL) {
				text = scope_word_text(&kv->value, &len);
				val = scope_expand_copy(sc, text, len, old,
				    &vlen);
			}
			if (val == NULL)
				val = "";
			last = scope_push(sc, cur, name, val, vlen, SCOPE_ENV,
			    in, i, sc->gen);
			cur = last;
			continue;
		}
		if (in->kind != AST_ARG)
			BUG("scope_apply: %s", ast_kind_name(in->kind));
		name = kv->key.value != NULL ? kv->key.value : "";
		ba = scope_build_arg(b, name);
		val = NULL;
		vlen = 0;
		if (ba != NULL) {
			val = ba;
			vlen = strlen(ba);
		} else if (kv->has_value && kv->value.raw != NULL) {
			text = scope_word_text(&kv->value, &len);
			val = scope_expand_copy(sc, text, len, cur, &vlen);
		} else if (!meta && (g = scope_lookup(sc->global, name)) !=
		    NULL) {
			val = g->value;
			vlen = g->valuelen;
		}
		nv = scope_push(sc, cur, name, val, vlen,
		    meta ? SCOPE_META : SCOPE_ARG, in, i, 0);
		nv->build_arg = ba != NULL;
		cur = nv;
	}
	/* The pairs of one ENV share one map, the last pair's. */
	if (last != NULL)
		last->map = sc->batch;
	sc->batch = NULL;
	return cur;
}

/* The last FROM's stage name, lower-cased, or "" (for TARGETSTAGE). */
static const char *
scope_last_name(struct scope *sc)
{
	const struct ast_file	*f = sc->file;
	const struct ast_word	*w;
	char			*s;
	size_t			 i, j;

	for (i = f->ninstrs; i > 0; i--) {
		if (f->instrs[i - 1].kind != AST_FROM)
			continue;
		w = ast_from_name(&f->instrs[i - 1]);
		if (w == NULL || w->value == NULL)
			return "";
		s = arena_strdup(sc->arena, w->value);
		for (j = 0; s[j] != '\0'; j++)
			s[j] = tolower((unsigned char)s[j]);
		return s;
	}
	return "";
}

static void
scope_build_init(struct scope *sc, const struct scope_opts *o,
    struct scope_build *b)
{
	const char	*eq, *v;
	size_t		 n, i;

	memset(b, 0, sizeof(*b));
	if (o == NULL || o->build_args == NULL)
		return;
	for (n = 0; o->build_args[n] != NULL; n++)
		;
	b->names = arena_array(sc->arena, n + 1, sizeof(*b->names));
	b->values = arena_array(sc->arena, n + 1, sizeof(*b->values));
	for (i = 0; i < n; i++) {
		eq = strchr(o->build_args[i], '=');
		if (eq == o->build_args[i])
			continue;
		if (eq == NULL) {
			/* docker build --build-arg K: from the environment */
			if ((v = getenv(o->build_args[i])) == NULL)
				continue;
			b->names[b->n] = arena_strdup(sc->arena,
			    o->build_args[i]);
			b->values[b->n++] = arena_strdup(sc->arena, v);
			continue;
		}
		b->names[b->n] = arena_strndup(sc->arena, o->build_args[i],
		    eq - o->build_args[i]);
		b->values[b->n++] = arena_strdup(sc->arena, eq + 1);
	}
}

/* The predefined ARGs, with build-arg overrides (defaultArgs()). */
static void
scope_predefine(struct scope *sc, const struct scope_build *b,
    const struct scope_platform *bp, const struct scope_platform *tp)
{
	const char	*kv[][2] = {
		{ "BUILDPLATFORM", bp->full },
		{ "BUILDOS", bp->os },
		{ "BUILDOSVERSION", "" },
		{ "BUILDARCH", bp->arch },
		{ "BUILDVARIANT", bp->variant },
		{ "TARGETPLATFORM", tp->full },
		{ "TARGETOS", tp->os },
		{ "TARGETOSVERSION", "" },
		{ "TARGETARCH", tp->arch },
		{ "TARGETVARIANT", tp->variant },
		{ "TARGETSTAGE", sc->target }
	};
	const char	*v, *ov;
	size_t		 i;
	struct scope_var *nv;

	for (i = 0; i < sizeof(kv) / sizeof(kv[0]); i++) {
		v = kv[i][1];
		if ((ov = scope_build_arg(b, kv[i][0])) != NULL)
			v = ov;
		nv = scope_push(sc, sc->global, kv[i][0], v, strlen(v),
		    SCOPE_PREDEFINED, NULL, 0, 0);
		nv->build_arg = ov != NULL;
		sc->global = nv;
	}
}

/*
 * Close stage st at instruction end with environment cur: its final
 * environment, then its ONBUILD ARG/ENV triggers, which run at the start
 * of a stage built on it.
 */
static void
scope_stage_end(struct scope *sc, struct scope_stage *st, size_t end,
    const struct scope_var *cur)
{
	const struct ast_instr	*in;
	size_t			 i;

	st->end = end;
	st->final = cur;
	for (i = st->first + 1; i < end; i++) {
		in = &sc->file->instrs[i];
		if (in->kind != AST_ONBUILD || in->sub == NULL)
			continue;
		sc->trigger[i] = cur;
		if (in->sub->kind == AST_ARG || in->sub->kind == AST_ENV)
			cur = scope_apply(sc, &sc->build, in->sub, cur, 0);
		sc->trigger_after[i] = cur;
	}
	st->child = cur;
}

/*
 * Compute the environment at every instruction of f.  Returns the scope;
 * caller frees with scope_free().  Never fails: expansion errors leave a
 * variable unset (graph.c and the rules report them).
 */
struct scope *
scope_new(const struct ast_file *f, const struct scope_opts *o)
{
	struct scope		*sc;
	struct scope_platform	 bp, tp;
	struct scope_stage	*st;
	const struct ast_instr	*in;
	const struct ast_word	*w;
	const struct ast_flag	*fl;
	const struct scope_var	*cur;
	size_t			 i, j, n, nstages, nsubs, len, vlen, lo, hi, mid;
	int			 k;
	const char		*text;
	char			*s;

	sc = xcalloc(1, sizeof(*sc));
	sc->file = f;
	sc->arena = arena_new();
	n = f->ninstrs;
	sc->before = arena_array(sc->arena, n + 1, sizeof(*sc->before));
	sc->after = arena_array(sc->arena, n + 1, sizeof(*sc->after));
	sc->trigger = arena_array(sc->arena, n + 1, sizeof(*sc->trigger));
	sc->trigger_after = arena_array(sc->arena, n + 1,
	    sizeof(*sc->trigger_after));
	sc->stage_of = arena_array(sc->arena, n + 1, sizeof(*sc->stage_of));
	for (i = 0, nstages = 0, nsubs = 0; i < n; i++) {
		if (f->instrs[i].kind == AST_FROM)
			nstages++;
		if (f->instrs[i].sub != NULL)
			nsubs++;
	}
	sc->stages = arena_array(sc->arena, nstages + 1, sizeof(*sc->stages));
	for (sc->nameslots = 16; sc->nameslots < 2 * nstages;)
		sc->nameslots *= 2;
	sc->names = arena_array(sc->arena, sc->nameslots, sizeof(*sc->names));
	sc->subs = arena_array(sc->arena, nsubs + 1, sizeof(*sc->subs));
	sc->subidx = arena_array(sc->arena, nsubs + 1, sizeof(*sc->subidx));
	for (i = 0; i < n; i++)
		if (f->instrs[i].sub != NULL)
			sc->subs[sc->nsubs++] = f->instrs[i].sub;
	qsort(sc->subs, sc->nsubs, sizeof(*sc->subs), scope_sub_cmp);
	for (i = 0; i < n; i++)
		if (f->instrs[i].sub != NULL) {
			lo = 0;
			hi = sc->nsubs;
			while (hi - lo > 1) {
				mid = lo + (hi - lo) / 2;
				if ((uintptr_t)sc->subs[mid] <=
				    (uintptr_t)f->instrs[i].sub)
					lo = mid;
				else
					hi = mid;
			}
			sc->subidx[lo] = i;
		}

	scope_build_init(sc, o, &sc->build);
	scope_platform_parse(sc->arena, scope_native_platform(), &bp);
	scope_platform_parse(sc->arena, o != NULL && o->platform != NULL ?
	    o->platform : scope_native_platform(), &tp);
	sc->build_platform = bp.full;
	sc->target_platform = tp.full;
	sc->target = o != NULL && o->target != NULL ?
	    arena_strdup(sc->arena, o->target) : scope_last_name(sc);
	scope_predefine(sc, &sc->build, &bp, &tp);

	/* Meta ARGs, up to the first FROM. */
	for (i = 0; i < n && f->instrs[i].kind != AST_FROM; i++) {
		in = &f->instrs[i];
		sc->stage_of[i] = SCOPE_NO_STAGE;
		sc->before[i] = sc->global;
		if (in->kind == AST_ARG)
			sc->global = scope_apply(sc, &sc->build, in,
			    sc->global, 1);
		sc->after[i] = sc->global;
	}

	cur = NULL;
	st = NULL;
	for (; i < n; i++) {
		in = &f->instrs[i];
		if (in->kind != AST_FROM) {
			sc->stage_of[i] = sc->nstages - 1;
			sc->before[i] = cur;
			if (in->kind == AST_ARG || in->kind == AST_ENV)
				cur = scope_apply(sc, &sc->build, in, cur, 0);
			sc->after[i] = cur;
			continue;
		}
		if (st != NULL)
			scope_stage_end(sc, st, i, cur);
		st = &sc->stages[sc->nstages++];
		st->first = i;
		st->base_stage = -1;
		st->base = "";
		if ((w = ast_from_name(in)) != NULL && w->value != NULL) {
			s = arena_strdup(sc->arena, w->value);
			for (j = 0; s[j] != '\0'; j++)
				s[j] = tolower((unsigned char)s[j]);
			st->name = s;
		}
		if ((w = ast_from_image(in)) != NULL) {
			text = scope_word_text(w, &len);
			s = scope_expand_copy(sc, text, len, sc->global, &vlen);
			st->base = s != NULL ? s : "";
		}
		if ((fl = ast_flag_get(in, "platform")) != NULL &&
		    fl->value != NULL) {
			s = scope_expand_copy(sc, fl->value, strlen(fl->value),
			    sc->global, &vlen);
			st->platform = s != NULL ? s : "";
		}
		/* FROM sees only earlier stages (addState()). */
		k = *st->base != '\0' ? scope_stage_index(sc, st->base) : -1;
		if (k >= 0) {
			st->base_stage = k;
			st->image_env = sc->stages[k].image_env;
			cur = sc->stages[k].child;
		} else {
			st->image_env = *st->base != '\0' &&
			    strcmp(st->base, "scratch") != 0;
			cur = scope_push(sc, NULL, "PATH", SCOPE_DEFAULT_PATH,
			    strlen(SCOPE_DEFAULT_PATH), SCOPE_IMPLICIT, NULL,
			    0, 0);
		}
		st->prev = -1;
		if (st->name != NULL) {
			j = scope_name_slot(sc, st->name);
			if (sc->names[j] != 0)
				st->prev = (int)(sc->names[j] - 1);
			sc->names[j] = sc->nstages;
		}
		st->start = cur;
		sc->stage_of[i] = sc->nstages - 1;
		sc->before[i] = sc->global;
		sc->after[i] = cur;
	}
	if (st != NULL)
		scope_stage_end(sc, st, n, cur);
	return sc;
}

/* Free the scope and every binding.  NULL is a no-op. */
void
scope_free(struct scope *sc)
{
	if (sc == NULL)
		return;
	arena_free(sc->arena);
	free(sc);
}

/*
 * Find in: *idx is its top-level index, *sub 1 when in is the ONBUILD
 * trigger (or HEALTHCHECK command) of instrs[*idx].  Returns -1 when in is
 * not part of the file.
 */
static int
scope_locate(const struct scope *sc, const struct ast_instr *in,
    size_t *idx, int *sub)
{
	const struct ast_file	*f = sc->file;
	size_t			 lo, hi, mid;

	*sub = 0;
	if (f->ninstrs > 0 && in >= f->instrs && in < f->instrs + f->ninstrs) {
		*idx = (size_t)(in - f->instrs);
		return 0;
	}
	lo = 0;
	hi = sc->nsubs;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((uintptr_t)sc->subs[mid] < (uintptr_t)in)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == sc->nsubs || sc->subs[lo] != in)
		return -1;
	*idx = sc->subidx[lo];
	*sub = 1;
	return 0;
}

/*
 * Where in is: sets *idx to its index in file->instrs (for the trigger of
 * an ONBUILD or the command of a HEALTHCHECK, the index of that
 * instruction).  Returns 0 for a top-level instruction, 1 for such a
 * sub-instruction, -1 when in is not part of the file.
 */
int
scope_instr_index(const struct scope *sc, const struct ast_instr *in,
    size_t *idx)
{
	int	sub;

	if (scope_locate(sc, in, idx, &sub) == -1)
		return -1;
	return sub;
}

/*
 * The bindings visible before in (an instruction of the scope's file, or
 * the trigger of one of its ONBUILDs, which sees its stage's final
 * environment and earlier triggers).  Borrowed; NULL when nothing is set.
 */
const struct scope_var *
scope_vars_before(const struct scope *sc, const struct ast_instr *in)
{
	size_t	i;
	int	sub;

	if (scope_locate(sc, in, &i, &sub) == -1)
		BUG("scope_vars_before: instruction not in file");
	if (sub && sc->file->instrs[i].kind == AST_ONBUILD &&
	    sc->stage_of[i] != SCOPE_NO_STAGE)
		return sc->trigger[i];
	return sc->before[i];
}

/* scope_env(scope_vars_before(sc, in)). */
struct expand_env
scope_env_before(const struct scope *sc, const struct ast_instr *in)
{
	return scope_env(scope_vars_before(sc, in));
}

/*
 * Whether name is unset before in but declared by a value-less ARG (meta
 * ARG for FROM), which BuildKit does not report as undefined.
 */
int
scope_declared(const struct scope *sc, const struct ast_instr *in,
    const char *name)
{
	const struct scope_var	*v, *head;

	head = scope_vars_before(sc, in);
	v = scope_binding(head, name);
	return v != NULL && v->set == NULL;
}

/*
 * Whether in's stage descends from an image (not scratch, not empty)
 * whose own ENV is unknown here, so an unset name may still be set.
 */
int
scope_image_env(const struct scope *sc, const struct ast_instr *in)
{
	size_t	i;
	int	sub;

	if (scope_locate(sc, in, &i, &sub) == -1)
		BUG("scope_image_env: instruction not in file");
	if (sc->stage_of[i] == SCOPE_NO_STAGE || (in->kind == AST_FROM &&
	    !sub))
		return 0;
	return sc->stages[sc->stage_of[i]].image_env;
}

/*
 * 1 for a predefined platform ARG (TARGETARCH...), 2 for a proxy ARG
 * (HTTP_PROXY, no_proxy...), which a build passes to RUN undeclared, 0
 * otherwise.
 */
int
scope_predefined(const char *name)
{
	size_t	i;

	for (i = 0; i < sizeof(scope_platform_args) /
	    sizeof(scope_platform_args[0]); i++)
		if (strcmp(name, scope_platform_args[i]) == 0)
			return 1;
	for (i = 0; i < sizeof(scope_proxy_args) / sizeof(scope_proxy_args[0]);
	    i++)
		if (strcmp(name, scope_proxy_args[i]) == 0)
			return 2;
	return 0;
}

/*
 * The set variables of list head, one binding per name (the newest),
 * oldest first: what RUN's environment holds.  Sets *out to an array the
 * caller frees with free() (the bindings are borrowed) and returns its
 * length.
 */
static int
scope_seq_cmp(const void *a, const void *b)
{
	const struct scope_var	*x = *(const struct scope_var *const *)a;
	const struct scope_var	*y = *(const struct scope_var *const *)b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

size_t
scope_visible(const struct scope_var *head, const struct scope_var ***out)
{
	const struct envmap	*m;
	const struct scope_var	**all;
	size_t			 n, i, k;

	/* The map holds the newest binding of each name: O(names), not
	   O(bindings). */
	m = scope_map(head);
	n = envmap_values(m, NULL, 0);
	all = xcalloc(n + 1, sizeof(*all));
	envmap_values(m, (const void **)all, n);
	for (i = k = 0; i < n; i++)
		if (all[i]->set != NULL)
			all[k++] = all[i]->set;
	qsort(all, k, sizeof(*all), scope_seq_cmp);
	*out = all;
	return k;
}

static struct scope_slot *
scope_slot_add(struct scope_slot **v, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*v = xreallocarray(*v, *cap, sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	return &(*v)[(*n)++];
}

static void
scope_slot_word(struct scope_slot *s, const struct ast_instr *in,
    const struct ast_word *w)
{
	const char	*t;

	/* A decoded JSON string may hold NULs: vlen is its length. */
	if (in->exec_form && w->value != NULL) {
		s->text = w->value;
		s->len = w->vlen;
	} else {
		t = w->raw != NULL ? w->raw : w->value != NULL ? w->value : "";
		s->text = t;
		s->len = strlen(t);
	}
	s->span = w->span;
}

/* Whether word w of in is the "<<EOF" marker of one of its heredocs. */
static int
scope_is_heredoc_word(const struct ast_instr *in, const struct ast_word *w)
{
	size_t	i;

	for (i = 0; i < in->nheredocs; i++)
		if (w->span.off >= in->heredocs[i].marker.off &&
		    w->span.off < SPAN_END(in->heredocs[i].marker))
			return 1;
	return w->raw != NULL && strncmp(w->raw, "<<", 2) == 0 &&
	    in->nheredocs > 0;
}

/*
 * List what BuildKit expands in in (the table in scope.h), in source
 * order by kind.  Sets *out to an array the caller frees with free();
 * returns its length (0 and *out NULL when nothing expands).  Slot texts
 * are borrowed from the tree.
 */
size_t
scope_slots(const struct scope *sc, const struct ast_instr *in,
    struct scope_slot **out)
{
	static const char *const copyflags[] = {
		"chown", "chmod", "checksum", "exclude"
	};
	struct scope_slot	*v, *s;
	const struct ast_flag	*fl;
	const struct ast_kv	*kv;
	size_t			 n, cap, i, j;
	int			 esc;

	v = NULL;
	n = cap = 0;
	esc = sc->file->escape;
	switch (in->kind) {
	case AST_FROM:
		if (in->nwords > 0) {
			s = scope_slot_add(&v, &n, &cap);
			scope_slot_word(s, in, &in->words[0]);
		}
		if ((fl = ast_flag_get(in, "platform")) != NULL &&
		    fl->value != NULL) {
			s = scope_slot_add(&v, &n, &cap);
			s->kind = SCOPE_SLOT_FLAG;
			s->index = (size_t)(fl - in->flags);
			s->name = fl->name;
			s->text = fl->value;
			s->len = fl->value_len;
			s->span = fl->value_span;
		}
		break;
	case AST_ENV:
	case AST_LABEL:
	case AST_ARG:
		for (i = 0; i < in->npairs; i++) {
			kv = &in->pairs[i];
			if (in->kind != AST_ARG) {
				s = scope_slot_add(&v, &n, &cap);
				s->kind = SCOPE_SLOT_KEY;
				s->index = i;
				scope_slot_word(s, in, &kv->key);
			}
			if (!kv->has_value || kv->value.raw == NULL)
				continue;
			s = scope_slot_add(&v, &n, &cap);
			s->kind = SCOPE_SLOT_VALUE;
			s->index = i;
			scope_slot_word(s, in, &kv->value);
			s->text = kv->value.raw;
			s->len = strlen(kv->value.raw);
			if (in->kind == AST_ARG && kv->key.value != NULL)
				s->overridden = scope_build_arg(&sc->build,
				    kv->key.value) != NULL;
		}
		break;
	case AST_ADD:
	case AST_COPY:
		for (i = 0; i < in->nflags; i++) {
			fl = &in->flags[i];
			for (j = 0; j < sizeof(copyflags) /
			    sizeof(copyflags[0]); j++)
				if (strcmp(fl->name, copyflags[j]) == 0)
					break;
			if (j == sizeof(copyflags) / sizeof(copyflags[0]) ||
			    fl->value == NULL)
				continue;
			s = scope_slot_add(&v, &n, &cap);
			s->kind = SCOPE_SLOT_FLAG;
			s->index = i;
			s->name = fl->name;
			s->text = fl->value;
			s->len = fl->value_len;
			s->span = fl->value_span;
		}
		for (i = 0; i < in->nwords; i++) {
			if (scope_is_heredoc_word(in, &in->words[i]))
				continue;
			s = scope_slot_add(&v, &n, &cap);
			s->index = i;
			scope_slot_word(s, in, &in->words[i]);
		}
		for (i = 0; i < in->nheredocs; i++) {
			if (!in->heredocs[i].expand ||
			    in->heredocs[i].body == NULL)
				continue;
			s = scope_slot_add(&v, &n, &cap);
			s->kind = SCOPE_SLOT_HEREDOC;
			s->index = i;
			s->name = in->heredocs[i].name;
			s->text = in->heredocs[i].body;
			s->len = in->heredocs[i].bodylen;
			s->span = in->heredocs[i].body_span;
			s->flags = EXPAND_RAW_QUOTES | EXPAND_RAW_ESCAPES;
			s->escape = '\\';
		}
		break;
	case AST_WORKDIR:
	case AST_USER:
	case AST_STOPSIGNAL:
	case AST_VOLUME:
	case AST_EXPOSE:
		for (i = 0; i < in->nwords; i++) {
			s = scope_slot_add(&v, &n, &cap);
			s->index = i;
			scope_slot_word(s, in, &in->words[i]);
			s->split = in->kind == AST_EXPOSE;
		}
		break;
	case AST_RUN:
		for (i = 0; i < in->nflags; i++) {
			fl = &in->flags[i];
			if (strcmp(fl->name, "mount") != 0)
				continue;
			for (j = 0; j < fl->nopts; j++) {
				if (fl->opts[j].value == NULL ||
				    strcmp(fl->opts[j].key, "from") == 0)
					continue;
				s = scope_slot_add(&v, &n, &cap);
				s->kind = SCOPE_SLOT_MOUNT;
				s->index = i;
				s->sub = j;
				s->name = fl->opts[j].key;
				s->text = fl->opts[j].value;
				s->len = strlen(fl->opts[j].value);
				s->span = fl->opts[j].value_span;
			}
		}
		break;
	default:
		break;
	}
	for (i = 0; i < n; i++) {
		if (v[i].escape == 0)
			v[i].escape = esc;
	}
	*out = v;
	return n;
}

/*
 * The environment a slot of in expands against: the global scope for
 * FROM, the bindings of the earlier pairs for an ARG value, else the
 * environment before in.
 */
static const struct scope_var *
scope_slot_env(const struct scope *sc, const struct ast_instr *in,
    const struct scope_slot *slot)
{
	const struct scope_var	*v;
	size_t			 i;
	int			 sub;

	if (scope_locate(sc, in, &i, &sub) == -1)
		BUG("scope_expand: instruction not in file");
	if (in->kind == AST_FROM && !sub)
		return sc->global;
	if (in->kind != AST_ARG || slot->kind != SCOPE_SLOT_VALUE)
		return scope_vars_before(sc, in);
	v = sub ? sc->trigger_after[i] : sc->after[i];
	if (sub && sc->file->instrs[i].kind != AST_ONBUILD)
		return scope_vars_before(sc, in);
	while (v != NULL && v->instr == in && v->pair >= slot->index)
		v = v->next;
	return v;
}

/*
 * Expand one slot of in (from scope_slots()) the way BuildKit does.
 * Returns expand_word()'s or expand_words()'s result: 0 with r->value
 * (and r->words when slot->split), or -1 with r->err; r->used and
 * r->undefined are filled either way.  Caller releases r with
 * expand_result_release().
 */
int
scope_expand(const struct scope *sc, const struct ast_instr *in,
    const struct scope_slot *slot, struct expand_result *r)
{
	struct expand_env	env;

	env = scope_env(scope_slot_env(sc, in, slot));
	if (slot->split)
		return expand_words(r, slot->text, slot->len, slot->escape,
		    slot->flags, &env);
	return expand_word(r, slot->text, slot->len, slot->escape,
	    slot->flags, &env);
}

/*
 * Expand any text as if it were a word of in (the file's escape
 * character, the environment before in; FROM: the global scope), with
 * EXPAND_* flags, split into words when split.  Same contract as
 * scope_expand().
 */
int
scope_expand_text(const struct scope *sc, const struct ast_instr *in,
    const char *text, size_t len, unsigned flags, int split,
    struct expand_result *r)
{
	struct scope_slot	slot;

	memset(&slot, 0, sizeof(slot));
	slot.kind = SCOPE_SLOT_WORD;
	slot.text = text;
	slot.len = len;
	slot.escape = sc->file->escape;
	slot.flags = flags;
	slot.split = split;
	return scope_expand(sc, in, &slot, r);
}
