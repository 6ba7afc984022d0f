/* SPDX-License-Identifier: ISC */
/*
 * Replay driver: feeds every file named on the command line (directories
 * are read one level deep) to a fuzz target's LLVMFuzzerTestOneInput,
 * without libFuzzer, so `make check` runs the committed seeds under the
 * ordinary (or sanitizer, or valgrind) build.  Prints TAP, one line per
 * file; a crash is a crash of this program, which the TAP driver reports.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dfopt.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int	n;

static void
replay_file(const char *path)
{
	FILE		*fp;
	unsigned char	*buf;
	size_t		 len, cap;

	if ((fp = fopen(path, "rb")) == NULL) {
		printf("not ok %d - %s: cannot open\n", ++n, path);
		return;
	}
	cap = 4096;
	len = 0;
	buf = xmalloc(cap);
	for (;;) {
		size_t	got;

		if (len == cap)
			buf = xreallocarray(buf, cap *= 2, 1);
		if ((got = fread(buf + len, 1, cap - len, fp)) == 0)
			break;
		len += got;
	}
	fclose(fp);
	/* An exact-size copy, so ASan sees reads past the end. */
	{
		unsigned char	*exact = xmalloc(len ? len : 1);

		memcpy(exact, buf, len);
		free(buf);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	printf("ok %d - %s (%zu bytes)\n", ++n, path, len);
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
	return 0;
}
