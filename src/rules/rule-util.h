/* SPDX-License-Identifier: ISC */
/*
 * Helpers shared by the rule families of src/rules/ (base-image.c,
 * hygiene.c, labels.c, buildkit.c, stages.c, layers.c, security.c): the
 * FROM chain of a stage, the commands of another RUN of a stage (through
 * run.h), where a $NAME sits inside a word, and a few string tests with
 * hadolint's or BuildKit's meaning.  They decide nothing about findings;
 * each family file does.
 *
 *	size_t chain[64], n = rule_util_chain(ctx->graph,
 *	    ctx->stage->index, chain, 64);	// the stage, then its bases
 *
 * Nothing here allocates what the caller must free unless said so.
 */
#ifndef RULE_UTIL_H
#define RULE_UTIL_H

#include <stddef.h>

#include "dfopt.h"

struct ast_file;
struct ast_instr;
struct ast_word;
struct graph;
struct graph_image;
struct rule_ctx;
struct run_script;
struct shell_cmd;
struct shell_word;

int		 rule_util_run_open(struct run_script *,
		    const struct rule_ctx *, const struct ast_instr *);
struct span	 rule_util_word_part(const struct ast_word *, size_t,
		    size_t);
struct span	 rule_util_with_blanks(const struct ast_file *,
		    struct span);
int		 rule_util_cmd_any(const struct shell_cmd *,
		    const char *const *);
int		 rule_util_word_any(const struct shell_word *,
		    const char *const *);

size_t		 rule_util_chain(const struct graph *, size_t, size_t *,
		    size_t);
const struct graph_image *rule_util_root_image(const struct graph *,
		    size_t, size_t *);
int		 rule_util_is_target(const struct graph *, size_t);

int		 rule_util_name_char(int);
int		 rule_util_var_ref(const char *, const char *, size_t *,
		    size_t *);
const char	*rule_util_drop_quotes(const char *, size_t *);
int		 rule_util_windows_drive(const char *, size_t);
size_t		 rule_util_distance(const char *, const char *);
const char	*rule_util_suggest(const char *, const char *const *,
		    size_t);
int		 rule_util_has_upper(const char *);
const char	*rule_util_basename(const char *);
int		 rule_util_suffix(const char *, const char *);
int		 rule_util_prefix(const char *, const char *);
int		 rule_util_is_url(const char *);

#endif
