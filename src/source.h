/* SPDX-License-Identifier: ISC */
/*
 * A source buffer: the bytes of one Dockerfile (or config) and its line
 * map.  Every span in dfopt is a byte range into one of these; this is the
 * only place that turns an offset into a 1-based line and column.
 *
 * Columns count Unicode code points (SARIF columnKind unicodeCodePoints):
 * a UTF-8 lead byte starts a new column, continuation bytes do not, and an
 * invalid byte counts as one column.  A tab is one column.  Lines end at
 * "\n", "\r\n" or a lone "\r": that is how SARIF viewers and editors count
 * lines, though BuildKit's scanner does not end a line at a lone "\r"
 * (the parser follows BuildKit and reports it, DF1019).  A UTF-8 BOM
 * takes no column.
 *
 *	struct source *src;
 *	if (source_load(&src, "Dockerfile") == -1) ...;	// error printed
 *	struct source_pos p = source_position(src, off);
 *	source_free(src);
 */
#ifndef SOURCE_H
#define SOURCE_H

#include <stddef.h>

#include "dfopt.h"

struct source {
	char	*name;		/* path as given, or "-" / --stdin-filename */
	char	*data;		/* bytes, NUL-terminated (may hold NULs) */
	size_t	 len;		/* bytes, without the terminator */
	size_t	*lines;		/* offset of the first byte of each line */
	size_t	 nlines;	/* >= 1 */
	struct source_colcache *cc;	/* private: the last column computed,
					   so positions asked in file order
					   on one long line cost O(line) in
					   all, not each; not thread-safe */
};

struct source_pos {
	size_t	line;		/* 1-based */
	size_t	column;		/* 1-based, in code points */
	size_t	offset;		/* 0-based byte offset */
};

int		 source_load(struct source **, const char *);
int		 source_load_fd(struct source **, int, const char *);
struct source	*source_from_mem(const char *, const void *, size_t);
void		 source_free(struct source *);
struct source_pos source_position(const struct source *, size_t);
size_t		 source_line_start(const struct source *, size_t);
size_t		 source_line_end(const struct source *, size_t);
size_t		 source_line_of(const struct source *, size_t);
size_t		 utf8_seqlen(const char *, size_t);

#endif
