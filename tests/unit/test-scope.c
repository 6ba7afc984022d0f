/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for scope.c: which variables each instruction sees (meta ARG
 * visibility, redeclaration, shadowing, ENV against ARG, --build-arg,
 * predefined ARGs, the old environment within one instruction, stage
 * inheritance) and which words of which instruction expand.  Dockerfiles
 * are parsed from text, so these also exercise the parser's tree shape.
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
#include "expand.h"
#include "parser.h"
#include "scope.h"
#include "source.h"

struct fixture {
	struct source	*src;
	struct diags	 d;
	struct ast_file	*f;
	struct scope	*sc;
};

static void
fx_open(struct fixture *fx, const char *text, const char *const *args,
    const char *platform, const char *target)
{
	struct scope_opts	o;

	fx->src = source_from_mem("Dockerfile", text, strlen(text));
	diags_init(&fx->d);
	fx->f = parser_parse(fx->src, &fx->d, 0);
	assert_non_null(fx->f);
	memset(&o, 0, sizeof(o));
	o.build_args = args;
	o.platform = platform;
	o.target = target;
	fx->sc = scope_new(fx->f, &o);
}

static void
fx_close(struct fixture *fx)
{
	scope_free(fx->sc);
	ast_file_free(fx->f);
	diags_release(&fx->d);
	source_free(fx->src);
}

/* The value of name before instruction i, or NULL when unset. */
static const char *
fx_var(struct fixture *fx, size_t i, const char *name)
{
	const struct scope_var	*v;

	assert_true(i < fx->f->ninstrs);
	v = scope_lookup(scope_vars_before(fx->sc, &fx->f->instrs[i]), name);
	return v != NULL ? v->value : NULL;
}

/* Expand slot k of instruction i; returns the value (static buffer). */
static const char *
fx_expand(struct fixture *fx, size_t i, size_t k)
{
	static char		 buf[256];
	struct scope_slot	*slots;
	struct expand_result	 r;
	size_t			 n;

	n = scope_slots(fx->sc, &fx->f->instrs[i], &slots);
	if (k >= n)
		fail_msg("instruction %zu has %zu slots, wanted %zu", i, n, k);
	if (scope_expand(fx->sc, &fx->f->instrs[i], &slots[k], &r) != 0)
		fail_msg("expansion failed: %s", r.err.message);
	snprintf(buf, sizeof(buf), "%s", r.value);
	expand_result_release(&r);
	free(slots);
	return buf;
}

/*
 * Table: a Dockerfile, build args, and what instruction i sees for name
 * (NULL: unset).
 */
struct var_case {
	const char	*why;
	const char	*text;
	const char	*args[4];
	size_t		 instr;
	const char	*name;
	const char	*want;
};

static const struct var_case var_cases[] = {
	{ "meta ARG visible in FROM",
	    "ARG V=1.2\nFROM alpine:$V\nRUN x\n", { NULL }, 1, "V", "1.2" },
	{ "meta ARG not visible in a stage",
	    "ARG V=1.2\nFROM alpine:$V\nRUN x\n", { NULL }, 2, "V", NULL },
	{ "meta ARG redeclared without value",
	    "ARG V=1.2\nFROM alpine\nARG V\nRUN x\n", { NULL }, 3, "V",
	    "1.2" },
	{ "meta ARG visible in the next stage only when redeclared",
	    "ARG V=1\nFROM a\nARG V\nFROM b\nRUN x\n", { NULL }, 4, "V",
	    NULL },
	{ "meta ARG default sees earlier meta ARGs",
	    "ARG A=x\nARG B=${A}y\nFROM a\nARG B\nRUN x\n", { NULL }, 4, "B",
	    "xy" },
	{ "stage ARG shadows the meta ARG",
	    "ARG V=1\nFROM a\nARG V=2\nRUN x\n", { NULL }, 3, "V", "2" },
	{ "stage ARG is not visible in a later FROM",
	    "ARG V=1\nFROM a\nARG V=2\nFROM b:$V\n", { NULL }, 3, "V", "1" },
	{ "ENV after ARG wins",
	    "FROM a\nARG X=arg\nENV X=env\nRUN x\n", { NULL }, 3, "X", "env" },
	{ "ENV wins over a later value-less ARG",
	    "FROM a\nENV X=env\nARG X\nRUN x\n", { NULL }, 3, "X", "env" },
	{ "ARG with a value after ENV wins (BuildKit)",
	    "FROM a\nENV X=env\nARG X=arg\nRUN x\n", { NULL }, 3, "X", "arg" },
	{ "build arg overrides a meta default",
	    "ARG V=1\nFROM a\nARG V\nRUN x\n", { "V=9", NULL }, 3, "V", "9" },
	{ "build arg overrides a stage default",
	    "FROM a\nARG V=1\nRUN x\n", { "V=9", NULL }, 2, "V", "9" },
	{ "build arg fills a value-less ARG",
	    "FROM a\nARG V\nRUN x\n", { "V=9", NULL }, 2, "V", "9" },
	{ "last build arg wins",
	    "FROM a\nARG V\nRUN x\n", { "V=1", "V=2", NULL }, 2, "V", "2" },
	{ "build arg without ARG is not defined",
	    "FROM a\nRUN x\n", { "V=9", NULL }, 1, "V", NULL },
	{ "value-less ARG without build arg is unset",
	    "FROM a\nARG V\nRUN x\n", { NULL }, 2, "V", NULL },
	{ "predefined ARG in FROM",
	    "FROM a\n", { NULL }, 0, "TARGETOS", "linux" },
	{ "predefined ARG needs a declaration in a stage",
	    "FROM a\nRUN x\n", { NULL }, 1, "TARGETOS", NULL },
	{ "predefined ARG declared in a stage",
	    "FROM a\nARG TARGETOS\nRUN x\n", { NULL }, 2, "TARGETOS",
	    "linux" },
	{ "build arg overrides a predefined ARG",
	    "FROM a\nARG TARGETOS\nRUN x\n", { "TARGETOS=windows", NULL }, 2,
	    "TARGETOS", "windows" },
	{ "TARGETSTAGE is the last stage by default",
	    "FROM a AS one\nFROM b AS Two\n", { NULL }, 1, "TARGETSTAGE",
	    "two" },
	{ "TARGETVARIANT is set, to empty",
	    "FROM a\nARG TARGETVARIANT\nRUN x\n", { NULL }, 2, "TARGETVARIANT",
	    "" },
	{ "ENV pairs see the environment before the instruction",
	    "FROM a\nENV a=1\nENV a=2 b=$a\nRUN x\n", { NULL }, 3, "b", "1" },
	{ "ENV pairs bind in order",
	    "FROM a\nENV a=1\nENV a=2 b=$a\nRUN x\n", { NULL }, 3, "a", "2" },
	{ "ARG pairs see the earlier pairs",
	    "FROM a\nARG x=1 y=${x}2\nRUN x\n", { NULL }, 2, "y", "12" },
	{ "ENV legacy form",
	    "FROM a\nENV K hello world\nRUN x\n", { NULL }, 2, "K",
	    "hello world" },
	{ "ENV key expands",
	    "FROM a\nENV N=key\nENV ${N}_x=v\nRUN x\n", { NULL }, 3, "key_x",
	    "v" },
	{ "quotes are removed from values",
	    "FROM a\nENV Q=\"a b\"\nRUN x\n", { NULL }, 2, "Q", "a b" },
	{ "a stage inherits its base stage's ENV",
	    "FROM a AS base\nENV E=1\nFROM base\nRUN x\n", { NULL }, 3, "E",
	    "1" },
	{ "a stage inherits its base stage's ARG",
	    "FROM a AS base\nARG A=2\nFROM base\nRUN x\n", { NULL }, 3, "A",
	    "2" },
	{ "FROM of a later stage name is an image: nothing inherited",
	    "FROM later\nRUN x\nFROM a AS later\nENV E=1\n", { NULL }, 1, "E",
	    NULL },
	{ "ONBUILD ENV runs in the child stage",
	    "FROM a AS base\nONBUILD ENV T=t\nFROM base\nRUN x\n", { NULL }, 3,
	    "T", "t" },
	{ "ONBUILD ENV does not run in its own stage",
	    "FROM a AS base\nONBUILD ENV T=t\nRUN x\n", { NULL }, 2, "T",
	    NULL },
	{ "PATH is always set",
	    "FROM scratch\nRUN x\n", { NULL }, 1, "PATH",
	    "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
	{ "names are case-sensitive",
	    "FROM a\nENV path=x\nRUN x\n", { NULL }, 2, "PATH",
	    "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
};

static void
test_vars(void **state)
{
	const struct var_case	*c;
	struct fixture		 fx;
	const char		*got;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(var_cases) / sizeof(var_cases[0]); i++) {
		c = &var_cases[i];
		fx_open(&fx, c->text, c->args[0] != NULL ? c->args : NULL,
		    NULL, NULL);
		got = fx_var(&fx, c->instr, c->name);
		if (c->want == NULL && got != NULL)
			fail_msg("%s: %s is '%s', want unset", c->why, c->name,
			    got);
		if (c->want != NULL && (got == NULL ||
		    strcmp(got, c->want) != 0))
			fail_msg("%s: %s is %s%s%s, want '%s'", c->why,
			    c->name, got ? "'" : "", got ? got : "unset",
			    got ? "'" : "", c->want);
		fx_close(&fx);
	}
}

/* Table: a Dockerfile and the value of slot k of instruction i. */
struct exp_case {
	const char	*why;
	const char	*text;
	const char	*args[3];
	size_t		 instr;
	size_t		 slot;
	const char	*want;
};

static const struct exp_case exp_cases[] = {
	{ "FROM image with a meta ARG",
	    "ARG V=3.19\nFROM alpine:${V}\n", { NULL }, 1, 0, "alpine:3.19" },
	{ "FROM image with a build arg",
	    "ARG V=3.19\nFROM alpine:${V}\n", { "V=edge", NULL }, 1, 0,
	    "alpine:edge" },
	{ "FROM --platform with a predefined ARG",
	    "FROM --platform=$TARGETOS/x alpine\n", { NULL }, 0, 1, "linux/x" },
	{ "FROM does not see stage variables",
	    "FROM a\nENV T=x\nFROM b${T}c\n", { NULL }, 2, 0, "bc" },
	{ "WORKDIR",
	    "FROM a\nARG D=/src\nWORKDIR $D/app\n", { NULL }, 2, 0,
	    "/src/app" },
	{ "USER",
	    "FROM a\nARG U=1000\nUSER ${U}:${U}\n", { NULL }, 2, 0,
	    "1000:1000" },
	{ "LABEL key",
	    "FROM a\nARG K=org\nLABEL ${K}.x=v\n", { NULL }, 2, 0, "org.x" },
	{ "LABEL value",
	    "FROM a\nARG K=org\nLABEL x=\"$K y\"\n", { NULL }, 2, 1, "org y" },
	{ "COPY --chown is expanded",
	    "FROM a\nARG U=app\nCOPY --chown=$U src /dst\n", { NULL }, 2, 0,
	    "app" },
	{ "COPY destination",
	    "FROM a\nARG D=/opt\nCOPY src $D/\n", { NULL }, 2, 1, "/opt/" },
	{ "ADD --checksum",
	    "FROM a\nARG S=sha256:1\nADD --checksum=$S http://x/y /y\n",
	    { NULL }, 2, 0, "sha256:1" },
	{ "ARG default sees the stage",
	    "FROM a\nENV E=1\nARG A=${E}2\n", { NULL }, 2, 0, "12" },
	{ "ARG second pair sees the first",
	    "FROM a\nARG x=1 y=${x}2\n", { NULL }, 1, 1, "12" },
	{ "ENV second pair sees the old value",
	    "FROM a\nENV x=1\nENV x=2 y=${x}\n", { NULL }, 2, 3, "1" },
	{ "RUN --mount option value",
	    "FROM a\nARG T=/cache\nRUN --mount=type=cache,target=$T x\n",
	    { NULL }, 2, 1, "/cache" },
	{ "STOPSIGNAL",
	    "FROM a\nARG S=TERM\nSTOPSIGNAL SIG$S\n", { NULL }, 2, 0,
	    "SIGTERM" },
	{ "VOLUME",
	    "FROM a\nARG V=/data\nVOLUME $V /logs\n", { NULL }, 2, 0, "/data" },
	{ "undefined expands to empty",
	    "FROM a\nWORKDIR /x$NOPE\n", { NULL }, 1, 0, "/x" },
	{ "default when unset",
	    "FROM a\nWORKDIR ${NOPE:-/d}\n", { NULL }, 1, 0, "/d" },
};

static void
test_expand(void **state)
{
	const struct exp_case	*c;
	struct fixture		 fx;
	const char		*got;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(exp_cases) / sizeof(exp_cases[0]); i++) {
		c = &exp_cases[i];
		fx_open(&fx, c->text, c->args[0] != NULL ? c->args : NULL,
		    NULL, NULL);
		got = fx_expand(&fx, c->instr, c->slot);
		if (strcmp(got, c->want) != 0)
			fail_msg("%s: got '%s', want '%s'", c->why, got,
			    c->want);
		fx_close(&fx);
	}
}

/* What expands: kinds and names of the slots of each instruction. */
static void
test_slots(void **state)
{
	struct fixture		 fx;
	struct scope_slot	*s;
	size_t			 n, i;
	const char		*text =
	    "FROM --platform=$P img AS b\n"			/* 0 */
	    "COPY --from=x --chown=u --chmod=644 a b /c\n"	/* 1 */
	    "RUN --mount=type=cache,from=y,target=/t,ro cmd $X\n" /* 2 */
	    "CMD echo $X\n"					/* 3 */
	    "ENTRYPOINT [\"$X\"]\n"				/* 4 */
	    "SHELL [\"/bin/sh\", \"-c\"]\n"			/* 5 */
	    "EXPOSE $P 80/tcp\n"				/* 6 */
	    "ENV a=1 b=2\n"					/* 7 */
	    "ARG c d=1\n"					/* 8 */
	    "ONBUILD RUN x\n"					/* 9 */
	    "HEALTHCHECK CMD true\n"				/* 10 */
	    "MAINTAINER me\n";					/* 11 */

	(void)state;
	fx_open(&fx, text, NULL, NULL, NULL);
	assert_int_equal(fx.f->ninstrs, 12);

	n = scope_slots(fx.sc, &fx.f->instrs[0], &s);
	assert_int_equal(n, 2);
	assert_int_equal(s[0].kind, SCOPE_SLOT_WORD);
	assert_int_equal(s[0].len, 3);
	assert_memory_equal(s[0].text, "img", 3);
	assert_int_equal(s[1].kind, SCOPE_SLOT_FLAG);
	assert_string_equal(s[1].name, "platform");
	free(s);

	/* COPY: --chown, --chmod, sources and destination; not --from */
	n = scope_slots(fx.sc, &fx.f->instrs[1], &s);
	assert_int_equal(n, 5);
	assert_string_equal(s[0].name, "chown");
	assert_string_equal(s[1].name, "chmod");
	for (i = 2; i < 5; i++)
		assert_int_equal(s[i].kind, SCOPE_SLOT_WORD);
	assert_memory_equal(s[4].text, "/c", 2);
	free(s);

	/* RUN: mount option values except from=, never the command */
	n = scope_slots(fx.sc, &fx.f->instrs[2], &s);
	assert_int_equal(n, 2);
	assert_int_equal(s[0].kind, SCOPE_SLOT_MOUNT);
	assert_string_equal(s[0].name, "type");
	assert_string_equal(s[1].name, "target");
	free(s);

	for (i = 3; i <= 5; i++) {
		n = scope_slots(fx.sc, &fx.f->instrs[i], &s);
		assert_int_equal(n, 0);
		free(s);
	}

	n = scope_slots(fx.sc, &fx.f->instrs[6], &s);
	assert_int_equal(n, 2);
	assert_true(s[0].split && s[1].split);
	free(s);

	n = scope_slots(fx.sc, &fx.f->instrs[7], &s);
	assert_int_equal(n, 4);
	assert_int_equal(s[0].kind, SCOPE_SLOT_KEY);
	assert_int_equal(s[1].kind, SCOPE_SLOT_VALUE);
	free(s);

	/* ARG: values only, never names */
	n = scope_slots(fx.sc, &fx.f->instrs[8], &s);
	assert_int_equal(n, 1);
	assert_int_equal(s[0].kind, SCOPE_SLOT_VALUE);
	assert_int_equal(s[0].index, 1);
	free(s);

	for (i = 9; i <= 11; i++) {
		n = scope_slots(fx.sc, &fx.f->instrs[i], &s);
		assert_int_equal(n, 0);
		free(s);
	}
	fx_close(&fx);
}

/* COPY heredoc bodies expand unless the delimiter is quoted; RUN's never. */
static void
test_heredoc(void **state)
{
	struct fixture		 fx;
	struct scope_slot	*s;
	struct expand_result	 r;
	size_t			 n;

	(void)state;
	fx_open(&fx, "FROM a\nARG X=1\n"
	    "COPY <<EOF /dst/$X\nhello \"$X\" \\$X\nEOF\n"
	    "COPY <<'EOF' /q\nkeep $X\nEOF\n"
	    "RUN <<EOF\necho $X\nEOF\n", NULL, NULL, NULL);
	assert_int_equal(fx.f->ninstrs, 5);
	n = scope_slots(fx.sc, &fx.f->instrs[2], &s);
	assert_int_equal(n, 2);
	assert_int_equal(s[0].kind, SCOPE_SLOT_WORD);
	assert_int_equal(s[1].kind, SCOPE_SLOT_HEREDOC);
	assert_int_equal(scope_expand(fx.sc, &fx.f->instrs[2], &s[0], &r), 0);
	assert_string_equal(r.value, "/dst/1");
	expand_result_release(&r);
	/* quotes and escapes stay in a heredoc body */
	assert_int_equal(scope_expand(fx.sc, &fx.f->instrs[2], &s[1], &r), 0);
	assert_string_equal(r.value, "hello \"1\" \\$X\n");
	expand_result_release(&r);
	free(s);

	n = scope_slots(fx.sc, &fx.f->instrs[3], &s);
	assert_int_equal(n, 1);
	assert_int_equal(s[0].kind, SCOPE_SLOT_WORD);
	free(s);

	n = scope_slots(fx.sc, &fx.f->instrs[4], &s);
	assert_int_equal(n, 0);
	free(s);
	fx_close(&fx);
}

/* EXPOSE splits words after expansion. */
static void
test_expose_split(void **state)
{
	struct fixture		 fx;
	struct scope_slot	*s;
	struct expand_result	 r;
	size_t			 n;

	(void)state;
	fx_open(&fx, "FROM a\nENV P=\"80 443/udp\"\nEXPOSE $P\n", NULL, NULL,
	    NULL);
	n = scope_slots(fx.sc, &fx.f->instrs[2], &s);
	assert_int_equal(n, 1);
	assert_int_equal(scope_expand(fx.sc, &fx.f->instrs[2], &s[0], &r), 0);
	assert_int_equal(r.nwords, 2);
	assert_string_equal(r.words[0], "80");
	assert_string_equal(r.words[1], "443/udp");
	expand_result_release(&r);
	free(s);
	fx_close(&fx);
}

/* used and undefined names, declared names, image environments. */
static void
test_used(void **state)
{
	struct fixture		 fx;
	struct expand_result	 r;
	const struct ast_instr	*in;
	const char		*w = "/$A/$B/$C";

	(void)state;
	fx_open(&fx, "FROM alpine\nARG A=1\nARG C\nWORKDIR x\n"
	    "FROM scratch AS s\nRUN x\nFROM s\nRUN x\n", NULL, NULL, NULL);
	in = &fx.f->instrs[3];
	assert_int_equal(scope_expand_text(fx.sc, in, w, strlen(w), 0, 0, &r),
	    0);
	assert_string_equal(r.value, "/1//");
	assert_int_equal(r.nused, 3);
	assert_string_equal(r.used[0], "A");
	assert_string_equal(r.used[1], "B");
	assert_string_equal(r.used[2], "C");
	assert_int_equal(r.nundefined, 2);
	assert_string_equal(r.undefined[0], "B");
	assert_string_equal(r.undefined[1], "C");
	expand_result_release(&r);
	assert_false(scope_declared(fx.sc, in, "B"));
	assert_true(scope_declared(fx.sc, in, "C"));
	assert_false(scope_declared(fx.sc, in, "A"));

	assert_true(scope_image_env(fx.sc, in));
	assert_false(scope_image_env(fx.sc, &fx.f->instrs[5]));
	assert_false(scope_image_env(fx.sc, &fx.f->instrs[7]));
	assert_false(scope_image_env(fx.sc, &fx.f->instrs[0]));
	fx_close(&fx);
}

/* A value-less meta ARG is declared for FROM. */
static void
test_meta_declared(void **state)
{
	struct fixture	fx;

	(void)state;
	fx_open(&fx, "ARG V\nFROM alpine$V\n", NULL, NULL, NULL);
	assert_null(fx_var(&fx, 1, "V"));
	assert_true(scope_declared(fx.sc, &fx.f->instrs[1], "V"));
	assert_false(scope_declared(fx.sc, &fx.f->instrs[1], "W"));
	assert_string_equal(fx.sc->stages[0].base, "alpine");
	fx_close(&fx);
}

/* Platforms: native build, --platform target, TARGETSTAGE from --target. */
static void
test_platform(void **state)
{
	struct fixture	fx;
	const char	*native;

	(void)state;
	native = scope_native_platform();
	fx_open(&fx, "FROM a AS x\nFROM b AS y\n", NULL, "linux/arm64/v8",
	    "x");
	assert_string_equal(fx_var(&fx, 0, "TARGETPLATFORM"), "linux/arm64");
	assert_string_equal(fx_var(&fx, 0, "TARGETARCH"), "arm64");
	assert_string_equal(fx_var(&fx, 0, "TARGETVARIANT"), "");
	assert_string_equal(fx_var(&fx, 0, "BUILDPLATFORM"), native);
	assert_string_equal(fx_var(&fx, 0, "TARGETSTAGE"), "x");
	fx_close(&fx);

	fx_open(&fx, "FROM a\n", NULL, "linux/arm", NULL);
	assert_string_equal(fx_var(&fx, 0, "TARGETPLATFORM"), "linux/arm/v7");
	assert_string_equal(fx_var(&fx, 0, "TARGETVARIANT"), "v7");
	assert_string_equal(fx_var(&fx, 0, "TARGETSTAGE"), "");
	fx_close(&fx);

	fx_open(&fx, "FROM a\n", NULL, NULL, NULL);
	assert_string_equal(fx_var(&fx, 0, "TARGETPLATFORM"), native);
	assert_string_equal(fx_var(&fx, 0, "BUILDOS"), "linux");
	fx_close(&fx);

	assert_int_equal(scope_predefined("TARGETARCH"), 1);
	assert_int_equal(scope_predefined("https_proxy"), 2);
	assert_int_equal(scope_predefined("HOME"), 0);
}

/* Stage bases, names and the ONBUILD trigger environment. */
static void
test_stages(void **state)
{
	struct fixture			 fx;
	const struct scope_var		*v;
	const struct scope_var		**vis;
	size_t				 n;

	(void)state;
	fx_open(&fx, "ARG B=base\nFROM alpine AS Base\nENV E=1\n"
	    "ONBUILD ENV F=$E\nFROM ${B} AS next\nFROM builder\n", NULL, NULL,
	    NULL);
	assert_int_equal(fx.sc->nstages, 3);
	assert_string_equal(fx.sc->stages[0].name, "base");
	assert_int_equal(fx.sc->stages[0].base_stage, -1);
	assert_string_equal(fx.sc->stages[1].base, "base");
	assert_int_equal(fx.sc->stages[1].base_stage, 0);
	assert_int_equal(fx.sc->stages[2].base_stage, -1);
	assert_null(fx.sc->stages[2].name);

	/* The trigger sees its stage's final environment. */
	v = scope_lookup(scope_vars_before(fx.sc, fx.f->instrs[3].sub), "E");
	assert_non_null(v);
	assert_string_equal(v->value, "1");
	/* ... and the child stage gets F from it. */
	v = scope_lookup(fx.sc->stages[1].start, "F");
	assert_non_null(v);
	assert_string_equal(v->value, "1");
	assert_int_equal(v->origin, SCOPE_ENV);

	n = scope_visible(fx.sc->stages[1].start, &vis);
	assert_int_equal(n, 3);
	assert_string_equal(vis[0]->name, "PATH");
	assert_string_equal(vis[1]->name, "E");
	assert_string_equal(vis[2]->name, "F");
	free(vis);
	fx_close(&fx);
}

/* An ARG value replaced by --build-arg is marked overridden. */
static void
test_overridden(void **state)
{
	struct fixture		 fx;
	struct scope_slot	*s;
	const char		*args[] = { "V=2", NULL };
	const struct scope_var	*v;
	size_t			 n;

	(void)state;
	fx_open(&fx, "FROM a\nARG V=1 W=$V\nRUN x\n", args, NULL, NULL);
	n = scope_slots(fx.sc, &fx.f->instrs[1], &s);
	assert_int_equal(n, 2);
	assert_true(s[0].overridden);
	assert_false(s[1].overridden);
	free(s);
	v = scope_lookup(scope_vars_before(fx.sc, &fx.f->instrs[2]), "V");
	assert_true(v->build_arg);
	assert_string_equal(fx_var(&fx, 2, "W"), "2");
	fx_close(&fx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vars),
		cmocka_unit_test(test_expand),
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_expose_split),
		cmocka_unit_test(test_heredoc),
		cmocka_unit_test(test_used),
		cmocka_unit_test(test_meta_declared),
		cmocka_unit_test(test_platform),
		cmocka_unit_test(test_stages),
		cmocka_unit_test(test_overridden),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
