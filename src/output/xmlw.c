/* SPDX-License-Identifier: ISC */
/*
 * The XML writer behind checkstyle.c and junit.c: libxml2 xmlTextWriter
 * into a memory buffer, copied to the stream at the end.  It writes
 * documents only; it never parses XML.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "dfopt.h"
#include "xmalloc.h"
#include "output/output.h"
#include "output/xmlw.h"

struct xmlw {
	xmlBufferPtr	 buf;
	xmlTextWriterPtr w;
	int		 failed;
};

/* A document in UTF-8 with two-space indentation.  Never NULL. */
struct xmlw *
xmlw_new(void)
{
	struct xmlw	*x;

	x = xcalloc(1, sizeof(*x));
	if ((x->buf = xmlBufferCreate()) == NULL ||
	    (x->w = xmlNewTextWriterMemory(x->buf, 0)) == NULL) {
		x->failed = 1;
		return x;
	}
	/* The default may be exact-size growth: quadratic for big reports. */
	xmlBufferSetAllocationScheme(x->buf, XML_BUFFER_ALLOC_DOUBLEIT);
	if (xmlTextWriterSetIndent(x->w, 1) < 0 ||
	    xmlTextWriterSetIndentString(x->w, BAD_CAST "  ") < 0 ||
	    xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) < 0)
		x->failed = 1;
	return x;
}

static char *
xmlw_clean(const char *s)
{
	return output_utf8(s, strlen(s), OUTPUT_UTF8_XML, NULL);
}

/* Open element name (a fixed ASCII name, not cleaned). */
void
xmlw_start(struct xmlw *x, const char *name)
{
	if (!x->failed &&
	    xmlTextWriterStartElement(x->w, BAD_CAST name) < 0)
		x->failed = 1;
}

/* Attribute name="value" on the open element; value is cleaned. */
void
xmlw_attr(struct xmlw *x, const char *name, const char *value)
{
	char	*v;

	if (x->failed)
		return;
	v = xmlw_clean(value != NULL ? value : "");
	if (xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST v) < 0)
		x->failed = 1;
	free(v);
}

/* Attribute name="value" with a decimal number. */
void
xmlw_attr_uint(struct xmlw *x, const char *name, size_t value)
{
	char	num[32];

	snprintf(num, sizeof(num), "%zu", value);
	xmlw_attr(x, name, num);
}

/* Character data in the open element; text is cleaned and escaped. */
void
xmlw_text(struct xmlw *x, const char *text)
{
	char	*v;

	if (x->failed)
		return;
	v = xmlw_clean(text);
	if (xmlTextWriterWriteString(x->w, BAD_CAST v) < 0)
		x->failed = 1;
	free(v);
}

/* Close the innermost open element. */
void
xmlw_end(struct xmlw *x)
{
	if (!x->failed && xmlTextWriterEndElement(x->w) < 0)
		x->failed = 1;
}

/*
 * Close every open element, end the document, write it to fp and free x.
 * Returns 0, or -1 with an error printed.
 */
int
xmlw_finish(struct xmlw *x, FILE *fp)
{
	int	rc;

	if (!x->failed && xmlTextWriterEndDocument(x->w) < 0)
		x->failed = 1;
	if (x->w != NULL)
		xmlFreeTextWriter(x->w);	/* flushes into buf */
	rc = 0;
	if (x->failed)
		rc = error("cannot build the XML output");
	else if (fwrite(xmlBufferContent(x->buf), 1,
	    (size_t)xmlBufferLength(x->buf), fp) !=
	    (size_t)xmlBufferLength(x->buf))
		rc = error("cannot write XML output");
	if (x->buf != NULL)
		xmlBufferFree(x->buf);
	free(x);
	return rc;
}
