/* SPDX-License-Identifier: ISC */
/*
 * Atomic file replacement (temp file + fsync + rename), used for every file
 * dfopt writes on request (-o, rewrite in place).  It does not lock: two
 * dfopt processes writing the same name each produce a whole file and the
 * last rename wins.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dfopt.h"
#include "atomicfile.h"
#include "xmalloc.h"

static void	atomicfile_clear(struct atomicfile *);
static void	atomicfile_sync_dir(const char *);

static void
atomicfile_clear(struct atomicfile *af)
{
	free(af->path);
	free(af->tmp);
	af->fp = NULL;
	af->path = NULL;
	af->tmp = NULL;
}

/*
 * Create a temporary file beside path and open it for writing in af->fp.
 * Returns 0, or -1 with an error printed (af is then empty and needs no
 * abort).  After success the caller must call atomicfile_commit() or
 * atomicfile_abort() exactly once.
 */
int
atomicfile_open(struct atomicfile *af, const char *path)
{
	const char	*slash, *base;
	struct stat	 sb;
	mode_t		 mode, mask;
	int		 fd, saved;

	memset(af, 0, sizeof(*af));
	if (*path == '\0')
		return error("cannot write '': empty file name");
	slash = strrchr(path, '/');
	base = slash != NULL ? slash + 1 : path;
	if (*base == '\0')
		return error("cannot write '%s': %s", path, strerror(EISDIR));
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return error("cannot write '%s': %s", path,
			    strerror(EISDIR));
		mode = sb.st_mode & 07777;
	} else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}

	xasprintf(&af->tmp, "%.*s.%s.XXXXXX", (int)(base - path), path, base);
	if ((fd = mkostemp(af->tmp, O_CLOEXEC)) == -1) {
		saved = errno;
		error("cannot create a temporary file for '%s': %s", path,
		    strerror(saved));
		atomicfile_clear(af);
		return -1;
	}
	if (fchmod(fd, mode) == -1 || (af->fp = fdopen(fd, "w")) == NULL) {
		saved = errno;
		close(fd);
		unlink(af->tmp);
		error("cannot write '%s': %s", af->tmp, strerror(saved));
		atomicfile_clear(af);
		return -1;
	}
	af->path = xstrdup(path);
	return 0;
}

/* fsync the directory holding path, so the rename itself is durable. */
static void
atomicfile_sync_dir(const char *path)
{
	const char	*slash;
	char		*dir;
	int		 fd;

	slash = strrchr(path, '/');
	if (slash == NULL)
		dir = xstrdup(".");
	else if (slash == path)
		dir = xstrdup("/");
	else
		dir = xstrndup(path, slash - path);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		/* Some file systems refuse fsync on a directory: harmless. */
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/*
 * Flush, fsync and close the temporary file, then rename it over the final
 * name.  Returns 0, or -1 with an error printed and the temporary file
 * removed (the final name is then unchanged).  af is empty afterwards.
 */
int
atomicfile_commit(struct atomicfile *af)
{
	int	failed, saved;

	if (af->fp == NULL)
		BUG("atomicfile_commit: not open");
	failed = 0;
	saved = 0;
	if (fflush(af->fp) == EOF || ferror(af->fp)) {
		failed = 1;
		saved = errno != 0 ? errno : EIO;
	}
	if (!failed && fsync(fileno(af->fp)) == -1 && errno != EINVAL) {
		failed = 1;
		saved = errno;
	}
	if (fclose(af->fp) == EOF && !failed) {
		failed = 1;
		saved = errno;
	}
	af->fp = NULL;
	if (!failed && rename(af->tmp, af->path) == -1) {
		failed = 1;
		saved = errno;
	}
	if (failed) {
		unlink(af->tmp);
		error("cannot write '%s': %s", af->path, strerror(saved));
		atomicfile_clear(af);
		return -1;
	}
	atomicfile_sync_dir(af->path);
	atomicfile_clear(af);
	return 0;
}

/*
 * Close and remove the temporary file, leaving the final name untouched.
 * Safe on an empty af (after a failed open, commit or abort).
 */
void
atomicfile_abort(struct atomicfile *af)
{
	if (af->fp != NULL) {
		fclose(af->fp);
		unlink(af->tmp);
	}
	atomicfile_clear(af);
}
