/* SPDX-License-Identifier: ISC */
/*
 * A small XML writer for the XML formats (checkstyle, junit), over
 * libxml2's xmlTextWriter: this header keeps libxml out of the formats.
 * Every name and value is made valid UTF-8 and stripped of what XML 1.0
 * forbids (control characters become U+FFFD) before libxml escapes it, so
 * the document is well-formed whatever bytes a file name or message holds.
 *
 *	struct xmlw *w = xmlw_new();
 *	xmlw_start(w, "checkstyle");
 *	xmlw_attr(w, "version", "4.3");
 *	xmlw_end(w);
 *	return xmlw_finish(w, fp);	// frees w; 0 or -1 (error printed)
 *
 * Errors are sticky: calls after a failure do nothing and finish reports
 * it.
 */
#ifndef XMLW_H
#define XMLW_H

#include <stddef.h>
#include <stdio.h>

struct xmlw;

struct xmlw	*xmlw_new(void);
void		 xmlw_start(struct xmlw *, const char *);
void		 xmlw_attr(struct xmlw *, const char *, const char *);
void		 xmlw_attr_uint(struct xmlw *, const char *, size_t);
void		 xmlw_text(struct xmlw *, const char *);
void		 xmlw_end(struct xmlw *);
int		 xmlw_finish(struct xmlw *, FILE *);

#endif
