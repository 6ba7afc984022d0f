/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for graph.c: stage resolution (FROM, COPY --from by name and
 * index, RUN --mount from=, ONBUILD triggers), images, the target, needed
 * and runtime stages, order, levels, the critical path, and every DF4xxx
 * finding.  The golden tests (tests/golden-graph.sh) cover the printers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"
#include "graph.h"
#include "parser.h"
#include "source.h"

struct fixture {
	struct source	*src;
	struct diags	 d;
	struct ast_file	*f;
	struct graph	*g;
	int		 ret;
};

static void
fx_open(struct fixture *fx, const char *text, const char *target,
    const char *const *args)
{
	struct graph_opts	o;

	fx->src = source_from_mem("Dockerfile", text, strlen(text));
	diags_init(&fx->d);
	fx->f = parser_parse(fx->src, &fx->d, 0);
	assert_non_null(fx->f);
	memset(&o, 0, sizeof(o));
	o.target = target;
	o.build_args = args;
	fx->ret = graph_build(&fx->g, fx->f, &o, &fx->d);
	assert_non_null(fx->g);
}

static void
fx_close(struct fixture *fx)
{
	graph_free(fx->g);
	ast_file_free(fx->f);
	diags_release(&fx->d);
	source_free(fx->src);
}

/* The only finding of rule id; fails unless there is exactly one. */
static const struct diag *
fx_one(struct fixture *fx, const char *id)
{
	size_t	i;

	if (diags_count(&fx->d, id) != 1)
		fail_msg("%zu findings %s, want 1", diags_count(&fx->d, id),
		    id);
	for (i = 0; i < fx->d.n; i++)
		if (strcmp(fx->d.v[i].rule, id) == 0)
			return &fx->d.v[i];
	return NULL;
}

/* The source text a finding underlines. */
static char *
fx_text(struct fixture *fx, const struct diag *dg)
{
	static char	buf[128];

	snprintf(buf, sizeof(buf), "%.*s", (int)dg->span.len,
	    fx->src->data + dg->span.off);
	return buf;
}

static void
assert_list(const size_t *v, size_t n, const char *want)
{
	char	buf[256];
	size_t	i, len;

	buf[0] = '\0';
	for (i = 0, len = 0; i < n; i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%zu",
		    i > 0 ? " " : "", v[i]);
	assert_string_equal(buf, want);
}

/* Two stages, a named builder, COPY --from an image (href-counter). */
static void
test_named_and_image(void **state)
{
	struct fixture			 fx;
	const struct graph		*g;
	const struct graph_edge		*e;

	(void)state;
	fx_open(&fx,
	    "FROM golang:1.16 AS builder\n"
	    "WORKDIR /go/src/app\n"
	    "COPY app.go ./\n"
	    "RUN go build -o app .\n"
	    "FROM alpine:latest\n"
	    "COPY --from=builder /go/src/app/app ./\n"
	    "COPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\n"
	    "CMD [\"./app\"]\n", NULL, NULL);
	g = fx.g;
	assert_int_equal(fx.ret, 0);
	assert_int_equal(fx.d.n, 0);
	assert_int_equal(g->nstages, 2);
	assert_string_equal(g->stages[0].name, "builder");
	assert_null(g->stages[1].name);
	assert_string_equal(g->stages[1].label, "stage-1");
	assert_string_equal(g->stages[0].base,
	    "docker.io/library/golang:1.16");
	assert_int_equal(g->stages[0].first, 0);
	assert_int_equal(g->stages[0].end, 4);
	assert_int_equal(g->stages[1].first, 4);
	assert_int_equal(g->stages[1].end, 8);
	assert_int_equal(g->target, 1);

	assert_int_equal(g->nimages, 3);
	assert_string_equal(g->images[0].ref, "docker.io/library/golang:1.16");
	assert_string_equal(g->images[1].ref,
	    "docker.io/library/alpine:latest");
	assert_string_equal(g->images[2].ref,
	    "docker.io/library/nginx:latest");
	assert_string_equal(g->images[2].familiar, "nginx:latest");

	assert_int_equal(g->nedges, 4);
	e = &g->edges[2];
	assert_int_equal(e->kind, GRAPH_EDGE_COPY);
	assert_int_equal(e->stage, 0);
	assert_int_equal(e->to, 1);
	assert_string_equal(e->ref, "builder");
	assert_memory_equal(fx.src->data + e->span.off, "builder", 7);
	e = &g->edges[3];
	assert_int_equal(e->image, 2);
	assert_int_equal(e->stage, -1);

	assert_true(g->stages[0].needed && g->stages[1].needed);
	assert_false(g->stages[0].runtime);
	assert_true(g->stages[1].runtime);
	assert_true(g->stages[0].context);
	assert_false(g->stages[1].context);
	assert_list(g->order, g->nstages, "0 1");
	assert_int_equal(g->nlevels, 2);
	assert_list(g->critical, g->ncritical, "0 1");
	assert_int_equal(g->critical_cost, 8);
	fx_close(&fx);
}

/* COPY --from=0 and a stage used as the base of two others. */
static void
test_index_and_shared_base(void **state)
{
	struct fixture		 fx;
	const struct graph	*g;

	(void)state;
	fx_open(&fx,
	    "FROM alpine AS builder\n"
	    "RUN apk add build-base\n"
	    "FROM builder AS build1\n"
	    "COPY --from=0 /x /x\n"
	    "RUN one\n"
	    "FROM builder AS build2\n"
	    "RUN two\n", NULL, NULL);
	g = fx.g;
	assert_int_equal(fx.d.n, 0);
	assert_int_equal(g->stages[1].base_stage, 0);
	assert_int_equal(g->stages[2].base_stage, 0);
	assert_string_equal(g->stages[1].base, "builder");
	assert_int_equal(g->stages[1].base_image, -1);
	assert_int_equal(g->target, 2);
	assert_true(g->stages[0].needed);
	assert_false(g->stages[1].needed);
	assert_true(g->stages[2].needed);
	assert_true(g->stages[0].runtime && g->stages[2].runtime);
	assert_false(g->stages[1].runtime);
	assert_int_equal(g->nimages, 1);
	/* build1 and build2 have no path between them */
	assert_int_equal(g->nlevels, 2);
	assert_list(g->levels + g->level_start[0], g->level_start[1] -
	    g->level_start[0], "0");
	assert_list(g->levels + g->level_start[1], g->level_start[2] -
	    g->level_start[1], "1 2");
	assert_list(g->critical, g->ncritical, "0 2");
	assert_int_equal(g->critical_cost, 4);
	fx_close(&fx);

	/* --target selects, case-insensitively */
	fx_open(&fx,
	    "FROM alpine AS builder\n"
	    "FROM builder AS build1\n"
	    "FROM builder AS build2\n", "Build1", NULL);
	assert_int_equal(fx.ret, 0);
	assert_int_equal(fx.g->target, 1);
	assert_true(fx.g->stages[1].needed);
	assert_false(fx.g->stages[2].needed);
	fx_close(&fx);
}

/* ARG before FROM, --build-arg, mounts, two targets (go-cache-mounts). */
static void
test_args_mounts_targets(void **state)
{
	struct fixture		 fx;
	const struct graph	*g;
	const char		*args[] = { "GO_VERSION=1.19", NULL };
	const char		*text =
	    "ARG GO_VERSION=1.20\n"
	    "FROM golang:${GO_VERSION}-alpine AS base\n"
	    "RUN --mount=type=cache,target=/go/pkg/mod/ "
	    "--mount=type=bind,source=go.sum,target=go.sum go mod download\n"
	    "FROM base AS build-client\n"
	    "RUN --mount=type=bind,target=. go build -o /bin/client\n"
	    "FROM base AS build-server\n"
	    "RUN --mount=type=bind,target=. go build -o /bin/server\n"
	    "FROM scratch AS client\n"
	    "COPY --from=build-client /bin/client /bin/\n"
	    "FROM scratch AS server\n"
	    "COPY --from=build-server /bin/server /bin/\n"
	    "RUN --mount=from=build-client,target=/c true\n";

	(void)state;
	fx_open(&fx, text, NULL, NULL);
	g = fx.g;
	assert_int_equal(fx.d.n, 0);
	assert_string_equal(g->stages[0].base,
	    "docker.io/library/golang:1.20-alpine");
	assert_int_equal(g->target, 4);
	assert_list(g->order, g->nstages, "0 1 2 3 4");
	assert_false(g->stages[3].needed);
	assert_true(g->stages[1].needed);	/* via the mount */
	assert_true(g->stages[0].context);
	assert_int_equal(g->nimages, 2);
	assert_int_equal(g->images[1].kind, GRAPH_SCRATCH);
	assert_string_equal(g->images[1].ref, "scratch");
	assert_int_equal(g->edges[g->nedges - 1].kind, GRAPH_EDGE_MOUNT);
	assert_int_equal(g->edges[g->nedges - 1].stage, 1);
	assert_int_equal(g->stages[4].level, 2);
	/* ties between equal chains go to the lower stage index */
	assert_list(g->critical, g->ncritical, "0 1 4");
	fx_close(&fx);

	fx_open(&fx, text, "client", args);
	g = fx.g;
	assert_string_equal(g->stages[0].base,
	    "docker.io/library/golang:1.19-alpine");
	assert_int_equal(g->target, 3);
	assert_true(g->stages[1].needed);
	assert_false(g->stages[2].needed);
	assert_false(g->stages[4].needed);
	assert_true(g->images[0].needed);
	fx_close(&fx);
}

/* ONBUILD triggers of a base stage are edges of the stage built on it. */
static void
test_onbuild(void **state)
{
	struct fixture		 fx;
	const struct graph	*g;
	const struct graph_edge	*e;

	(void)state;
	fx_open(&fx,
	    "FROM alpine AS tools\n"
	    "FROM alpine AS base\n"
	    "ONBUILD COPY --from=tools /t /t\n"
	    "FROM base AS app\n"
	    "FROM alpine AS unrelated\n", "app", NULL);
	g = fx.g;
	assert_int_equal(fx.d.n, 0);
	assert_int_equal(g->nedges, 5);
	e = &g->edges[3];
	assert_int_equal(e->kind, GRAPH_EDGE_COPY);
	assert_int_equal(e->stage, 0);
	assert_int_equal(e->to, 2);
	assert_ptr_equal(e->onbuild, &fx.f->instrs[2]);
	assert_ptr_equal(e->instr, fx.f->instrs[2].sub);
	assert_true(g->stages[0].needed);
	assert_false(g->stages[3].needed);
	assert_ptr_equal(graph_stage_of(g, fx.f->instrs[2].sub),
	    &g->stages[1]);
	assert_ptr_equal(graph_stage_of(g, &fx.f->instrs[4]), &g->stages[3]);
	fx_close(&fx);
}

/* Table: a Dockerfile, the finding it must give, and the text it marks. */
struct err_case {
	const char	*text;
	const char	*id;
	const char	*marks;		/* NULL: do not check */
	const char	*message;	/* prefix; NULL: do not check */
};

static const struct err_case err_cases[] = {
	{ "FROM a\nFROM b\nCOPY --from=2 /x /x\n", "DF4001", "2",
	    "invalid stage index 2" },
	{ "FROM a\nCOPY --from=-1 /x /x\n", "DF4001", "-1", NULL },
	{ "FROM a\nCOPY --from=later /x /x\nFROM b AS later\n", "DF4002",
	    "later", "stage 'later' is defined after stage 'stage-0'" },
	{ "FROM a\nCOPY --from=1 /x /x\nFROM b\n", "DF4002", "1", NULL },
	{ "FROM a\nRUN --mount=from=later,target=/x x\nFROM b AS later\n",
	    "DF4002", "later", NULL },
	{ "FROM a AS me\nCOPY --from=me /x /x\n", "DF4003", "me",
	    "stage 'me' copies from itself" },
	{ "FROM a AS me\nCOPY --from=0 /x /x\n", "DF4003", "0", NULL },
	{ "FROM a AS me\nRUN --mount=from=ME,target=/x x\n", "DF4003", "ME",
	    "stage 'me' mounts itself" },
	{ "FROM a AS one\nFROM b AS One\n", "DF4005", "One",
	    "duplicate stage name 'one'" },
	{ "FROM a AS scratch\n", "DF4006", "scratch", NULL },
	{ "FROM a AS context\n", "DF4006", "context", NULL },
	{ "ARG EMPTY\nFROM $EMPTY\n", "DF4007", "$EMPTY", NULL },
	{ "FROM Alpine\n", "DF4008", "Alpine", "invalid image reference "
	    "'Alpine': repository name 'library/Alpine' must be lower-case" },
	{ "FROM a\nCOPY --from=nginx:-1 /x /x\n", "DF4008", "nginx:-1",
	    NULL },
	{ "FROM later\nFROM b AS later\n", "DF4010", "later", NULL },
	{ "FROM a\nCOPY --from=$X /x /x\n", "DF4011", "$X", NULL },
	{ "FROM a AS builder\nFROM b\nCOPY --from=buidler /x /x\n", "DF4012",
	    "buidler", "'buidler' is not a stage" },
	{ "ARG P\nFROM --platform=$P a\n", "DF4013", NULL, NULL },
	{ "FROM ${X:?is required}\n", "DF4014", NULL, NULL },
	{ "FROM ${X\n", "DF4014", NULL, NULL },
	{ "ARG X=1\n", "DF4015", "ARG X=1", NULL },
};

static void
test_findings(void **state)
{
	const struct err_case	*c;
	const struct diag	*dg;
	struct fixture		 fx;
	size_t			 i, j;

	(void)state;
	for (i = 0; i < sizeof(err_cases) / sizeof(err_cases[0]); i++) {
		c = &err_cases[i];
		fx_open(&fx, c->text, NULL, NULL);
		if (diags_count(&fx.d, c->id) != 1)
			fail_msg("case %zu: %zu findings %s, want 1", i,
			    diags_count(&fx.d, c->id), c->id);
		dg = fx_one(&fx, c->id);
		if (c->marks != NULL && strcmp(fx_text(&fx, dg), c->marks) != 0)
			fail_msg("case %zu: %s marks '%s', want '%s'", i,
			    c->id, fx_text(&fx, dg), c->marks);
		if (c->message != NULL && strncmp(dg->message, c->message,
		    strlen(c->message)) != 0)
			fail_msg("case %zu: message '%s', want '%s...'", i,
			    dg->message, c->message);
		for (j = 0; j < graph_nfindings; j++)
			if (strcmp(graph_findings[j].id, c->id) == 0)
				assert_int_equal(dg->level,
				    graph_findings[j].level);
		fx_close(&fx);
	}
}

/* A cycle: every edge on it is reported, and the graph still orders. */
static void
test_cycle(void **state)
{
	struct fixture		 fx;
	const struct graph	*g;
	size_t			 i;

	(void)state;
	fx_open(&fx,
	    "FROM a AS one\n"
	    "COPY --from=three /x /x\n"
	    "FROM b AS two\n"
	    "COPY --from=one /x /x\n"
	    "FROM c AS three\n"
	    "COPY --from=two /x /x\n"
	    "FROM d AS four\n"
	    "COPY --from=three /x /x\n", NULL, NULL);
	g = fx.g;
	assert_int_equal(diags_count(&fx.d, "DF4004"), 3);
	assert_int_equal(diags_count(&fx.d, "DF4002"), 0);
	for (i = 0; i < fx.d.n; i++)
		if (strcmp(fx.d.v[i].rule, "DF4004") == 0)
			assert_non_null(strstr(fx.d.v[i].message,
			    "stages 'one', 'two' and 'three' form a cycle"));
	assert_true(g->cyclic);
	assert_true(g->stages[0].cyclic && g->stages[1].cyclic &&
	    g->stages[2].cyclic);
	assert_false(g->stages[3].cyclic);
	assert_false(g->edges[g->nedges - 1].cyclic);
	assert_list(g->order, g->nstages, "0 1 2 3");
	assert_true(g->stages[0].needed);
	fx_close(&fx);

	/* two stages copying from each other */
	fx_open(&fx,
	    "FROM a AS x\nCOPY --from=y /a /a\n"
	    "FROM b AS y\nCOPY --from=x /b /b\n",
	    NULL, NULL);
	assert_int_equal(diags_count(&fx.d, "DF4004"), 2);
	assert_non_null(strstr(fx.d.v[0].message, "'x' and 'y'"));
	fx_close(&fx);
}

/* Unknown --target: -1, DF4009 with a suggestion, graph still built. */
static void
test_unknown_target(void **state)
{
	struct fixture		 fx;
	const struct diag	*dg;

	(void)state;
	fx_open(&fx, "FROM a AS builder\nFROM b AS runtime\n", "buildr", NULL);
	assert_int_equal(fx.ret, -1);
	dg = fx_one(&fx, "DF4009");
	assert_string_equal(dg->message,
	    "target stage 'buildr' could not be found");
	assert_string_equal(dg->help, "did you mean 'builder'?");
	assert_int_equal(fx.g->target, 1);
	fx_close(&fx);

	fx_open(&fx, "FROM a AS builder\n", "zzzzzzzz", NULL);
	assert_int_equal(fx.ret, -1);
	assert_null(fx_one(&fx, "DF4009")->help);
	fx_close(&fx);

	fx_open(&fx, "ARG X=1\n", "x", NULL);
	assert_int_equal(fx.ret, -1);
	assert_int_equal(fx.g->nstages, 0);
	fx_close(&fx);
}

/* Not findings: FROM a later stage name is fine when an earlier exists. */
static void
test_quiet(void **state)
{
	static const char *const quiet[] = {
		"FROM nginx AS nginx\n",
		"FROM a AS b\nFROM b AS b2\nCOPY --from=B /x /x\n",
		"FROM a\nCOPY --from=alpine:3 /x /x\n",
		"FROM a\nRUN --mount=type=cache,target=/c x\n",
		"FROM a\nRUN --mount=type=tmpfs,target=/c x\n",
		"FROM a\nRUN --mount=type=secret,id=x x\n",
		"FROM a\nCOPY --from=scratch /x /x\n",
		"FROM scratch\n",
		"FROM a AS build\nFROM b\nCOPY --from=bash /x /x\n",
	};
	struct fixture	fx;
	size_t		i;

	(void)state;
	for (i = 0; i < sizeof(quiet) / sizeof(quiet[0]); i++) {
		fx_open(&fx, quiet[i], NULL, NULL);
		if (fx.d.n != 0)
			fail_msg("'%s': unexpected %s %s", quiet[i],
			    fx.d.v[0].rule, fx.d.v[0].message);
		fx_close(&fx);
	}
}

/* Duplicate names: FROM uses the latest earlier one, --from the last. */
static void
test_duplicates(void **state)
{
	struct fixture	fx;

	(void)state;
	fx_open(&fx,
	    "FROM a AS x\n"
	    "FROM x AS y\n"
	    "FROM b AS x\n"
	    "FROM x AS z\n"
	    "COPY --from=x /a /a\n", "x", NULL);
	assert_int_equal(fx.g->stages[1].base_stage, 0);
	assert_int_equal(fx.g->stages[3].base_stage, 2);
	assert_int_equal(fx.g->edges[fx.g->nedges - 1].stage, 2);
	assert_int_equal(fx.g->target, 2);
	assert_int_equal(diags_count(&fx.d, "DF4005"), 1);
	fx_close(&fx);
}

/* ONBUILD triggers multiply: the graph stops at its edge limit. */
static void
test_too_large(void **state)
{
	struct fixture	 fx;
	char		*text, *p;
	size_t		 i, len;

	(void)state;
	len = 64 + 100 * 40 + 600 * 24;
	text = malloc(len);
	assert_non_null(text);
	p = text;
	p += snprintf(p, len - (p - text), "FROM alpine AS base\n");
	for (i = 0; i < 100; i++)
		p += snprintf(p, len - (p - text),
		    "ONBUILD COPY --from=img%zu:1 / /\n", i);
	for (i = 0; i < 600; i++)
		p += snprintf(p, len - (p - text), "FROM base AS c%zu\n", i);
	assert_true((size_t)(p - text) < len);
	fx_open(&fx, text, NULL, NULL);
	assert_int_equal(fx.g->nedges, 50000);
	assert_int_equal(diags_count(&fx.d, "DF4016"), 1);
	assert_int_equal(fx.g->nimages, 101);
	fx_close(&fx);
	free(text);
}

/* The findings table: ids sorted and unique, kebab-case names. */
static void
test_table(void **state)
{
	size_t		i;
	const char	*p;

	(void)state;
	assert_true(graph_nfindings >= 9);
	for (i = 0; i < graph_nfindings; i++) {
		assert_int_equal(strlen(graph_findings[i].id), 6);
		assert_memory_equal(graph_findings[i].id, "DF4", 3);
		if (i > 0)
			assert_true(strcmp(graph_findings[i - 1].id,
			    graph_findings[i].id) < 0);
		for (p = graph_findings[i].name; *p != '\0'; p++)
			assert_true((*p >= 'a' && *p <= 'z') || *p == '-');
		assert_true(graph_findings[i].level == SEV_ERROR ||
		    graph_findings[i].level == SEV_WARNING);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_named_and_image),
		cmocka_unit_test(test_index_and_shared_base),
		cmocka_unit_test(test_args_mounts_targets),
		cmocka_unit_test(test_onbuild),
		cmocka_unit_test(test_findings),
		cmocka_unit_test(test_cycle),
		cmocka_unit_test(test_unknown_target),
		cmocka_unit_test(test_quiet),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
