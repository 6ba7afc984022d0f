/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for the JSON-based formats: json, sarif and codeclimate, over
 * the synthetic runs of test-output-fixture.c.  json and codeclimate are
 * compared whole; SARIF is parsed back and checked field by field, with
 * exact compact forms of a rule descriptor and of two results.  Every
 * output, hostile input included, must parse as strict UTF-8 JSON.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>

#include "test-output-fixture.c"

/* FIXTURE_H_MSG as valid UTF-8: each bad byte is U+FFFD. */
#define H_MSG_CLEAN	"quote \" back \\ nul? ctl \x01\x02\x1f esc " \
			"\x1b[2J bad \xef\xbf\xbd( \xef\xbf\xbd\xef\xbf\xbd" \
			"\xef\xbf\xbd cdata ]]> amp & lt < tab\tnl\nend " \
			"\xef\xbf\xbe"
#define H_URI		"we%22ird%5C%20%3C%26%3E%27%01%1B%5B31m%FF%FE%5D" \
			"%5D%3E%0Aname%20%23%25%3F.Dockerfile"

static const char expect_json[] =
	"{\n"
	"  \"schema\": 1,\n"
	"  \"tool\": {\n"
	"    \"name\": \"dfopt\",\n"
	"    \"version\": \"1.2.3\"\n"
	"  },\n"
	"  \"exit_code\": 1,\n"
	"  \"files\": [\n"
	"    \"a.Dockerfile\",\n"
	"    \"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\",\n"
	"    \"c.Dockerfile\"\n"
	"  ],\n"
	"  \"summary\": {\n"
	"    \"files\": 3,\n"
	"    \"findings\": 7,\n"
	"    \"error\": 1,\n"
	"    \"warning\": 3,\n"
	"    \"info\": 2,\n"
	"    \"style\": 1,\n"
	"    \"fixable\": 2\n"
	"  },\n"
	"  \"findings\": [\n"
	"    {\n"
	"      \"id\": \"DF2001\",\n"
	"      \"name\": \"base-image-not-pinned\",\n"
	"      \"aliases\": [\n"
	"        \"DL3007\"\n"
	"      ],\n"
	"      \"level\": \"warning\",\n"
	"      \"message\": \"base image 'ubuntu:22.04' is not pinned "
	"by digest\",\n"
	"      \"help\": \"pin it: 'ubuntu:22.04@sha256:...'\",\n"
	"      \"file\": \"a.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 1,\n"
	"        \"column\": 6,\n"
	"        \"offset\": 5\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 1,\n"
	"        \"column\": 18,\n"
	"        \"offset\": 17\n"
	"      },\n"
	"      \"fix\": null\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF3001\",\n"
	"      \"name\": \"apt-lists-not-removed\",\n"
	"      \"aliases\": [\n"
	"        \"DL3009\",\n"
	"        \"AptLists\"\n"
	"      ],\n"
	"      \"level\": \"warning\",\n"
	"      \"message\": \"apt lists not removed after 'apt-get ins"
	"tall'\",\n"
	"      \"help\": \"add '&& rm -rf /var/lib/apt/lists/*' to thi"
	"s RUN\",\n"
	"      \"file\": \"a.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 2,\n"
	"        \"column\": 1,\n"
	"        \"offset\": 27\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 2,\n"
	"        \"column\": 46,\n"
	"        \"offset\": 72\n"
	"      },\n"
	"      \"fix\": {\n"
	"        \"applicability\": \"safe\",\n"
	"        \"edits\": [\n"
	"          {\n"
	"            \"start\": {\n"
	"              \"line\": 2,\n"
	"              \"column\": 46,\n"
	"              \"offset\": 72\n"
	"            },\n"
	"            \"end\": {\n"
	"              \"line\": 2,\n"
	"              \"column\": 46,\n"
	"              \"offset\": 72\n"
	"            },\n"
	"            \"text\": \" && rm -rf /var/lib/apt/lists/*\"\n"
	"          }\n"
	"        ]\n"
	"      }\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF7777\",\n"
	"      \"name\": null,\n"
	"      \"aliases\": [],\n"
	"      \"level\": \"info\",\n"
	"      \"message\": \"a rule the table does not know\",\n"
	"      \"help\": null,\n"
	"      \"file\": \"a.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 4,\n"
	"        \"column\": 6,\n"
	"        \"offset\": 91\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 4,\n"
	"        \"column\": 18,\n"
	"        \"offset\": 103\n"
	"      },\n"
	"      \"fix\": null\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF2005\",\n"
	"      \"name\": \"label-double-quotes\",\n"
	"      \"aliases\": [],\n"
	"      \"level\": \"style\",\n"
	"      \"message\": \"LABEL value in double quotes\",\n"
	"      \"help\": null,\n"
	"      \"file\": \"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 2,\n"
	"        \"column\": 12,\n"
	"        \"offset\": 24\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 2,\n"
	"        \"column\": 25,\n"
	"        \"offset\": 39\n"
	"      },\n"
	"      \"fix\": {\n"
	"        \"applicability\": \"unsafe\",\n"
	"        \"edits\": [\n"
	"          {\n"
	"            \"start\": {\n"
	"              \"line\": 2,\n"
	"              \"column\": 12,\n"
	"              \"offset\": 24\n"
	"            },\n"
	"            \"end\": {\n"
	"              \"line\": 2,\n"
	"              \"column\": 25,\n"
	"              \"offset\": 39\n"
	"            },\n"
	"            \"text\": \"'h\xc3\xa9llo w\xc3\xb6rld'\"\n"
	"          }\n"
	"        ]\n"
	"      }\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF3002\",\n"
	"      \"name\": \"long-run\",\n"
	"      \"aliases\": [],\n"
	"      \"level\": \"info\",\n"
	"      \"message\": \"RUN spans 2 lines\",\n"
	"      \"help\": null,\n"
	"      \"file\": \"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 3,\n"
	"        \"column\": 1,\n"
	"        \"offset\": 41\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 5,\n"
	"        \"column\": 1,\n"
	"        \"offset\": 74\n"
	"      },\n"
	"      \"fix\": null\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF1001\",\n"
	"      \"name\": \"unknown-instruction\",\n"
	"      \"aliases\": [],\n"
	"      \"level\": \"error\",\n"
	"      \"message\": \"unknown instruction 'FROOM'\",\n"
	"      \"help\": \"did you mean 'FROM'?\",\n"
	"      \"file\": \"c.Dockerfile\",\n"
	"      \"start\": {\n"
	"        \"line\": 1,\n"
	"        \"column\": 1,\n"
	"        \"offset\": 0\n"
	"      },\n"
	"      \"end\": {\n"
	"        \"line\": 1,\n"
	"        \"column\": 6,\n"
	"        \"offset\": 5\n"
	"      },\n"
	"      \"fix\": null\n"
	"    },\n"
	"    {\n"
	"      \"id\": \"DF9001\",\n"
	"      \"name\": \"config-unknown-key\",\n"
	"      \"aliases\": [],\n"
	"      \"level\": \"warning\",\n"
	"      \"message\": \"unknown key 'colour' in .dfopt.yaml\",\n"
	"      \"help\": null,\n"
	"      \"file\": null,\n"
	"      \"start\": null,\n"
	"      \"end\": null,\n"
	"      \"fix\": null\n"
	"    }\n"
	"  ]\n"
	"}\n";

static const char expect_codeclimate[] =
	"[\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF2001\",\n"
	"    \"description\": \"base image 'ubuntu:22.04' is not pinne"
	"d by digest\",\n"
	"    \"content\": {\n"
	"      \"body\": \"pin it: 'ubuntu:22.04@sha256:...'\"\n"
	"    },\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"5847c227679d7516\",\n"
	"    \"severity\": \"minor\",\n"
	"    \"location\": {\n"
	"      \"path\": \"a.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 1,\n"
	"        \"end\": 1\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF3001\",\n"
	"    \"description\": \"apt lists not removed after 'apt-get i"
	"nstall'\",\n"
	"    \"content\": {\n"
	"      \"body\": \"add '&& rm -rf /var/lib/apt/lists/*' to thi"
	"s RUN\"\n"
	"    },\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"5a0eec25e4b02bf2\",\n"
	"    \"severity\": \"minor\",\n"
	"    \"location\": {\n"
	"      \"path\": \"a.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 2,\n"
	"        \"end\": 2\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF7777\",\n"
	"    \"description\": \"a rule the table does not know\",\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"aeb7328267dc289a\",\n"
	"    \"severity\": \"info\",\n"
	"    \"location\": {\n"
	"      \"path\": \"a.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 4,\n"
	"        \"end\": 4\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF2005\",\n"
	"    \"description\": \"LABEL value in double quotes\",\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"91cd0cd760ad1efe\",\n"
	"    \"severity\": \"info\",\n"
	"    \"location\": {\n"
	"      \"path\": \"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 2,\n"
	"        \"end\": 2\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF3002\",\n"
	"    \"description\": \"RUN spans 2 lines\",\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"af1cabb8c4e73771\",\n"
	"    \"severity\": \"info\",\n"
	"    \"location\": {\n"
	"      \"path\": \"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 3,\n"
	"        \"end\": 4\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF1001\",\n"
	"    \"description\": \"unknown instruction 'FROOM'\",\n"
	"    \"content\": {\n"
	"      \"body\": \"did you mean 'FROM'?\"\n"
	"    },\n"
	"    \"categories\": [\n"
	"      \"Bug Risk\"\n"
	"    ],\n"
	"    \"fingerprint\": \"62763e68f22fb0fe\",\n"
	"    \"severity\": \"major\",\n"
	"    \"location\": {\n"
	"      \"path\": \"c.Dockerfile\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 1,\n"
	"        \"end\": 1\n"
	"      }\n"
	"    }\n"
	"  },\n"
	"  {\n"
	"    \"type\": \"issue\",\n"
	"    \"check_name\": \"DF9001\",\n"
	"    \"description\": \"unknown key 'colour' in .dfopt.yaml\","
	"\n"
	"    \"categories\": [\n"
	"      \"Style\"\n"
	"    ],\n"
	"    \"fingerprint\": \"354e638c2e8516d3\",\n"
	"    \"severity\": \"minor\",\n"
	"    \"location\": {\n"
	"      \"path\": \"dfopt\",\n"
	"      \"lines\": {\n"
	"        \"begin\": 1,\n"
	"        \"end\": 1\n"
	"      }\n"
	"    }\n"
	"  }\n"
	"]\n";

/* Parse out as strict JSON (jansson rejects invalid UTF-8). */
static json_t *
parse(const char *out)
{
	json_error_t	 err;
	json_t		*j;

	j = json_loads(out, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
	if (j == NULL)
		fail_msg("invalid JSON: %s at line %d", err.text, err.line);
	return j;
}

static json_t *
path(json_t *j, const char *p)
{
	char	*copy, *tok, *save;
	size_t	 i;

	copy = strdup(p);
	for (tok = strtok_r(copy, ".", &save); tok != NULL && j != NULL;
	    tok = strtok_r(NULL, ".", &save)) {
		if (tok[0] >= '0' && tok[0] <= '9') {
			i = strtoul(tok, NULL, 10);
			j = json_array_get(j, i);
		} else
			j = json_object_get(j, tok);
	}
	free(copy);
	if (j == NULL)
		fail_msg("no %s", p);
	return j;
}

static const char *
str(json_t *j, const char *p)
{
	json_t	*v;

	v = path(j, p);
	assert_true(json_is_string(v));
	return json_string_value(v);
}

static json_int_t
num(json_t *j, const char *p)
{
	json_t	*v;

	v = path(j, p);
	assert_true(json_is_integer(v));
	return json_integer_value(v);
}

/* Compact form of j.p, keys in document order; caller frees. */
static char *
compact(json_t *j, const char *p)
{
	return json_dumps(path(j, p), JSON_COMPACT | JSON_PRESERVE_ORDER);
}

static void
test_json(void **state)
{
	struct fixture	 f;
	char		*out;
	json_t		*j;

	fixture_init(&f);
	out = fixture_emit("json", &f.run, OUTPUT_COLOR_ALWAYS, 1,
	    "run.json");
	assert_string_equal(out, expect_json);
	j = parse(out);
	json_decref(j);
	free(out);
	fixture_release(&f);
}

static void
test_codeclimate(void **state)
{
	struct fixture	 f;
	char		*out;
	json_t		*j;

	fixture_init(&f);
	out = fixture_emit("codeclimate", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "run.codeclimate.json");
	assert_string_equal(out, expect_codeclimate);
	j = parse(out);
	assert_int_equal(json_array_size(j), 7);
	json_decref(j);
	free(out);
	fixture_release(&f);
}

static void
test_sarif(void **state)
{
	struct fixture	 f;
	char		*out, *c;
	json_t		*j, *r;
	size_t		 i;

	fixture_init(&f);
	out = fixture_emit("sarif", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "run.sarif");
	j = parse(out);
	assert_string_equal(str(j, "$schema"),
	    "https://json.schemastore.org/sarif-2.1.0.json");
	assert_string_equal(str(j, "version"), "2.1.0");
	assert_int_equal(json_array_size(path(j, "runs")), 1);
	r = path(j, "runs.0");
	assert_string_equal(str(r, "tool.driver.name"), "dfopt");
	assert_string_equal(str(r, "tool.driver.version"), "1.2.3");
	assert_string_equal(str(r, "tool.driver.informationUri"), DFOPT_URL);
	assert_string_equal(str(r, "columnKind"), "unicodeCodePoints");
	assert_string_equal(str(r, "originalUriBaseIds.%SRCROOT%.uri"),
	    "file:///src/");
	assert_true(json_is_true(path(r,
	    "invocations.0.executionSuccessful")));
	assert_int_equal(num(r, "invocations.0.exitCode"), 1);

	/* The table's six rules in order, then the unknown DF7777. */
	assert_int_equal(json_array_size(path(r, "tool.driver.rules")), 7);
	for (i = 0; i < FIXTURE_NRULES; i++)
		assert_string_equal(json_string_value(json_object_get(
		    json_array_get(path(r, "tool.driver.rules"), i), "id")),
		    fixture_rules[i].id);
	c = compact(r, "tool.driver.rules.3");
	assert_string_equal(c, "{\"id\":\"DF3001\","
	    "\"name\":\"apt-lists-not-removed\","
	    "\"shortDescription\":{\"text\":\"apt lists left in the layer\"},"
	    "\"fullDescription\":{\"text\":\"Flags `apt-get install` without "
	    "removing\\n/var/lib/apt/lists.\"},"
	    "\"help\":{\"text\":\"# DF3001 apt-lists-not-removed: apt lists "
	    "left in the layer\\n\\n## What it does\\n\\nFlags `apt-get "
	    "install` without removing\\n/var/lib/apt/lists.\\n\\n## Why is "
	    "this bad?\\n\\nSize.\\n\",\"markdown\":\"# DF3001 "
	    "apt-lists-not-removed: apt lists left in the layer\\n\\n## What "
	    "it does\\n\\nFlags `apt-get install` without removing\\n"
	    "/var/lib/apt/lists.\\n\\n## Why is this bad?\\n\\nSize.\\n\"},"
	    "\"helpUri\":\"https://github.com/dfopt/dfopt/blob/main/rules/"
	    "DF3001.md\","
	    "\"defaultConfiguration\":{\"level\":\"warning\"},"
	    "\"properties\":{\"aliases\":[\"DL3009\",\"AptLists\"],"
	    "\"tags\":[\"dockerfile\"]}}");
	free(c);
	/* Off by default, style -> note; unknown id: id only. */
	c = compact(r, "tool.driver.rules.2.defaultConfiguration");
	assert_string_equal(c, "{\"enabled\":false,\"level\":\"note\"}");
	free(c);
	c = compact(r, "tool.driver.rules.6");
	assert_string_equal(c, "{\"id\":\"DF7777\"}");
	free(c);

	/* Results in report order; ruleIndex points at the rule. */
	assert_int_equal(json_array_size(path(r, "results")), 7);
	for (i = 0; i < 7; i++) {
		json_t	*res = json_array_get(path(r, "results"), i);
		json_int_t k = json_integer_value(json_object_get(res,
		    "ruleIndex"));
		assert_string_equal(json_string_value(json_object_get(res,
		    "ruleId")), json_string_value(json_object_get(
		    json_array_get(path(r, "tool.driver.rules"), k), "id")));
	}
	c = compact(r, "results.1");
	assert_string_equal(c, "{\"ruleId\":\"DF3001\",\"ruleIndex\":3,"
	    "\"level\":\"warning\",\"message\":{\"text\":\"apt lists not "
	    "removed after 'apt-get install'\"},\"locations\":[{"
	    "\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
	    "\"a.Dockerfile\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{"
	    "\"startLine\":2,\"startColumn\":1,\"endLine\":2,\"endColumn\":46,"
	    "\"byteOffset\":27,\"byteLength\":45,\"snippet\":{\"text\":\"RUN "
	    "apt-get update && apt-get install -y curl\"}},\"contextRegion\":{"
	    "\"startLine\":2,\"endLine\":2,\"snippet\":{\"text\":\"RUN apt-get "
	    "update && apt-get install -y curl\"}}}}],"
	    "\"partialFingerprints\":{\"dfoptFingerprint/v2\":"
	    "\"5a0eec25e4b02bf2\"},\"fixes\":[{\"description\":{\"text\":"
	    "\"add '&& rm -rf /var/lib/apt/lists/*' to this RUN\"},"
	    "\"artifactChanges\":[{\"artifactLocation\":{\"uri\":"
	    "\"a.Dockerfile\",\"uriBaseId\":\"%SRCROOT%\"},\"replacements\":[{"
	    "\"deletedRegion\":{\"startLine\":2,\"startColumn\":46,"
	    "\"endLine\":2,\"endColumn\":46,\"byteOffset\":72,"
	    "\"byteLength\":0},\"insertedContent\":{\"text\":\" && rm -rf "
	    "/var/lib/apt/lists/*\"}}]}],\"properties\":{\"applicability\":"
	    "\"safe\"}}],\"properties\":{\"help\":\"add '&& rm -rf "
	    "/var/lib/apt/lists/*' to this RUN\"}}");
	free(c);
	/* CRLF, non-ASCII name and columns, a span ending in "\r\n". */
	c = compact(r, "results.4");
	assert_string_equal(c, "{\"ruleId\":\"DF3002\",\"ruleIndex\":4,"
	    "\"level\":\"note\",\"message\":{\"text\":\"RUN spans 2 lines\"},"
	    "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{"
	    "\"uri\":\"dir/%C3%BCn%C3%AF%20code.Dockerfile\",\"uriBaseId\":"
	    "\"%SRCROOT%\"},\"region\":{\"startLine\":3,\"startColumn\":1,"
	    "\"endLine\":4,\"endColumn\":12,\"byteOffset\":41,"
	    "\"byteLength\":33,\"snippet\":{\"text\":\"RUN echo "
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \\\\\\r\\n  && true\\r\\n"
	    "\"}},"
	    "\"contextRegion\":{\"startLine\":3,\"endLine\":4,\"snippet\":{"
	    "\"text\":\"RUN echo \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e "
	    "\\\\\\r\\n"
	    "  && true\"}}}}],\"partialFingerprints\":{"
	    "\"dfoptFingerprint/v2\":\"af1cabb8c4e73771\"}}");
	free(c);
	/* Style is note; the unsafe fix says so; LABEL columns. */
	assert_string_equal(str(r, "results.3.level"), "note");
	assert_int_equal(num(r,
	    "results.3.locations.0.physicalLocation.region.startColumn"), 12);
	assert_int_equal(num(r,
	    "results.3.locations.0.physicalLocation.region.endColumn"), 25);
	assert_string_equal(str(r, "results.3.fixes.0.properties."
	    "applicability"), "unsafe");
	/* The syntax error is a result like any other. */
	assert_string_equal(str(r, "results.5.ruleId"), "DF1001");
	assert_string_equal(str(r, "results.5.level"), "error");
	/* The finding without a file: no location. */
	assert_string_equal(str(r, "results.6.ruleId"), "DF9001");
	assert_int_equal(json_array_size(path(r, "results.6.locations")), 0);

	json_decref(j);
	free(out);
	fixture_release(&f);
}

/* Absolute names: relative to %SRCROOT% when under it, else file: URIs. */
static void
test_sarif_paths(void **state)
{
	struct source		*a, *b;
	const struct source	*files[2];
	struct diags		 d;
	struct output_run	 run;
	struct span		 sp = { 0, 4 };
	char			*out;
	json_t			*j;

	a = source_from_mem("/src/sub/Dockerfile", "FROM x\n", 7);
	b = source_from_mem("/elsewhere/x y/Dockerfile", "FROM x\n", 7);
	files[0] = a;
	files[1] = b;
	diags_init(&d);
	diag_add(&d, a, "DF1001", SEV_ERROR, sp, "a");
	diag_add(&d, b, "DF1001", SEV_ERROR, sp, "b");
	diags_sort(&d);
	memset(&run, 0, sizeof(run));
	run.files = files;
	run.nfiles = 2;
	run.diags = &d;
	run.exit_code = DFOPT_EXIT_SYSTEM;
	run.srcroot = "/src/";
	out = fixture_emit("sarif", &run, OUTPUT_COLOR_NEVER, 0,
	    "paths.sarif");
	j = parse(out);
	assert_string_equal(str(j, "runs.0.results.0.locations.0."
	    "physicalLocation.artifactLocation.uri"), "sub/Dockerfile");
	assert_string_equal(str(j, "runs.0.results.0.locations.0."
	    "physicalLocation.artifactLocation.uriBaseId"), "%SRCROOT%");
	assert_string_equal(str(j, "runs.0.results.1.locations.0."
	    "physicalLocation.artifactLocation.uri"),
	    "file:///elsewhere/x%20y/Dockerfile");
	assert_null(json_object_get(path(j, "runs.0.results.1.locations.0."
	    "physicalLocation.artifactLocation"), "uriBaseId"));
	/* Exit status 3: the run did not complete. */
	assert_true(json_is_false(path(j,
	    "runs.0.invocations.0.executionSuccessful")));
	assert_int_equal(num(j, "runs.0.invocations.0.exitCode"), 3);
	assert_int_equal(PACKAGE_VERSION[0] != '\0', 1);
	assert_string_equal(str(j, "runs.0.tool.driver.version"),
	    PACKAGE_VERSION);
	json_decref(j);
	free(out);
	diags_release(&d);
	source_free(a);
	source_free(b);
}

static void
test_empty(void **state)
{
	struct fixture	 f;
	struct diags	 none;
	char		*out;
	json_t		*j;

	fixture_init(&f);
	diags_init(&none);
	f.run.diags = &none;
	f.run.exit_code = DFOPT_EXIT_OK;
	out = fixture_emit("codeclimate", &f.run, OUTPUT_COLOR_NEVER, 0, NULL);
	assert_string_equal(out, "[]\n");
	free(out);
	out = fixture_emit("sarif", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "empty.sarif");
	j = parse(out);
	assert_int_equal(json_array_size(path(j, "runs.0.results")), 0);
	assert_int_equal(json_array_size(path(j,
	    "runs.0.tool.driver.rules")), FIXTURE_NRULES);
	assert_int_equal(num(j, "runs.0.invocations.0.exitCode"), 0);
	json_decref(j);
	free(out);
	out = fixture_emit("json", &f.run, OUTPUT_COLOR_NEVER, 0, NULL);
	j = parse(out);
	assert_int_equal(json_array_size(path(j, "findings")), 0);
	assert_int_equal(num(j, "summary.findings"), 0);
	assert_int_equal(num(j, "summary.files"), 0);
	assert_int_equal(json_array_size(path(j, "files")), 3);
	json_decref(j);
	free(out);
	fixture_release(&f);
}

/* Hostile names, messages, ids and sources: still valid JSON. */
static void
test_hostile(void **state)
{
	struct fixture	 f;
	char		*out;
	json_t		*j, *r;
	const char	*s;

	fixture_hostile(&f);

	out = fixture_emit("json", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "hostile.json");
	j = parse(out);
	assert_string_equal(str(j, "findings.0.message"), H_MSG_CLEAN);
	assert_string_equal(str(j, "findings.0.help"), H_MSG_CLEAN);
	assert_string_equal(str(j, "findings.0.fix.edits.0.text"),
	    H_MSG_CLEAN);
	assert_string_equal(str(j, "findings.0.file"),
	    "we\"ird\\ <&>'\x01\x1b[31m\xef\xbf\xbd\xef\xbf\xbd]]>\nname "
	    "#%?.Dockerfile");
	assert_string_equal(str(j, "findings.2.id"), H_MSG_CLEAN);
	assert_int_equal(num(j, "findings.1.end.column"), 100005);
	json_decref(j);
	free(out);

	out = fixture_emit("sarif", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "hostile.sarif");
	j = parse(out);
	r = path(j, "runs.0");
	assert_string_equal(str(r, "results.0.message.text"), H_MSG_CLEAN);
	assert_string_equal(str(r, "results.0.locations.0.physicalLocation."
	    "artifactLocation.uri"), H_URI);
	/* The NUL in the source survives as \u0000 in the snippet. */
	s = json_string_value(path(r, "results.0.locations.0."
	    "physicalLocation.region.snippet.text"));
	assert_memory_equal(s, "RUN a\0b \x1b[1m \xef\xbf\xbd ]]>", 20);
	assert_int_equal(json_string_length(path(r, "results.0.locations.0."
	    "physicalLocation.region.snippet.text")), 20);
	assert_int_equal(num(r, "results.1.locations.0.physicalLocation."
	    "region.endColumn"), 100005);
	/* An unknown, hostile rule id still gets a descriptor. */
	assert_string_equal(str(r, "tool.driver.rules.6.id"), H_MSG_CLEAN);
	assert_int_equal(num(r, "results.2.ruleIndex"), 6);
	json_decref(j);
	free(out);

	out = fixture_emit("codeclimate", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "hostile.codeclimate.json");
	j = parse(out);
	assert_string_equal(str(j, "0.description"), H_MSG_CLEAN);
	assert_string_equal(str(j, "0.content.body"), H_MSG_CLEAN);
	assert_int_equal(num(j, "2.location.lines.begin"), 3);
	json_decref(j);
	free(out);
	fixture_release(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_codeclimate),
		cmocka_unit_test(test_sarif),
		cmocka_unit_test(test_sarif_paths),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_hostile),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
