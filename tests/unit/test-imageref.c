/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for imageref.c: normalisation as distribution/reference's
 * ParseNormalizedNamed + TagNameOnly does it, and the refusals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dfopt.h"
#include "arena.h"
#include "imageref.h"

#define HEX64 \
	"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

struct good {
	const char	*in;
	const char	*name;
	const char	*domain;
	const char	*path;
	const char	*tag;		/* NULL: none written */
	const char	*digest;
	const char	*familiar;
};

static const struct good goods[] = {
	{ "alpine", "docker.io/library/alpine:latest", "docker.io",
	    "library/alpine", NULL, NULL, "alpine:latest" },
	{ "alpine:3.19", "docker.io/library/alpine:3.19", "docker.io",
	    "library/alpine", "3.19", NULL, "alpine:3.19" },
	{ "nginx:latest", "docker.io/library/nginx:latest", "docker.io",
	    "library/nginx", "latest", NULL, "nginx:latest" },
	{ "golang:1.20-alpine", "docker.io/library/golang:1.20-alpine",
	    "docker.io", "library/golang", "1.20-alpine", NULL,
	    "golang:1.20-alpine" },
	{ "bitnami/redis:7", "docker.io/bitnami/redis:7", "docker.io",
	    "bitnami/redis", "7", NULL, "bitnami/redis:7" },
	{ "docker.io/library/debian", "docker.io/library/debian:latest",
	    "docker.io", "library/debian", NULL, NULL, "debian:latest" },
	{ "index.docker.io/ubuntu:22.04", "docker.io/library/ubuntu:22.04",
	    "docker.io", "library/ubuntu", "22.04", NULL, "ubuntu:22.04" },
	{ "docker.io/foo", "docker.io/library/foo:latest", "docker.io",
	    "library/foo", NULL, NULL, "foo:latest" },
	{ "ghcr.io/owner/repo:v1", "ghcr.io/owner/repo:v1", "ghcr.io",
	    "owner/repo", "v1", NULL, "ghcr.io/owner/repo:v1" },
	{ "localhost/app", "localhost/app:latest", "localhost", "app", NULL,
	    NULL, "localhost/app:latest" },
	{ "localhost:5000/team/app:dev", "localhost:5000/team/app:dev",
	    "localhost:5000", "team/app", "dev", NULL,
	    "localhost:5000/team/app:dev" },
	{ "registry:5000/app", "registry:5000/app:latest", "registry:5000",
	    "app", NULL, NULL, "registry:5000/app:latest" },
	/* an upper-case first component is a registry */
	{ "Registry/app", "Registry/app:latest", "Registry", "app", NULL,
	    NULL, "Registry/app:latest" },
	{ "[::1]:5000/app", "[::1]:5000/app:latest", "[::1]:5000", "app",
	    NULL, NULL, "[::1]:5000/app:latest" },
	{ "a/b/c/d", "docker.io/a/b/c/d:latest", "docker.io", "a/b/c/d",
	    NULL, NULL, "a/b/c/d:latest" },
	{ "my_org/my__app/x-y--z.w", "docker.io/my_org/my__app/x-y--z.w:latest",
	    "docker.io", "my_org/my__app/x-y--z.w", NULL, NULL,
	    "my_org/my__app/x-y--z.w:latest" },
	{ "alpine@sha256:" HEX64, "docker.io/library/alpine@sha256:" HEX64,
	    "docker.io", "library/alpine", NULL, "sha256:" HEX64,
	    "alpine@sha256:" HEX64 },
	{ "alpine:3@sha256:" HEX64, "docker.io/library/alpine:3@sha256:" HEX64,
	    "docker.io", "library/alpine", "3", "sha256:" HEX64,
	    "alpine:3@sha256:" HEX64 },
	{ "busybox:_tag.X-1", "docker.io/library/busybox:_tag.X-1",
	    "docker.io", "library/busybox", "_tag.X-1", NULL,
	    "busybox:_tag.X-1" },
};

static const char *const bads[] = {
	"",
	"Alpine",			/* repository must be lower-case */
	"library/Alpine",
	"alpine:",			/* empty tag */
	"alpine:-x",			/* tag starts with '-' */
	"alpine:a:b",
	":3",
	"/alpine",
	"alpine/",
	"a//b",
	"-alpine",
	"alpine-",
	"al..pine",
	"a___b",
	"alp ine",
	"reg:port/app",			/* port must be digits */
	"host-/app",			/* registry component ends in '-' */
	"alpine@sha256:abc",		/* too short */
	"alpine@sha256:" HEX64 "00",	/* wrong length for sha256 */
	"alpine@md5:" HEX64,		/* unsupported algorithm */
	"alpine@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef"
	    "0123456789abcdef",		/* upper-case hex */
	"alpine@",
	HEX64,				/* an image id, not a name */
	"$VERSION",
	"alpine:" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaa",		/* tag of 130 characters */
};

static void
test_good(void **state)
{
	struct arena	*a;
	struct imageref	 r;
	const char	*why;
	size_t		 i;

	(void)state;
	a = arena_new();
	for (i = 0; i < sizeof(goods) / sizeof(goods[0]); i++) {
		why = "unset";
		if (imageref_parse(&r, a, goods[i].in, &why) != 0)
			fail_msg("'%s' refused: %s", goods[i].in, why);
		assert_null(why);
		assert_string_equal(r.name, goods[i].name);
		assert_string_equal(r.domain, goods[i].domain);
		assert_string_equal(r.path, goods[i].path);
		if (goods[i].tag == NULL)
			assert_null(r.tag);
		else
			assert_string_equal(r.tag, goods[i].tag);
		if (goods[i].digest == NULL)
			assert_null(r.digest);
		else
			assert_string_equal(r.digest, goods[i].digest);
		assert_string_equal(r.familiar, goods[i].familiar);
		assert_int_equal(r.implicit_tag,
		    goods[i].tag == NULL && goods[i].digest == NULL);
	}
	arena_free(a);
}

static void
test_bad(void **state)
{
	struct arena	*a;
	struct imageref	 r;
	const char	*why;
	size_t		 i;

	(void)state;
	a = arena_new();
	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		why = NULL;
		if (imageref_parse(&r, a, bads[i], &why) != -1)
			fail_msg("'%s' accepted as '%s'", bads[i], r.name);
		assert_non_null(why);
		assert_null(r.name);
	}
	arena_free(a);
}

static void
test_messages(void **state)
{
	struct arena	*a;
	struct imageref	 r;
	const char	*why;

	(void)state;
	a = arena_new();
	assert_int_equal(imageref_parse(&r, a, "Alpine:3", &why), -1);
	assert_string_equal(why, "repository name 'library/Alpine' must be "
	    "lower-case");
	assert_int_equal(imageref_parse(&r, a, "alpine:-1", &why), -1);
	assert_string_equal(why, "invalid tag '-1'");
	assert_int_equal(imageref_parse(&r, a, "alpine@md5:" HEX64, &why),
	    -1);
	assert_string_equal(why, "unsupported digest algorithm 'md5'");
	assert_int_equal(imageref_parse(&r, a, "", &why), -1);
	assert_string_equal(why, "repository name must have at least one "
	    "component");
	arena_free(a);
}

static void
test_long_name(void **state)
{
	struct arena	*a;
	struct imageref	 r;
	const char	*why;
	char		 buf[300];

	(void)state;
	a = arena_new();
	/* docker.io/ + 245 = 255 bytes: the limit */
	memset(buf, 'a', 245);
	buf[245] = '\0';
	memcpy(buf, "x/", 2);
	assert_int_equal(imageref_parse(&r, a, buf, &why), 0);
	buf[245] = 'a';
	buf[246] = '\0';
	assert_int_equal(imageref_parse(&r, a, buf, &why), -1);
	assert_string_equal(why, "repository name must not be more than 255 "
	    "characters");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_long_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
