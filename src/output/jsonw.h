/* SPDX-License-Identifier: ISC */
/*
 * jansson helpers shared by the JSON-based formats (json, sarif,
 * codeclimate): strings made valid UTF-8 before jansson sees them (it
 * rejects invalid UTF-8 and would silently drop the value), positions,
 * and one dump with a fixed layout.
 *
 *	json_t *o = json_object();
 *	json_object_set_new(o, "message", jsonw_str(dg->message));
 *	json_object_set_new(o, "start", jsonw_pos(dg->src, dg->span.off));
 *	return jsonw_dump(fp, o);	// consumes o
 */
#ifndef JSONW_H
#define JSONW_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

struct source;

json_t	*jsonw_str(const char *);
json_t	*jsonw_strn(const char *, size_t);
json_t	*jsonw_uint(size_t);
json_t	*jsonw_pos(const struct source *, size_t);
int	 jsonw_dump(FILE *, json_t *);

#endif
