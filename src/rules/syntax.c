/* SPDX-License-Identifier: ISC */
/*
 * Rule entries for the parser's findings (DF1xxx, listed in parser.h).
 * The parser reports them itself while parsing; these entries give them
 * a place in the rule table so that `dfopt rules`, --select, level
 * overrides, pragmas and the docs treat them like every other rule.
 * They have no check (RULE_SCOPE_NONE), but for DF1010's RUN analysis
 * limit.  tests/unit/test-rules.c checks
 * that they mirror parser_findings[] (id, name, level).
 */
#include <stddef.h>

#include "dfopt.h"
#include "ast.h"
#include "rules/rules.h"
#include "rules/run.h"

const struct rule_entry rule_unknown_instruction_entry = {
	.id = "DF1001",
	.name = "unknown-instruction",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "the keyword is not a Dockerfile instruction",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_missing_arguments_entry = {
	.id = "DF1002",
	.name = "missing-arguments",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "an instruction lacks an argument it needs",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_json_array_entry = {
	.id = "DF1003",
	.name = "invalid-json-array",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "an exec-form JSON array holds a non-string element",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_unknown_flag_entry = {
	.id = "DF1004",
	.name = "unknown-flag",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a flag the instruction does not take",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_unterminated_heredoc_entry = {
	.id = "DF1005",
	.name = "unterminated-heredoc",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "the file ends before a heredoc's terminator line",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

static const char *const empty_continuation_aliases[] = {
	"NoEmptyContinuation", NULL
};

const struct rule_entry rule_empty_continuation_entry = {
	.id = "DF1006",
	.name = "empty-continuation",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "an empty line inside a line continuation",
	.aliases = empty_continuation_aliases,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_no_instructions_entry = {
	.id = "DF1007",
	.name = "no-instructions",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "the file holds no instruction",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_directive_entry = {
	.id = "DF1008",
	.name = "invalid-directive",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a parser directive is repeated or has an invalid value",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_mount_entry = {
	.id = "DF1009",
	.name = "invalid-mount",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a RUN --mount option is malformed",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

/*
 * DF1010 input-limit: the parser reports its own limits; the one check
 * here is the RUN analysis limit (run.h), so that a script too large to
 * split is not silently left unchecked.
 */
static void
input_limit_check(struct rule_ctx *ctx)
{
	const struct ast_instr	*in = ctx->instr;
	size_t			 n;

	if (in->kind != AST_RUN || (n = run_script_size(in)) <= RUN_SCRIPT_MAX)
		return;
	rule_report(ctx, in->keyword, "RUN script of %zu bytes is over the "
	    "%d-byte analysis limit: its commands are not checked", n,
	    RUN_SCRIPT_MAX);
}

const struct rule_entry rule_input_limit_entry = {
	.id = "DF1010",
	.name = "input-limit",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_INSTR,
	.summary = "the input exceeds a parser limit",
	.aliases = NULL,
	.check = input_limit_check,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_flag_value_entry = {
	.id = "DF1011",
	.name = "invalid-flag-value",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a flag lacks its value, is repeated or has a malformed "
	    "value",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_key_value_entry = {
	.id = "DF1012",
	.name = "invalid-key-value",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "an ENV, LABEL or ARG argument is not a valid name=value",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_too_many_arguments_entry = {
	.id = "DF1013",
	.name = "too-many-arguments",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "an instruction has more arguments than it accepts",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_stage_name_entry = {
	.id = "DF1014",
	.name = "invalid-stage-name",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "the stage name in FROM ... AS is not valid",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

static const char *const invalid_onbuild_trigger_aliases[] = {
	"DL3043", NULL
};

const struct rule_entry rule_invalid_onbuild_trigger_entry = {
	.id = "DF1015",
	.name = "invalid-onbuild-trigger",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "ONBUILD of ONBUILD, FROM or MAINTAINER",
	.aliases = invalid_onbuild_trigger_aliases,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_healthcheck_entry = {
	.id = "DF1016",
	.name = "invalid-healthcheck",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a HEALTHCHECK with an unknown type or a missing command",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_shell_not_json_entry = {
	.id = "DF1017",
	.name = "shell-not-json",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "SHELL arguments are not a JSON array",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_continuation_at_eof_entry = {
	.id = "DF1018",
	.name = "continuation-at-eof",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "the file ends inside a line continuation",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_lone_carriage_return_entry = {
	.id = "DF1019",
	.name = "lone-carriage-return",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "a carriage return that does not end a line",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_encoding_entry = {
	.id = "DF1020",
	.name = "invalid-encoding",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "a NUL byte or invalid UTF-8 in the file",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_heredoc_destination_entry = {
	.id = "DF1021",
	.name = "heredoc-destination",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a COPY or ADD destination is a heredoc",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};
