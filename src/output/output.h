/* SPDX-License-Identifier: ISC */
/*
 * Output formats: turning a finished, sorted findings list into text, JSON,
 * SARIF, Checkstyle, JUnit or Code Climate.  Formatters only read the run;
 * they never parse, run rules or decide the exit status.
 *
 * What `dfopt check` does:
 *
 *	struct output_specs specs;
 *	output_specs_init(&specs);
 *	case 'f': if (output_specs_add_format(&specs, optarg) == -1)
 *			return cmd_usage_error(...);	// unknown format
 *	case 'o': if (output_specs_add_path(&specs, optarg) == -1)
 *			return cmd_usage_error(...);	// second -o for one -f
 *	...after getopt:
 *	if (output_specs_finish(&specs, why, sizeof(why)) == -1)
 *		// two outputs to stdout, or one file twice
 *		return cmd_usage_error(...);
 *	...check every file, diags_sort(&diags), compute the exit status...
 *	struct output_run run = { files, nfiles, &diags, status, NULL, NULL };
 *	struct output_opts opts = { OUTPUT_COLOR_AUTO, -1 };
 *	if (output_specs_write(&specs, &run, &opts) == -1)
 *		status = DFOPT_EXIT_SYSTEM;	// error already printed
 *	output_specs_release(&specs);
 *
 * For a single output, output_write(format, path, &run, &opts) does the
 * same for one format (path NULL or "-": standard output).
 *
 * Pairing of -f and -o (as in `-f sarif -o results.sarif -f text`):
 *  - every -f FMT starts a new output, written to standard output unless
 *    an -o follows it;
 *  - every -o PATH gives the destination of the -f just before it; an -o
 *    with no -f before it (or whose -f already has a PATH) gives the
 *    destination of a new `text` output, so `-o out.txt` alone writes text
 *    to out.txt;
 *  - PATH "-" means standard output; at most one output may go there;
 *  - no -f and no -o at all: one text output to standard output.
 * Outputs are written in command-line order; a file is written atomically
 * (src/atomicfile.h), so a failed run never leaves half a report behind.
 *
 * Colour (--color=auto|always|never) applies to the text format only:
 * auto means colour when the stream is a terminal, NO_COLOR is unset or
 * empty and TERM is not "dumb"; always forces it, even with NO_COLOR set
 * (https://no-color.org: an explicit flag overrides the variable).
 * show_source -1 (auto) shows source lines, carets and help when the
 * stream is a terminal; 0 never, 1 always.
 *
 * Determinism: every format orders files as run.files lists them (then any
 * other file a finding names, then findings without a file) and findings
 * as diags_sort() left them; no timestamps, no absolute paths except the
 * SARIF %SRCROOT% base (run.srcroot, or the working directory).
 *
 * Rule metadata (names, aliases, summaries, docs) comes from rules.h.  A
 * finding whose rule id is not in the rule table is still printed: it just
 * has no name, aliases or doc link.
 *
 * Adding an output format:
 *  1. src/output/<fmt>.c defining `const struct output_entry
 *     output_<fmt>_entry` with .name, .summary and .emit; JSON goes through
 *     jsonw.h (jansson), XML through xmlw.h (libxml2), and every string
 *     from a Dockerfile through output_utf8() or those helpers, since file
 *     names and messages may hold any bytes;
 *  2. one line in output_table[] (output.c), kept sorted by name, and the
 *     extern below;
 *  3. unit tests in tests/unit/test-output*.c over the shared synthetic run
 *     (tests/unit/test-output-fixture.c) with exact expected output, and a
 *     validity check in tests/output-validate.sh if the format has a schema
 *     or a parser to check against;
 *  4. `.out_<fmt>` golden files for the shared tests/golden/check/ cases, a
 *     line in OUTPUT FORMATS of man/dfopt.1, and a ChangeLog line.
 */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dfopt.h"
#include "source.h"

struct diag;
struct diags;
struct rule_entry;

enum output_color {
	OUTPUT_COLOR_AUTO = 0,	/* a terminal, no NO_COLOR, TERM != dumb */
	OUTPUT_COLOR_ALWAYS,
	OUTPUT_COLOR_NEVER
};

struct output_opts {
	enum output_color color;
	int		 show_source;	/* -1 auto (terminal), 0 no, 1 yes */
};

/* Everything a format may print about one `dfopt check` run. */
struct output_run {
	const struct source *const *files;	/* every file checked, in the
						   order to report them */
	size_t		 nfiles;
	const struct diags *diags;	/* sorted with diags_sort() */
	int		 exit_code;	/* the status dfopt will exit with */
	const char	*version;	/* NULL: PACKAGE_VERSION */
	const char	*srcroot;	/* absolute directory that relative
					   file names are relative to (SARIF
					   %SRCROOT%); NULL: the cwd */
};

/*
 * A format.  emit writes the whole report for run to fp and returns 0, or
 * -1 with an error printed.  opts arrive resolved: color is ALWAYS or
 * NEVER, show_source 0 or 1.
 */
struct output_entry {
	const char	*name;		/* "sarif": the -f argument */
	const char	*summary;	/* one line for --help */
	int		(*emit)(FILE *, const struct output_run *,
			    const struct output_opts *);
};

extern const struct output_entry output_checkstyle_entry;
extern const struct output_entry output_codeclimate_entry;
extern const struct output_entry output_gnu_entry;
extern const struct output_entry output_json_entry;
extern const struct output_entry output_junit_entry;
extern const struct output_entry output_sarif_entry;
extern const struct output_entry output_text_entry;

/* One requested output: a format and where it goes. */
struct output_spec {
	const struct output_entry *entry;
	char		*path;		/* owned; NULL: standard output */
};

struct output_specs {
	struct output_spec *v;
	size_t		 n;
	size_t		 cap;
};

/* Table access. */
const struct output_entry *output_find(const char *);
const char	*output_names(void);
size_t		 output_count(void);
const struct output_entry *output_at(size_t);

/* Writing. */
int		 output_write(const char *, const char *,
		    const struct output_run *, const struct output_opts *);
int		 output_emit(const struct output_entry *, FILE *,
		    const struct output_run *, const struct output_opts *);
void		 output_specs_init(struct output_specs *);
void		 output_specs_release(struct output_specs *);
int		 output_specs_add_format(struct output_specs *, const char *);
int		 output_specs_add_path(struct output_specs *, const char *);
int		 output_specs_finish(struct output_specs *, char *, size_t);
int		 output_specs_write(const struct output_specs *,
		    const struct output_run *, const struct output_opts *);
int		 output_color_parse(const char *, enum output_color *);
void		 output_opts_resolve(const struct output_opts *, FILE *,
		    struct output_opts *);

/*
 * For formatters.
 */

/* output_utf8() flags. */
#define OUTPUT_UTF8_XML	0x01	/* also replace what XML 1.0 forbids: NUL,
				   C0 controls but TAB LF CR, U+FFFE/FFFF */

/* Files of a run with the indexes of their findings (see "Determinism"). */
struct output_file {
	const struct source *src;	/* NULL: findings without a file */
	const char	*name;		/* src->name, or NULL */
	size_t		*diag;		/* indexes into run->diags->v */
	size_t		 n;
	size_t		 cap;		/* private: room in diag */
};

struct output_files {
	struct output_file *v;
	size_t		 n;
	size_t		 cap;
};

char		*output_utf8(const char *, size_t, unsigned, size_t *);
void		 output_files_build(struct output_files *,
		    const struct output_run *);
void		 output_files_release(struct output_files *);
size_t		*output_order(const struct output_run *);
const char	*output_version(const struct output_run *);
const struct rule_entry *output_rule(const struct diag *);
size_t		 output_count_level(const struct output_run *,
		    enum severity);
struct source_pos output_pos(const struct diag *, size_t);
uint64_t	*output_fingerprints(const struct output_run *);
char		*output_uri_path(const char *);
char		*output_srcroot_uri(const struct output_run *);
struct span	 output_line_span(const struct source *, struct span);
void		 output_text_header(FILE *, const struct diag *, int);

#endif
