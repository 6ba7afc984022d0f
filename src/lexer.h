/* SPDX-License-Identifier: ISC */
/*
 * The Dockerfile lexer: turns a source buffer into the logical lines
 * BuildKit's parser sees (frontend/dockerfile/parser/parser.go Parse()),
 * and collects what lies between them -- parser directives, comments,
 * heredoc bodies.  It knows nothing about instructions: splitting a line
 * into keyword, flags and arguments is parser.c.
 *
 * The rules, as BuildKit applies them:
 *  - a physical line ends at "\n" only; trailing "\r" and "\n" bytes are
 *    dropped, so CRLF files work, but a lone "\r" inside a line is not a
 *    line end (DF1019 warns about it);
 *  - a UTF-8 byte order mark is skipped at the start of the file;
 *  - parser directives ("# escape=`", "# syntax=...", "# check=...") are
 *    recognised only in the leading run of directive lines;
 *  - the first line of an instruction loses its leading white space; a
 *    line whose last non-blank character is the escape character (and
 *    whose character before it is not the escape character) continues on
 *    the next line: the escape and the blanks after it are removed and
 *    the next line is appended as is, with no separator and its leading
 *    white space kept;
 *  - inside a continuation, comment lines are dropped and empty lines are
 *    dropped with a warning (DF1006, BuildKit's NoEmptyContinuation);
 *  - a heredoc body is read raw, line by line, after the logical line
 *    that introduced it (lexer_heredoc()).
 *
 * Usage:
 *	struct lexer *lx = lexer_new(src, arena, &diags);
 *	struct lex_line ll;
 *	while (lexer_next(lx, &ll)) { ... lexer_heredoc(lx, ...) ... }
 *	comments = lexer_comments(lx, &n);
 *	lexer_free(lx);
 *
 * The second half of this header holds small helpers with Go semantics
 * (unicode.IsSpace, utf8.DecodeRune, strings.ToLower) that parser.c and
 * ast-dump.c share, so that every module agrees with BuildKit on what a
 * space or a lower-case keyword is.
 */
#ifndef LEXER_H
#define LEXER_H

#include <stddef.h>

#include "dfopt.h"
#include "ast.h"
#include "diag.h"

struct arena;
struct source;
struct lexer;

/* Longest physical line BuildKit's scanner accepts (bufio 64 KiB - 1). */
#define LEXER_MAX_LINE		65535
/* After this many findings from one file the rest are dropped (DF1010). */
#define LEXER_MAX_FINDINGS	1000

/* One logical line: an instruction with its continuation lines joined. */
struct lex_line {
	struct ast_text	 text;	/* joined text, segment map */
	size_t		 start;	/* first byte of the first line */
	size_t		 end;	/* just past the last content byte
				   of the last physical line */
	size_t		 comment0; /* comments directly above */
	size_t		 ncomments; /* (BuildKit's PrevComment) */
	int		 eof_in_continuation; /* the file ended */
};

struct lexer	*lexer_new(const struct source *, struct arena *,
		    struct diags *);
void		 lexer_free(struct lexer *);
int		 lexer_next(struct lexer *, struct lex_line *);
int		 lexer_heredoc(struct lexer *, const char *, size_t, int,
		    struct ast_heredoc *);
int		 lexer_escape(const struct lexer *);
size_t		 lexer_bom(const struct lexer *);
size_t		 lexer_offset(const struct lexer *);
struct ast_comment *lexer_comments(struct lexer *, size_t *);
struct ast_directive *lexer_directives(struct lexer *, size_t *);
struct diag	*lexer_diag(struct lexer *, const char *, enum severity,
		    struct span, const char *, ...)
		    __attribute__((format(printf, 5, 6)));

/* Go semantics shared with parser.c and ast-dump.c. */
#define LEXER_RUNE_ERROR	0xfffdu
size_t		 lexer_rune(const char *, size_t, unsigned int *);
int		 lexer_isspace(unsigned int);
int		 lexer_isspace_byte(unsigned char);
int		 lexer_isws(unsigned char);
size_t		 lexer_skip_space(const char *, size_t, size_t);
size_t		 lexer_rskip_space(const char *, size_t, size_t);
unsigned int	 lexer_tolower_rune(unsigned int);
char		*lexer_lower(struct arena *, const char *, size_t,
		    size_t *);
size_t		 lexer_put_rune(char *, unsigned int);

#endif
