/* SPDX-License-Identifier: ISC */
/*
 * Dockerfile variable expansion: our own implementation of the behaviour
 * of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go, ProcessWord,
 * ProcessWords and ProcessWordWithMatches).  It expands $name, ${name} and
 * the ${name<modifier>word} forms, removes quotes and escapes, and can split
 * the result into words.  It never runs a shell and knows nothing about
 * instructions: the caller decides which instruction gets which flags and
 * supplies the ARG/ENV scope through struct expand_env.
 *
 *	struct expand_vars v = { 0 };
 *	struct expand_env env;
 *	struct expand_result r;
 *	const char *w = "app-${VERSION:-dev}";
 *
 *	expand_vars_set(&v, "VERSION", "1.2");
 *	env = expand_vars_env(&v);
 *	if (expand_word(&r, w, strlen(w), '\\', 0, &env) != 0)
 *		... r.err.message, r.err.span ...
 *	else
 *		... r.value is "app-1.2" ...
 *	expand_result_release(&r);
 *	expand_vars_release(&v);
 *
 * Supported forms, as in BuildKit:
 *	$name ${name}		value, or "" when unset
 *	$1 $12 ${1}		positional: digits are a name ("1", "12")
 *	$@ $* $# $? $- $$ $! $0	special: one character is the name
 *	${name:-word} ${name-word}	word if unset (":" also if empty)
 *	${name:+word} ${name+word}	word if set (":" and not empty), else ""
 *	${name:?msg} ${name?msg}	error "name: msg" if unset (":" or "")
 *	${name#pat} ${name##pat}	remove shortest / longest prefix
 *	${name%pat} ${name%%pat}	remove shortest / longest suffix
 *	${name/pat/repl} ${name//pat/repl}	replace first / every match
 * Words and patterns may contain further expansions and quotes.  Patterns
 * know only "*" and "?" (neither matches a newline), and "\*", "\?", "\\"
 * for the literal character (a backslash, whatever the escape character);
 * "\}" and "\/" drop the backslash; any other backslash pair is an error.
 * BuildKit has no bracket expressions: "[" is an ordinary character, and
 * quoting a pattern does not make "*" literal.
 * In ${name//pat/repl} a "$0" or "${0}" that reaches the replacement
 * (from a variable's value, or written "\$0", which keeps its backslash)
 * stands for the matched text, "$$" for "$", and any other "$name" for
 * nothing (Go's Regexp.ReplaceAllString); ${name/pat/repl} inserts repl
 * as it is.
 *
 * Quoting: '...' is literal; "..." expands $ and lets the escape character
 * escape only '"', '$' and itself (otherwise the escape stays); unquoted,
 * the escape character escapes any character, and a trailing escape
 * character is dropped.  Pattern and replacement words (#, %, /) keep their
 * escape characters, so the pattern sees "\*" and ${a/x/\y} inserts "\y";
 * the words of -, + and ? lose them.
 *
 * Differences from BuildKit, all deliberate and only on odd input:
 * - "${name" at the end of the word reports "syntax error: missing '}'"
 *   (BuildKit prints "unsupported modifier (\ufffd) in substitution").
 * - nesting deeper than EXPAND_MAX_DEPTH, a result or intermediate value
 *   above EXPAND_MAX_SIZE, and pattern matching above EXPAND_MAX_WORK steps
 *   are errors (BuildKit has no limits).  Go's own regexp size limit (about
 *   3 million pattern characters) is not reproduced.
 * - Unicode classes: names are letters, digits and "_" as in Go, but a
 *   non-ASCII character counts as a letter unless it is a space, a mark or
 *   in a punctuation or symbol block (Go uses the full Unicode tables);
 *   only ASCII digits start a positional name.
 * - Word splitting keeps the text before a ${name<modifier>...} in the
 *   same word ("a${x:-b}" is one word "ab"), as BuildKit did before its
 *   shared words buffer; newer BuildKit drops the "a".
 * Like BuildKit, the input is read as UTF-8: a leading byte order mark is
 * skipped and every invalid byte becomes U+FFFD, except in variable values
 * that are inserted as they are.
 */
#ifndef EXPAND_H
#define EXPAND_H

#include <stddef.h>

#include "dfopt.h"

/* Flags for expand_word() and expand_words(); BuildKit's Lex options. */
#define EXPAND_RAW_QUOTES	0x1	/* keep quote characters (RawQuotes) */
#define EXPAND_RAW_ESCAPES	0x2	/* keep escapes (RawEscapes) */
#define EXPAND_SKIP_QUOTES	0x4	/* no quoting (SkipProcessQuotes) */
#define EXPAND_SKIP_UNSET	0x8	/* leave unset references as written
					   (SkipUnsetEnv); no "?" errors;
					   ${x//p/r} comes back as ${x/p/r} */

/*
 * BuildKit uses RAW_QUOTES|RAW_ESCAPES|SKIP_UNSET to find heredoc names and
 * RAW_QUOTES|RAW_ESCAPES to expand heredoc bodies; ordinary instructions
 * use no flag.
 */

#define EXPAND_MAX_DEPTH	128		/* ${a:-${b:-...}} levels */
#define EXPAND_MAX_SIZE		(16U << 20)	/* bytes held at once */
#define EXPAND_MAX_WORK		(1UL << 26)	/* pattern matching steps */

/*
 * Where variables come from.  lookup gets a NUL-terminated name (namelen
 * is its length; the name may be empty, for example in "${/a/b}") and
 * returns 1 with *val and *vallen set when the name is set (to a possibly
 * empty value), 0 when it is unset.  *val must stay valid until the
 * expansion returns.  Names are compared as bytes (BuildKit on Linux).
 */
struct expand_env {
	int	(*lookup)(void *ctx, const char *name, size_t namelen,
		    const char **val, size_t *vallen);
	void	 *ctx;
};

struct expand_error {
	struct span	 span;		/* bad expression in the input word */
	char		*message;	/* NULL when there is no error */
};

/*
 * The result of one expansion; everything is heap memory owned by the
 * caller and freed by expand_result_release().
 *
 * used lists every name looked up and undefined those that were unset,
 * each once, in the order of their first lookup.  BuildKit's Matched set
 * is used minus undefined and its Unmatched set is undefined.  As in
 * BuildKit, a name counts even when a default hides it: ${x:-d} with x
 * unset puts x in undefined, ${x+w} with x set to "" puts it in used only.
 * Names inside a modifier word are looked up before the parameter itself
 * (${a:-$b} lists b, then a), and a name in a branch that is not taken is
 * still looked up (every word is expanded before the modifier applies).
 */
struct expand_result {
	char		 *value;	/* NUL-terminated; NULL on error */
	size_t		  len;		/* bytes in value, without the NUL */
	char		**words;	/* expand_words() only, else NULL */
	size_t		 *wordlens;
	size_t		  nwords;
	char		**used;		/* names looked up */
	size_t		  nused;
	char		**undefined;	/* names looked up but unset */
	size_t		  nundefined;
	struct expand_error err;
};

/*
 * Expand word[0..len) with escape character escape ('\\' or '`') and
 * EXPAND_* flags, reading variables from env (NULL: nothing is set).
 * Returns 0 with out->value set, or -1 with out->value NULL and
 * out->err.message and out->err.span (byte range within word) set; the
 * used/undefined lists are filled in both cases.  out is overwritten
 * without being released first.  The messages are BuildKit's without its
 * "failed to process" prefix, for example "syntax error: missing '}'",
 * "syntax error: bad substitution", "unsupported modifier (=) in
 * substitution", "x: is not allowed to be unset", "unexpected end of
 * statement while looking for matching double-quote", "invalid pattern
 * (\x) in substitution: invalid escape '\x'", plus our limits: "expansion
 * nested too deeply", "expansion result too large", "pattern matching too
 * expensive".
 */
int	expand_word(struct expand_result *out, const char *word, size_t len,
	    int escape, unsigned flags, const struct expand_env *env);

/*
 * Like expand_word(), and also split the result into words on unquoted
 * white space coming from the word or from variable values, as BuildKit's
 * ProcessWords does for EXPOSE: out->words[0..nwords) (NUL-terminated,
 * lengths in out->wordlens; never empty strings).  Quoted text and escaped
 * characters never split.  On error words is NULL and nwords 0.
 */
int	expand_words(struct expand_result *out, const char *word, size_t len,
	    int escape, unsigned flags, const struct expand_env *env);

/* Free everything in r and zero it; safe to call twice. */
void	expand_result_release(struct expand_result *r);

/*
 * A simple variable scope for tests and simple callers: names and values
 * copied to the heap, setting a name again replaces its value.
 */
struct expand_var {
	char	*name;
	char	*value;
	size_t	 valuelen;
};

struct expand_vars {
	struct expand_var	*v;
	size_t			 n;
	size_t			 cap;
};

/* Set name to the NUL-terminated value, or unset it when value is NULL. */
void	expand_vars_set(struct expand_vars *vars, const char *name,
	    const char *value);
/* Free every copy and zero vars. */
void	expand_vars_release(struct expand_vars *vars);
/* An env reading vars; valid while vars is neither changed nor released. */
struct expand_env expand_vars_env(const struct expand_vars *vars);

#endif
