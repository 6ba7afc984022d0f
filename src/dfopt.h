/* SPDX-License-Identifier: ISC */
/*
 * Cross-cutting basics shared by every file: exit codes, severities,
 * byte spans and the BUG() macro.  Nothing else belongs here: a module's
 * own types live in its own header (see STYLE.md 2.2).
 */
#ifndef DFOPT_H
#define DFOPT_H

#include <stddef.h>

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#define DFOPT_NAME	"dfopt"
#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION	"0.1.0-dev"
#endif
#define DFOPT_URL	"https://github.com/dfopt/dfopt"

/* Exit status of the program; documented in dfopt(1) EXIT STATUS. */
enum dfopt_exit {
	DFOPT_EXIT_OK = 0,	/* nothing at or above the failure level */
	DFOPT_EXIT_FINDINGS = 1,	/* findings at or above the failure level */
	DFOPT_EXIT_USAGE = 2,	/* bad flag, bad config */
	DFOPT_EXIT_SYSTEM = 3,	/* I/O error, out of memory */
	DFOPT_EXIT_BUILD = 4	/* dfopt build: a step failed */
};

/* Finding levels, ordered so that a larger value is more severe. */
enum severity {
	SEV_NONE = 0,		/* rule switched off */
	SEV_STYLE,
	SEV_INFO,
	SEV_WARNING,
	SEV_ERROR
};

/*
 * A byte range in a source buffer.  Spans are the only location type
 * passed between modules; they become 1-based line:column only when
 * printed (source_position() in source.h).
 */
struct span {
	size_t	off;		/* first byte */
	size_t	len;		/* number of bytes */
};

#define SPAN_END(s)	((s).off + (s).len)

/* Abort with file and line: for broken invariants, never for bad input. */
#define BUG(...)	dfopt_bug(__FILE__, __LINE__, __VA_ARGS__)

void	dfopt_bug(const char *, int, const char *, ...)
	    __attribute__((noreturn, format(printf, 3, 4)));
int	error(const char *, ...) __attribute__((format(printf, 1, 2)));
void	warnx_(const char *, ...) __attribute__((format(printf, 1, 2)));
const char	*severity_name(enum severity);
int	severity_parse(const char *, enum severity *);

#endif
