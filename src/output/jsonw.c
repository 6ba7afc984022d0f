/* SPDX-License-Identifier: ISC */
/*
 * jansson helpers for the output formats: safe strings, positions and the
 * final dump.  Parsing JSON is not done here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "dfopt.h"
#include "source.h"
#include "xmalloc.h"
#include "output/jsonw.h"
#include "output/output.h"

/*
 * A new JSON string of the len bytes at s, invalid UTF-8 replaced by
 * U+FFFD (NULs are kept and dumped as \u0000), or JSON null when s is
 * NULL.  Returns a new reference.
 */
json_t *
jsonw_strn(const char *s, size_t len)
{
	json_t	*j;
	char	*clean;
	size_t	 n;

	if (s == NULL)
		return json_null();
	clean = output_utf8(s, len, 0, &n);
	j = json_stringn_nocheck(clean, n);
	free(clean);
	if (j == NULL)
		BUG("jsonw_strn: out of memory");
	return j;
}

/* The NUL-terminated s as jsonw_strn(); NULL gives JSON null. */
json_t *
jsonw_str(const char *s)
{
	return jsonw_strn(s, s != NULL ? strlen(s) : 0);
}

/* A JSON integer from a size. */
json_t *
jsonw_uint(size_t v)
{
	return json_integer((json_int_t)v);
}

/*
 * {"line": L, "column": C, "offset": O} for byte off of src: 1-based line
 * and code-point column, 0-based byte offset.  A new reference.
 */
json_t *
jsonw_pos(const struct source *src, size_t off)
{
	struct source_pos	 p;
	json_t			*o;

	p = source_position(src, off);
	o = json_object();
	json_object_set_new(o, "line", jsonw_uint(p.line));
	json_object_set_new(o, "column", jsonw_uint(p.column));
	json_object_set_new(o, "offset", jsonw_uint(p.offset));
	return o;
}

/*
 * Write j to fp with two-space indentation, keys in insertion order, and
 * a final newline; consumes j.  Returns 0, or -1 with an error printed.
 */
int
jsonw_dump(FILE *fp, json_t *j)
{
	int	rc;

	rc = json_dumpf(j, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(j);
	if (rc == -1 || fputc('\n', fp) == EOF)
		return error("cannot write JSON output");
	return 0;
}
