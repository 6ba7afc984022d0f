/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for output.c (table, -f/-o pairing, writing to a file,
 * colour resolution, UTF-8 repair, URIs, fingerprints) and the text and
 * gnu formats, over the synthetic runs of test-output-fixture.c.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "xmalloc.h"
#include "test-output-fixture.c"

#define B_NAME		"dir/\xc3\xbcn\xc3\xaf code.Dockerfile"

static const char expect_gnu[] =
	"a.Dockerfile:1:6: warning: base image 'ubuntu:22.04' is not "
	"pinned by digest [DF2001]\n"
	"a.Dockerfile:2:1: warning: apt lists not removed after "
	"'apt-get install' [DF3001]\n"
	"a.Dockerfile:4:6: info: a rule the table does not know [DF7777]\n"
	B_NAME ":2:12: style: LABEL value in double quotes [DF2005]\n"
	B_NAME ":3:1: info: RUN spans 2 lines [DF3002]\n"
	"c.Dockerfile:1:1: error: unknown instruction 'FROOM' [DF1001]\n"
	"dfopt: warning: unknown key 'colour' in .dfopt.yaml [DF9001]\n";

static const char expect_summary[] =
	"1 error, 3 warnings, 2 info, 1 style in 3 files\n";

static const char expect_text_source[] =
	"a.Dockerfile:1:6: warning: base image 'ubuntu:22.04' is not "
	"pinned by digest [DF2001]\n"
	"    1 | FROM ubuntu:22.04 AS build\n"
	"      |      ^~~~~~~~~~~~\n"
	"      = help: pin it: 'ubuntu:22.04@sha256:...'\n"
	"a.Dockerfile:2:1: warning: apt lists not removed after "
	"'apt-get install' [DF3001]\n"
	"    2 | RUN apt-get update && apt-get install -y curl\n"
	"      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
	"      = help: add '&& rm -rf /var/lib/apt/lists/*' to this RUN\n"
	"a.Dockerfile:4:6: info: a rule the table does not know [DF7777]\n"
	"    4 | COPY --from=build /usr/bin/curl /curl\n"
	"      |      ^~~~~~~~~~~~\n"
	B_NAME ":2:12: style: LABEL value in double quotes [DF2005]\n"
	"    2 | LABEL desc=\"h\xc3\xa9llo w\xc3\xb6rld\"\n"
	"      |            ^~~~~~~~~~~~~\n"
	B_NAME ":3:1: info: RUN spans 2 lines [DF3002]\n"
	"    3 | RUN echo \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \\\n"
	"      | ^~~~~~~~~~~~~~~~~\n"
	"    4 |   && true\n"
	"      | ~~~~~~~~~\n"
	"c.Dockerfile:1:1: error: unknown instruction 'FROOM' [DF1001]\n"
	"    1 | FROOM x\n"
	"      | ^~~~~\n"
	"      = help: did you mean 'FROM'?\n"
	"dfopt: warning: unknown key 'colour' in .dfopt.yaml [DF9001]\n"
	"1 error, 3 warnings, 2 info, 1 style in 3 files\n";

static void
test_table(void **state)
{
	size_t	i;

	assert_int_equal(output_count(), 7);
	for (i = 0; i + 1 < output_count(); i++)
		assert_true(strcmp(output_at(i)->name,
		    output_at(i + 1)->name) < 0);
	assert_ptr_equal(output_find("sarif"), &output_sarif_entry);
	assert_ptr_equal(output_find("text"), &output_text_entry);
	assert_ptr_equal(output_find("codeclimate"), &output_codeclimate_entry);
	assert_null(output_find("SARIF"));
	assert_null(output_find("sarif2"));
	assert_null(output_find(""));
}

static void
test_color_parse(void **state)
{
	enum output_color	c;

	assert_int_equal(output_color_parse("always", &c), 0);
	assert_int_equal(c, OUTPUT_COLOR_ALWAYS);
	assert_int_equal(output_color_parse("never", &c), 0);
	assert_int_equal(c, OUTPUT_COLOR_NEVER);
	assert_int_equal(output_color_parse("auto", &c), 0);
	assert_int_equal(c, OUTPUT_COLOR_AUTO);
	assert_int_equal(output_color_parse("yes", &c), -1);
}

static void
test_specs_pairing(void **state)
{
	struct output_specs	s;

	/* Nothing asked: one text output to stdout. */
	output_specs_init(&s);
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	assert_int_equal(s.n, 1);
	assert_ptr_equal(s.v[0].entry, &output_text_entry);
	assert_null(s.v[0].path);
	output_specs_release(&s);

	/* -f sarif -o results.sarif -f text */
	output_specs_init(&s);
	assert_int_equal(output_specs_add_format(&s, "sarif"), 0);
	assert_int_equal(output_specs_add_path(&s, "results.sarif"), 0);
	assert_int_equal(output_specs_add_format(&s, "text"), 0);
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	assert_int_equal(s.n, 2);
	assert_ptr_equal(s.v[0].entry, &output_sarif_entry);
	assert_string_equal(s.v[0].path, "results.sarif");
	assert_ptr_equal(s.v[1].entry, &output_text_entry);
	assert_null(s.v[1].path);
	output_specs_release(&s);

	/* -o out.txt alone: text to out.txt, nothing on stdout. */
	output_specs_init(&s);
	assert_int_equal(output_specs_add_path(&s, "out.txt"), 0);
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	assert_int_equal(s.n, 1);
	assert_ptr_equal(s.v[0].entry, &output_text_entry);
	assert_string_equal(s.v[0].path, "out.txt");
	output_specs_release(&s);

	/* -f json -o a -o b: the second -o starts a text output. */
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_path(&s, "a");
	output_specs_add_path(&s, "b");
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	assert_int_equal(s.n, 2);
	assert_ptr_equal(s.v[0].entry, &output_json_entry);
	assert_string_equal(s.v[0].path, "a");
	assert_ptr_equal(s.v[1].entry, &output_text_entry);
	assert_string_equal(s.v[1].path, "b");
	output_specs_release(&s);

	/* -f json -o - -f gnu -o g.txt: "-" is stdout, once is fine. */
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_path(&s, "-");
	output_specs_add_format(&s, "gnu");
	output_specs_add_path(&s, "g.txt");
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	output_specs_release(&s);

	/* Two outputs to stdout. */
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_format(&s, "sarif");
	assert_int_equal(output_specs_finish(&s, NULL, 0), -1);
	output_specs_release(&s);
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_path(&s, "-");
	output_specs_add_format(&s, "text");
	assert_int_equal(output_specs_finish(&s, NULL, 0), -1);
	output_specs_release(&s);

	/* One file named twice. */
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_path(&s, "x");
	output_specs_add_format(&s, "sarif");
	output_specs_add_path(&s, "x");
	assert_int_equal(output_specs_finish(&s, NULL, 0), -1);
	output_specs_release(&s);

	/* Unknown format. */
	output_specs_init(&s);
	assert_int_equal(output_specs_add_format(&s, "xml"), -1);
	assert_int_equal(s.n, 0);
	output_specs_release(&s);
}

static char *
slurp(const char *path)
{
	FILE	*fp;
	char	*buf;
	long	 n;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = calloc(1, n + 1);
	if (fread(buf, 1, n, fp) != (size_t)n)
		abort();
	fclose(fp);
	return buf;
}

static size_t
count_entries(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	size_t		 n;

	n = 0;
	d = opendir(dir);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
test_write_files(void **state)
{
	struct fixture		 f;
	struct output_specs	 s;
	char			 dir[] = "/tmp/test-output.XXXXXX";
	char			*p1, *p2, *bad, *got, *want;

	fixture_init(&f);
	assert_non_null(mkdtemp(dir));
	xasprintf(&p1, "%s/r.sarif", dir);
	xasprintf(&p2, "%s/r.json", dir);
	xasprintf(&bad, "%s/no/such/dir/r.json", dir);

	/* A file gets exactly what the format emits; no temp file left. */
	assert_int_equal(output_write("sarif", p1, &f.run, NULL), 0);
	got = slurp(p1);
	want = fixture_emit("sarif", &f.run, OUTPUT_COLOR_AUTO, -1, NULL);
	assert_string_equal(got, want);
	free(got);
	free(want);
	assert_int_equal(count_entries(dir), 1);

	/* Several outputs at once, replacing an existing file. */
	output_specs_init(&s);
	output_specs_add_format(&s, "json");
	output_specs_add_path(&s, p2);
	output_specs_add_format(&s, "gnu");
	output_specs_add_path(&s, p1);
	assert_int_equal(output_specs_finish(&s, NULL, 0), 0);
	assert_int_equal(output_specs_write(&s, &f.run, NULL), 0);
	output_specs_release(&s);
	got = slurp(p1);
	assert_string_equal(got, expect_gnu);
	free(got);
	got = slurp(p2);
	assert_non_null(strstr(got, "\"schema\": 1"));
	free(got);
	assert_int_equal(count_entries(dir), 2);

	/* An unwritable destination fails and leaves nothing behind. */
	assert_int_equal(output_write("json", bad, &f.run, NULL), -1);
	assert_int_equal(output_write("nope", p2, &f.run, NULL), -1);
	assert_int_equal(count_entries(dir), 2);

	unlink(p1);
	unlink(p2);
	rmdir(dir);
	free(p1);
	free(p2);
	free(bad);
	fixture_release(&f);
}

static void
test_gnu(void **state)
{
	struct fixture	 f;
	char		*out;

	fixture_init(&f);
	/* gnu ignores colour and show_source. */
	out = fixture_emit("gnu", &f.run, OUTPUT_COLOR_ALWAYS, 1, "run.gnu");
	assert_string_equal(out, expect_gnu);
	free(out);
	fixture_release(&f);
}

static void
test_text_plain(void **state)
{
	struct fixture	 f;
	char		*out, *want;

	fixture_init(&f);
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_NEVER, 0, NULL);
	xasprintf(&want, "%s%s", expect_gnu, expect_summary);
	assert_string_equal(out, want);
	free(want);
	free(out);
	/* Auto on a non-terminal: no colour, no source. */
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_AUTO, -1, NULL);
	assert_null(strchr(out, '\033'));
	assert_null(strstr(out, " | "));
	free(out);
	fixture_release(&f);
}

static void
test_text_source(void **state)
{
	struct fixture	 f;
	char		*out;

	fixture_init(&f);
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_NEVER, 1, "run.txt");
	assert_string_equal(out, expect_text_source);
	free(out);
	fixture_release(&f);
}

static void
test_text_color(void **state)
{
	struct fixture	 f;
	char		*out;

	fixture_init(&f);
	setenv("NO_COLOR", "1", 1);
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_ALWAYS, 1, NULL);
	unsetenv("NO_COLOR");
	/* --color=always beats NO_COLOR. */
	assert_non_null(strstr(out, "\033[1ma.Dockerfile:1:6:\033[0m "
	    "\033[1;35mwarning:\033[0m base image 'ubuntu:22.04' is not "
	    "pinned by digest \033[1;35m[DF2001]\033[0m\n"));
	assert_non_null(strstr(out, "\033[1;31merror:\033[0m"));
	assert_non_null(strstr(out, "      |      \033[1;32m^~~~~~~~~~~~"
	    "\033[0m\n"));
	assert_non_null(strstr(out, "\033[1m1 error, 3 warnings, 2 info, "
	    "1 style in 3 files\033[0m\n"));
	free(out);
	fixture_release(&f);
}

/* Colour and source on a terminal: auto resolution over a pty. */
static void
test_resolve_tty(void **state)
{
	struct output_opts	 in, out;
	FILE			*tty;
	int			 m, s = -1;

	m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m == -1 || grantpt(m) == -1 || unlockpt(m) == -1 ||
	    (s = open(ptsname(m), O_RDWR | O_NOCTTY)) == -1) {
		if (m != -1)
			close(m);
		skip();
	}
	tty = fdopen(s, "w");
	in.color = OUTPUT_COLOR_AUTO;
	in.show_source = -1;

	unsetenv("NO_COLOR");
	setenv("TERM", "xterm", 1);
	output_opts_resolve(&in, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_ALWAYS);
	assert_int_equal(out.show_source, 1);

	setenv("NO_COLOR", "", 1);	/* empty: ignored */
	output_opts_resolve(&in, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_ALWAYS);
	setenv("NO_COLOR", "1", 1);
	output_opts_resolve(&in, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_NEVER);
	assert_int_equal(out.show_source, 1);
	unsetenv("NO_COLOR");

	setenv("TERM", "dumb", 1);
	output_opts_resolve(&in, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_NEVER);

	in.color = OUTPUT_COLOR_NEVER;
	in.show_source = 0;
	setenv("TERM", "xterm", 1);
	output_opts_resolve(&in, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_NEVER);
	assert_int_equal(out.show_source, 0);

	/* NULL opts: all auto. */
	output_opts_resolve(NULL, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_ALWAYS);
	fclose(tty);
	tty = tmpfile();
	output_opts_resolve(NULL, tty, &out);
	assert_int_equal(out.color, OUTPUT_COLOR_NEVER);
	assert_int_equal(out.show_source, 0);
	fclose(tty);
	close(m);
}

static void
test_text_empty(void **state)
{
	struct fixture	 f;
	struct diags	 none;
	char		*out;

	fixture_init(&f);
	diags_init(&none);
	f.run.diags = &none;
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_NEVER, 1, NULL);
	assert_string_equal(out, "no findings in 3 files\n");
	free(out);
	f.run.nfiles = 1;
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_NEVER, 1, NULL);
	assert_string_equal(out, "no findings in 1 file\n");
	free(out);
	out = fixture_emit("gnu", &f.run, OUTPUT_COLOR_NEVER, 1, NULL);
	assert_string_equal(out, "");
	free(out);
	fixture_release(&f);
}

/* A span over many lines is elided; an empty span at EOL gets a caret. */
static void
test_text_spans(void **state)
{
	static const char	 data[] = "RUN a \\\n b \\\n c \\\n d \\\n"
	    " e \\\n f \\\n g\nFROM x\n";
	struct source		*src;
	const struct source	*files[1];
	struct diags		 d;
	struct output_run	 run;
	struct span		 sp;
	char			*out;

	src = source_from_mem("m", data, sizeof(data) - 1);
	files[0] = src;
	diags_init(&d);
	sp.off = 0;
	sp.len = strstr(data, "g\n") + 2 - data;
	diag_add(&d, src, "DF3002", SEV_INFO, sp, "long");
	sp.off = strstr(data, "FROM x") + 6 - data;
	sp.len = 0;
	diag_add(&d, src, "DF1001", SEV_ERROR, sp, "eol");
	diags_sort(&d);
	memset(&run, 0, sizeof(run));
	run.files = files;
	run.nfiles = 1;
	run.diags = &d;
	out = fixture_emit("text", &run, OUTPUT_COLOR_NEVER, 1, NULL);
	assert_string_equal(out,
	    "m:1:1: info: long [DF3002]\n"
	    "    1 | RUN a \\\n"
	    "      | ^~~~~~~\n"
	    "    2 |  b \\\n"
	    "      | ~~~~\n"
	    "  ... |\n"
	    "    6 |  f \\\n"
	    "      | ~~~~\n"
	    "    7 |  g\n"
	    "      | ~~\n"
	    "m:8:7: error: eol [DF1001]\n"
	    "    8 | FROM x\n"
	    "      |       ^\n"
	    "1 error, 1 info in 1 file\n");
	free(out);
	diags_release(&d);
	source_free(src);
}

/* Nothing from the file reaches the terminal raw. */
static void
test_text_hostile(void **state)
{
	struct fixture	 f;
	char		*out, *p;
	size_t		 lines;

	fixture_hostile(&f);
	out = fixture_emit("text", &f.run, OUTPUT_COLOR_NEVER, 1, NULL);
	for (p = out; *p != '\0'; p++)
		assert_true((unsigned char)*p >= 0x20 || *p == '\n');
	assert_non_null(strstr(out, "we\"ird\\ <&>'\\x01\\x1b[31m\\xff\\xfe]]>"
	    "\\x0aname #%?.Dockerfile:2:1: error: quote \" back \\ nul? ctl "
	    "\\x01\\x02\\x1f esc \\x1b[2J bad \\xc3( \\xed\\xa0\\x80 cdata ]]> "
	    "amp & lt < tab\\x09nl\\x0aend \xef\xbf\xbe [DF3001]\n"));
	assert_non_null(strstr(out, "    2 | RUN a\\x00b \\x1b[1m \\xff ]]>\n"
	    "      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"));
	/* The 100,000-byte line is clipped around the span. */
	lines = 0;
	for (p = out; (p = strchr(p, '\n')) != NULL; p++)
		lines++;
	assert_int_equal(lines, 12);
	assert_true(strlen(out) < 4000);
	assert_non_null(strstr(out, "    3 | RUN ab\"<&\\ab"));
	assert_non_null(strstr(out, "<&\\...\n"));
	free(out);

	out = fixture_emit("gnu", &f.run, OUTPUT_COLOR_NEVER, 1, NULL);
	lines = 0;
	for (p = out; (p = strchr(p, '\n')) != NULL; p++)
		lines++;
	assert_int_equal(lines, 3);
	free(out);
	fixture_release(&f);
}

static void
test_utf8(void **state)
{
	char	*s;
	size_t	 n;

	s = output_utf8("ok \xc3\xa9", 5, 0, &n);
	assert_string_equal(s, "ok \xc3\xa9");
	assert_int_equal(n, 5);
	free(s);
	/* Invalid, truncated, overlong, surrogate: one U+FFFD per byte. */
	s = output_utf8("a\xff" "b\xc3" "c\xc0\xaf\xed\xa0\x80", 10, 0, &n);
	assert_string_equal(s, "a\xef\xbf\xbd" "b\xef\xbf\xbd"
	    "c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd");
	free(s);
	/* NUL kept for JSON, replaced for XML; so are C0 and U+FFFE. */
	s = output_utf8("a\0b", 3, 0, &n);
	assert_int_equal(n, 3);
	assert_memory_equal(s, "a\0b", 3);
	free(s);
	s = output_utf8("a\0\x01\t\n\r\x1f\x7f\xef\xbf\xbe\xef\xbf\xbf!", 15,
	    OUTPUT_UTF8_XML, NULL);
	assert_string_equal(s, "a\xef\xbf\xbd\xef\xbf\xbd\t\n\r\xef\xbf\xbd"
	    "\x7f\xef\xbf\xbd\xef\xbf\xbd!");
	free(s);
}

static void
test_uri(void **state)
{
	struct output_run	 run;
	char			*s;

	s = output_uri_path("./dir/a b#%?.Dockerfile");
	assert_string_equal(s, "dir/a%20b%23%25%3F.Dockerfile");
	free(s);
	s = output_uri_path("a:b/\xc3\xbc\xff~_-.");
	assert_string_equal(s, "a%3Ab/%C3%BC%FF~_-.");
	free(s);
	s = output_uri_path("/abs/Dockerfile");
	assert_string_equal(s, "/abs/Dockerfile");
	free(s);

	memset(&run, 0, sizeof(run));
	run.srcroot = "/src";
	s = output_srcroot_uri(&run);
	assert_string_equal(s, "file:///src/");
	free(s);
	run.srcroot = "/my repo/";
	s = output_srcroot_uri(&run);
	assert_string_equal(s, "file:///my%20repo/");
	free(s);
	run.srcroot = "relative";
	assert_null(output_srcroot_uri(&run));
	run.srcroot = NULL;	/* the cwd */
	s = output_srcroot_uri(&run);
	assert_non_null(s);
	assert_true(strncmp(s, "file:///", 8) == 0);
	assert_true(s[strlen(s) - 1] == '/');
	free(s);
}

/* One finding on a given line of a file. */
static uint64_t
fingerprint_of(const char *name, const char *data, const char *needle,
    const char *rule)
{
	struct source		*src;
	const struct source	*files[1];
	struct diags		 d;
	struct output_run	 run;
	uint64_t		*fp, v;

	src = source_from_mem(name, data, strlen(data));
	files[0] = src;
	diags_init(&d);
	diag_add(&d, src, rule, SEV_WARNING, fixture_span(src, needle), "m");
	memset(&run, 0, sizeof(run));
	run.files = files;
	run.nfiles = 1;
	run.diags = &d;
	fp = output_fingerprints(&run);
	v = fp[0];
	free(fp);
	diags_release(&d);
	source_free(src);
	return v;
}

static void
test_fingerprints(void **state)
{
	struct fixture	 f;
	uint64_t	 a, b, *fp;
	size_t		 i, j;

	/* Survives lines moving and re-indentation; not other changes. */
	a = fingerprint_of("Dockerfile", "FROM x\nRUN apt-get install y\n",
	    "apt-get", "DF3001");
	b = fingerprint_of("./Dockerfile", "# c\n\nFROM x\n  RUN  apt-get "
	    "install\ty  \n", "apt-get", "DF3001");
	assert_true(a == b);
	assert_true(a != fingerprint_of("Dockerfile",
	    "FROM x\nRUN apt-get install z\n", "apt-get", "DF3001"));
	assert_true(a != fingerprint_of("Dockerfile",
	    "FROM x\nRUN apt-get install y\n", "apt-get", "DF3002"));
	assert_true(a != fingerprint_of("other",
	    "FROM x\nRUN apt-get install y\n", "apt-get", "DF3001"));

	/* Identical findings on identical lines still differ. */
	fixture_init(&f);
	diag_add(&f.d, f.src[2], "DF1001", SEV_ERROR,
	    fixture_span(f.src[2], "FROOM"), "unknown instruction 'FROOM'");
	fp = output_fingerprints(&f.run);
	for (i = 0; i < f.d.n; i++)
		for (j = i + 1; j < f.d.n; j++)
			assert_true(fp[i] != fp[j]);
	free(fp);
	fixture_release(&f);
}

static void
test_line_span(void **state)
{
	struct source	*src;
	struct span	 sp, l;

	src = source_from_mem("x", "ab\r\ncd\r\nef", 10);
	sp.off = 5;		/* "d\r\n" */
	sp.len = 3;
	l = output_line_span(src, sp);
	assert_int_equal(l.off, 4);
	assert_int_equal(l.len, 2);
	sp.off = 1;		/* "b\r\ncd" */
	sp.len = 5;
	l = output_line_span(src, sp);
	assert_int_equal(l.off, 0);
	assert_int_equal(l.len, 6);
	sp.off = 10;		/* EOF */
	sp.len = 0;
	l = output_line_span(src, sp);
	assert_int_equal(l.off, 8);
	assert_int_equal(l.len, 2);
	source_free(src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_color_parse),
		cmocka_unit_test(test_specs_pairing),
		cmocka_unit_test(test_write_files),
		cmocka_unit_test(test_gnu),
		cmocka_unit_test(test_text_plain),
		cmocka_unit_test(test_text_source),
		cmocka_unit_test(test_text_color),
		cmocka_unit_test(test_resolve_tty),
		cmocka_unit_test(test_text_empty),
		cmocka_unit_test(test_text_spans),
		cmocka_unit_test(test_text_hostile),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_uri),
		cmocka_unit_test(test_fingerprints),
		cmocka_unit_test(test_line_span),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
