/* SPDX-License-Identifier: ISC */
/*
 * A persistent map from variable names to bindings, for scope.c: every
 * point of a Dockerfile has its own environment, and environments share
 * most of their bindings, so an update returns a new map and leaves the
 * old one intact (path copying in a hash trie).  A lookup costs
 * O(log n) instead of a walk of every older binding, which keeps
 * 100k ENV instructions linear.
 *
 *	const struct envmap *m = NULL;
 *	m = envmap_put(a, m, "PATH", 4, var, 0);	// new map, m unchanged
 *	var = envmap_get(m, "PATH", 4);			// NULL when absent
 *
 * A batch (gen != 0) may update the nodes it made itself in place: the
 * pairs of one ENV see the environment before the instruction, so only
 * the map after the last pair is needed, and a 100k-pair ENV costs
 * O(n) nodes instead of O(n log n).  Maps from inside a batch must not
 * be kept.  Nodes live in the caller's arena; values and names are
 * borrowed (they must outlive the map).
 */
#ifndef ENVMAP_H
#define ENVMAP_H

#include <stddef.h>

struct arena;
struct envmap;

const struct envmap	*envmap_put(struct arena *, const struct envmap *,
			    const char *, size_t, const void *, unsigned);
const void		*envmap_get(const struct envmap *, const char *,
			    size_t);
size_t			 envmap_values(const struct envmap *, const void **,
			    size_t);

#endif
