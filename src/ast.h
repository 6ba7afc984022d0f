/* SPDX-License-Identifier: ISC */
/*
 * The Dockerfile syntax tree.  parser.c builds it; rules, the stage graph,
 * the rewriter and the builder read it; nobody mutates it after parsing.
 *
 * Every node is allocated from the file's arena and is borrowed by
 * everyone else: valid until ast_file_free().  Every node carries the byte
 * span it came from, so a finding can underline the exact token and the
 * rewriter can replace exactly those bytes and keep everything else.
 *
 * Logical text.  An instruction may run over several physical lines
 * (escape character at end of line).  Its arguments are kept as the
 * logical text BuildKit sees -- continuation escapes and newlines removed,
 * comment lines and empty lines inside the continuation dropped -- plus a
 * segment map back to source offsets, so a position found by a rule in
 * the logical text (ast_text_span()) is a precise span in the file.
 *
 * What each kind keeps in words[] / pairs[] / sub:
 *	FROM		words: image [AS name] as written (ast_from_*())
 *	RUN CMD ENTRYPOINT SHELL
 *			exec_form: words are the decoded JSON elements;
 *			shell form: no words, the command is args
 *	COPY ADD	words: sources... dest (JSON decoded, or split on
 *			white space with quotes kept, as BuildKit does);
 *			heredocs[] for <<EOF sources
 *	ENV LABEL	pairs: key, value (quotes kept in raw, removed in value)
 *	ARG		pairs: name, value (has_value 0 for "ARG NAME")
 *	EXPOSE VOLUME	words: split on white space (VOLUME may be JSON)
 *	USER WORKDIR STOPSIGNAL MAINTAINER
 *			words: one word, the whole argument text
 *	HEALTHCHECK	words[0]: the type word (CMD or NONE); sub: an AST_CMD
 *			node holding the command (exec or shell form)
 *	ONBUILD		sub: the trigger instruction, parsed like any other
 *	UNKNOWN		args only
 */
#ifndef AST_H
#define AST_H

#include <stddef.h>

#include "dfopt.h"

struct arena;
struct source;

/* Sorted by name; ast_kind_name() returns the upper-case keyword. */
enum ast_kind {
	AST_UNKNOWN = 0,
	AST_ADD,
	AST_ARG,
	AST_CMD,
	AST_COPY,
	AST_ENTRYPOINT,
	AST_ENV,
	AST_EXPOSE,
	AST_FROM,
	AST_HEALTHCHECK,
	AST_LABEL,
	AST_MAINTAINER,
	AST_ONBUILD,
	AST_RUN,
	AST_SHELL,
	AST_STOPSIGNAL,
	AST_USER,
	AST_VOLUME,
	AST_WORKDIR,
	AST_KIND_COUNT
};

/* logical bytes [loff, loff + len) are source bytes [soff, soff + len) */
struct ast_seg {
	size_t	loff;
	size_t	soff;
	size_t	len;
};

struct ast_text {
	const char		*s;	/* logical text, NUL-terminated */
	size_t			 len;	/* bytes (the text may hold NULs) */
	struct span		 span;	/* source bytes, first to last */
	const struct ast_seg	*segs;	/* map to the source, by loff */
	size_t			 nsegs;
};

struct ast_word {
	struct span	 span;		/* source bytes of the word */
	const char	*raw;		/* as written (quotes kept) */
	const char	*value;		/* decoded: JSON unescaped, quotes
					   removed in ENV/LABEL/ARG pairs;
					   = raw where nothing is decoded */
	size_t		 loff;		/* offset in the instruction's args */
	size_t		 llen;		/* length in the instruction's args */
	size_t		 vlen;		/* bytes in value (a decoded JSON
					   string may hold NULs) */
};

struct ast_kv {
	struct span	 span;		/* the whole pair */
	struct ast_word	 key;
	struct ast_word	 value;		/* raw NULL when there is none */
	int		 has_value;	/* "=" present (or legacy value) */
	int		 legacy;	/* "ENV key value" form */
};

/* One key[=value] option of RUN --mount. */
struct ast_mount_opt {
	struct span	 span;		/* "key=value" */
	const char	*key;		/* lower-cased */
	const char	*value;		/* NULL when bare ("readonly") */
	struct span	 value_span;
};

struct ast_flag {
	struct span	 span;		/* "--name=value" */
	const char	*name;		/* without dashes, as written */
	struct span	 name_span;
	const char	*value;		/* NULL for a bare "--name" */
	struct span	 value_span;
	struct ast_mount_opt *opts;	/* --mount only */
	size_t		 nopts;
	size_t		 name_len;	/* bytes in name and value (they */
	size_t		 value_len;	/*   may hold NULs) */
};

struct ast_heredoc {
	struct span	 marker;	/* "<<-'EOF'" in the instruction */
	const char	*name;		/* delimiter, quotes removed */
	int		 expand;	/* 0 when the delimiter is quoted */
	int		 chomp;		/* "<<-": leading tabs stripped */
	const char	*body;		/* content, "\n" after each line */
	size_t		 bodylen;
	struct span	 body_span;	/* source bytes of the content */
	struct span	 end;		/* terminator line; len 0 if none */
	int		 terminated;	/* 0: the file ended first */
};

struct ast_comment {
	struct span	 span;		/* "# text", from the '#' */
	const char	*text;		/* after "#", leading blanks kept */
};

struct ast_directive {
	struct span	 span;		/* the whole "# name=value" line */
	const char	*name;		/* lower-cased */
	const char	*value;		/* trimmed */
	struct span	 name_span;
	struct span	 value_span;
};

struct ast_instr {
	enum ast_kind	 kind;
	struct span	 span;		/* keyword .. last byte, heredocs
					   included, no final newline */
	struct span	 keyword;	/* the keyword as written */
	const char	*keyword_text;	/* as written ("from", "Run") */
	struct ast_flag	*flags;		/* "--x=y" before the arguments */
	size_t		 nflags;
	struct ast_text	 args;		/* logical text after the flags */
	int		 exec_form;	/* arguments are a JSON array */
	struct ast_word	*words;		/* see the table above */
	size_t		 nwords;
	struct ast_kv	*pairs;		/* ENV, LABEL, ARG */
	size_t		 npairs;
	struct ast_heredoc *heredocs;	/* RUN, COPY, ADD */
	size_t		 nheredocs;
	struct ast_instr *sub;		/* ONBUILD trigger, HEALTHCHECK CMD */
	size_t		 comment0;	/* comments directly above: */
	size_t		 ncomments;	/*   file->comments[comment0..] */
	size_t		 keyword_len;	/* bytes in keyword_text (it may
					   hold NULs) */
};

struct ast_file {
	const struct source	*src;	/* borrowed; outlives the file */
	struct arena		*arena;	/* owns every node */
	int			 escape;	/* '\\' or '`' */
	size_t			 bom;	/* 3 when a UTF-8 BOM was skipped */
	struct ast_directive	*directives;
	size_t			 ndirectives;
	struct ast_comment	*comments;	/* all comments, in order */
	size_t			 ncomments;
	struct ast_instr	*instrs;	/* top-level, in order */
	size_t			 ninstrs;
};

void		 ast_file_free(struct ast_file *);
const char	*ast_kind_name(enum ast_kind);
enum ast_kind	 ast_kind_lookup(const char *, size_t);
size_t		 ast_text_source_off(const struct ast_text *, size_t);
struct span	 ast_text_span(const struct ast_text *, size_t, size_t);
const struct ast_flag *ast_flag_get(const struct ast_instr *, const char *);
const struct ast_word *ast_from_image(const struct ast_instr *);
const struct ast_word *ast_from_name(const struct ast_instr *);
const struct ast_directive *ast_directive_get(const struct ast_file *,
		    const char *);

#endif
