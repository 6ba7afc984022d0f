/* SPDX-License-Identifier: ISC */
/*
 * Replay driver: feeds every file named on the command line (directories
 * are read one level deep) to a fuzz target's LLVMFuzzerTestOneInput,
 * without libFuzzer, so `make check` runs the committed seeds under the
 * ordinary (or sanitizer, or valgrind) build.  Each file runs in a child
 * process, so one crash (or leak report at the child's exit) does not
 * hide the others.  Prints TAP, one line per file, and exits 1 when any
 * file failed.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dfopt.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int	n;
static int	failed;

static void
replay_one(const char *path)
{
	FILE		*fp;
	unsigned char	*buf, *exact;
	size_t		 len, cap, got;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "%s: cannot open\n", path);
		exit(2);
	}
	cap = 4096;
	len = 0;
	buf = xmalloc(cap);
	for (;;) {
		if (len == cap)
			buf = xreallocarray(buf, cap *= 2, 1);
		if ((got = fread(buf + len, 1, cap - len, fp)) == 0)
			break;
		len += got;
	}
	fclose(fp);
	/* An exact-size copy, so ASan sees reads past the end. */
	exact = xmalloc(len ? len : 1);
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
}

static void
replay_file(const char *path)
{
	pid_t	pid;
	int	status;

	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == -1) {
		printf("not ok %d - %s: fork failed\n", ++n, path);
		failed = 1;
		return;
	}
	if (pid == 0) {
		replay_one(path);
		exit(0);
	}
	if (waitpid(pid, &status, 0) == -1)
		status = -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		printf("ok %d - %s\n", ++n, path);
	else {
		failed = 1;
		if (WIFSIGNALED(status))
			printf("not ok %d - %s: signal %d\n", ++n, path,
			    WTERMSIG(status));
		else
			printf("not ok %d - %s: status %d\n", ++n, path,
			    WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	}
	fflush(stdout);
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char **argv)
{
	struct stat	 st;
	struct dirent	*de;
	DIR		*dp;
	char		**names, *p;
	size_t		 nn, i;
	int		 a;

	for (a = 1; a < argc; a++) {
		if (stat(argv[a], &st) == -1 || !S_ISDIR(st.st_mode)) {
			replay_file(argv[a]);
			continue;
		}
		if ((dp = opendir(argv[a])) == NULL)
			continue;
		names = NULL;
		nn = 0;
		while ((de = readdir(dp)) != NULL) {
			if (de->d_name[0] == '.')
				continue;
			xasprintf(&p, "%s/%s", argv[a], de->d_name);
			names = xreallocarray(names, nn + 1, sizeof(*names));
			names[nn++] = p;
		}
		closedir(dp);
		if (nn > 1)
			qsort(names, nn, sizeof(*names), cmp);
		for (i = 0; i < nn; i++) {
			replay_file(names[i]);
			free(names[i]);
		}
		free(names);
	}
	printf("1..%d\n", n);
	return failed;
}
