/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for parser.c and ast-dump.c: instructions, flags, JSON and
 * shell forms, ENV/LABEL/ARG forms, heredocs, findings, spans with their
 * line:column (CRLF, tabs, multibyte), and the BuildKit dump.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dfopt.h"
#include "ast.h"
#include "ast-dump.h"
#include "diag.h"
#include "parser.h"
#include "source.h"

struct fx {
	struct source	*src;
	struct diags	 d;
	struct ast_file	*f;
	char		*dump;
};

static struct ast_file *
parse_n(struct fx *x, const char *s, size_t n)
{
	memset(x, 0, sizeof(*x));
	x->src = source_from_mem("t", s, n);
	diags_init(&x->d);
	x->f = parser_parse(x->src, &x->d, 0);
	return x->f;
}

static struct ast_file *
parse(struct fx *x, const char *s)
{
	return parse_n(x, s, strlen(s));
}

static void
done(struct fx *x)
{
	free(x->dump);
	ast_file_free(x->f);
	diags_release(&x->d);
	source_free(x->src);
}

static size_t
has(struct fx *x, const char *id)
{
	return diags_count(&x->d, id);
}

/* The BuildKit dump of the file. */
static const char *
bk(struct fx *x)
{
	size_t	 n;
	FILE	*fp;

	free(x->dump);
	fp = open_memstream(&x->dump, &n);
	assert_non_null(fp);
	assert_int_equal(ast_dump_buildkit(fp, x->f), 0);
	fclose(fp);
	return x->dump;
}

/* The BuildKit dump of one line of Dockerfile, after "FROM a\n". */
static void
bk_is(const char *line, const char *want)
{
	struct fx	 x;
	char		*s;

	if (asprintf(&s, "FROM a\n%s\n", line) < 0)
		fail();
	parse(&x, s);
	assert_string_equal(bk(&x) + strlen("(from \"a\")\n"), want);
	done(&x);
	free(s);
}

/* sp starts at l1:c1 and ends (exclusive) at l2:c2. */
static void
span_is(struct fx *x, struct span sp, size_t l1, size_t c1, size_t l2,
    size_t c2)
{
	struct source_pos	a, b;

	a = source_position(x->src, sp.off);
	b = source_position(x->src, SPAN_END(sp));
	assert_int_equal(a.line, l1);
	assert_int_equal(a.column, c1);
	assert_int_equal(b.line, l2);
	assert_int_equal(b.column, c2);
}

static void
test_from_as(void **state)
{
	struct fx	x;

	parse(&x, "FROM --platform=linux/amd64 alpine:3 AS Build\n");
	assert_int_equal(x.f->ninstrs, 1);
	assert_int_equal(x.f->instrs[0].kind, AST_FROM);
	assert_int_equal(x.f->instrs[0].nwords, 3);
	assert_string_equal(ast_from_image(&x.f->instrs[0])->value,
	    "alpine:3");
	assert_string_equal(ast_from_name(&x.f->instrs[0])->value, "Build");
	assert_string_equal(ast_flag_get(&x.f->instrs[0], "platform")->value,
	    "linux/amd64");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_keyword_case(void **state)
{
	struct fx	x;

	parse(&x, "from a\nrUn b\nWorkDir /x\n");
	assert_int_equal(x.f->instrs[1].kind, AST_RUN);
	assert_string_equal(x.f->instrs[1].keyword_text, "rUn");
	assert_int_equal(x.f->instrs[2].kind, AST_WORKDIR);
	assert_string_equal(bk(&x),
	    "(from \"a\")\n(run \"b\")\n(workdir \"/x\")\n");
	done(&x);
}

static void
test_unknown_instruction(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCOPPY x y\nRUN z\n");
	assert_int_equal(x.f->ninstrs, 3);
	assert_int_equal(x.f->instrs[1].kind, AST_UNKNOWN);
	assert_int_equal(x.f->instrs[2].kind, AST_RUN);
	assert_int_equal(has(&x, DF_UNKNOWN_INSTRUCTION), 1);
	assert_non_null(strstr(x.d.v[0].message, "did you mean 'COPY'"));
	span_is(&x, x.d.v[0].span, 2, 1, 2, 6);
	assert_string_equal(bk(&x) + 11, "(coppy \"\")\n(run \"z\")\n");
	done(&x);
}

static void
test_no_instructions(void **state)
{
	struct fx	x;

	parse(&x, "# only a comment\n\n");
	assert_int_equal(x.f->ninstrs, 0);
	assert_int_equal(has(&x, DF_NO_INSTRUCTIONS), 1);
	assert_int_equal(x.d.v[0].level, SEV_ERROR);
	done(&x);
	parse(&x, "");
	assert_int_equal(has(&x, DF_NO_INSTRUCTIONS), 1);
	done(&x);
}

static void
test_exec_form(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCMD [\"echo\", \"a b\"]\n");
	assert_int_equal(x.f->instrs[1].exec_form, 1);
	assert_int_equal(x.f->instrs[1].nwords, 2);
	assert_string_equal(x.f->instrs[1].words[1].value, "a b");
	assert_string_equal(x.f->instrs[1].words[1].raw, "\"a b\"");
	span_is(&x, x.f->instrs[1].words[1].span, 2, 14, 2, 19);
	done(&x);
}

static void
test_shell_form(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN echo  \"x\" && ls\n");
	assert_int_equal(x.f->instrs[1].exec_form, 0);
	assert_int_equal(x.f->instrs[1].nwords, 0);
	assert_string_equal(x.f->instrs[1].args.s, "echo  \"x\" && ls");
	span_is(&x, x.f->instrs[1].args.span, 2, 5, 2, 20);
	done(&x);
}

static void
test_invalid_json_falls_back(void **state)
{
	/* Not valid JSON: silently the shell form, as in BuildKit. */
	bk_is("CMD [\"a\", 'b']", "(cmd \"[\\\"a\\\", 'b']\")\n");
	bk_is("CMD [\"a\"] extra", "(cmd \"[\\\"a\\\"] extra\")\n");
	bk_is("CMD [\"a\",]", "(cmd \"[\\\"a\\\",]\")\n");
	bk_is("CMD [1e999]", "(cmd \"[1e999]\")\n");
	bk_is("CMD [\"\x01\"]", "(cmd \"[\\\"\\x01\\\"]\")\n");
}

static void
test_json_non_string_is_error(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCMD [\"a\", 1, {\"b\": [null]}]\n");
	assert_int_equal(has(&x, DF_INVALID_JSON_ARRAY), 1);
	span_is(&x, x.d.v[0].span, 2, 11, 2, 12);
	assert_int_equal(x.f->instrs[1].exec_form, 1);
	done(&x);
}

static void
test_json_escapes(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCMD [\"\\u00e9\\ud83d\\ude00\\n\\t\\/\", "
	    "\"\\ud800x\", \"\\u0000\"]\n");
	assert_int_equal(x.f->instrs[1].exec_form, 1);
	assert_string_equal(x.f->instrs[1].words[0].value,
	    "\xc3\xa9\xf0\x9f\x98\x80\n\t/");
	/* a lone surrogate is U+FFFD, as Go decodes it */
	assert_string_equal(x.f->instrs[1].words[1].value,
	    "\xef\xbf\xbdx");
	assert_int_equal(x.f->instrs[1].words[2].vlen, 1);
	assert_int_equal(x.f->instrs[1].words[2].value[0], '\0');
	assert_string_equal(bk(&x) + 11,
	    "(cmd \"é😀\\n\\t/\" \"\uFFFDx\" \"\\x00\")\n");
	done(&x);
}

static void
test_json_nesting_limit(void **state)
{
	struct fx	 x;
	char		*s;
	size_t		 n = 10001, i;

	s = malloc(2 * n + 32);
	memcpy(s, "FROM a\nCMD ", 11);
	for (i = 0; i < n; i++) {
		s[11 + i] = '[';
		s[11 + n + i] = ']';
	}
	memcpy(s + 11 + 2 * n, "\n", 2);
	parse(&x, s);
	/* deeper than Go's 10,000 levels: not JSON, so shell form */
	assert_int_equal(x.f->instrs[1].exec_form, 0);
	assert_int_equal(has(&x, DF_INVALID_JSON_ARRAY), 0);
	done(&x);
	free(s);
}

static void
test_empty_json_array(void **state)
{
	bk_is("CMD []", "(cmd)\n");
	bk_is("ENTRYPOINT [ ]", "(entrypoint)\n");
	bk_is("RUN", "(run)\n");
}

static void
test_flags_forms(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nCOPY --link --from=b -- --chown=x /s /d\n");
	in = &x.f->instrs[1];
	assert_int_equal(in->nflags, 2);
	assert_string_equal(in->flags[0].name, "link");
	assert_null(in->flags[0].value);
	assert_string_equal(in->flags[1].value, "b");
	span_is(&x, in->flags[1].span, 2, 13, 2, 21);
	span_is(&x, in->flags[1].name_span, 2, 15, 2, 19);
	span_is(&x, in->flags[1].value_span, 2, 20, 2, 21);
	/* after "--" everything is an argument */
	assert_int_equal(in->nwords, 3);
	assert_string_equal(in->words[0].value, "--chown=x");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_flag_quotes(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN --mount=type=bind,\"source=a b\" \\\n"
	    "  --network='none' ls\n");
	assert_int_equal(x.f->instrs[1].nflags, 2);
	assert_string_equal(x.f->instrs[1].flags[0].value,
	    "type=bind,source=a b");
	assert_string_equal(x.f->instrs[1].flags[1].value, "none");
	assert_string_equal(x.f->instrs[1].args.s, "ls");
	assert_string_equal(bk(&x) + 11, "(run [\"--mount=type=bind,"
	    "source=a b\" \"--network=none\"] \"ls\")\n");
	done(&x);
}

static void
test_flag_latin1_in_dump(void **state)
{
	/* BuildKit reads flags byte by byte as runes */
	bk_is("COPY --chown=\xc3\xa9 a b",
	    "(copy [\"--chown=\xc3\x83\xc2\xa9\"] \"a\" \"b\")\n");
}

static void
test_unknown_flag(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCOPY --form=b x y\nRUN --foo ls\n"
	    "WORKDIR --x=1 /\n");
	assert_int_equal(has(&x, DF_UNKNOWN_FLAG), 3);
	assert_non_null(strstr(x.d.v[0].message, "did you mean '--from'"));
	span_is(&x, x.d.v[0].span, 2, 6, 2, 14);
	assert_int_equal(x.f->ninstrs, 4);
	done(&x);
}

static void
test_flag_values(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCOPY --from --link=maybe --chown=a --chown=b "
	    "x y\nHEALTHCHECK --interval=5 --retries=-1 --timeout=1h30m "
	    "CMD true\n");
	/* --from without value, bad bool, duplicate, bad duration and
	 * retries */
	assert_int_equal(has(&x, DF_INVALID_FLAG_VALUE), 5);
	assert_int_equal(has(&x, DF_UNKNOWN_FLAG), 0);
	done(&x);
}

static void
test_repeatable_flags(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN --mount=type=cache,target=/a "
	    "--mount=type=tmpfs,target=/b,size=64m true\n"
	    "COPY --exclude=a --exclude=b . /\n");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_mount_options(void **state)
{
	struct fx		 x;
	const struct ast_flag	*fl;

	parse(&x, "FROM a\nRUN --mount=type=secret,ID=tok,required,"
	    "dst=/run/s cat /run/s\n");
	fl = ast_flag_get(&x.f->instrs[1], "mount");
	assert_non_null(fl);
	assert_int_equal(fl->nopts, 4);
	assert_string_equal(fl->opts[1].key, "id");
	assert_string_equal(fl->opts[1].value, "tok");
	assert_null(fl->opts[2].value);
	span_is(&x, fl->opts[3].span, 2, 41, 2, 51);
	span_is(&x, fl->opts[3].value_span, 2, 45, 2, 51);
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_mount_invalid(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\n"
	    "RUN --mount=type=foo true\n"
	    "RUN --mount=type=bind,bogus=1 true\n"
	    "RUN --mount=type=cache,required true\n"
	    "RUN --mount=type=secret true\n"
	    "RUN --mount=type=bind,mode=0755 true\n"
	    "RUN --mount=type=cache,sharing=maybe,target=/x true\n"
	    "RUN --mount=type=bind,src=a\\\"b true\n"
	    "RUN --mount=from=$STAGE,target=/x true\n"
	    "RUN --mount=type=$T,target=/x true\n");
	assert_int_equal(has(&x, DF_INVALID_MOUNT), 8);
	done(&x);
}

static void
test_env_forms(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nENV A=1 B=\"two words\" C='x y' D=a\\ b\n"
	    "ENV PATH /usr/bin:$PATH  and more\n");
	in = &x.f->instrs[1];
	assert_int_equal(in->npairs, 4);
	assert_string_equal(in->pairs[1].key.value, "B");
	assert_string_equal(in->pairs[1].value.raw, "\"two words\"");
	assert_string_equal(in->pairs[1].value.value, "two words");
	assert_string_equal(in->pairs[2].value.value, "x y");
	assert_string_equal(in->pairs[3].value.value, "a b");
	span_is(&x, in->pairs[1].value.span, 2, 11, 2, 22);
	in = &x.f->instrs[2];
	assert_int_equal(in->npairs, 1);
	assert_int_equal(in->pairs[0].legacy, 1);
	assert_string_equal(in->pairs[0].value.raw, "/usr/bin:$PATH  and more");
	assert_string_equal(bk(&x) + 11,
	    "(env \"A\" \"1\" \"=\" \"B\" \"\\\"two words\\\"\" \"=\" \"C\" "
	    "\"'x y'\" \"=\" \"D\" \"a\\\\ b\" \"=\")\n"
	    "(env \"PATH\" \"/usr/bin:$PATH  and more\" \"\")\n");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_env_errors(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nENV A=1 B\nENV C\nLABEL =x\nENV D=\"x\nENV\n");
	assert_int_equal(has(&x, DF_INVALID_KEY_VALUE), 4);
	assert_int_equal(has(&x, DF_MISSING_ARGUMENTS), 1);
	done(&x);
}

static void
test_label_multiline(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nLABEL a=1 \\\n      b=\"2\"\n");
	assert_int_equal(x.f->instrs[1].npairs, 2);
	span_is(&x, x.f->instrs[1].pairs[1].span, 3, 7, 3, 12);
	done(&x);
}

static void
test_arg_forms(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "ARG V=1 W X=\"a b\" Y=\nFROM a\n");
	in = &x.f->instrs[0];
	assert_int_equal(in->npairs, 4);
	assert_int_equal(in->pairs[1].has_value, 0);
	assert_string_equal(in->pairs[2].value.value, "a b");
	assert_int_equal(in->pairs[3].has_value, 1);
	assert_string_equal(in->pairs[3].value.value, "");
	assert_string_equal(bk(&x),
	    "(arg \"V=1\" \"W\" \"X=\\\"a b\\\"\" \"Y=\")\n(from \"a\")\n");
	done(&x);
}

static void
test_copy_words(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCOPY a \"b c\" /d/\nADD [\"x y\", \"/z\"]\n"
	    "COPY onlyone\n");
	assert_int_equal(x.f->instrs[1].nwords, 4);
	assert_string_equal(x.f->instrs[1].words[1].raw, "\"b");
	assert_int_equal(x.f->instrs[2].exec_form, 1);
	assert_string_equal(x.f->instrs[2].words[0].value, "x y");
	assert_int_equal(has(&x, DF_MISSING_ARGUMENTS), 1);
	done(&x);
}

static void
test_single_word_instructions(void **state)
{
	bk_is("USER  app:app ", "(user \"app:app\")\n");
	bk_is("WORKDIR /a b", "(workdir \"/a b\")\n");
	bk_is("STOPSIGNAL SIGTERM", "(stopsignal \"SIGTERM\")\n");
	bk_is("MAINTAINER Jo <j@x>", "(maintainer \"Jo <j@x>\")\n");
	bk_is("EXPOSE 80/tcp\t443", "(expose \"80/tcp\" \"443\")\n");
	bk_is("VOLUME [\"/a\", \"/b\"]", "(volume \"/a\" \"/b\")\n");
	bk_is("VOLUME /a /b", "(volume \"/a\" \"/b\")\n");
	bk_is("SHELL [\"/bin/bash\", \"-c\"]",
	    "(shell \"/bin/bash\" \"-c\")\n");
}

static void
test_missing_arguments(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nUSER\nWORKDIR\nEXPOSE\nVOLUME\nARG\nONBUILD\n"
	    "HEALTHCHECK\nSHELL\n");
	assert_int_equal(has(&x, DF_MISSING_ARGUMENTS), 8);
	done(&x);
}

static void
test_from_arguments(void **state)
{
	struct fx	x;

	parse(&x, "FROM a b\nFROM a AS\nFROM a AS 1x\nFROM a AS b c\n"
	    "FROM\n");
	assert_int_equal(has(&x, DF_TOO_MANY_ARGUMENTS), 2);
	assert_int_equal(has(&x, DF_MISSING_ARGUMENTS), 2);
	assert_int_equal(has(&x, DF_INVALID_STAGE_NAME), 1);
	done(&x);
}

static void
test_healthcheck(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nHEALTHCHECK --interval=5s --timeout=3s "
	    "--start-period=1s --start-interval=2s --retries=3 \\\n"
	    "  CMD [\"curl\", \"-f\", \"x\"]\nHEALTHCHECK NONE\n"
	    "HEALTHCHECK CMD curl x\n");
	in = &x.f->instrs[1];
	assert_int_equal(in->nflags, 5);
	assert_string_equal(in->words[0].value, "CMD");
	assert_non_null(in->sub);
	assert_int_equal(in->sub->kind, AST_CMD);
	assert_int_equal(in->sub->exec_form, 1);
	assert_int_equal(in->sub->nwords, 3);
	assert_null(x.f->instrs[2].sub);
	assert_int_equal(x.f->instrs[3].sub->exec_form, 0);
	assert_string_equal(x.f->instrs[3].sub->args.s, "curl x");
	assert_int_equal(x.d.n, 0);
	assert_string_equal(bk(&x) + 11, "(healthcheck [\"--interval=5s\" "
	    "\"--timeout=3s\" \"--start-period=1s\" \"--start-interval=2s\" "
	    "\"--retries=3\"] \"CMD\" \"curl\" \"-f\" \"x\")\n"
	    "(healthcheck \"NONE\")\n(healthcheck \"CMD\" \"curl x\")\n");
	done(&x);
}

static void
test_healthcheck_errors(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nHEALTHCHECK NONE x\nHEALTHCHECK CONNECT tcp\n"
	    "HEALTHCHECK CMD\nHEALTHCHECK CMD []\n");
	assert_int_equal(has(&x, DF_INVALID_HEALTHCHECK), 4);
	assert_string_equal(bk(&x) + 11, "(healthcheck \"NONE\" \"x\")\n"
	    "(healthcheck \"CONNECT\" \"tcp\")\n(healthcheck \"CMD\")\n"
	    "(healthcheck \"CMD\")\n");
	done(&x);
}

static void
test_onbuild(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nONBUILD RUN [\"echo\", \"x\"]\nONBUILD COPY "
	    "--from=b x y\n");
	in = &x.f->instrs[1];
	assert_non_null(in->sub);
	assert_int_equal(in->sub->kind, AST_RUN);
	span_is(&x, in->sub->keyword, 2, 9, 2, 12);
	assert_string_equal(x.f->instrs[2].sub->flags[0].value, "b");
	assert_string_equal(bk(&x) + 11,
	    "(onbuild (run \"echo\" \"x\"))\n"
	    "(onbuild (copy [\"--from=b\"] \"x\" \"y\"))\n");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_onbuild_errors(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nONBUILD ONBUILD RUN x\nONBUILD FROM b\n"
	    "ONBUILD BOGUS\n");
	assert_int_equal(has(&x, DF_INVALID_ONBUILD_TRIGGER), 2);
	assert_int_equal(has(&x, DF_UNKNOWN_INSTRUCTION), 1);
	assert_string_equal(bk(&x) + 11,
	    "(onbuild (onbuild (run \"x\")))\n(onbuild (from \"b\"))\n"
	    "(onbuild (bogus \"\"))\n");
	done(&x);
}

static void
test_heredoc_basic(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nRUN <<EOF\necho $x\nEOF\nRUN b\n");
	in = &x.f->instrs[1];
	assert_int_equal(in->nheredocs, 1);
	assert_string_equal(in->heredocs[0].name, "EOF");
	assert_int_equal(in->heredocs[0].expand, 1);
	assert_int_equal(in->heredocs[0].chomp, 0);
	assert_string_equal(in->heredocs[0].body, "echo $x\n");
	span_is(&x, in->heredocs[0].marker, 2, 5, 2, 10);
	span_is(&x, in->span, 2, 1, 4, 4);
	assert_int_equal(x.f->instrs[2].kind, AST_RUN);
	assert_string_equal(bk(&x) + 11, "(run \"<<EOF\")\n(run \"b\")\n");
	done(&x);
}

static void
test_heredoc_quoted_and_chomp(void **state)
{
	struct fx		 x;
	const struct ast_instr	*in;

	parse(&x, "FROM a\nCOPY <<-\"A\" <<'B' /dst/\n\tone\n\tA\ntwo\nB\n");
	in = &x.f->instrs[1];
	assert_int_equal(in->nheredocs, 2);
	assert_int_equal(in->heredocs[0].chomp, 1);
	assert_int_equal(in->heredocs[0].expand, 0);
	assert_string_equal(in->heredocs[0].body, "\tone\n");
	assert_int_equal(in->heredocs[1].expand, 0);
	assert_string_equal(in->heredocs[1].body, "two\n");
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_heredoc_command_after(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN python3 <<EOF > /out && cat /out\n"
	    "print(1)\nEOF\n");
	assert_int_equal(x.f->instrs[1].nheredocs, 1);
	assert_string_equal(x.f->instrs[1].args.s,
	    "python3 <<EOF > /out && cat /out");
	done(&x);
}

static void
test_heredoc_not_in_exec_or_quotes(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN [\"cat\", \"<<EOF\"]\nRUN echo \"<<EOF\" "
	    "'<<X' a<<Y\nENV A=<<EOF\n");
	assert_int_equal(x.f->instrs[1].nheredocs, 0);
	assert_int_equal(x.f->instrs[2].nheredocs, 0);
	assert_int_equal(x.f->instrs[3].nheredocs, 0);
	assert_int_equal(x.f->ninstrs, 4);
	done(&x);
}

static void
test_heredoc_onbuild(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nONBUILD RUN <<EOF\nx\nEOF\n");
	assert_int_equal(x.f->ninstrs, 2);
	assert_int_equal(x.f->instrs[1].sub->nheredocs, 1);
	assert_string_equal(x.f->instrs[1].sub->heredocs[0].body, "x\n");
	done(&x);
}

static void
test_heredoc_unterminated(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN cat <<EOF\nline\n");
	assert_int_equal(has(&x, DF_UNTERMINATED_HEREDOC), 1);
	span_is(&x, x.d.v[0].span, 2, 9, 2, 14);
	assert_int_equal(x.f->instrs[1].heredocs[0].terminated, 0);
	assert_string_equal(x.f->instrs[1].heredocs[0].body, "line\n");
	done(&x);
}

static void
test_heredoc_destination(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCOPY a <<EOF\nx\nEOF\n");
	assert_int_equal(has(&x, DF_HEREDOC_DESTINATION), 1);
	done(&x);
}

static void
test_escape_directive_everywhere(void **state)
{
	struct fx	x;

	parse(&x, "# escape=`\nFROM a\nRUN dir c:\\ `\n  && echo\n"
	    "ENV P=c:\\w D=a` b\nCOPY --chown=`\"x`\" a b\n");
	assert_int_equal(x.f->escape, '`');
	assert_string_equal(x.f->instrs[1].args.s, "dir c:\\   && echo");
	assert_string_equal(x.f->instrs[2].pairs[0].value.value, "c:\\w");
	assert_string_equal(x.f->instrs[2].pairs[1].value.value, "a b");
	assert_string_equal(x.f->instrs[3].flags[0].value, "\"x\"");
	done(&x);
}

static void
test_comments_above(void **state)
{
	struct fx	x;

	parse(&x, "# syntax=x\n# about a\nFROM a\n# about b\nRUN b \\\n"
	    "# inside\n  c\nRUN d\n");
	assert_int_equal(x.f->ndirectives, 1);
	assert_int_equal(x.f->ncomments, 3);
	assert_int_equal(x.f->instrs[0].comment0, 0);
	assert_int_equal(x.f->instrs[0].ncomments, 1);
	assert_int_equal(x.f->instrs[1].comment0, 1);
	assert_int_equal(x.f->instrs[1].ncomments, 1);
	assert_int_equal(x.f->instrs[2].ncomments, 0);
	assert_string_equal(x.f->comments[2].text, " inside");
	done(&x);
}

static void
test_empty_continuation_recovers(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN a \\\n\n  b\n");
	assert_int_equal(has(&x, DF_EMPTY_CONTINUATION), 1);
	assert_int_equal(x.d.v[0].level, SEV_WARNING);
	assert_string_equal(x.f->instrs[1].args.s, "a   b");
	done(&x);
}

static void
test_continuation_only_line(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\n\\\n");
	assert_int_equal(x.f->ninstrs, 2);
	assert_int_equal(x.f->instrs[1].kind, AST_UNKNOWN);
	assert_int_equal(has(&x, DF_UNKNOWN_INSTRUCTION), 1);
	assert_string_equal(bk(&x), "(from \"a\")\n(\"\")\n");
	done(&x);
}

static void
test_spans_crlf_tabs_multibyte(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\r\n\tLABEL \xc3\xa9t\xc3\xa9=\"\xe2\x82\xac\" "
	    "x=1\r\n");
	span_is(&x, x.f->instrs[1].keyword, 2, 2, 2, 7);
	/* "été" is 3 columns although 5 bytes */
	span_is(&x, x.f->instrs[1].pairs[0].key.span, 2, 8, 2, 11);
	span_is(&x, x.f->instrs[1].pairs[1].span, 2, 16, 2, 19);
	span_is(&x, x.f->instrs[1].span, 2, 2, 2, 19);
	done(&x);
}

static void
test_instruction_span_across_lines(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRUN a \\\n  && b \\\n  && c\nRUN d\n");
	span_is(&x, x.f->instrs[1].span, 2, 1, 4, 7);
	span_is(&x, x.f->instrs[1].args.span, 2, 5, 4, 7);
	/* a logical range maps back through the continuation */
	span_is(&x, ast_text_span(&x.f->instrs[1].args, 7, 1), 3, 6, 3, 7);
	done(&x);
}

static void
test_keyword_across_continuation(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nRU\\\nN x\n");
	assert_int_equal(x.f->instrs[1].kind, AST_RUN);
	assert_string_equal(x.f->instrs[1].keyword_text, "RUN");
	span_is(&x, x.f->instrs[1].keyword, 2, 1, 3, 2);
	done(&x);
}

static void
test_error_recovery(void **state)
{
	struct fx	x;

	parse(&x, "FROM a\nCMD [1]\nENV X\nRUN ok\nCOPY --bad x y\n"
	    "RUN <<EOF\n");
	assert_int_equal(x.f->ninstrs, 6);
	assert_int_equal(x.f->instrs[3].kind, AST_RUN);
	assert_true(diags_worst(&x.d) == SEV_ERROR);
	assert_int_equal(has(&x, DF_INVALID_JSON_ARRAY), 1);
	assert_int_equal(has(&x, DF_UNKNOWN_FLAG), 1);
	assert_int_equal(has(&x, DF_UNTERMINATED_HEREDOC), 1);
	done(&x);
}

static void
test_nul_and_invalid_bytes(void **state)
{
	struct fx	x;

	parse_n(&x, "FROM a\nRUN \0\xff x\nENV K=\xfe\n", 24);
	assert_int_equal(x.f->ninstrs, 3);
	assert_int_equal(x.f->instrs[1].args.len, 4);
	assert_int_equal(has(&x, DF_INVALID_ENCODING), 1);
	/* raw bytes print \x..; ENV words went through runes: U+FFFD */
	assert_string_equal(bk(&x) + 11,
	    "(run \"\\x00\\xff x\")\n(env \"K\" \"\xef\xbf\xbd\" \"=\")\n");
	done(&x);
}

static void
test_nbsp_is_not_a_separator_for_keywords(void **state)
{
	/* reWhitespace does not know U+00A0: the keyword is "RUN\u00a0x" */
	bk_is("RUN\xc2\xa0x y", "(run\xc2\xa0x \"\")\n");
}

static void
test_goquote(void **state)
{
	char	*q;

	q = ast_dump_goquote("a\"\\\x01\x7f\t\xc2\xa0\xe2\x80\x8b\xff"
	    "\xf0\x9f\x98\x80", 16);
	assert_string_equal(q, "\"a\\\"\\\\\\x01\\x7f\\t\\u00a0\\u200b\\xff"
	    "\xf0\x9f\x98\x80\"");
	free(q);
	assert_true(ast_dump_isprint(0xe9));
	assert_false(ast_dump_isprint(0xad));
	assert_false(ast_dump_isprint(0xe000));
}

static void
test_json_dump_valid(void **state)
{
	struct fx	 x;
	char		*buf = NULL;
	size_t		 n;
	FILE		*fp;

	parse(&x, "# syntax=a\nFROM a\nRUN --mount=type=cache,target=/x "
	    "<<EOF\n\xff\nEOF\n");
	fp = open_memstream(&buf, &n);
	assert_int_equal(ast_dump_json(fp, x.f, &x.d), 0);
	fclose(fp);
	assert_non_null(strstr(buf, "\"kind\": \"RUN\""));
	assert_non_null(strstr(buf, "\"body\": \"\xef\xbf\xbd\\n\""));
	assert_non_null(strstr(buf, "\"options\": ["));
	assert_non_null(strstr(buf, "\"id\": \"DF1020\""));
	assert_non_null(strstr(buf, "\"span\": {\"start\": {\"line\": 3, "
	    "\"column\": 1, \"offset\": 18}"));
	free(buf);
	done(&x);
}

static void
test_syntax_only_flag(void **state)
{
	struct fx	x;

	memset(&x, 0, sizeof(x));
	x.src = source_from_mem("t", "FROM a b\nCOPY --bogus x\n", 24);
	diags_init(&x.d);
	x.f = parser_parse(x.src, &x.d, PARSER_SYNTAX_ONLY);
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void
test_findings_table(void **state)
{
	size_t	i, j;

	assert_true(parser_nfindings >= 21);
	for (i = 0; i < parser_nfindings; i++) {
		assert_int_equal(strlen(parser_findings[i].id), 6);
		for (j = 0; j < i; j++)
			assert_true(strcmp(parser_findings[j].id,
			    parser_findings[i].id) < 0);
		assert_null(strchr(parser_findings[i].name, ' '));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_from_as),
		cmocka_unit_test(test_keyword_case),
		cmocka_unit_test(test_unknown_instruction),
		cmocka_unit_test(test_no_instructions),
		cmocka_unit_test(test_exec_form),
		cmocka_unit_test(test_shell_form),
		cmocka_unit_test(test_invalid_json_falls_back),
		cmocka_unit_test(test_json_non_string_is_error),
		cmocka_unit_test(test_json_escapes),
		cmocka_unit_test(test_json_nesting_limit),
		cmocka_unit_test(test_empty_json_array),
		cmocka_unit_test(test_flags_forms),
		cmocka_unit_test(test_flag_quotes),
		cmocka_unit_test(test_flag_latin1_in_dump),
		cmocka_unit_test(test_unknown_flag),
		cmocka_unit_test(test_flag_values),
		cmocka_unit_test(test_repeatable_flags),
		cmocka_unit_test(test_mount_options),
		cmocka_unit_test(test_mount_invalid),
		cmocka_unit_test(test_env_forms),
		cmocka_unit_test(test_env_errors),
		cmocka_unit_test(test_label_multiline),
		cmocka_unit_test(test_arg_forms),
		cmocka_unit_test(test_copy_words),
		cmocka_unit_test(test_single_word_instructions),
		cmocka_unit_test(test_missing_arguments),
		cmocka_unit_test(test_from_arguments),
		cmocka_unit_test(test_healthcheck),
		cmocka_unit_test(test_healthcheck_errors),
		cmocka_unit_test(test_onbuild),
		cmocka_unit_test(test_onbuild_errors),
		cmocka_unit_test(test_heredoc_basic),
		cmocka_unit_test(test_heredoc_quoted_and_chomp),
		cmocka_unit_test(test_heredoc_command_after),
		cmocka_unit_test(test_heredoc_not_in_exec_or_quotes),
		cmocka_unit_test(test_heredoc_onbuild),
		cmocka_unit_test(test_heredoc_unterminated),
		cmocka_unit_test(test_heredoc_destination),
		cmocka_unit_test(test_escape_directive_everywhere),
		cmocka_unit_test(test_comments_above),
		cmocka_unit_test(test_empty_continuation_recovers),
		cmocka_unit_test(test_continuation_only_line),
		cmocka_unit_test(test_spans_crlf_tabs_multibyte),
		cmocka_unit_test(test_instruction_span_across_lines),
		cmocka_unit_test(test_keyword_across_continuation),
		cmocka_unit_test(test_error_recovery),
		cmocka_unit_test(test_nul_and_invalid_bytes),
		cmocka_unit_test(test_nbsp_is_not_a_separator_for_keywords),
		cmocka_unit_test(test_goquote),
		cmocka_unit_test(test_json_dump_valid),
		cmocka_unit_test(test_syntax_only_flag),
		cmocka_unit_test(test_findings_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
