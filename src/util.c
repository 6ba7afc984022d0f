/* SPDX-License-Identifier: ISC */
/*
 * Operational errors, bugs and severity names: the helpers that dfopt.h
 * declares.  Findings about Dockerfiles are diag.c, never these.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dfopt.h"

/* Print "dfopt: BUG: file:line: message" and abort. */
void
dfopt_bug(const char *file, int line, const char *fmt, ...)
{
	va_list	ap;

	fflush(stdout);
	fprintf(stderr, "%s: BUG: %s:%d: ", DFOPT_NAME, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* Print "dfopt: message" to stderr and return -1 (git's error()). */
int
error(const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "%s: ", DFOPT_NAME);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -1;
}

/* Print "dfopt: warning: message" to stderr. */
void
warnx_(const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "%s: warning: ", DFOPT_NAME);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const char *const severity_names[] = {
	"none", "style", "info", "warning", "error"
};

/* Lower-case name of a level, as printed and as written in configs. */
const char *
severity_name(enum severity s)
{
	if ((unsigned)s >= sizeof(severity_names) / sizeof(*severity_names))
		BUG("severity_name: %d", (int)s);
	return severity_names[s];
}

/*
 * Parse a level name (case-insensitive; "off" and "ignore" mean none).
 * Returns 0 and sets *out, or -1 when the name is unknown.
 */
int
severity_parse(const char *name, enum severity *out)
{
	size_t	i;

	for (i = 0; i < sizeof(severity_names) / sizeof(*severity_names); i++)
		if (strcasecmp(name, severity_names[i]) == 0) {
			*out = (enum severity)i;
			return 0;
		}
	if (strcasecmp(name, "off") == 0 || strcasecmp(name, "ignore") == 0) {
		*out = SEV_NONE;
		return 0;
	}
	return -1;
}
