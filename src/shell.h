/* SPDX-License-Identifier: ISC */
/*
 * A POSIX shell splitter for RUN instructions and heredoc scripts: it
 * finds every simple command in a script and hands rules its words
 * (quotes removed, escapes decoded, exact byte spans), its leading
 * NAME=value assignments, its redirections, and how it is connected to
 * the next command.  It is not a shell: nothing is expanded ($VAR and
 * $(...) stay as written in a word's value), and compound commands
 * (if/for/while/case, ( ), { }) are not kept as a tree -- only the
 * simple commands inside them are returned, with a nesting depth.
 *
 *	struct shell_script *sc;
 *	const struct shell_cmd *c;
 *	size_t i;
 *
 *	sc = shell_parse(arena, text, len, base);
 *	sc = shell_script_unwrap(arena, sc);	(see through sudo, sh -c)
 *	for (i = 0; i < sc->ncmds; i++) {
 *		c = &sc->cmds[i];
 *		if (shell_cmd_is(c, "apt-get") &&
 *		    shell_cmd_has_arg(c, APT_VALFLAGS, "install") &&
 *		    !shell_cmd_has_flag(c, "-y", "--yes", "--assume-yes",
 *		    NULL))
 *			... c->span is the command, c->words[0].span its name
 *	}
 *
 * Everything returned is allocated from the caller's arena and borrowed:
 * valid until arena_free().  Parsing never fails: on malformed input
 * (unterminated quote, missing "fi", nesting deeper than SHELL_MAX_DEPTH)
 * the script records the first problem in error/error_off and still
 * holds every command found.  Time is linear in the input.
 *
 * Offsets.  Every span is base + the byte offset in the parsed text, so
 * a caller passing the logical text of an instruction with base 0 maps
 * spans with ast_text_span(), and one passing a heredoc body passes the
 * body's source offset as base.  Commands that shell_cmd_script() finds
 * inside "sh -c '...'" carry spans in the same outer coordinates, even
 * when the script was a double-quoted word with escapes.
 *
 * Limits.  Aliases, functions and eval are not followed; a "case" inside
 * $(...) and a here-document inside $(...) can end the substitution
 * early; [[ ]] and (( )) are skipped, not returned as commands; the
 * body of a here-document is data, never split.
 *
 * Option syntax.  The query helpers take "valflags": the options of the
 * command that take a value in the next word, space-separated, e.g.
 * "-o -c -t --target-release" for apt-get.  NULL means none.  Short
 * options may be combined ("-qy" holds -y; in "-ofoo", foo is the value
 * of -o when -o is in valflags), long ones may be written "--opt=value",
 * and "--" ends the options.
 */
#ifndef SHELL_H
#define SHELL_H

#include <stddef.h>

#include "dfopt.h"

struct arena;
struct shell_src;

#define SHELL_MAX_DEPTH	256	/* nesting kept on the stack */
#define SHELL_MAX_SUBST	8	/* levels of $(...) searched for commands */
#define SHELL_MAX_SHELL_C 8	/* levels of sh -c '...' unwrapped */

/* What follows a simple command. */
enum shell_op {
	SHELL_OP_END = 0,	/* end of text, or closed by ) } fi ... */
	SHELL_OP_AND,		/* && */
	SHELL_OP_OR,		/* || */
	SHELL_OP_SEMI,		/* ; */
	SHELL_OP_PIPE,		/* | */
	SHELL_OP_PIPE_ALL,	/* |& (stdout and stderr) */
	SHELL_OP_BG,		/* & */
	SHELL_OP_NEWLINE,	/* newline */
	SHELL_OP_CASE_END	/* ;; ;& ;;& ending a case item */
};

enum shell_redir_kind {
	SHELL_REDIR_IN = 0,	/* < */
	SHELL_REDIR_OUT,	/* > */
	SHELL_REDIR_CLOBBER,	/* >| */
	SHELL_REDIR_APPEND,	/* >> */
	SHELL_REDIR_RDWR,	/* <> */
	SHELL_REDIR_DUP_IN,	/* <& */
	SHELL_REDIR_DUP_OUT,	/* >& */
	SHELL_REDIR_HEREDOC,	/* << */
	SHELL_REDIR_HEREDOC_TABS, /* <<- */
	SHELL_REDIR_HERESTRING,	/* <<< (bash) */
	SHELL_REDIR_OUT_ALL,	/* &> (bash) */
	SHELL_REDIR_APPEND_ALL	/* &>> (bash) */
};

/* Problems found while parsing; only the first one is kept. */
enum shell_error {
	SHELL_OK = 0,
	SHELL_ERR_QUOTE,	/* unterminated ' " $' or ` */
	SHELL_ERR_SUBST,	/* unterminated $( ${ $(( <( */
	SHELL_ERR_UNCLOSED,	/* missing ) } fi done esac */
	SHELL_ERR_UNEXPECTED,	/* ) fi do && ... where none can be */
	SHELL_ERR_REDIR,	/* redirection without a target */
	SHELL_ERR_HEREDOC,	/* here-document without its end line */
	SHELL_ERR_DEPTH		/* nested deeper than SHELL_MAX_DEPTH */
};

enum shell_word_flags {
	SHELL_WORD_QUOTED = 1 << 0,	/* some part quoted or escaped */
	SHELL_WORD_EXPAND = 1 << 1,	/* holds $x ${} $() `` $(()):
					   the value is not a literal */
	SHELL_WORD_GLOB = 1 << 2	/* unquoted * ? or [ */
};

enum shell_cmd_flags {
	SHELL_CMD_NEGATED = 1 << 0,	/* "! cmd" */
	SHELL_CMD_SUBSHELL = 1 << 1,	/* inside ( ... ) */
	SHELL_CMD_SUBST = 1 << 2,	/* inside $( ), ``, <( ) */
	SHELL_CMD_SHELL_C = 1 << 3	/* from sh -c '...' (unwrap) */
};

struct shell_word {
	const char	*value;		/* decoded, NUL-terminated */
	size_t		 vlen;		/* bytes in value (may hold NULs) */
	const char	*raw;		/* as written, in the parsed text;
					   not NUL-terminated */
	size_t		 rawlen;
	struct span	 span;		/* raw bytes, caller coordinates */
	unsigned	 flags;		/* enum shell_word_flags */
};

struct shell_assign {
	struct span	 span;		/* NAME=value */
	const char	*name;		/* NAME, NUL-terminated */
	struct shell_word value;	/* after "=": may be empty */
	int		 append;	/* NAME+=value (bash) */
};

struct shell_redir {
	enum shell_redir_kind kind;
	int		 fd;		/* "2>": 2; -1 when not written */
	struct span	 span;		/* fd, operator and target */
	struct shell_word target;	/* file, fd, "-" or the heredoc
					   delimiter (quotes removed;
					   target.flags & QUOTED when the
					   body is not expanded) */
	struct span	 body;		/* heredoc: the lines after the
					   command's line, when present in
					   this text (body_found) */
	int		 body_found;
};

struct shell_cmd {
	struct span	 span;		/* first to last byte of the command,
					   assignments and redirs included */
	struct shell_word *words;	/* words[0] is the name */
	size_t		 nwords;	/* 0: only assignments/redirs */
	struct shell_assign *assigns;	/* NAME=value before the name */
	size_t		 nassigns;
	struct shell_redir *redirs;	/* in order, wherever written */
	size_t		 nredirs;
	size_t		 pipeline;	/* same index = one pipeline (|) */
	size_t		 list;		/* same index = one and-or list
					   (&& || |); unique per script */
	unsigned	 depth;		/* enclosing ( ) { } if for while
					   case $( ) and sh -c levels */
	unsigned	 flags;		/* enum shell_cmd_flags */
	enum shell_op	 op;		/* what follows the command, or the
					   compound command it closes */
	struct span	 op_span;	/* the operator; len 0 for END */
	const struct shell_cmd *orig;	/* unwrap: the command as written
					   ("sudo -E apt-get ..."); NULL
					   when this is it */
	const struct shell_src *src;	/* private: text it came from */
};

struct shell_script {
	const char	*text;		/* the text parsed (for sh -c: the
					   decoded script string) */
	size_t		 len;
	struct shell_cmd *cmds;		/* in execution order: commands in
					   $( ) come before the one using
					   them */
	size_t		 ncmds;
	enum shell_error error;		/* first problem, SHELL_OK if none */
	size_t		 error_off;	/* where, caller coordinates */
};

/* Iterator over positional arguments: see shell_args_init(). */
struct shell_args {
	const struct shell_cmd *cmd;
	const char	*valflags;
	size_t		 i;		/* next word */
	int		 dashdash;	/* "--" seen */
};

struct shell_script *shell_parse(struct arena *, const char *, size_t,
		    size_t);
const char	*shell_error_string(enum shell_error);
const char	*shell_op_string(enum shell_op);

const char	*shell_cmd_name(const struct shell_cmd *);
int		 shell_cmd_is(const struct shell_cmd *, const char *);
int		 shell_word_eq(const struct shell_word *, const char *);
int		 shell_cmd_has_flag(const struct shell_cmd *, ...)
		    __attribute__((sentinel));
const struct shell_word *shell_cmd_flag(const struct shell_cmd *,
		    const char *, const char *, const char **);
void		 shell_args_init(struct shell_args *,
		    const struct shell_cmd *, const char *);
const struct shell_word *shell_args_next(struct shell_args *);
const struct shell_word *shell_cmd_arg(const struct shell_cmd *,
		    const char *, size_t);
const struct shell_word *shell_cmd_arg_after(const struct shell_cmd *,
		    const char *, const char *);
int		 shell_cmd_has_arg(const struct shell_cmd *, const char *,
		    const char *);

const struct shell_cmd *shell_cmd_unwrap(struct arena *,
		    const struct shell_cmd *);
struct shell_script *shell_cmd_script(struct arena *,
		    const struct shell_cmd *);
struct shell_script *shell_script_unwrap(struct arena *,
		    const struct shell_script *);

const struct shell_cmd *shell_script_find(const struct shell_script *,
		    size_t, const char *, const char *);
int		 shell_script_has_cmd(const struct shell_script *,
		    const char *, const char *);
int		 shell_script_has_pipe(const struct shell_script *);

#endif
