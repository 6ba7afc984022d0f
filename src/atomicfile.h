/* SPDX-License-Identifier: ISC */
/*
 * Write a file atomically: readers see either the old file or the whole
 * new one, never a half-written file, even if dfopt dies or the machine
 * loses power.  The bytes go to a temporary file in the same directory
 * (".NAME.XXXXXX", so rename(2) stays within one file system), which is
 * flushed, fsync'd and renamed over NAME; the directory is then fsync'd.
 * On any error the temporary file is removed and NAME is left untouched.
 *
 *	struct atomicfile af;
 *	if (atomicfile_open(&af, "results.sarif") == -1)
 *		return -1;			// error printed
 *	fprintf(af.fp, "...");
 *	if (failed) {
 *		atomicfile_abort(&af);		// temp removed, NAME unchanged
 *		return -1;
 *	}
 *	return atomicfile_commit(&af);		// -1, error printed, on failure
 *
 * The new file gets the mode of the file it replaces, or 0666 less the
 * umask when NAME does not exist yet.  A symbolic link at NAME is replaced
 * by a regular file (rename semantics), not followed.
 */
#ifndef ATOMICFILE_H
#define ATOMICFILE_H

#include <stdio.h>

struct atomicfile {
	FILE	*fp;		/* write here; NULL once committed/aborted */
	char	*path;		/* final name (owned) */
	char	*tmp;		/* temporary name (owned) */
};

int	atomicfile_open(struct atomicfile *, const char *);
int	atomicfile_commit(struct atomicfile *);
void	atomicfile_abort(struct atomicfile *);

#endif
