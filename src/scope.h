/* SPDX-License-Identifier: ISC */
/*
 * ARG and ENV scoping: which variables each instruction sees, and which
 * parts of which instruction BuildKit expands.  The expansion itself is
 * expand.c; this module only feeds it the right words and environment.
 *
 *	struct scope *sc = scope_new(file, &opts);
 *	struct scope_slot *slots;
 *	size_t i, n = scope_slots(sc, in, &slots);
 *	for (i = 0; i < n; i++) {
 *		struct expand_result r;
 *		if (scope_expand(sc, in, &slots[i], &r) == -1)
 *			... r.err.message; slot span slots[i].span ...
 *		for (each r.undefined[j])
 *			if (!scope_declared(sc, in, r.undefined[j]) &&
 *			    !scope_image_env(sc, in)) ... undefined variable ...
 *		expand_result_release(&r);
 *	}
 *	free(slots);
 *	scope_free(sc);
 *
 * The model, as BuildKit's dockerfile2llb has it:
 *  - The global scope holds the predefined platform ARGs (TARGETPLATFORM,
 *    TARGETOS, TARGETARCH, TARGETVARIANT, TARGETOSVERSION, BUILDPLATFORM,
 *    BUILDOS, BUILDARCH, BUILDVARIANT, BUILDOSVERSION, TARGETSTAGE), then
 *    the meta ARGs (ARG before the first FROM) in order.  A --build-arg
 *    replaces a default; a meta ARG without value or build arg stays
 *    unset.  Every FROM (image and --platform) expands against the whole
 *    global scope and nothing else.
 *  - A stage starts from its base: an earlier stage's final environment
 *    (its ARGs included) after that stage's ONBUILD ARG/ENV triggers, or
 *    an image's environment -- unknown to us, except that BuildKit always
 *    sets PATH.  scope_image_env() says whether a stage's base chain ends
 *    in an image other than scratch.
 *  - ARG NAME=default: the --build-arg value if given, else the default
 *    expanded in the current environment.  ARG NAME: the --build-arg
 *    value, else the global (meta or predefined) value, else declared but
 *    unset (BuildKit does not report such names as undefined).  The pairs
 *    of one ARG are processed in order: "ARG a=1 b=$a" sees the new a.
 *  - ENV k=v: keys and values expand against the environment before the
 *    instruction ("ENV a=1 b=$a" uses the old a), then bind in order.
 *  - ARG and ENV share one environment and the later binding wins, as in
 *    BuildKit: an ENV after an ARG of the same name overrides it, and an
 *    ARG with a value after an ENV overrides that (the Dockerfile
 *    reference's "ENV always wins" only holds for the classic builder).
 *  - The proxy ARGs (HTTP_PROXY, https_proxy, ...) are passed to RUN by
 *    the builder without a declaration but are never expanded in the
 *    Dockerfile unless declared: scope_predefined() names them.
 *
 * What expands (scope_slots()): FROM image and --platform; ENV and LABEL
 * keys and values; ARG values; ADD/COPY sources, destination, --chown,
 * --chmod, --checksum and --exclude, and bodies of heredocs with an
 * unquoted delimiter (with raw quotes and escapes, escape '\\'); WORKDIR,
 * USER, VOLUME, STOPSIGNAL; EXPOSE with word splitting; RUN --mount option
 * values except from=.  Not CMD, ENTRYPOINT, SHELL, HEALTHCHECK,
 * MAINTAINER, ONBUILD (its trigger expands where it runs), the RUN command
 * text, RUN heredocs, nor COPY --from.
 *
 * Everything is borrowed from the scope and valid until scope_free().
 */
#ifndef SCOPE_H
#define SCOPE_H

#include <stddef.h>

#include "dfopt.h"
#include "expand.h"

struct arena;
struct ast_file;
struct envmap;
struct ast_instr;

struct scope_opts {
	const char *const *build_args;	/* "K=V" ("K" alone: from the
					   process environment); NULL-
					   terminated, or NULL */
	const char	*platform;	/* target "os/arch[/variant]";
					   NULL: native */
	const char	*target;	/* TARGETSTAGE; NULL: last stage */
};

enum scope_origin {
	SCOPE_PREDEFINED = 0,	/* TARGETARCH and friends */
	SCOPE_META,		/* ARG before the first FROM */
	SCOPE_ARG,		/* ARG inside a stage */
	SCOPE_ENV,		/* ENV */
	SCOPE_IMPLICIT		/* PATH that BuildKit always sets */
};

/*
 * One binding.  The environment at a point is a list, newest first;
 * lists share their tails, so a binding belongs to every later point.
 */
struct scope_var {
	const char		*name;
	const char		*value;	/* expanded; NULL: declared by a
					   value-less ARG and unset */
	size_t			 valuelen;
	enum scope_origin	 origin;
	int			 build_arg;	/* value from --build-arg */
	const struct ast_instr	*instr;	/* the ARG/ENV; NULL otherwise */
	size_t			 pair;	/* index in instr->pairs */
	const struct scope_var	*next;	/* older bindings */
	const struct scope_var	*set;	/* the newest binding of name with
					   a value here (maybe this one);
					   NULL: unset */
	size_t			 seq;	/* order of creation */
	const struct envmap	*map;	/* private: name -> newest binding,
					   this one included; NULL inside
					   one ENV's pairs */
};

/* What scope computed for one FROM. */
struct scope_stage {
	size_t			 first;	/* instrs[first] is the FROM */
	size_t			 end;	/* one past its last instruction */
	const char		*name;	/* lower-cased; NULL if unnamed */
	const char		*base;	/* expanded image word ("" if none
					   or on error) */
	const char		*platform;	/* expanded; NULL if none */
	int			 base_stage;	/* earlier stage named base, or
						   -1 */
	int			 prev;	/* earlier stage with the same
					   name, or -1 */
	int			 image_env;	/* base chain ends in an
						   image */
	const struct scope_var	*start;	/* environment after FROM */
	const struct scope_var	*final;	/* after the last instruction */
	const struct scope_var	*child;	/* final + ONBUILD ARG/ENV: what a
					   stage based on this one starts
					   with */
};

/* --build-arg values, the last "K=V" for K winning.  Private. */
struct scope_build {
	const char	**names;
	const char	**values;
	size_t		  n;
};

struct scope {
	const struct ast_file	*file;
	struct arena		*arena;
	const struct scope_var	*global;	/* what FROM lines see */
	const struct scope_var	**before;	/* [ninstrs] */
	const struct scope_var	**after;	/* [ninstrs] */
	const struct scope_var	**trigger;	/* [ninstrs]: before the
						   ONBUILD trigger of
						   instrs[i]; else NULL */
	const struct scope_var	**trigger_after;	/* [ninstrs] */
	size_t			*stage_of;	/* [ninstrs]: stage, or
						   SCOPE_NO_STAGE */
	struct scope_stage	*stages;
	size_t			 nstages;
	const char		*target;	/* TARGETSTAGE value */
	const char		*target_platform;	/* "linux/amd64" */
	const char		*build_platform;
	struct scope_build	 build;		/* private */
	size_t			*names;		/* private: stage name hash,
						   index + 1, 0 when free */
	size_t			 nameslots;
	const struct ast_instr	**subs;		/* private: sorted sub
						   pointers ... */
	size_t			*subidx;	/* ... and their instrs[] */
	size_t			 nsubs;
	unsigned		 gen;		/* private: envmap batches */
	size_t			 seq;		/* private: bindings made */
	const struct envmap	*batch;		/* private: the map of the
						   ENV being applied */
};

#define SCOPE_NO_STAGE	((size_t)-1)

/* One expandable piece of an instruction. */
enum scope_slot_kind {
	SCOPE_SLOT_WORD = 0,	/* words[index] */
	SCOPE_SLOT_KEY,		/* pairs[index].key (ENV, LABEL) */
	SCOPE_SLOT_VALUE,	/* pairs[index].value (ENV, LABEL, ARG) */
	SCOPE_SLOT_FLAG,	/* flags[index].value */
	SCOPE_SLOT_MOUNT,	/* flags[index].opts[sub].value */
	SCOPE_SLOT_HEREDOC	/* heredocs[index].body */
};

struct scope_slot {
	enum scope_slot_kind	 kind;
	size_t			 index;
	size_t			 sub;	/* mount option index */
	const char		*name;	/* flag name or mount key; NULL */
	const char		*text;	/* what is expanded */
	size_t			 len;
	struct span		 span;	/* its source bytes */
	int			 escape;	/* '\\' or '`' */
	unsigned		 flags;	/* EXPAND_* */
	int			 split;	/* expand_words() (EXPOSE) */
	int			 overridden;	/* ARG value replaced by a
						   --build-arg: BuildKit does
						   not expand it */
};

struct scope	*scope_new(const struct ast_file *, const struct scope_opts *);
void		 scope_free(struct scope *);
const struct scope_var *scope_vars_before(const struct scope *,
		    const struct ast_instr *);
struct expand_env scope_env(const struct scope_var *);
struct expand_env scope_env_before(const struct scope *,
		    const struct ast_instr *);
const struct scope_var *scope_lookup(const struct scope_var *, const char *);
const struct scope_var *scope_binding(const struct scope_var *, const char *);
int		 scope_declared(const struct scope *, const struct ast_instr *,
		    const char *);
int		 scope_image_env(const struct scope *,
		    const struct ast_instr *);
int		 scope_predefined(const char *);
size_t		 scope_visible(const struct scope_var *,
		    const struct scope_var ***);
size_t		 scope_slots(const struct scope *, const struct ast_instr *,
		    struct scope_slot **);
int		 scope_expand(const struct scope *, const struct ast_instr *,
		    const struct scope_slot *, struct expand_result *);
int		 scope_expand_text(const struct scope *,
		    const struct ast_instr *, const char *, size_t, unsigned,
		    int, struct expand_result *);
const char	*scope_native_platform(void);
int		 scope_stage_index(const struct scope *, const char *);
int		 scope_instr_index(const struct scope *,
		    const struct ast_instr *, size_t *);

#endif
