/* SPDX-License-Identifier: ISC */
/*
 * The RUN shell splitter: a lexer for POSIX sh words and operators (plus
 * the bash forms common in Dockerfiles: $'...', |&, &>, <<<, [[ ]],
 * (( )), <( )), a flat parser that walks compound commands with an
 * explicit stack and emits each simple command, wrapper unwrapping (sudo,
 * env, xargs, sh -c ...) and the option-aware queries rules use.
 *
 * It does not build a syntax tree, expand anything, or decide what a
 * finding is; rule logic lives in src/rules/.  The contract is in
 * shell.h.
 *
 * Every scan moves forward: quoted strings and substitutions are skipped
 * by counting, nesting is bounded by SHELL_MAX_DEPTH (deeper input is
 * reported and skipped, not recursed into), $(...) bodies are parsed
 * again at most SHELL_MAX_SUBST levels deep, and the (( arithmetic probe
 * never rescans bytes an earlier probe covered -- so time is linear.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "arena.h"
#include "shell.h"
#include "xmalloc.h"

/*
 * Where a parsed text lives in caller coordinates: byte i is base + i, or,
 * for a script decoded out of a sh -c word, bytes mstart[i]..mend[i].
 */
struct shell_src {
	const char	*text;
	size_t		 len;
	size_t		 base;
	const size_t	*mstart;	/* len + 1 entries, or NULL */
	const size_t	*mend;		/* len + 1 entries, or NULL */
};

struct range {
	size_t	off;
	size_t	end;
};

/* What the whole parse shares, including nested $(...) parses. */
struct shared {
	struct arena		*a;
	const struct shell_src	*src;
	struct {
		struct shell_cmd	*v;
		size_t			 n, cap;
	} cmds;
	size_t			 nlist;		/* list indices handed out */
	size_t			 npipe;		/* pipeline indices */
	enum shell_error	 error;
	size_t			 error_off;	/* local */
};

enum tok_kind {
	TOK_EOF,
	TOK_WORD,
	TOK_NEWLINE,
	TOK_OP,
	TOK_REDIR
};

enum lex_op {
	LOP_AND,
	LOP_OR,
	LOP_SEMI,
	LOP_DSEMI,
	LOP_PIPE,
	LOP_PIPE_ALL,
	LOP_BG,
	LOP_LPAREN,
	LOP_RPAREN
};

struct tok {
	enum tok_kind	 kind;
	int		 op;		/* enum lex_op, or redir kind */
	int		 fd;		/* TOK_REDIR: -1 or the io number */
	size_t		 off;		/* local raw bytes [off, end) */
	size_t		 end;
	unsigned	 wflags;	/* TOK_WORD: enum shell_word_flags */
};

struct lexer {
	struct shared	*sh;
	const char	*s;
	size_t		 end;		/* scan limit */
	size_t		 pos;
	char		*buf;		/* decoded word */
	size_t		 blen, bcap;
	size_t		*ms, *me;	/* want_map: raw range per byte */
	int		 want_map;
	unsigned	 wflags;
	unsigned	 nest;		/* skipper recursion */
	int		 quiet;		/* probing: report nothing */
	int		 unclosed;	/* a skipper ran off the end */
	int		 record_subst;
	struct {
		struct range	*v;
		size_t		 n, cap;
	} subst;			/* $( ) bodies in the current token */
};

enum ctx_kind {
	CTX_IF,
	CTX_LOOP,
	CTX_CASE,
	CTX_BRACE,
	CTX_PAREN
};

struct ctx {
	enum ctx_kind	 kind;
	size_t		 off;		/* local, of the opening token */
};

enum pstate {
	PS_START,		/* a command may start here */
	PS_CMD,			/* in a simple command */
	PS_AFTER,		/* after ) } fi done esac ]] (( )) */
	PS_FOR_NAME,
	PS_FOR_IN,
	PS_FOR_WORDS,
	PS_FOR_DO,
	PS_CASE_WORD,
	PS_CASE_IN,
	PS_CASE_PAT,		/* expecting a pattern or esac */
	PS_CASE_PATW,		/* after a pattern: | or ) */
	PS_FUNC_NAME,
	PS_FUNC_PARENS,
	PS_DBRACKET
};

#define NO_CMD	SIZE_MAX
#define CUR_CMD	(SIZE_MAX - 1)

struct heredoc {
	const char	*delim;
	size_t		 dlen;
	int		 strip;		/* <<- */
	size_t		 cmd;		/* index, CUR_CMD or NO_CMD */
	size_t		 redir;
	size_t		 marker;	/* local offset of << */
};

struct parser {
	struct shared	*sh;
	struct lexer	 lx;
	enum pstate	 state;
	size_t		 state_off;	/* where for/case/[[ began */
	struct ctx	 stack[SHELL_MAX_DEPTH];
	size_t		 nstack;
	size_t		 overflow;	/* levels beyond the stack */
	size_t		 nparen;	/* CTX_PAREN entries in stack */
	unsigned	 depth0;
	unsigned	 flags0;
	unsigned	 level;		/* $( ) nesting of this parse */
	size_t		 prev;		/* previous command, or NO_CMD */
	int		 force_new;	/* next command starts a list */
	size_t		 retro;		/* may take the op after a ) */
	size_t		 arith_memo;	/* no (( probe before this */
	struct tok	 peek;
	int		 has_peek;

	/* The simple command being built. */
	int		 active;
	size_t		 cstart, cend;
	size_t		 clist, cpipe;
	int		 negated;
	struct {
		struct shell_word	*v;
		size_t			 n, cap;
	} words;
	struct {
		struct shell_assign	*v;
		size_t			 n, cap;
	} assigns;
	struct {
		struct shell_redir	*v;
		size_t			 n, cap;
	} redirs;
	struct {
		struct heredoc		*v;
		size_t			 n, cap;
	} heredocs;
};

enum opt_kind {
	OPT_ARG,
	OPT_FLAG,
	OPT_DASHDASH
};

struct wrapper {
	const char	*name;
	const char	*valflags;	/* options taking a value */
	const char	*stopflags;	/* options meaning "runs nothing" */
	int		 operands;	/* operands before the command */
	int		 assigns;	/* NAME=value allowed first */
};

struct cmdvec {
	struct shell_cmd	*v;
	size_t			 n, cap;
};

static size_t	 src_start(const struct shell_src *, size_t);
static size_t	 src_end(const struct shell_src *, size_t);
static struct span mkspan(const struct shell_src *, size_t, size_t);
static void	 sh_error(struct shared *, enum shell_error, size_t);
static void	 lex_error(struct lexer *, enum shell_error, size_t);
static void	 lex_init(struct lexer *, struct shared *, size_t, size_t);
static void	 lex_release(struct lexer *);
static void	 lex_put(struct lexer *, int, size_t, size_t);
static void	 lex_put_raw(struct lexer *, size_t, size_t);
static void	 lex_subst(struct lexer *, size_t, size_t);
static size_t	 skip_squote(struct lexer *, size_t);
static size_t	 skip_ansi(struct lexer *, size_t);
static size_t	 skip_dquote(struct lexer *, size_t);
static size_t	 skip_backtick(struct lexer *, size_t);
static size_t	 skip_parens(struct lexer *, size_t);
static size_t	 skip_braces(struct lexer *, size_t, int);
static int	 is_name_start(int);
static int	 is_name_char(int);
static size_t	 lex_dollar(struct lexer *, size_t, int);
static size_t	 lex_dquote(struct lexer *, size_t);
static void	 put_utf8(struct lexer *, unsigned long, size_t, size_t);
static int	 hexval(int);
static size_t	 lex_ansi(struct lexer *, size_t);
static size_t	 assign_len(const char *, size_t, int *);
static void	 lex_word(struct lexer *);
static void	 lex_redir(struct lexer *, size_t, struct tok *);
static void	 lex_op(struct lexer *, struct tok *, int, size_t);
static void	 lex_next(struct lexer *, struct tok *);
static unsigned	 cur_depth(const struct parser *);
static void	 next_tok(struct parser *, struct tok *);
static void	 push_back(struct parser *, const struct tok *);
static int	 tok_is(const struct parser *, const struct tok *,
		    const char *);
static struct shell_word mkword(struct parser *, const struct tok *, size_t);
static void	 push_ctx(struct parser *, enum ctx_kind, size_t);
static int	 top_is(const struct parser *, enum ctx_kind);
static int	 close_ctx(struct parser *, enum ctx_kind, size_t);
static void	 expect_top(struct parser *, enum ctx_kind,
		    const struct tok *);
static int	 keyword(struct parser *, const struct tok *);
static void	 cmd_begin(struct parser *, size_t);
static void	 flush_subst(struct parser *);
static void	 cmd_reset(struct parser *);
static void	 cmd_finish(struct parser *, enum shell_op,
		    const struct tok *);
static void	 apply_retro(struct parser *, enum shell_op,
		    const struct tok *);
static void	 add_word(struct parser *, const struct tok *);
static void	 do_redir(struct parser *, const struct tok *, int);
static void	 read_heredocs(struct parser *);
static int	 try_arith(struct parser *, const struct tok *);
static enum shell_op sep_op(int);
static void	 after_sep(struct parser *, const struct tok *);
static void	 st_start(struct parser *, struct tok *);
static void	 st_cmd(struct parser *, struct tok *);
static void	 st_after(struct parser *, struct tok *);
static void	 reparse(struct parser *, struct tok *);
static int	 is_sep(const struct tok *);
static void	 parse_tok(struct parser *, struct tok *);
static void	 parse_range(struct shared *, size_t, size_t, unsigned,
		    unsigned, unsigned);
static struct shell_script *parse_src(struct arena *,
		    const struct shell_src *);
static int	 in_list(const char *, const char *, size_t);
static int	 in_list_short(const char *, char);
static enum opt_kind opt_classify(const struct shell_word *, const char *,
		    int *);
static const struct wrapper *find_wrapper(const struct shell_cmd *, size_t);
static int	 word_has_opt(const struct shell_word *, const char *,
		    const char *);
static const struct shell_word *shell_c_word(const struct shell_cmd *);
static void	 unwrap_into(struct arena *, struct cmdvec *,
		    const struct shell_script *, const struct shell_cmd *,
		    unsigned, unsigned, struct shell_script *);

/* Caller offset of local byte i (i may be len). */
static size_t
src_start(const struct shell_src *src, size_t i)
{
	if (src->mstart == NULL)
		return src->base + i;
	return src->mstart[i];
}

/* Caller offset just past local byte j - 1 (j >= 1). */
static size_t
src_end(const struct shell_src *src, size_t j)
{
	if (src->mend == NULL)
		return src->base + j;
	return src->mend[j - 1];
}

static struct span
mkspan(const struct shell_src *src, size_t lo, size_t hi)
{
	struct span	sp;

	sp.off = src_start(src, lo);
	sp.len = hi > lo ? src_end(src, hi) - sp.off : 0;
	return sp;
}

/* Keep the first problem only. */
static void
sh_error(struct shared *sh, enum shell_error e, size_t off)
{
	if (sh->error != SHELL_OK)
		return;
	sh->error = e;
	sh->error_off = off;
}

static void
lex_error(struct lexer *lx, enum shell_error e, size_t off)
{
	lx->unclosed = 1;
	if (lx->quiet == 0 && lx->sh != NULL)
		sh_error(lx->sh, e, off);
}

static void
lex_init(struct lexer *lx, struct shared *sh, size_t start, size_t end)
{
	memset(lx, 0, sizeof(*lx));
	lx->sh = sh;
	lx->s = sh->src->text;
	lx->pos = start;
	lx->end = end;
}

static void
lex_release(struct lexer *lx)
{
	free(lx->buf);
	free(lx->ms);
	free(lx->me);
	free(lx->subst.v);
}

/* Append one decoded byte made from raw bytes [rs, re). */
static void
lex_put(struct lexer *lx, int c, size_t rs, size_t re)
{
	if (lx->blen + 1 >= lx->bcap) {
		lx->bcap = lx->bcap ? lx->bcap * 2 : 64;
		lx->buf = xreallocarray(lx->buf, lx->bcap, 1);
		if (lx->want_map) {
			lx->ms = xreallocarray(lx->ms, lx->bcap,
			    sizeof(size_t));
			lx->me = xreallocarray(lx->me, lx->bcap,
			    sizeof(size_t));
		}
	}
	if (lx->want_map) {
		lx->ms[lx->blen] = rs;
		lx->me[lx->blen] = re;
	}
	lx->buf[lx->blen++] = (char)c;
}

static void
lex_put_raw(struct lexer *lx, size_t from, size_t to)
{
	size_t	i;

	for (i = from; i < to; i++)
		lex_put(lx, lx->s[i], i, i + 1);
}

/* Remember the body of a command substitution for a nested parse. */
static void
lex_subst(struct lexer *lx, size_t off, size_t end)
{
	if (!lx->record_subst || end <= off)
		return;
	VEC_GROW(&lx->subst);
	lx->subst.v[lx->subst.n].off = off;
	lx->subst.v[lx->subst.n].end = end;
	lx->subst.n++;
}

/*
 * The skippers take the position of an opening character and return the
 * position after its closing one, or the end of text (reporting it) when
 * there is none.  They copy nothing.
 */
static size_t
skip_squote(struct lexer *lx, size_t p)
{
	const char	*q;

	if (p + 1 >= lx->end ||
	    (q = memchr(lx->s + p + 1, '\'', lx->end - p - 1)) == NULL) {
		lex_error(lx, SHELL_ERR_QUOTE, p);
		return lx->end;
	}
	return (size_t)(q - lx->s) + 1;
}

/* $'...': p is at the quote. */
static size_t
skip_ansi(struct lexer *lx, size_t p)
{
	size_t	i;

	for (i = p + 1; i < lx->end; i++) {
		if (lx->s[i] == '\\')
			i++;
		else if (lx->s[i] == '\'')
			return i + 1;
	}
	lex_error(lx, SHELL_ERR_QUOTE, p);
	return lx->end;
}

static size_t
skip_dquote(struct lexer *lx, size_t p)
{
	size_t	i, r = lx->end;

	if (++lx->nest > SHELL_MAX_DEPTH) {
		lex_error(lx, SHELL_ERR_DEPTH, p);
		goto out;
	}
	i = p + 1;
	while (i < lx->end) {
		switch (lx->s[i]) {
		case '"':
			r = i + 1;
			goto out;
		case '\\':
			i += 2;
			break;
		case '`':
			i = skip_backtick(lx, i);
			break;
		case '$':
			if (i + 1 < lx->end && lx->s[i + 1] == '(')
				i = skip_parens(lx, i + 1);
			else if (i + 1 < lx->end && lx->s[i + 1] == '{')
				i = skip_braces(lx, i + 1, 1);
			else
				i++;
			break;
		default:
			i++;
			break;
		}
	}
	lex_error(lx, SHELL_ERR_QUOTE, p);
out:
	lx->nest--;
	return r;
}

static size_t
skip_backtick(struct lexer *lx, size_t p)
{
	size_t	i;

	for (i = p + 1; i < lx->end; i++) {
		if (lx->s[i] == '\\')
			i++;
		else if (lx->s[i] == '`')
			return i + 1;
	}
	lex_error(lx, SHELL_ERR_QUOTE, p);
	return lx->end;
}

/* p is at "(": the body of $( ), $(( )), <( ) or a (( probe. */
static size_t
skip_parens(struct lexer *lx, size_t p)
{
	size_t	i, level = 1, r = lx->end;
	char	c, prev;

	if (++lx->nest > SHELL_MAX_DEPTH) {
		lex_error(lx, SHELL_ERR_DEPTH, p);
		goto out;
	}
	i = p + 1;
	while (i < lx->end) {
		c = lx->s[i];
		switch (c) {
		case '(':
			level++;
			i++;
			break;
		case ')':
			i++;
			if (--level == 0) {
				r = i;
				goto out;
			}
			break;
		case '\'':
			i = skip_squote(lx, i);
			break;
		case '"':
			i = skip_dquote(lx, i);
			break;
		case '`':
			i = skip_backtick(lx, i);
			break;
		case '\\':
			i += 2;
			break;
		case '$':
			if (i + 1 < lx->end && lx->s[i + 1] == '{')
				i = skip_braces(lx, i + 1, 0);
			else if (i + 1 < lx->end && lx->s[i + 1] == '\'')
				i = skip_ansi(lx, i + 1);
			else
				i++;
			break;
		case '#':
			prev = lx->s[i - 1];
			if (i == p + 1 || prev == ' ' || prev == '\t' ||
			    prev == '\n' || prev == ';' || prev == '&' ||
			    prev == '|' || prev == '(') {
				while (i < lx->end && lx->s[i] != '\n')
					i++;
			} else
				i++;
			break;
		default:
			i++;
			break;
		}
	}
	if (i > lx->end)
		i = lx->end;
	lex_error(lx, SHELL_ERR_SUBST, p - (p > 0 && lx->s[p - 1] == '$'));
out:
	lx->nest--;
	return r;
}

/* p is at "{" of ${...}; single quotes are literal inside "${...}". */
static size_t
skip_braces(struct lexer *lx, size_t p, int in_dq)
{
	size_t	i, level = 1, r = lx->end;

	if (++lx->nest > SHELL_MAX_DEPTH) {
		lex_error(lx, SHELL_ERR_DEPTH, p);
		goto out;
	}
	i = p + 1;
	while (i < lx->end) {
		switch (lx->s[i]) {
		case '{':
			level++;
			i++;
			break;
		case '}':
			i++;
			if (--level == 0) {
				r = i;
				goto out;
			}
			break;
		case '\\':
			i += 2;
			break;
		case '\'':
			i = in_dq ? i + 1 : skip_squote(lx, i);
			break;
		case '"':
			i = skip_dquote(lx, i);
			break;
		case '`':
			i = skip_backtick(lx, i);
			break;
		case '$':
			if (i + 1 < lx->end && lx->s[i + 1] == '(')
				i = skip_parens(lx, i + 1);
			else if (i + 1 < lx->end && lx->s[i + 1] == '{')
				i = skip_braces(lx, i + 1, in_dq);
			else
				i++;
			break;
		default:
			i++;
			break;
		}
	}
	lex_error(lx, SHELL_ERR_SUBST, p - 1);
out:
	lx->nest--;
	return r;
}

static int
is_name_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
is_name_char(int c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

/* i is at "$"; copy the expansion as written.  Returns the new position. */
static size_t
lex_dollar(struct lexer *lx, size_t i, int in_dq)
{
	size_t	q;
	int	n;

	n = i + 1 < lx->end ? (unsigned char)lx->s[i + 1] : -1;
	switch (n) {
	case '(':
		lx->unclosed = 0;
		q = skip_parens(lx, i + 1);
		if (!(i + 2 < lx->end && lx->s[i + 2] == '('))
			lex_subst(lx, i + 2, lx->unclosed ? q : q - 1);
		lx->wflags |= SHELL_WORD_EXPAND;
		lex_put_raw(lx, i, q);
		return q;
	case '{':
		q = skip_braces(lx, i + 1, in_dq);
		lx->wflags |= SHELL_WORD_EXPAND;
		lex_put_raw(lx, i, q);
		return q;
	case '\'':
		if (in_dq)
			break;
		return lex_ansi(lx, i);
	case '"':
		if (in_dq)
			break;
		return lex_dquote(lx, i + 1);
	default:
		if (n == -1)
			break;
		if (is_name_start(n)) {
			q = i + 1;
			while (q < lx->end && is_name_char(lx->s[q]))
				q++;
		} else if (n != '\0' && strchr("0123456789@*#?$!-", n) != NULL)
			q = i + 2;
		else
			break;
		lx->wflags |= SHELL_WORD_EXPAND;
		lex_put_raw(lx, i, q);
		return q;
	}
	lex_put(lx, '$', i, i + 1);
	return i + 1;
}

/* i is at the opening double quote. */
static size_t
lex_dquote(struct lexer *lx, size_t i)
{
	size_t	j, q, start = i;
	int	c;

	lx->wflags |= SHELL_WORD_QUOTED;
	j = i + 1;
	while (j < lx->end) {
		c = (unsigned char)lx->s[j];
		if (c == '"')
			return j + 1;
		if (c == '\\' && j + 1 < lx->end && lx->s[j + 1] != '\0' &&
		    strchr("$`\"\\\n", lx->s[j + 1]) != NULL) {
			if (lx->s[j + 1] != '\n')
				lex_put(lx, lx->s[j + 1], j, j + 2);
			j += 2;
		} else if (c == '$')
			j = lex_dollar(lx, j, 1);
		else if (c == '`') {
			lx->unclosed = 0;
			q = skip_backtick(lx, j);
			lex_subst(lx, j + 1, lx->unclosed ? q : q - 1);
			lx->wflags |= SHELL_WORD_EXPAND;
			lex_put_raw(lx, j, q);
			j = q;
		} else {
			lex_put(lx, c, j, j + 1);
			j++;
		}
	}
	lex_error(lx, SHELL_ERR_QUOTE, start);
	return lx->end;
}

static void
put_utf8(struct lexer *lx, unsigned long cp, size_t rs, size_t re)
{
	if (cp < 0x80)
		lex_put(lx, (int)cp, rs, re);
	else if (cp < 0x800) {
		lex_put(lx, 0xc0 | (int)(cp >> 6), rs, re);
		lex_put(lx, 0x80 | (int)(cp & 0x3f), rs, re);
	} else if (cp < 0x10000) {
		lex_put(lx, 0xe0 | (int)(cp >> 12), rs, re);
		lex_put(lx, 0x80 | (int)((cp >> 6) & 0x3f), rs, re);
		lex_put(lx, 0x80 | (int)(cp & 0x3f), rs, re);
	} else {
		if (cp > 0x10ffff)
			cp = 0xfffd;
		lex_put(lx, 0xf0 | (int)(cp >> 18), rs, re);
		lex_put(lx, 0x80 | (int)((cp >> 12) & 0x3f), rs, re);
		lex_put(lx, 0x80 | (int)((cp >> 6) & 0x3f), rs, re);
		lex_put(lx, 0x80 | (int)(cp & 0x3f), rs, re);
	}
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* $'...' with ANSI-C escapes (bash, dash >= 0.5.12); i is at "$". */
static size_t
lex_ansi(struct lexer *lx, size_t i)
{
	const char	*s = lx->s;
	size_t		 j, k, max;
	unsigned long	 v;
	int		 c, d;

	lx->wflags |= SHELL_WORD_QUOTED;
	j = i + 2;
	while (j < lx->end) {
		c = (unsigned char)s[j];
		if (c == '\'')
			return j + 1;
		if (c != '\\' || j + 1 >= lx->end) {
			lex_put(lx, c, j, j + 1);
			j++;
			continue;
		}
		c = (unsigned char)s[j + 1];
		k = j + 2;
		switch (c) {
		case 'a': c = 7; break;
		case 'b': c = 8; break;
		case 'e': case 'E': c = 27; break;
		case 'f': c = 12; break;
		case 'n': c = 10; break;
		case 'r': c = 13; break;
		case 't': c = 9; break;
		case 'v': c = 11; break;
		case '\\': case '\'': case '"': case '?': break;
		case 'c':
			if (k < lx->end) {
				c = s[k] & 0x1f;
				k++;
			} else
				c = -1;
			break;
		case 'x': case 'u': case 'U':
			max = c == 'x' ? 2 : c == 'u' ? 4 : 8;
			v = 0;
			while (k < lx->end && k - j - 2 < max &&
			    (d = hexval((unsigned char)s[k])) != -1) {
				v = v * 16 + (unsigned long)d;
				k++;
			}
			if (k == j + 2) {
				c = -1;
				break;
			}
			if (c == 'x')
				lex_put(lx, (int)v, j, k);
			else
				put_utf8(lx, v, j, k);
			j = k;
			continue;
		default:
			if (c >= '0' && c <= '7') {
				v = 0;
				k = j + 1;
				while (k < lx->end && k - j - 1 < 3 &&
				    s[k] >= '0' && s[k] <= '7') {
					v = v * 8 + (unsigned long)(s[k] - '0');
					k++;
				}
				c = (int)(v & 0xff);
			} else
				c = -1;
			break;
		}
		if (c == -1) {
			/* Unknown escape: kept as written. */
			lex_put(lx, '\\', j, j + 1);
			j++;
			continue;
		}
		lex_put(lx, c, j, k);
		j = k;
	}
	lex_error(lx, SHELL_ERR_QUOTE, i);
	return lx->end;
}

/*
 * Length of "NAME=" or "NAME+=" at the start of raw, or 0 when the word
 * is not an assignment.
 */
static size_t
assign_len(const char *raw, size_t n, int *append)
{
	size_t	i;

	*append = 0;
	if (n == 0 || !is_name_start((unsigned char)raw[0]))
		return 0;
	for (i = 1; i < n && is_name_char((unsigned char)raw[i]); i++)
		/* nothing */;
	if (i < n && raw[i] == '=')
		return i + 1;
	if (i + 1 < n && raw[i] == '+' && raw[i + 1] == '=') {
		*append = 1;
		return i + 2;
	}
	return 0;
}

/* Scan one word from lx->pos, decoding it into lx->buf. */
static void
lex_word(struct lexer *lx)
{
	const char	*s = lx->s;
	size_t		 i = lx->pos, q;
	int		 c, app;

	lx->blen = 0;
	lx->wflags = 0;
	while (i < lx->end) {
		c = (unsigned char)s[i];
		switch (c) {
		case ' ': case '\t': case '\n': case ';': case '&': case '|':
		case ')':
			goto done;
		case '<': case '>':
			/* Process substitution, only where a word starts. */
			if (i != lx->pos || i + 1 >= lx->end || s[i + 1] != '(')
				goto done;
			lx->unclosed = 0;
			q = skip_parens(lx, i + 1);
			lex_subst(lx, i + 2, lx->unclosed ? q : q - 1);
			lx->wflags |= SHELL_WORD_EXPAND;
			lex_put_raw(lx, i, q);
			i = q;
			break;
		case '(':
			/* NAME=(a b): a bash array assignment. */
			if (lx->blen == 0 || lx->buf[lx->blen - 1] != '=' ||
			    assign_len(s + lx->pos, i - lx->pos, &app) !=
			    i - lx->pos)
				goto done;
			q = skip_parens(lx, i);
			lex_put_raw(lx, i, q);
			i = q;
			break;
		case '\'':
			lx->wflags |= SHELL_WORD_QUOTED;
			lx->unclosed = 0;
			q = skip_squote(lx, i);
			lex_put_raw(lx, i + 1, lx->unclosed ? q : q - 1);
			i = q;
			break;
		case '"':
			i = lex_dquote(lx, i);
			break;
		case '\\':
			if (i + 1 >= lx->end) {
				lex_put(lx, '\\', i, i + 1);
				i++;
			} else if (s[i + 1] == '\n')
				i += 2;
			else {
				lx->wflags |= SHELL_WORD_QUOTED;
				lex_put(lx, s[i + 1], i, i + 2);
				i += 2;
			}
			break;
		case '$':
			i = lex_dollar(lx, i, 0);
			break;
		case '`':
			lx->unclosed = 0;
			q = skip_backtick(lx, i);
			lex_subst(lx, i + 1, lx->unclosed ? q : q - 1);
			lx->wflags |= SHELL_WORD_EXPAND;
			lex_put_raw(lx, i, q);
			i = q;
			break;
		case '*': case '?': case '[':
			lx->wflags |= SHELL_WORD_GLOB;
			/* FALLTHROUGH */
		default:
			lex_put(lx, c, i, i + 1);
			i++;
			break;
		}
	}
done:
	lx->pos = i;
}

/* Set t to a redirection operator starting at i. */
static void
lex_redir(struct lexer *lx, size_t i, struct tok *t)
{
	const char	*s = lx->s;
	size_t		 n = lx->end - i;
	int		 k;

	t->kind = TOK_REDIR;
	if (s[i] == '<') {
		if (n >= 3 && s[i + 1] == '<' && s[i + 2] == '<')
			k = SHELL_REDIR_HERESTRING;
		else if (n >= 3 && s[i + 1] == '<' && s[i + 2] == '-')
			k = SHELL_REDIR_HEREDOC_TABS;
		else if (n >= 2 && s[i + 1] == '<')
			k = SHELL_REDIR_HEREDOC;
		else if (n >= 2 && s[i + 1] == '&')
			k = SHELL_REDIR_DUP_IN;
		else if (n >= 2 && s[i + 1] == '>')
			k = SHELL_REDIR_RDWR;
		else
			k = SHELL_REDIR_IN;
	} else {
		if (n >= 2 && s[i + 1] == '>')
			k = SHELL_REDIR_APPEND;
		else if (n >= 2 && s[i + 1] == '&')
			k = SHELL_REDIR_DUP_OUT;
		else if (n >= 2 && s[i + 1] == '|')
			k = SHELL_REDIR_CLOBBER;
		else
			k = SHELL_REDIR_OUT;
	}
	t->op = k;
	switch (k) {
	case SHELL_REDIR_IN:
	case SHELL_REDIR_OUT:
		lx->pos = i + 1;
		break;
	case SHELL_REDIR_HERESTRING:
	case SHELL_REDIR_HEREDOC_TABS:
		lx->pos = i + 3;
		break;
	default:
		lx->pos = i + 2;
		break;
	}
}

static void
lex_op(struct lexer *lx, struct tok *t, int op, size_t n)
{
	t->kind = TOK_OP;
	t->op = op;
	lx->pos += n;
}

/* Next token; a word's decoded value is left in lx->buf. */
static void
lex_next(struct lexer *lx, struct tok *t)
{
	const char	*s = lx->s;
	size_t		 i, n;
	const char	*q;
	int		 c, fd;

	memset(t, 0, sizeof(*t));
	t->fd = -1;
	for (;;) {
		while (lx->pos < lx->end) {
			c = s[lx->pos];
			if (c == ' ' || c == '\t')
				lx->pos++;
			else if (c == '\\' && lx->pos + 1 < lx->end &&
			    s[lx->pos + 1] == '\n')
				lx->pos += 2;
			else
				break;
		}
		if (lx->pos >= lx->end || s[lx->pos] != '#')
			break;
		q = memchr(s + lx->pos, '\n', lx->end - lx->pos);
		lx->pos = q != NULL ? (size_t)(q - s) : lx->end;
	}
	t->off = lx->pos;
	if (lx->pos >= lx->end) {
		t->kind = TOK_EOF;
		t->end = lx->end;
		return;
	}
	n = lx->end - lx->pos;
	c = s[lx->pos];
	switch (c) {
	case '\n':
		t->kind = TOK_NEWLINE;
		lx->pos++;
		break;
	case '&':
		if (n >= 2 && s[lx->pos + 1] == '&')
			lex_op(lx, t, LOP_AND, 2);
		else if (n >= 3 && s[lx->pos + 1] == '>' &&
		    s[lx->pos + 2] == '>') {
			t->kind = TOK_REDIR;
			t->op = SHELL_REDIR_APPEND_ALL;
			lx->pos += 3;
		} else if (n >= 2 && s[lx->pos + 1] == '>') {
			t->kind = TOK_REDIR;
			t->op = SHELL_REDIR_OUT_ALL;
			lx->pos += 2;
		} else
			lex_op(lx, t, LOP_BG, 1);
		break;
	case '|':
		if (n >= 2 && s[lx->pos + 1] == '|')
			lex_op(lx, t, LOP_OR, 2);
		else if (n >= 2 && s[lx->pos + 1] == '&')
			lex_op(lx, t, LOP_PIPE_ALL, 2);
		else
			lex_op(lx, t, LOP_PIPE, 1);
		break;
	case ';':
		if (n >= 3 && s[lx->pos + 1] == ';' && s[lx->pos + 2] == '&')
			lex_op(lx, t, LOP_DSEMI, 3);
		else if (n >= 2 && (s[lx->pos + 1] == ';' ||
		    s[lx->pos + 1] == '&'))
			lex_op(lx, t, LOP_DSEMI, 2);
		else
			lex_op(lx, t, LOP_SEMI, 1);
		break;
	case '(':
		lex_op(lx, t, LOP_LPAREN, 1);
		break;
	case ')':
		lex_op(lx, t, LOP_RPAREN, 1);
		break;
	case '<':
	case '>':
		if (n >= 2 && s[lx->pos + 1] == '(')
			goto word;
		lex_redir(lx, lx->pos, t);
		break;
	default:
		if (c >= '0' && c <= '9') {
			fd = 0;
			for (i = lx->pos; i < lx->end &&
			    s[i] >= '0' && s[i] <= '9'; i++)
				if (fd < 1000000)
					fd = fd * 10 + (s[i] - '0');
			if (i < lx->end && (s[i] == '<' || s[i] == '>') &&
			    !(i + 1 < lx->end && s[i + 1] == '(')) {
				lex_redir(lx, i, t);
				t->fd = fd;
				break;
			}
		}
	word:
		t->kind = TOK_WORD;
		lex_word(lx);
		t->wflags = lx->wflags;
		break;
	}
	t->end = lx->pos;
}

/*
 * Parser.
 */

static unsigned
cur_depth(const struct parser *p)
{
	size_t	d = p->depth0 + p->nstack + p->overflow;

	return d > UINT_MAX / 2 ? UINT_MAX / 2 : (unsigned)d;
}

static void
next_tok(struct parser *p, struct tok *t)
{
	if (p->has_peek) {
		*t = p->peek;
		p->has_peek = 0;
		return;
	}
	lex_next(&p->lx, t);
}

static void
push_back(struct parser *p, const struct tok *t)
{
	p->peek = *t;
	p->has_peek = 1;
}

static int
tok_is(const struct parser *p, const struct tok *t, const char *kw)
{
	size_t	n = strlen(kw);

	return t->kind == TOK_WORD &&
	    (t->wflags & (SHELL_WORD_QUOTED | SHELL_WORD_EXPAND)) == 0 &&
	    p->lx.blen == n && memcmp(p->lx.buf, kw, n) == 0;
}

static struct shell_word
mkword(struct parser *p, const struct tok *t, size_t skip)
{
	struct shell_word	w;
	const struct shell_src	*src = p->sh->src;

	if (skip > p->lx.blen)
		skip = p->lx.blen;
	/* An empty word ("") may have no buffer yet: NULL + 0 is undefined. */
	w.value = arena_strndup(p->sh->a,
	    p->lx.buf != NULL ? p->lx.buf + skip : "", p->lx.blen - skip);
	w.vlen = p->lx.blen - skip;
	w.raw = src->text + t->off + skip;
	w.rawlen = t->end - t->off - skip;
	w.span = mkspan(src, t->off + skip, t->end);
	w.flags = t->wflags;
	return w;
}

static void
push_ctx(struct parser *p, enum ctx_kind kind, size_t off)
{
	if (p->nstack == SHELL_MAX_DEPTH) {
		sh_error(p->sh, SHELL_ERR_DEPTH, off);
		p->overflow++;
		return;
	}
	p->stack[p->nstack].kind = kind;
	p->stack[p->nstack].off = off;
	p->nstack++;
	if (kind == CTX_PAREN)
		p->nparen++;
}

static int
top_is(const struct parser *p, enum ctx_kind kind)
{
	if (p->overflow > 0)
		return 1;
	return p->nstack > 0 && p->stack[p->nstack - 1].kind == kind;
}

/* Close the innermost kind: ) } fi done esac. */
static int
close_ctx(struct parser *p, enum ctx_kind kind, size_t off)
{
	size_t	k;

	if (p->overflow > 0) {
		p->overflow--;
		p->state = PS_AFTER;
		return 1;
	}
	for (k = p->nstack; k > 0; k--)
		if (p->stack[k - 1].kind == kind)
			break;
	if (k == 0) {
		sh_error(p->sh, SHELL_ERR_UNEXPECTED, off);
		p->state = PS_START;
		return 0;
	}
	if (k != p->nstack)
		sh_error(p->sh, SHELL_ERR_UNCLOSED,
		    p->stack[p->nstack - 1].off);
	while (p->nstack >= k) {
		if (p->stack[p->nstack - 1].kind == CTX_PAREN)
			p->nparen--;
		p->nstack--;
	}
	p->state = PS_AFTER;
	return 1;
}

/* A reserved word opening or continuing a compound command. */
static void
expect_top(struct parser *p, enum ctx_kind kind, const struct tok *t)
{
	if (!top_is(p, kind))
		sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
	p->force_new = 1;
	p->state = PS_START;
}

/* Handle t as a reserved word if it is one; returns 0 otherwise. */
static int
keyword(struct parser *p, const struct tok *t)
{
	if (tok_is(p, t, "if") || tok_is(p, t, "while") ||
	    tok_is(p, t, "until")) {
		push_ctx(p, p->lx.buf[0] == 'i' ? CTX_IF : CTX_LOOP, t->off);
		p->state = PS_START;
	} else if (tok_is(p, t, "then") || tok_is(p, t, "else") ||
	    tok_is(p, t, "elif"))
		expect_top(p, CTX_IF, t);
	else if (tok_is(p, t, "do"))
		expect_top(p, CTX_LOOP, t);
	else if (tok_is(p, t, "fi"))
		close_ctx(p, CTX_IF, t->off);
	else if (tok_is(p, t, "done"))
		close_ctx(p, CTX_LOOP, t->off);
	else if (tok_is(p, t, "esac"))
		close_ctx(p, CTX_CASE, t->off);
	else if (tok_is(p, t, "}"))
		close_ctx(p, CTX_BRACE, t->off);
	else if (tok_is(p, t, "{")) {
		push_ctx(p, CTX_BRACE, t->off);
		p->state = PS_START;
	} else if (tok_is(p, t, "!")) {
		p->negated = 1;
		p->state = PS_START;
		return 1;
	} else if (tok_is(p, t, "for") || tok_is(p, t, "select")) {
		push_ctx(p, CTX_LOOP, t->off);
		p->state = PS_FOR_NAME;
		p->state_off = t->off;
	} else if (tok_is(p, t, "case")) {
		push_ctx(p, CTX_CASE, t->off);
		p->state = PS_CASE_WORD;
		p->state_off = t->off;
	} else if (tok_is(p, t, "function")) {
		p->state = PS_FUNC_NAME;
		p->state_off = t->off;
	} else if (tok_is(p, t, "[[")) {
		p->state = PS_DBRACKET;
		p->state_off = t->off;
	} else
		return 0;
	p->negated = 0;
	p->retro = NO_CMD;
	return 1;
}

/* Start a simple command at local offset off and give it its indices. */
static void
cmd_begin(struct parser *p, size_t off)
{
	struct shared		*sh = p->sh;
	const struct shell_cmd	*prev;

	if (p->active)
		return;
	p->active = 1;
	p->cstart = p->cend = off;
	p->retro = NO_CMD;
	prev = p->prev != NO_CMD && !p->force_new ? &sh->cmds.v[p->prev] :
	    NULL;
	if (prev != NULL && (prev->op == SHELL_OP_PIPE ||
	    prev->op == SHELL_OP_PIPE_ALL)) {
		p->clist = prev->list;
		p->cpipe = prev->pipeline;
	} else if (prev != NULL && (prev->op == SHELL_OP_AND ||
	    prev->op == SHELL_OP_OR)) {
		p->clist = prev->list;
		p->cpipe = sh->npipe++;
	} else {
		p->clist = sh->nlist++;
		p->cpipe = sh->npipe++;
	}
	p->force_new = 0;
}

/* Parse the $( ) bodies seen in the current command, as nested scripts. */
static void
flush_subst(struct parser *p)
{
	struct range	*v;
	size_t		 i, n;
	unsigned	 flags;

	if ((n = p->lx.subst.n) == 0)
		return;
	v = xreallocarray(NULL, n, sizeof(*v));
	memcpy(v, p->lx.subst.v, n * sizeof(*v));
	p->lx.subst.n = 0;
	flags = p->flags0 | SHELL_CMD_SUBST |
	    (p->nparen > 0 ? SHELL_CMD_SUBSHELL : 0);
	for (i = 0; i < n; i++)
		parse_range(p->sh, v[i].off, v[i].end, cur_depth(p) + 1,
		    flags, p->level + 1);
	free(v);
}

static void
cmd_reset(struct parser *p)
{
	size_t	i;

	p->active = 0;
	p->negated = 0;
	p->words.n = p->assigns.n = p->redirs.n = 0;
	/* Drop here-documents of a discarded command (f() {). */
	for (i = 0; i < p->heredocs.n; i++)
		if (p->heredocs.v[i].cmd == CUR_CMD)
			p->heredocs.v[i].cmd = NO_CMD;
}

/* Emit the current command, followed by op (t: the operator token). */
static void
cmd_finish(struct parser *p, enum shell_op op, const struct tok *t)
{
	struct shared		*sh = p->sh;
	struct arena		*a = sh->a;
	struct shell_cmd	*c;
	size_t			 i, idx;

	if (!p->active)
		return;
	flush_subst(p);
	VEC_GROW(&sh->cmds);
	idx = sh->cmds.n++;
	c = &sh->cmds.v[idx];
	memset(c, 0, sizeof(*c));
	c->span = mkspan(sh->src, p->cstart, p->cend);
	c->words = arena_memdup(a, p->words.v,
	    p->words.n * sizeof(*p->words.v));
	c->nwords = p->words.n;
	c->assigns = arena_memdup(a, p->assigns.v,
	    p->assigns.n * sizeof(*p->assigns.v));
	c->nassigns = p->assigns.n;
	c->redirs = arena_memdup(a, p->redirs.v,
	    p->redirs.n * sizeof(*p->redirs.v));
	c->nredirs = p->redirs.n;
	c->list = p->clist;
	c->pipeline = p->cpipe;
	c->depth = cur_depth(p);
	c->flags = p->flags0 | (p->negated ? SHELL_CMD_NEGATED : 0) |
	    (p->nparen > 0 ? SHELL_CMD_SUBSHELL : 0);
	c->op = op;
	if (t != NULL)
		c->op_span = mkspan(sh->src, t->off, t->end);
	else
		c->op_span = mkspan(sh->src, p->cend, p->cend);
	c->src = sh->src;
	for (i = 0; i < p->heredocs.n; i++)
		if (p->heredocs.v[i].cmd == CUR_CMD)
			p->heredocs.v[i].cmd = idx;
	p->prev = idx;
	p->words.n = p->assigns.n = p->redirs.n = 0;
	p->active = 0;
	p->negated = 0;
}

/* Give the operator after a ")" to the command the ")" closed. */
static void
apply_retro(struct parser *p, enum shell_op op, const struct tok *t)
{
	struct shell_cmd	*c;

	if (p->retro != NO_CMD) {
		c = &p->sh->cmds.v[p->retro];
		if (c->op == SHELL_OP_END) {
			c->op = op;
			c->op_span = mkspan(p->sh->src, t->off, t->end);
		}
	}
	p->retro = NO_CMD;
}

static void
add_word(struct parser *p, const struct tok *t)
{
	struct shell_assign	*as;
	size_t			 k;
	int			 app;

	k = assign_len(p->sh->src->text + t->off, t->end - t->off, &app);
	if (p->words.n == 0 && k != 0) {
		VEC_GROW(&p->assigns);
		as = &p->assigns.v[p->assigns.n++];
		as->span = mkspan(p->sh->src, t->off, t->end);
		as->name = arena_strndup(p->sh->a, p->lx.buf,
		    k - 1 - (size_t)app);
		as->value = mkword(p, t, k);
		as->append = app;
	} else {
		VEC_GROW(&p->words);
		p->words.v[p->words.n++] = mkword(p, t, 0);
	}
	p->cend = t->end;
}

/* A redirection operator t: read its target; keep it or drop it. */
static void
do_redir(struct parser *p, const struct tok *t, int keep)
{
	struct shell_redir	 r;
	struct heredoc		*h;
	struct tok		 w;

	memset(&r, 0, sizeof(r));
	r.kind = (enum shell_redir_kind)t->op;
	r.fd = t->fd;
	next_tok(p, &w);
	if (w.kind != TOK_WORD) {
		sh_error(p->sh, SHELL_ERR_REDIR, t->off);
		push_back(p, &w);
		r.span = mkspan(p->sh->src, t->off, t->end);
		r.target.value = "";
		r.target.raw = p->sh->src->text + t->end;
		r.target.span = mkspan(p->sh->src, t->end, t->end);
		w.end = t->end;
	} else {
		r.target = mkword(p, &w, 0);
		r.span = mkspan(p->sh->src, t->off, w.end);
		if (r.kind == SHELL_REDIR_HEREDOC ||
		    r.kind == SHELL_REDIR_HEREDOC_TABS) {
			VEC_GROW(&p->heredocs);
			h = &p->heredocs.v[p->heredocs.n++];
			h->delim = r.target.value;
			h->dlen = r.target.vlen;
			h->strip = r.kind == SHELL_REDIR_HEREDOC_TABS;
			h->cmd = keep ? CUR_CMD : NO_CMD;
			h->redir = p->redirs.n;
			h->marker = t->off;
		}
	}
	if (keep) {
		VEC_GROW(&p->redirs);
		p->redirs.v[p->redirs.n++] = r;
		p->cend = w.end;
	}
}

/* After a newline: the bodies of the here-documents started on its line. */
static void
read_heredocs(struct parser *p)
{
	struct lexer		*lx = &p->lx;
	const char		*s = lx->s, *nl;
	struct heredoc		*h;
	struct shell_redir	*r;
	size_t			 i, k, start, ls, le, bend;
	int			 found;

	for (k = 0; k < p->heredocs.n; k++) {
		h = &p->heredocs.v[k];
		start = i = lx->pos;
		found = 0;
		bend = lx->end;
		while (i < lx->end) {
			nl = memchr(s + i, '\n', lx->end - i);
			le = nl != NULL ? (size_t)(nl - s) : lx->end;
			ls = i;
			if (h->strip)
				while (ls < le && s[ls] == '\t')
					ls++;
			if (le > ls && s[le - 1] == '\r' &&
			    le - ls - 1 == h->dlen)
				le--;
			if (le - ls == h->dlen &&
			    memcmp(s + ls, h->delim, h->dlen) == 0) {
				found = 1;
				bend = i;
				i = nl != NULL ? (size_t)(nl - s) + 1 : lx->end;
				break;
			}
			i = nl != NULL ? (size_t)(nl - s) + 1 : lx->end;
		}
		if (!found) {
			sh_error(p->sh, SHELL_ERR_HEREDOC, h->marker);
			i = lx->end;
		}
		lx->pos = i;
		if (h->cmd != NO_CMD && h->cmd != CUR_CMD) {
			r = &p->sh->cmds.v[h->cmd].redirs[h->redir];
			r->body = mkspan(p->sh->src, start, bend);
			r->body_found = found;
		}
	}
	p->heredocs.n = 0;
}

/*
 * t is "(" and the next byte is "(": is this "(( arithmetic ))"?  Then
 * skip it.  A probe that fails covers its bytes, so no later probe starts
 * inside them (keeps "((((..." linear).
 */
static int
try_arith(struct parser *p, const struct tok *t)
{
	struct lexer	*lx = &p->lx;
	size_t		 o = t->off, r, q;
	int		 ok;

	if (o + 1 >= lx->end || lx->s[o + 1] != '(' || o < p->arith_memo)
		return 0;
	lx->quiet++;
	lx->unclosed = 0;
	r = skip_parens(lx, o);
	ok = !lx->unclosed;
	q = skip_parens(lx, o + 1);
	lx->quiet--;
	ok = ok && !lx->unclosed && q + 1 == r;
	if (!ok) {
		if (r > p->arith_memo)
			p->arith_memo = r;
		return 0;
	}
	lx->pos = r;
	return 1;
}

static enum shell_op
sep_op(int lop)
{
	switch (lop) {
	case LOP_AND:
		return SHELL_OP_AND;
	case LOP_OR:
		return SHELL_OP_OR;
	case LOP_PIPE:
		return SHELL_OP_PIPE;
	case LOP_PIPE_ALL:
		return SHELL_OP_PIPE_ALL;
	case LOP_BG:
		return SHELL_OP_BG;
	case LOP_DSEMI:
		return SHELL_OP_CASE_END;
	default:
		return SHELL_OP_SEMI;
	}
}

/* After a separator: a case item ends at ";;". */
static void
after_sep(struct parser *p, const struct tok *t)
{
	p->state = PS_START;
	if (t->kind == TOK_OP && t->op == LOP_DSEMI) {
		if (top_is(p, CTX_CASE))
			p->state = PS_CASE_PAT;
		else
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
	}
}

static void
st_start(struct parser *p, struct tok *t)
{
	switch (t->kind) {
	case TOK_EOF:
	case TOK_NEWLINE:
		break;
	case TOK_OP:
		p->retro = NO_CMD;
		if (t->op == LOP_LPAREN) {
			if (try_arith(p, t))
				p->state = PS_AFTER;
			else
				push_ctx(p, CTX_PAREN, t->off);
		} else if (t->op == LOP_RPAREN)
			close_ctx(p, CTX_PAREN, t->off);
		else if (t->op == LOP_DSEMI && top_is(p, CTX_CASE))
			p->state = PS_CASE_PAT;
		else
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
		break;
	case TOK_REDIR:
		cmd_begin(p, t->off);
		p->state = PS_CMD;
		do_redir(p, t, 1);
		break;
	case TOK_WORD:
		if (keyword(p, t))
			break;
		cmd_begin(p, t->off);
		p->state = PS_CMD;
		add_word(p, t);
		break;
	}
}

static void
st_cmd(struct parser *p, struct tok *t)
{
	struct tok	n;

	switch (t->kind) {
	case TOK_WORD:
		add_word(p, t);
		break;
	case TOK_REDIR:
		do_redir(p, t, 1);
		break;
	case TOK_NEWLINE:
		cmd_finish(p, SHELL_OP_NEWLINE, t);
		p->state = PS_START;
		break;
	case TOK_EOF:
		cmd_finish(p, SHELL_OP_END, NULL);
		p->state = PS_START;
		break;
	case TOK_OP:
		if (t->op == LOP_LPAREN) {
			if (p->words.n == 1 && p->assigns.n == 0 &&
			    p->redirs.n == 0) {
				/* name() body: a function definition. */
				next_tok(p, &n);
				if (n.kind == TOK_OP && n.op == LOP_RPAREN) {
					p->lx.subst.n = 0;
					cmd_reset(p);
					p->state = PS_START;
					break;
				}
				push_back(p, &n);
			}
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
			cmd_finish(p, SHELL_OP_END, NULL);
			p->state = PS_START;
			push_ctx(p, CTX_PAREN, t->off);
		} else if (t->op == LOP_RPAREN) {
			cmd_finish(p, SHELL_OP_END, NULL);
			if (close_ctx(p, CTX_PAREN, t->off))
				p->retro = p->prev;
		} else {
			cmd_finish(p, sep_op(t->op), t);
			after_sep(p, t);
		}
		break;
	}
}

static void
st_after(struct parser *p, struct tok *t)
{
	switch (t->kind) {
	case TOK_EOF:
		break;
	case TOK_WORD:
		p->state = PS_START;
		if (keyword(p, t))
			break;
		sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
		st_start(p, t);
		break;
	case TOK_REDIR:
		do_redir(p, t, 0);
		break;
	case TOK_NEWLINE:
		apply_retro(p, SHELL_OP_NEWLINE, t);
		p->state = PS_START;
		break;
	case TOK_OP:
		if (t->op == LOP_RPAREN)
			close_ctx(p, CTX_PAREN, t->off);
		else if (t->op == LOP_LPAREN) {
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
			p->state = PS_START;
			st_start(p, t);
		} else {
			apply_retro(p, sep_op(t->op), t);
			after_sep(p, t);
		}
		break;
	}
}

/* A token where for/case syntax wants something else: parse it afresh. */
static void
reparse(struct parser *p, struct tok *t)
{
	sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
	p->state = PS_START;
	st_start(p, t);
}

static int
is_sep(const struct tok *t)
{
	return t->kind == TOK_NEWLINE ||
	    (t->kind == TOK_OP && t->op == LOP_SEMI);
}

static void
parse_tok(struct parser *p, struct tok *t)
{
	struct tok	n;

	switch (p->state) {
	case PS_START:
		st_start(p, t);
		break;
	case PS_CMD:
		st_cmd(p, t);
		break;
	case PS_AFTER:
		st_after(p, t);
		break;
	case PS_FOR_NAME:
		if (t->kind == TOK_WORD)
			p->state = PS_FOR_IN;
		else if (t->kind == TOK_OP && t->op == LOP_LPAREN &&
		    try_arith(p, t))
			p->state = PS_FOR_IN;	/* for ((;;)); do */
		else if (t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_FOR_IN:
		if (tok_is(p, t, "in"))
			p->state = PS_FOR_WORDS;
		else if (tok_is(p, t, "do"))
			expect_top(p, CTX_LOOP, t);
		else if (is_sep(t))
			p->state = PS_FOR_DO;
		else if (t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_FOR_WORDS:
		if (is_sep(t))
			p->state = PS_FOR_DO;
		else if (t->kind != TOK_WORD && t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_FOR_DO:
		if (tok_is(p, t, "do"))
			expect_top(p, CTX_LOOP, t);
		else if (t->kind != TOK_NEWLINE && t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_CASE_WORD:
		if (t->kind == TOK_WORD)
			p->state = PS_CASE_IN;
		else if (t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_CASE_IN:
		if (tok_is(p, t, "in"))
			p->state = PS_CASE_PAT;
		else if (t->kind != TOK_NEWLINE && t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_CASE_PAT:
		if (tok_is(p, t, "esac"))
			close_ctx(p, CTX_CASE, t->off);
		else if (t->kind == TOK_WORD)
			p->state = PS_CASE_PATW;
		else if (t->kind == TOK_OP && t->op == LOP_RPAREN)
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
		else if (t->kind == TOK_OP && t->op != LOP_LPAREN)
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
		break;
	case PS_CASE_PATW:
		if (t->kind == TOK_OP && t->op == LOP_PIPE)
			p->state = PS_CASE_PAT;
		else if (t->kind == TOK_OP && t->op == LOP_RPAREN) {
			p->state = PS_START;
			p->force_new = 1;
		} else if (t->kind != TOK_EOF)
			sh_error(p->sh, SHELL_ERR_UNEXPECTED, t->off);
		break;
	case PS_FUNC_NAME:
		if (t->kind == TOK_WORD)
			p->state = PS_FUNC_PARENS;
		else if (t->kind != TOK_EOF)
			reparse(p, t);
		break;
	case PS_FUNC_PARENS:
		p->state = PS_START;
		if (t->kind == TOK_OP && t->op == LOP_LPAREN) {
			next_tok(p, &n);
			if (n.kind == TOK_OP && n.op == LOP_RPAREN)
				break;
			push_back(p, &n);
		}
		st_start(p, t);
		break;
	case PS_DBRACKET:
		if (tok_is(p, t, "]]"))
			p->state = PS_AFTER;
		break;
	}
}

/*
 * Parse local bytes [start, end) of sh->src, appending commands to sh.
 * level counts the $( ) nesting; deeper bodies are not searched.
 */
static void
parse_range(struct shared *sh, size_t start, size_t end, unsigned depth0,
    unsigned flags0, unsigned level)
{
	struct parser	*p;
	struct tok	 t;

	p = xcalloc(1, sizeof(*p));
	p->sh = sh;
	lex_init(&p->lx, sh, start, end);
	p->lx.record_subst = level < SHELL_MAX_SUBST;
	p->depth0 = depth0;
	p->flags0 = flags0;
	p->level = level;
	p->prev = NO_CMD;
	p->retro = NO_CMD;
	p->state = PS_START;
	for (;;) {
		next_tok(p, &t);
		parse_tok(p, &t);
		if (t.kind == TOK_NEWLINE && p->heredocs.n > 0 &&
		    !p->has_peek)
			read_heredocs(p);
		if (p->state != PS_CMD)
			flush_subst(p);
		if (t.kind == TOK_EOF && !p->has_peek)
			break;
	}
	switch (p->state) {
	case PS_FOR_NAME: case PS_FOR_IN: case PS_FOR_WORDS: case PS_FOR_DO:
	case PS_CASE_WORD: case PS_CASE_IN: case PS_FUNC_NAME:
	case PS_DBRACKET:
		sh_error(sh, SHELL_ERR_UNCLOSED, p->state_off);
		break;
	default:
		break;
	}
	if (p->nstack > 0)
		sh_error(sh, SHELL_ERR_UNCLOSED, p->stack[p->nstack - 1].off);
	lex_release(&p->lx);
	free(p->words.v);
	free(p->assigns.v);
	free(p->redirs.v);
	free(p->heredocs.v);
	free(p);
}

static struct shell_script *
parse_src(struct arena *a, const struct shell_src *src)
{
	struct shared		 sh;
	struct shell_script	*sc;

	memset(&sh, 0, sizeof(sh));
	sh.a = a;
	sh.src = src;
	parse_range(&sh, 0, src->len, 0, 0, 0);
	sc = arena_alloc(a, sizeof(*sc));
	sc->text = src->text;
	sc->len = src->len;
	sc->cmds = arena_memdup(a, sh.cmds.v, sh.cmds.n * sizeof(*sh.cmds.v));
	sc->ncmds = sh.cmds.n;
	sc->error = sh.error;
	sc->error_off = sh.error != SHELL_OK ? src_start(src, sh.error_off) :
	    0;
	free(sh.cmds.v);
	return sc;
}

/*
 * Split len bytes of text (NULs allowed; NULL means empty) into simple
 * commands; span offsets are base + offset in text.  Returns the script,
 * never NULL, allocated from the arena and valid until arena_free().
 * Words' raw pointers point into text, which must stay valid as long as
 * the result is used.  On malformed input, error and error_off say what
 * and where, and cmds holds what could be recovered.
 */
struct shell_script *
shell_parse(struct arena *a, const char *text, size_t len, size_t base)
{
	struct shell_src	*src;

	src = arena_alloc(a, sizeof(*src));
	src->text = text != NULL ? text : "";
	src->len = text != NULL ? len : 0;
	src->base = base;
	return parse_src(a, src);
}

/* Short description of an error, for messages; never NULL. */
const char *
shell_error_string(enum shell_error e)
{
	switch (e) {
	case SHELL_OK:
		return "no error";
	case SHELL_ERR_QUOTE:
		return "unterminated quoted string";
	case SHELL_ERR_SUBST:
		return "unterminated substitution";
	case SHELL_ERR_UNCLOSED:
		return "unclosed compound command";
	case SHELL_ERR_UNEXPECTED:
		return "unexpected token";
	case SHELL_ERR_REDIR:
		return "redirection without a target";
	case SHELL_ERR_HEREDOC:
		return "here-document without its delimiter";
	case SHELL_ERR_DEPTH:
		return "nesting too deep";
	}
	return "unknown error";
}

/* The operator as written ("&&", "\n"; "" for END); never NULL. */
const char *
shell_op_string(enum shell_op op)
{
	switch (op) {
	case SHELL_OP_END:
		return "";
	case SHELL_OP_AND:
		return "&&";
	case SHELL_OP_OR:
		return "||";
	case SHELL_OP_SEMI:
		return ";";
	case SHELL_OP_PIPE:
		return "|";
	case SHELL_OP_PIPE_ALL:
		return "|&";
	case SHELL_OP_BG:
		return "&";
	case SHELL_OP_NEWLINE:
		return "\n";
	case SHELL_OP_CASE_END:
		return ";;";
	}
	return "";
}

/*
 * Queries.
 */

/* The command name as written (decoded), or NULL when there is none. */
const char *
shell_cmd_name(const struct shell_cmd *c)
{
	return c->nwords > 0 ? c->words[0].value : NULL;
}

/*
 * 1 if the word's value is exactly s; 0 for a NULL word, so that callers
 * can chain it on queries that may find nothing (shell_cmd_arg()).
 */
int
shell_word_eq(const struct shell_word *w, const char *s)
{
	size_t	n = strlen(s);

	return w != NULL && w->vlen == n && memcmp(w->value, s, n) == 0;
}

/* 1 if the command is name, written bare or as a path (/usr/bin/name). */
int
shell_cmd_is(const struct shell_cmd *c, const char *name)
{
	const char	*v, *b;
	size_t		 n, vlen;

	if (c->nwords == 0)
		return 0;
	v = c->words[0].value;
	vlen = c->words[0].vlen;
	for (b = v + vlen; b > v && b[-1] != '/'; b--)
		/* nothing */;
	n = strlen(name);
	return (size_t)(v + vlen - b) == n && memcmp(b, name, n) == 0;
}

/* 1 if the space-separated list holds the n bytes at s. */
static int
in_list(const char *list, const char *s, size_t n)
{
	const char	*p, *e;

	if (list == NULL || n == 0)
		return 0;
	for (p = list; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			/* nothing */;
		if ((size_t)(e - p) == n && memcmp(p, s, n) == 0)
			return 1;
	}
	return 0;
}

static int
in_list_short(const char *list, char c)
{
	char	f[2];

	f[0] = '-';
	f[1] = c;
	return in_list(list, f, 2);
}

/* Classify a word; *next is set when its value is the following word. */
static enum opt_kind
opt_classify(const struct shell_word *w, const char *valflags, int *next)
{
	const char	*v = w->value, *eq;
	size_t		 n = w->vlen, k;

	*next = 0;
	if (n < 2 || v[0] != '-')
		return OPT_ARG;
	if (n == 2 && v[1] == '-')
		return OPT_DASHDASH;
	if (v[1] == '-' || (n > 2 && in_list(valflags, v, n))) {
		eq = memchr(v, '=', n);
		if (eq == NULL && in_list(valflags, v, n))
			*next = 1;
		return OPT_FLAG;
	}
	for (k = 1; k < n; k++) {
		if (in_list_short(valflags, v[k])) {
			*next = k + 1 == n;
			break;
		}
	}
	return OPT_FLAG;
}

/*
 * Find an option: flag is "-y" (also found in "-qy"), "--yes" (also as
 * "--yes=..."), or a single-dash word option such as "-name".  Options
 * in valflags take a value; when value is not NULL it is set to the
 * option's value ("--opt=v", "-ov", or the next word) or NULL.  Returns
 * the word holding the option, or NULL; scanning stops at "--".
 */
const struct shell_word *
shell_cmd_flag(const struct shell_cmd *c, const char *valflags,
    const char *flag, const char **value)
{
	const struct shell_word	*w;
	const char		*v, *eq, *val;
	size_t			 i, k, flen, len;
	int			 next;

	if (value != NULL)
		*value = NULL;
	flen = strlen(flag);
	if (flen < 2 || flag[0] != '-')
		return NULL;
	for (i = 1; i < c->nwords; i++) {
		w = &c->words[i];
		switch (opt_classify(w, valflags, &next)) {
		case OPT_DASHDASH:
			return NULL;
		case OPT_ARG:
			continue;
		case OPT_FLAG:
			break;
		}
		v = w->value;
		val = NULL;
		if (flag[1] == '-' || flen > 2) {
			eq = memchr(v, '=', w->vlen);
			len = eq != NULL ? (size_t)(eq - v) : w->vlen;
			if (len != flen || memcmp(v, flag, flen) != 0)
				goto skip;
			if (eq != NULL)
				val = eq + 1;
			else if (next && i + 1 < c->nwords)
				val = c->words[i + 1].value;
			if (value != NULL)
				*value = val;
			return w;
		}
		if (v[1] == '-')
			goto skip;
		for (k = 1; k < w->vlen; k++) {
			if (v[k] == flag[1]) {
				if (in_list_short(valflags, v[k])) {
					if (k + 1 < w->vlen)
						val = v + k + 1;
					else if (i + 1 < c->nwords)
						val = c->words[i + 1].value;
				}
				if (value != NULL)
					*value = val;
				return w;
			}
			if (in_list_short(valflags, v[k]))
				break;
		}
	skip:
		if (next)
			i++;
	}
	return NULL;
}

/*
 * 1 if the command has any of the options listed (NULL-terminated), with
 * no option taking a value: shell_cmd_has_flag(c, "-y", "--yes", NULL).
 */
int
shell_cmd_has_flag(const struct shell_cmd *c, ...)
{
	va_list		 ap;
	const char	*f;
	int		 found = 0;

	va_start(ap, c);
	while (!found && (f = va_arg(ap, const char *)) != NULL)
		found = shell_cmd_flag(c, NULL, f, NULL) != NULL;
	va_end(ap);
	return found;
}

/*
 * Start iterating over the positional arguments of c (words after the
 * name that are neither options nor option values; everything after
 * "--").  The iterator borrows c.
 */
void
shell_args_init(struct shell_args *it, const struct shell_cmd *c,
    const char *valflags)
{
	it->cmd = c;
	it->valflags = valflags;
	it->i = 1;
	it->dashdash = 0;
}

/* The next positional argument, or NULL at the end. */
const struct shell_word *
shell_args_next(struct shell_args *it)
{
	const struct shell_word	*w;
	int			 next;

	while (it->i < it->cmd->nwords) {
		w = &it->cmd->words[it->i++];
		if (it->dashdash)
			return w;
		switch (opt_classify(w, it->valflags, &next)) {
		case OPT_ARG:
			return w;
		case OPT_DASHDASH:
			it->dashdash = 1;
			break;
		case OPT_FLAG:
			if (next)
				it->i++;
			break;
		}
	}
	return NULL;
}

/* The n-th (from 0) positional argument, or NULL. */
const struct shell_word *
shell_cmd_arg(const struct shell_cmd *c, const char *valflags, size_t n)
{
	struct shell_args	 it;
	const struct shell_word	*w;

	shell_args_init(&it, c, valflags);
	while ((w = shell_args_next(&it)) != NULL)
		if (n-- == 0)
			return w;
	return NULL;
}

/*
 * The positional argument after the first positional equal to word
 * ("install" in "apt-get -y install curl" gives "curl"), or NULL.
 */
const struct shell_word *
shell_cmd_arg_after(const struct shell_cmd *c, const char *valflags,
    const char *word)
{
	struct shell_args	 it;
	const struct shell_word	*w;

	shell_args_init(&it, c, valflags);
	while ((w = shell_args_next(&it)) != NULL)
		if (shell_word_eq(w, word))
			return shell_args_next(&it);
	return NULL;
}

/* 1 if some positional argument equals arg. */
int
shell_cmd_has_arg(const struct shell_cmd *c, const char *valflags,
    const char *arg)
{
	struct shell_args	 it;
	const struct shell_word	*w;

	shell_args_init(&it, c, valflags);
	while ((w = shell_args_next(&it)) != NULL)
		if (shell_word_eq(w, arg))
			return 1;
	return 0;
}

/* Commands that run the command after their own options. */
static const struct wrapper wrappers[] = {
	{ "chronic", NULL, NULL, 0, 0 },
	{ "command", NULL, "-v -V", 0, 0 },
	{ "doas", "-u -C", "-C", 0, 0 },
	{ "env", "-u --unset -C --chdir -S --split-string", NULL, 0, 1 },
	{ "exec", "-a", NULL, 0, 0 },
	{ "gosu", NULL, NULL, 1, 0 },
	{ "nice", "-n --adjustment", NULL, 0, 0 },
	{ "nohup", NULL, NULL, 0, 0 },
	{ "stdbuf", "-i -o -e --input --output --error", NULL, 0, 0 },
	{ "su-exec", NULL, NULL, 1, 0 },
	{ "sudo", "-u --user -g --group -C --close-from -D --chdir "
	    "-p --prompt -r --role -t --type -T --command-timeout "
	    "-U --other-user", "-l --list -v --validate -V --version "
	    "-e --edit -K --remove-timestamp", 0, 1 },
	{ "time", "-f --format -o --output", NULL, 0, 0 },
	{ "timeout", "-s --signal -k --kill-after", NULL, 1, 0 },
	{ "xargs", "-a --arg-file -d --delimiter -E -I -L -n --max-args "
	    "-P --max-procs -s --max-chars --process-slot-var", NULL, 0, 0 },
};

static const struct wrapper *
find_wrapper(const struct shell_cmd *c, size_t i)
{
	struct shell_cmd	tmp;
	size_t			k;

	memset(&tmp, 0, sizeof(tmp));
	tmp.words = c->words + i;
	tmp.nwords = 1;
	for (k = 0; k < sizeof(wrappers) / sizeof(wrappers[0]); k++)
		if (shell_cmd_is(&tmp, wrappers[k].name))
			return &wrappers[k];
	return NULL;
}

/* 1 if word w holds one of the options in list. */
static int
word_has_opt(const struct shell_word *w, const char *list,
    const char *valflags)
{
	struct shell_cmd	 tmp;
	struct shell_word	 two[2];
	const char		*p, *e;
	char			 f[64];

	if (list == NULL)
		return 0;
	memset(&tmp, 0, sizeof(tmp));
	memset(two, 0, sizeof(two));
	two[0].value = "";
	two[1] = *w;
	tmp.words = two;
	tmp.nwords = 2;
	for (p = list; *p != '\0'; p = e) {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			/* nothing */;
		if (e == p || (size_t)(e - p) >= sizeof(f))
			continue;
		memcpy(f, p, (size_t)(e - p));
		f[e - p] = '\0';
		if (shell_cmd_flag(&tmp, valflags, f, NULL) != NULL)
			return 1;
	}
	return 0;
}

/*
 * The command a wrapper runs: "sudo -E env A=1 nice -n 5 apt-get update"
 * gives "apt-get update" with assignment A=1 added.  Wrappers handled:
 * chronic, command (not -v/-V), doas, env, exec, gosu, nice, nohup,
 * stdbuf, su-exec, sudo, time, timeout, xargs; sh -c is
 * shell_cmd_script().  Returns c itself when it wraps nothing (or the
 * wrapper has no command: "exec >log", "command -v x"); otherwise a new
 * command from the arena whose words point into c's, whose orig is the
 * command as written, and whose span, op and indices are c's.
 */
const struct shell_cmd *
shell_cmd_unwrap(struct arena *a, const struct shell_cmd *c)
{
	const struct wrapper	*wr;
	const struct shell_word	*w;
	struct shell_cmd	*u;
	struct shell_assign	*as;
	struct {
		struct shell_assign	*v;
		size_t			 n, cap;
	} nas;
	size_t			 start = 0, j, k, off;
	int			 ops, next, app, noopts;

	memset(&nas, 0, sizeof(nas));
	while (start < c->nwords && (wr = find_wrapper(c, start)) != NULL) {
		ops = wr->operands;
		noopts = 0;
		for (j = start + 1; j < c->nwords; ) {
			w = &c->words[j];
			if (!noopts && ops == wr->operands &&
			    w->value[0] == '-' &&
			    (w->vlen >= 2 || wr->assigns) &&
			    (w->flags & SHELL_WORD_EXPAND) == 0) {
				/* "env -" is "env -i". */
				if (shell_word_eq(w, "--") || w->vlen == 1) {
					j++;
					noopts = w->vlen == 2;
					continue;
				}
				if (word_has_opt(w, wr->stopflags,
				    wr->valflags))
					goto out;
				opt_classify(w, wr->valflags, &next);
				j += next ? 2 : 1;
				continue;
			}
			k = assign_len(w->raw, w->rawlen, &app);
			if (wr->assigns && ops == wr->operands && k != 0 &&
			    c->src != NULL) {
				VEC_GROW(&nas);
				as = &nas.v[nas.n++];
				off = (size_t)(w->raw - c->src->text);
				as->span = w->span;
				as->name = arena_strndup(a, w->value,
				    k - 1 - (size_t)app);
				as->append = app;
				as->value = *w;
				as->value.value = w->value + k;
				as->value.vlen = w->vlen - k;
				as->value.raw = w->raw + k;
				as->value.rawlen = w->rawlen - k;
				as->value.span = mkspan(c->src, off + k,
				    off + w->rawlen);
				j++;
				continue;
			}
			if (ops > 0) {
				ops--;
				j++;
				continue;
			}
			break;
		}
		if (j >= c->nwords)
			break;
		start = j;
	}
out:
	if (start == 0) {
		free(nas.v);
		return c;
	}
	u = arena_alloc(a, sizeof(*u));
	*u = *c;
	u->words = c->words + start;
	u->nwords = c->nwords - start;
	if (nas.n > 0) {
		u->assigns = arena_array(a, c->nassigns + nas.n,
		    sizeof(*u->assigns));
		if (c->nassigns > 0)
			memcpy(u->assigns, c->assigns,
			    c->nassigns * sizeof(*u->assigns));
		memcpy(u->assigns + c->nassigns, nas.v,
		    nas.n * sizeof(*u->assigns));
		u->nassigns = c->nassigns + nas.n;
	}
	u->orig = c->orig != NULL ? c->orig : c;
	free(nas.v);
	return u;
}

static const char *const shells[] = {
	"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"
};

/* The word holding the script of "sh [opts] -c script", or NULL. */
static const struct shell_word *
shell_c_word(const struct shell_cmd *c)
{
	const struct shell_word	*w;
	size_t			 i, k;
	int			 cflag = 0, takes;

	if (shell_cmd_is(c, "su") || shell_cmd_is(c, "runuser")) {
		/* su [-s shell] [user] -c 'script' */
		for (i = 1; i + 1 < c->nwords; i++) {
			w = &c->words[i];
			if (shell_word_eq(w, "--"))
				break;
			if (shell_word_eq(w, "-c") ||
			    shell_word_eq(w, "--command"))
				return &c->words[i + 1];
		}
		return NULL;
	}
	for (k = 0; k < sizeof(shells) / sizeof(shells[0]); k++)
		if (shell_cmd_is(c, shells[k]))
			break;
	if (k == sizeof(shells) / sizeof(shells[0]))
		return NULL;
	for (i = 1; i < c->nwords; i++) {
		w = &c->words[i];
		if (w->vlen < 2 || (w->value[0] != '-' && w->value[0] != '+'))
			return cflag ? w : NULL;
		if (shell_word_eq(w, "--")) {
			i++;
			break;
		}
		if (w->value[1] == '-') {
			if (shell_word_eq(w, "--rcfile") ||
			    shell_word_eq(w, "--init-file"))
				i++;
			continue;
		}
		takes = 0;
		for (k = 1; k < w->vlen; k++) {
			if (w->value[k] == 'c' && w->value[0] == '-')
				cflag = 1;
			else if (w->value[k] == 'o' || w->value[k] == 'O')
				takes = 1;
		}
		if (takes)
			i++;
	}
	return cflag && i < c->nwords ? &c->words[i] : NULL;
}

/*
 * The script run by "sh -c 'script'" (also bash, dash, ash, zsh, ksh,
 * mksh, with other options, behind wrappers such as sudo; and "su [user]
 * -c 'script'", runuser), parsed; its
 * spans are mapped back through the quoting to the text c came from, so
 * they point at the bytes in the Dockerfile.  Returns NULL when c is not
 * such a command.  Allocated from the arena.
 */
struct shell_script *
shell_cmd_script(struct arena *a, const struct shell_cmd *c)
{
	const struct shell_src	*src;
	const struct shell_word	*w;
	struct shell_src	*in;
	struct shared		 sh;
	struct lexer		 lx;
	size_t			*ms, *me, i, off;

	c = shell_cmd_unwrap(a, c);
	if (c->src == NULL || (w = shell_c_word(c)) == NULL)
		return NULL;
	src = c->src;
	off = (size_t)(w->raw - src->text);
	memset(&sh, 0, sizeof(sh));
	sh.src = src;
	lex_init(&lx, &sh, off, off + w->rawlen);
	lx.sh = NULL;
	lx.want_map = 1;
	lex_word(&lx);
	in = arena_alloc(a, sizeof(*in));
	in->text = arena_strndup(a, lx.buf != NULL ? lx.buf : "", lx.blen);
	in->len = lx.blen;
	ms = arena_array(a, lx.blen + 1, sizeof(size_t));
	me = arena_array(a, lx.blen + 1, sizeof(size_t));
	for (i = 0; i < lx.blen; i++) {
		ms[i] = src_start(src, lx.ms[i]);
		me[i] = src_end(src, lx.me[i]);
	}
	ms[lx.blen] = me[lx.blen] = lx.blen > 0 ? me[lx.blen - 1] :
	    src_start(src, off);
	in->mstart = ms;
	in->mend = me;
	lex_release(&lx);
	return parse_src(a, in);
}

/*
 * Append the effective commands of sc to out; top is the outermost
 * command being expanded (NULL at the top level) and add the depth of
 * the sh -c command that holds sc, plus one.
 */
static void
unwrap_into(struct arena *a, struct cmdvec *out, const struct shell_script *sc,
    const struct shell_cmd *top, unsigned add, unsigned level,
    struct shell_script *res)
{
	const struct shell_cmd	*c, *u;
	struct shell_script	*in;
	struct shell_cmd	*n;
	size_t			 i;

	for (i = 0; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		u = shell_cmd_unwrap(a, c);
		in = level < SHELL_MAX_SHELL_C ? shell_cmd_script(a, u) : NULL;
		if (in != NULL) {
			if (res->error == SHELL_OK && in->error != SHELL_OK) {
				res->error = in->error;
				res->error_off = in->error_off;
			}
			unwrap_into(a, out, in, top != NULL ? top : c,
			    (top != NULL ? add : 0) + c->depth + 1, level + 1,
			    res);
			continue;
		}
		VEC_GROW(out);
		n = &out->v[out->n++];
		*n = *u;
		if (top != NULL) {
			n->list = top->list;
			n->pipeline = top->pipeline;
			n->depth += add;
			n->flags |= SHELL_CMD_SHELL_C;
			n->orig = top;
		}
	}
}

/*
 * The effective commands of a script: each command unwrapped with
 * shell_cmd_unwrap(), and each "sh -c 'script'" replaced by the commands
 * of its script (recursively, up to SHELL_MAX_SHELL_C levels), which take
 * the list and pipeline index of the sh command and have orig pointing at
 * it.  Returns a new script from the arena; the error is the outer one,
 * else the first from an inner script.
 */
struct shell_script *
shell_script_unwrap(struct arena *a, const struct shell_script *sc)
{
	struct shell_script	*res;
	struct cmdvec		 out;

	memset(&out, 0, sizeof(out));
	res = arena_alloc(a, sizeof(*res));
	*res = *sc;
	unwrap_into(a, &out, sc, NULL, 0, 0, res);
	res->cmds = arena_memdup(a, out.v, out.n * sizeof(*out.v));
	res->ncmds = out.n;
	free(out.v);
	return res;
}

/*
 * The first command at index from or later named name (any, if NULL;
 * see shell_cmd_is()) with a positional argument equal to arg (any, if
 * NULL; options are assumed to take no value).  Returns NULL if none.
 */
const struct shell_cmd *
shell_script_find(const struct shell_script *sc, size_t from,
    const char *name, const char *arg)
{
	const struct shell_cmd	*c;
	size_t			 i;

	for (i = from; i < sc->ncmds; i++) {
		c = &sc->cmds[i];
		if (name != NULL && !shell_cmd_is(c, name))
			continue;
		if (arg != NULL && !shell_cmd_has_arg(c, NULL, arg))
			continue;
		return c;
	}
	return NULL;
}

/* 1 if shell_script_find(sc, 0, name, arg) finds a command. */
int
shell_script_has_cmd(const struct shell_script *sc, const char *name,
    const char *arg)
{
	return shell_script_find(sc, 0, name, arg) != NULL;
}

/* 1 if some command's output is piped into another (| or |&). */
int
shell_script_has_pipe(const struct shell_script *sc)
{
	size_t	i;

	for (i = 0; i < sc->ncmds; i++)
		if (sc->cmds[i].op == SHELL_OP_PIPE ||
		    sc->cmds[i].op == SHELL_OP_PIPE_ALL)
			return 1;
	return 0;
}
