/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for atomicfile.c: a commit replaces the file whole with the
 * right mode, an abort or a failed write leaves the old file and no
 * temporary file behind, and impossible destinations fail cleanly.
 */
#include <sys/resource.h>
#include <sys/stat.h>

#include <dirent.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "dfopt.h"
#include "atomicfile.h"
#include "xmalloc.h"

struct tmpdir {
	char	dir[64];
	char	*file;
};

static int
setup(void **state)
{
	struct tmpdir	*t;

	t = xcalloc(1, sizeof(*t));
	snprintf(t->dir, sizeof(t->dir), "/tmp/test-atomicfile.XXXXXX");
	if (mkdtemp(t->dir) == NULL)
		return -1;
	xasprintf(&t->file, "%s/out.txt", t->dir);
	*state = t;
	return 0;
}

static int
teardown(void **state)
{
	struct tmpdir	*t = *state;
	DIR		*d;
	struct dirent	*e;
	char		*p;

	if ((d = opendir(t->dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.' && (e->d_name[1] == '\0' ||
			    (e->d_name[1] == '.' && e->d_name[2] == '\0')))
				continue;
			xasprintf(&p, "%s/%s", t->dir, e->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(t->dir);
	free(t->file);
	free(t);
	return 0;
}

/* Number of entries in dir besides . and .. */
static size_t
entries(const char *dir)
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
assert_content(const char *path, const char *want)
{
	char	buf[256];
	FILE	*fp;
	size_t	 n;

	fp = fopen(path, "r");
	assert_non_null(fp);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_string_equal(buf, want);
}

static void
write_file(const char *path, const char *s)
{
	struct atomicfile	af;

	assert_int_equal(atomicfile_open(&af, path), 0);
	fputs(s, af.fp);
	assert_int_equal(atomicfile_commit(&af), 0);
	assert_null(af.fp);
}

static void
test_create(void **state)
{
	struct tmpdir		*t = *state;
	struct atomicfile	 af;
	struct stat		 sb;
	mode_t			 old;

	old = umask(022);
	assert_int_equal(atomicfile_open(&af, t->file), 0);
	/* The temporary file sits beside the target until the commit. */
	assert_int_equal(entries(t->dir), 1);
	assert_int_equal(access(t->file, F_OK), -1);
	assert_true(strncmp(af.tmp, t->dir, strlen(t->dir)) == 0);
	fputs("hello\n", af.fp);
	assert_int_equal(atomicfile_commit(&af), 0);
	umask(old);
	assert_content(t->file, "hello\n");
	assert_int_equal(stat(t->file, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0644);
	assert_int_equal(entries(t->dir), 1);
}

static void
test_replace_keeps_mode(void **state)
{
	struct tmpdir	*t = *state;
	struct stat	 sb;

	write_file(t->file, "old\n");
	assert_int_equal(chmod(t->file, 0600), 0);
	write_file(t->file, "new\n");
	assert_content(t->file, "new\n");
	assert_int_equal(stat(t->file, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(entries(t->dir), 1);
}

static void
test_abort(void **state)
{
	struct tmpdir		*t = *state;
	struct atomicfile	 af;

	write_file(t->file, "old\n");
	assert_int_equal(atomicfile_open(&af, t->file), 0);
	fputs("half", af.fp);
	atomicfile_abort(&af);
	atomicfile_abort(&af);		/* harmless twice */
	assert_content(t->file, "old\n");
	assert_int_equal(entries(t->dir), 1);
}

/* A write that fails (file size limit: EFBIG) keeps the old file. */
static void
test_failed_write(void **state)
{
	struct tmpdir		*t = *state;
	struct atomicfile	 af;
	struct rlimit		 rl, old;
	size_t			 i;

	write_file(t->file, "old\n");
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, SIG_IGN);
	rl = old;
	rl.rlim_cur = 4096;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &rl), 0);
	assert_int_equal(atomicfile_open(&af, t->file), 0);
	for (i = 0; i < 10000; i++)
		fputs("0123456789", af.fp);
	assert_int_equal(atomicfile_commit(&af), -1);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, SIG_DFL);
	assert_null(af.fp);
	assert_content(t->file, "old\n");
	assert_int_equal(entries(t->dir), 1);
}

static void
test_bad_destinations(void **state)
{
	struct tmpdir		*t = *state;
	struct atomicfile	 af;
	char			*p;

	xasprintf(&p, "%s/missing/out.txt", t->dir);
	assert_int_equal(atomicfile_open(&af, p), -1);
	assert_null(af.fp);
	free(p);
	assert_int_equal(atomicfile_open(&af, t->dir), -1);
	xasprintf(&p, "%s/", t->dir);
	assert_int_equal(atomicfile_open(&af, p), -1);
	free(p);
	assert_int_equal(atomicfile_open(&af, ""), -1);
	atomicfile_abort(&af);		/* safe after a failed open */
	assert_int_equal(entries(t->dir), 0);
}

/* A bare name is written in the working directory. */
static void
test_relative(void **state)
{
	struct tmpdir	*t = *state;
	char		 cwd[4096];

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(t->dir), 0);
	write_file("rel.txt", "r\n");
	assert_int_equal(chdir(cwd), 0);
	free(t->file);
	xasprintf(&t->file, "%s/rel.txt", t->dir);
	assert_content(t->file, "r\n");
	assert_int_equal(entries(t->dir), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_replace_keeps_mode,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_write, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bad_destinations, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_relative, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
