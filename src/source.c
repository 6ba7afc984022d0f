/* SPDX-License-Identifier: ISC */
/*
 * Source buffers and the offset -> line:column map.  Reading files and
 * computing positions only; no tokenising (that is lexer.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dfopt.h"
#include "source.h"
#include "xmalloc.h"

/* Inputs larger than this are refused rather than read into memory. */
#define SOURCE_MAX	(256u * 1024 * 1024)

struct source_colcache {
	size_t	line;		/* index of the line, or (size_t)-1 */
	size_t	off;		/* a byte offset on it ... */
	size_t	col;		/* ... and its column */
};

static void	source_index(struct source *);

/* Build the line table: a line starts after "\n", "\r\n" or a lone "\r". */
static void
source_index(struct source *src)
{
	size_t	i, cap;

	src->cc = xcalloc(1, sizeof(*src->cc));
	src->cc->line = (size_t)-1;
	cap = 64;
	src->lines = xreallocarray(NULL, cap, sizeof(size_t));
	src->lines[0] = 0;
	src->nlines = 1;
	for (i = 0; i < src->len; i++) {
		if (src->data[i] == '\r' && i + 1 < src->len &&
		    src->data[i + 1] == '\n')
			i++;
		else if (src->data[i] != '\n' && src->data[i] != '\r')
			continue;
		if (i + 1 > src->len)
			break;
		if (src->nlines == cap) {
			cap *= 2;
			src->lines = xreallocarray(src->lines, cap,
			    sizeof(size_t));
		}
		src->lines[src->nlines++] = i + 1;
	}
	/* A final line terminator does not open a new, empty line. */
	if (src->nlines > 1 && src->lines[src->nlines - 1] == src->len)
		src->nlines--;
}

/*
 * Make a source from a copy of len bytes.  Caller frees with source_free().
 */
struct source *
source_from_mem(const char *name, const void *data, size_t len)
{
	struct source	*src;

	src = xcalloc(1, sizeof(*src));
	src->name = xstrdup(name);
	src->data = xmalloc(len + 1);
	if (len != 0)
		memcpy(src->data, data, len);
	src->data[len] = '\0';
	src->len = len;
	source_index(src);
	return src;
}

/*
 * Read all of fd into a new source named name.  Returns 0 and sets *out
 * (caller frees with source_free()), or -1 after printing an error.
 */
int
source_load_fd(struct source **out, int fd, const char *name)
{
	struct source	*src;
	char		*buf;
	size_t		 len, cap;
	ssize_t		 n;

	cap = 8192;
	len = 0;
	buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			if (cap >= SOURCE_MAX) {
				free(buf);
				return error("%s: file too large (over %u MiB)",
				    name, SOURCE_MAX / (1024 * 1024));
			}
			cap *= 2;
			buf = xreallocarray(buf, cap, 1);
		}
		n = read(fd, buf + len, cap - len);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			free(buf);
			return error("%s: %s", name, strerror(errno));
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	src = xcalloc(1, sizeof(*src));
	src->name = xstrdup(name);
	src->data = xreallocarray(buf, len + 1, 1);
	src->data[len] = '\0';
	src->len = len;
	source_index(src);
	*out = src;
	return 0;
}

/*
 * Read a file ("-" is standard input).  Returns 0 and sets *out (caller
 * frees with source_free()), or -1 after printing an error.
 */
int
source_load(struct source **out, const char *path)
{
	int	fd, rc;

	if (strcmp(path, "-") == 0)
		return source_load_fd(out, STDIN_FILENO, "-");
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return error("cannot open '%s': %s", path, strerror(errno));
	rc = source_load_fd(out, fd, path);
	close(fd);
	return rc;
}

void
source_free(struct source *src)
{
	if (src == NULL)
		return;
	free(src->name);
	free(src->data);
	free(src->lines);
	free(src->cc);
	free(src);
}

/* Index (0-based) of the line holding byte off; off may equal len. */
size_t
source_line_of(const struct source *src, size_t off)
{
	size_t	lo, hi, mid;

	lo = 0;
	hi = src->nlines;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Offset of the first byte of the line holding off. */
size_t
source_line_start(const struct source *src, size_t off)
{
	return src->lines[source_line_of(src, off)];
}

/* Offset of the line terminator (or end of data) of the line holding off. */
size_t
source_line_end(const struct source *src, size_t off)
{
	size_t	l, e;

	if (off >= src->len)
		return src->len;
	/* The line table knows where the next line starts. */
	l = source_line_of(src, off);
	/* The last line ends at the end, or at a final terminator. */
	e = l + 1 < src->nlines ? src->lines[l + 1] : src->len;
	if (e == src->lines[l] || (src->data[e - 1] != '\n' &&
	    src->data[e - 1] != '\r'))
		return e > off ? e : off;
	e--;
	if (src->data[e] == '\n' && e > src->lines[l] &&
	    src->data[e - 1] == '\r')
		e--;
	return off > e ? off : e;
}

/*
 * 1-based line and code-point column of byte off (clamped to the end of
 * the data).  Cost is the length of the line up to off, or from the
 * previous call's offset when that was earlier on the same line.
 */
struct source_pos
source_position(const struct source *src, size_t off)
{
	struct source_pos	 p;
	size_t			 l, i, col, k;

	if (off > src->len)
		off = src->len;
	l = source_line_of(src, off);
	col = 1;
	i = src->lines[l];
	/* Editors hide a UTF-8 BOM: the first character is column 1. */
	if (l == 0 && src->len >= 3 &&
	    memcmp(src->data, "\xef\xbb\xbf", 3) == 0)
		i = off < 3 ? off : 3;
	if (src->cc != NULL && src->cc->line == l && src->cc->off <= off &&
	    src->cc->off >= i) {
		i = src->cc->off;
		col = src->cc->col;
	}
	for (; i < off; i += k, col++) {
		/* An invalid byte counts as one column of its own. */
		if ((k = utf8_seqlen(src->data + i, src->len - i)) == 0)
			k = 1;
	}
	if (src->cc != NULL) {
		src->cc->line = l;
		src->cc->off = i;
		src->cc->col = col;
	}
	p.line = l + 1;
	p.column = col;
	/*
	 * The end of a file whose last line is terminated is the start of
	 * the (empty) line after it, as editors show it.
	 */
	if (off == src->len && off > src->lines[l] &&
	    (src->data[off - 1] == '\n' || src->data[off - 1] == '\r')) {
		p.line++;
		p.column = 1;
	}
	p.offset = off;
	return p;
}

/*
 * Length (1-4) of the well-formed UTF-8 sequence at s (RFC 3629: no
 * overlongs, no surrogates, nothing above U+10FFFF), or 0 when the bytes
 * there are not one.  n is the number of bytes available.
 */
size_t
utf8_seqlen(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 k, i;
	unsigned int		 cp;

	if (n == 0)
		return 0;
	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xc2 && u[0] <= 0xdf)
		k = 2, cp = u[0] & 0x1f;
	else if (u[0] >= 0xe0 && u[0] <= 0xef)
		k = 3, cp = u[0] & 0x0f;
	else if (u[0] >= 0xf0 && u[0] <= 0xf4)
		k = 4, cp = u[0] & 0x07;
	else
		return 0;
	if (n < k)
		return 0;
	for (i = 1; i < k; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (u[i] & 0x3f);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return k;
}
