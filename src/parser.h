/* SPDX-License-Identifier: ISC */
/*
 * The Dockerfile parser: source bytes to the syntax tree of ast.h, with
 * BuildKit's rules (frontend/dockerfile/parser) for what an instruction,
 * a flag, a JSON array, an ENV pair or a heredoc is.  It never prints and
 * never stops at the first problem: every problem is a finding (DF1xxx,
 * below) and parsing resumes at the next instruction.
 *
 *	struct diags d;
 *	diags_init(&d);
 *	struct ast_file *f = parser_parse(src, &d, 0);
 *	...
 *	ast_file_free(f);
 *	diags_release(&d);
 *
 * Cost is linear in the input (any byte sequence; 10 MB lines; 100,000
 * continuation lines) and memory is a small multiple of it.
 */
#ifndef PARSER_H
#define PARSER_H

#include "dfopt.h"

struct ast_file;
struct diags;
struct source;

/*
 * Findings of the parser: id, kebab-case name, level, summary.  Ids are
 * never reused; the rule table (src/rules/) mirrors this list, and
 * parser_findings[] below holds it as data.
 *
 * DF1001 unknown-instruction	  error	  the keyword is not an instruction
 *					  (also an empty one)
 * DF1002 missing-arguments	  error	  an instruction lacks an argument
 *					  (COPY without destination...)
 * DF1003 invalid-json-array	  error	  an exec-form JSON array holds a
 *					  non-string element
 * DF1004 unknown-flag		  error	  a --flag the instruction lacks
 * DF1005 unterminated-heredoc	  error	  the file ends before a heredoc's
 *					  terminator line
 * DF1006 empty-continuation	  warning an empty line inside a line
 *					  continuation (BuildKit's
 *					  NoEmptyContinuation)
 * DF1007 no-instructions	  error	  the file holds no instruction
 * DF1008 invalid-directive	  error	  a parser directive is repeated or
 *					  has an invalid value
 * DF1009 invalid-mount		  error	  a RUN --mount option is malformed
 * DF1010 input-limit		  error	  a limit is exceeded (line length,
 *					  nesting, number of findings)
 * DF1011 invalid-flag-value	  error	  a flag lacks its value, repeats,
 *					  or has a malformed value
 * DF1012 invalid-key-value	  error	  an ENV/LABEL/ARG argument is not
 *					  name=value, has an empty name or
 *					  an unterminated quote
 * DF1013 too-many-arguments	  error	  more arguments than accepted
 * DF1014 invalid-stage-name	  error	  the name in FROM ... AS name is
 *					  not a valid stage name
 * DF1015 invalid-onbuild-trigger error	  ONBUILD of ONBUILD, FROM or
 *					  MAINTAINER
 * DF1016 invalid-healthcheck	  error	  a HEALTHCHECK type other than CMD
 *					  or NONE, NONE with arguments, CMD
 *					  without a command
 * DF1017 shell-not-json	  error	  SHELL arguments not in JSON form
 * DF1018 continuation-at-eof	  warning the file ends inside a line
 *					  continuation
 * DF1019 lone-carriage-return	  warning a carriage return not followed by
 *					  a newline: BuildKit does not end
 *					  the line there
 * DF1020 invalid-encoding	  warning a NUL byte or invalid UTF-8 in the
 *					  file (UTF-16, binary)
 * DF1021 heredoc-destination	  error	  a COPY/ADD destination is a
 *					  heredoc
 */
#define DF_UNKNOWN_INSTRUCTION		"DF1001"
#define DF_MISSING_ARGUMENTS		"DF1002"
#define DF_INVALID_JSON_ARRAY		"DF1003"
#define DF_UNKNOWN_FLAG			"DF1004"
#define DF_UNTERMINATED_HEREDOC		"DF1005"
#define DF_EMPTY_CONTINUATION		"DF1006"
#define DF_NO_INSTRUCTIONS		"DF1007"
#define DF_INVALID_DIRECTIVE		"DF1008"
#define DF_INVALID_MOUNT		"DF1009"
#define DF_INPUT_LIMIT			"DF1010"
#define DF_INVALID_FLAG_VALUE		"DF1011"
#define DF_INVALID_KEY_VALUE		"DF1012"
#define DF_TOO_MANY_ARGUMENTS		"DF1013"
#define DF_INVALID_STAGE_NAME		"DF1014"
#define DF_INVALID_ONBUILD_TRIGGER	"DF1015"
#define DF_INVALID_HEALTHCHECK		"DF1016"
#define DF_SHELL_NOT_JSON		"DF1017"
#define DF_CONTINUATION_AT_EOF		"DF1018"
#define DF_LONE_CR			"DF1019"
#define DF_INVALID_ENCODING		"DF1020"
#define DF_HEREDOC_DESTINATION		"DF1021"

/* The same table as data, for the rule engine and `dfopt rules`. */
struct parser_finding {
	const char	*id;		/* "DF1001" */
	const char	*name;		/* "unknown-instruction" */
	enum severity	 level;		/* default level */
	const char	*summary;	/* one line, lower case */
};

extern const struct parser_finding parser_findings[];
extern const size_t parser_nfindings;

enum parser_flags {
	/*
	 * Only what BuildKit's parser package itself rejects: no argument
	 * counts, no flag names, no --mount options (those checks belong to
	 * BuildKit's instructions package).
	 */
	PARSER_SYNTAX_ONLY = 1 << 0
};

/* Deepest ONBUILD nesting parsed (BuildKit rejects even one level). */
#define PARSER_MAX_NESTING	32

struct ast_file	*parser_parse(const struct source *, struct diags *,
		    unsigned int);

#endif
