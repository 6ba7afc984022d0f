/* SPDX-License-Identifier: ISC */
/*
 * Rule entries for the stage graph's findings (DF4001-DF4049, listed in
 * graph.h).  graph_build() reports them itself; these entries give them
 * a place in the rule table so that `dfopt rules`, --select, level
 * overrides, pragmas and the docs treat them like every other rule.
 * They have no check (RULE_SCOPE_NONE).  tests/unit/test-rules.c checks
 * that they mirror graph_findings[] (id, name, level).
 */
#include <stddef.h>

#include "dfopt.h"
#include "rules/rules.h"

const struct rule_entry rule_unknown_stage_reference_entry = {
	.id = "DF4001",
	.name = "unknown-stage-reference",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "--from=N: no stage has index N",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_forward_stage_reference_entry = {
	.id = "DF4002",
	.name = "forward-stage-reference",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "--from or from= names a later stage",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

static const char *const self_reference_aliases[] = {
	"DL3023", NULL
};

const struct rule_entry rule_self_reference_entry = {
	.id = "DF4003",
	.name = "self-reference",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a stage copies or mounts from itself",
	.aliases = self_reference_aliases,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_stage_cycle_entry = {
	.id = "DF4004",
	.name = "stage-cycle",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "stages depend on each other in a cycle",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

static const char *const duplicate_stage_name_aliases[] = {
	"DL3024", "DuplicateStageName", NULL
};

const struct rule_entry rule_duplicate_stage_name_entry = {
	.id = "DF4005",
	.name = "duplicate-stage-name",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "two stages have the same name",
	.aliases = duplicate_stage_name_aliases,
	.check = NULL,
	.fix = FIX_NONE
};

static const char *const reserved_stage_name_aliases[] = {
	"ReservedStageName", NULL
};

const struct rule_entry rule_reserved_stage_name_entry = {
	.id = "DF4006",
	.name = "reserved-stage-name",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "a stage is named scratch or context",
	.aliases = reserved_stage_name_aliases,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_empty_base_image_entry = {
	.id = "DF4007",
	.name = "empty-base-image",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "FROM expands to an empty image name",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_invalid_reference_entry = {
	.id = "DF4008",
	.name = "invalid-reference",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "an image name is not a valid reference",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_unknown_target_entry = {
	.id = "DF4009",
	.name = "unknown-target",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "--target names no stage",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_from_later_stage_entry = {
	.id = "DF4010",
	.name = "from-later-stage",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "FROM names a stage defined only later",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_from_variable_entry = {
	.id = "DF4011",
	.name = "from-variable",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "COPY --from uses a variable",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_stage_name_typo_entry = {
	.id = "DF4012",
	.name = "stage-name-typo",
	.level = SEV_WARNING,
	.scope = RULE_SCOPE_NONE,
	.summary = "--from image looks like a stage name",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_empty_platform_entry = {
	.id = "DF4013",
	.name = "empty-platform",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "FROM --platform expands to nothing",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_from_expansion_error_entry = {
	.id = "DF4014",
	.name = "from-expansion-error",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "a variable in FROM cannot be expanded",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_no_stages_entry = {
	.id = "DF4015",
	.name = "no-stages",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "instructions but no FROM",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};

const struct rule_entry rule_graph_too_large_entry = {
	.id = "DF4016",
	.name = "graph-too-large",
	.level = SEV_ERROR,
	.scope = RULE_SCOPE_NONE,
	.summary = "more edges than dfopt keeps",
	.aliases = NULL,
	.check = NULL,
	.fix = FIX_NONE
};
