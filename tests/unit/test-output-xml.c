/* SPDX-License-Identifier: ISC */
/*
 * Unit tests for the XML formats, checkstyle and junit: exact output for
 * the synthetic run, and for hostile input a document that libxml2 parses
 * strictly (no recovery) with every attribute and text reading back as
 * the cleaned string.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "test-output-fixture.c"

/* FIXTURE_H_MSG as XML allows it: bad bytes, C0 and U+FFFE are U+FFFD. */
#define FFFD		"\xef\xbf\xbd"
#define H_MSG_XML	"quote \" back \\ nul? ctl " FFFD FFFD FFFD " esc " \
			FFFD "[2J bad " FFFD "( " FFFD FFFD FFFD " cdata ]]> " \
			"amp & lt < tab\tnl\nend " FFFD
#define H_NAME_XML	"we\"ird\\ <&>'" FFFD FFFD "[31m" FFFD FFFD "]]>\n" \
			"name #%?.Dockerfile"

static const char expect_checkstyle[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<checkstyle version=\"4.3\">\n"
	"  <file name=\"a.Dockerfile\">\n"
	"    <error line=\"1\" column=\"6\" severity=\"warning\" messa"
	"ge=\"base image 'ubuntu:22.04' is not pinned by digest\" sour"
	"ce=\"DF2001\"/>\n"
	"    <error line=\"2\" column=\"1\" severity=\"warning\" messa"
	"ge=\"apt lists not removed after 'apt-get install'\" source=\""
	"DF3001\"/>\n"
	"    <error line=\"4\" column=\"6\" severity=\"info\" message="
	"\"a rule the table does not know\" source=\"DF7777\"/>\n"
	"  </file>\n"
	"  <file name=\"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\">\n"
	"    <error line=\"2\" column=\"12\" severity=\"info\" message"
	"=\"LABEL value in double quotes\" source=\"DF2005\"/>\n"
	"    <error line=\"3\" column=\"1\" severity=\"info\" message="
	"\"RUN spans 2 lines\" source=\"DF3002\"/>\n"
	"  </file>\n"
	"  <file name=\"c.Dockerfile\">\n"
	"    <error line=\"1\" column=\"1\" severity=\"error\" message"
	"=\"unknown instruction 'FROOM'\" source=\"DF1001\"/>\n"
	"  </file>\n"
	"  <file name=\"dfopt\">\n"
	"    <error severity=\"warning\" message=\"unknown key 'colour"
	"' in .dfopt.yaml\" source=\"DF9001\"/>\n"
	"  </file>\n"
	"</checkstyle>\n";

static const char expect_junit[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<testsuites name=\"dfopt\" tests=\"7\" failures=\"7\" errors="
	"\"0\">\n"
	"  <testsuite name=\"a.Dockerfile\" tests=\"3\" failures=\"3\""
	" errors=\"0\" skipped=\"0\">\n"
	"    <testcase name=\"DF2001 at 1:6\" classname=\"a.Dockerfile"
	"\">\n"
	"      <failure message=\"base image 'ubuntu:22.04' is not pin"
	"ned by digest\" type=\"warning\">a.Dockerfile:1:6: warning: b"
	"ase image 'ubuntu:22.04' is not pinned by digest [DF2001]\n"
	"help: pin it: 'ubuntu:22.04@sha256:...'</failure>\n"
	"    </testcase>\n"
	"    <testcase name=\"DF3001 at 2:1\" classname=\"a.Dockerfile"
	"\">\n"
	"      <failure message=\"apt lists not removed after 'apt-get"
	" install'\" type=\"warning\">a.Dockerfile:2:1: warning: apt l"
	"ists not removed after 'apt-get install' [DF3001]\n"
	"help: add '&amp;&amp; rm -rf /var/lib/apt/lists/*' to this RU"
	"N</failure>\n"
	"    </testcase>\n"
	"    <testcase name=\"DF7777 at 4:6\" classname=\"a.Dockerfile"
	"\">\n"
	"      <failure message=\"a rule the table does not know\" typ"
	"e=\"info\">a.Dockerfile:4:6: info: a rule the table does not "
	"know [DF7777]</failure>\n"
	"    </testcase>\n"
	"  </testsuite>\n"
	"  <testsuite name=\"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\" t"
	"ests=\"2\" failures=\"2\" errors=\"0\" skipped=\"0\">\n"
	"    <testcase name=\"DF2005 at 2:12\" classname=\"dir/\xc3\xbc"
	"n\xc3\xaf code.Dockerfile\">\n"
	"      <failure message=\"LABEL value in double quotes\" type="
	"\"style\">dir/\xc3\xbcn\xc3\xaf code.Dockerfile:2:12: style: "
	"LABEL value in double quotes [DF2005]</failure>\n"
	"    </testcase>\n"
	"    <testcase name=\"DF3002 at 3:1\" classname=\"dir/\xc3\xbc"
	"n\xc3\xaf code.Dockerfile\">\n"
	"      <failure message=\"RUN spans 2 lines\" type=\"info\">di"
	"r/\xc3\xbcn\xc3\xaf code.Dockerfile:3:1: info: RUN spans 2 li"
	"nes [DF3002]</failure>\n"
	"    </testcase>\n"
	"  </testsuite>\n"
	"  <testsuite name=\"c.Dockerfile\" tests=\"1\" failures=\"1\""
	" errors=\"0\" skipped=\"0\">\n"
	"    <testcase name=\"DF1001 at 1:1\" classname=\"c.Dockerfile"
	"\">\n"
	"      <failure message=\"unknown instruction 'FROOM'\" type=\""
	"error\">c.Dockerfile:1:1: error: unknown instruction 'FROOM' "
	"[DF1001]\n"
	"help: did you mean 'FROM'?</failure>\n"
	"    </testcase>\n"
	"  </testsuite>\n"
	"  <testsuite name=\"dfopt\" tests=\"1\" failures=\"1\" errors"
	"=\"0\" skipped=\"0\">\n"
	"    <testcase name=\"DF9001\" classname=\"dfopt\">\n"
	"      <failure message=\"unknown key 'colour' in .dfopt.yaml\""
	" type=\"warning\">dfopt: warning: unknown key 'colour' in .df"
	"opt.yaml [DF9001]</failure>\n"
	"    </testcase>\n"
	"  </testsuite>\n"
	"</testsuites>\n";

/* Parse strictly: any well-formedness error fails the test. */
static xmlDocPtr
parse(const char *out)
{
	xmlDocPtr	doc;

	doc = xmlReadMemory(out, (int)strlen(out), "out.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL)
		fail_msg("not well-formed XML");
	return doc;
}

/* The first element child of n called name. */
static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			return n;
	fail_msg("no <%s>", name);
	return NULL;
}

static size_t
count(xmlNodePtr n, const char *name)
{
	size_t	k;

	k = 0;
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			k++;
	return k;
}

static void
assert_attr(xmlNodePtr n, const char *name, const char *want)
{
	xmlChar	*v;

	v = xmlGetProp(n, (const xmlChar *)name);
	assert_non_null(v);
	assert_string_equal((const char *)v, want);
	xmlFree(v);
}

static void
test_checkstyle(void **state)
{
	struct fixture	 f;
	char		*out;
	xmlDocPtr	 doc;
	xmlNodePtr	 root;

	fixture_init(&f);
	out = fixture_emit("checkstyle", &f.run, OUTPUT_COLOR_ALWAYS, 1,
	    "run.checkstyle.xml");
	assert_string_equal(out, expect_checkstyle);
	doc = parse(out);
	root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "checkstyle");
	assert_int_equal(count(root, "file"), 4);
	xmlFreeDoc(doc);
	free(out);
	fixture_release(&f);
}

static void
test_junit(void **state)
{
	struct fixture	 f;
	char		*out;
	xmlDocPtr	 doc;
	xmlNodePtr	 root;

	fixture_init(&f);
	out = fixture_emit("junit", &f.run, OUTPUT_COLOR_ALWAYS, 1,
	    "run.junit.xml");
	assert_string_equal(out, expect_junit);
	doc = parse(out);
	root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "testsuites");
	assert_int_equal(count(root, "testsuite"), 4);
	xmlFreeDoc(doc);
	free(out);
	fixture_release(&f);
}

/* Files without findings: listed, and a passing JUnit testcase each. */
static void
test_empty(void **state)
{
	struct fixture	 f;
	struct diags	 none;
	char		*out;

	fixture_init(&f);
	diags_init(&none);
	f.run.diags = &none;
	f.run.nfiles = 2;
	out = fixture_emit("checkstyle", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "empty.checkstyle.xml");
	assert_string_equal(out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<checkstyle version=\"4.3\">\n"
	    "  <file name=\"a.Dockerfile\"/>\n"
	    "  <file name=\"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\"/>\n"
	    "</checkstyle>\n");
	free(out);
	out = fixture_emit("junit", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "empty.junit.xml");
	assert_string_equal(out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"dfopt\" tests=\"2\" failures=\"0\" "
	    "errors=\"0\">\n"
	    "  <testsuite name=\"a.Dockerfile\" tests=\"1\" failures=\"0\" "
	    "errors=\"0\" skipped=\"0\">\n"
	    "    <testcase name=\"dfopt check\" classname=\"a.Dockerfile\"/>\n"
	    "  </testsuite>\n"
	    "  <testsuite name=\"dir/\xc3\xbcn\xc3\xaf code.Dockerfile\" "
	    "tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
	    "    <testcase name=\"dfopt check\" classname=\"dir/\xc3\xbcn"
	    "\xc3\xaf code.Dockerfile\"/>\n"
	    "  </testsuite>\n"
	    "</testsuites>\n");
	free(out);
	fixture_release(&f);
}

static void
test_hostile(void **state)
{
	struct fixture	 f;
	char		*out;
	xmlDocPtr	 doc;
	xmlNodePtr	 root, n;
	xmlChar		*text;

	fixture_hostile(&f);

	out = fixture_emit("checkstyle", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "hostile.checkstyle.xml");
	assert_null(strstr(out, "&#1;"));
	assert_null(strchr(out, '\x01'));
	assert_null(strchr(out, '\x1b'));
	doc = parse(out);
	root = xmlDocGetRootElement(doc);
	n = child(root, "file");
	assert_attr(n, "name", H_NAME_XML);
	assert_int_equal(count(n, "error"), 3);
	n = child(n, "error");
	assert_attr(n, "message", H_MSG_XML);
	assert_attr(n, "severity", "error");
	assert_attr(n, "line", "2");
	xmlFreeDoc(doc);
	free(out);

	out = fixture_emit("junit", &f.run, OUTPUT_COLOR_NEVER, 0,
	    "hostile.junit.xml");
	assert_null(strchr(out, '\x01'));
	assert_null(strchr(out, '\x1b'));
	doc = parse(out);
	root = xmlDocGetRootElement(doc);
	assert_attr(root, "tests", "3");
	assert_attr(root, "failures", "3");
	n = child(child(child(root, "testsuite"), "testcase"), "failure");
	assert_attr(n, "message", H_MSG_XML);
	assert_attr(n, "type", "error");
	/* The body is the text line, escaped for the terminal, and help. */
	text = xmlNodeGetContent(n);
	assert_non_null(strstr((const char *)text, ".Dockerfile:2:1: error: "
	    "quote \" back \\ nul? ctl \\x01\\x02\\x1f esc \\x1b[2J bad "
	    "\\xc3( \\xed\\xa0\\x80 cdata ]]> amp & lt < tab\\x09nl\\x0aend "
	    "\xef\xbf\xbd [DF3001]\nhelp: " H_MSG_XML));
	xmlFree(text);
	xmlFreeDoc(doc);
	free(out);
	fixture_release(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checkstyle),
		cmocka_unit_test(test_junit),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_hostile),
	};
	int	rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	return rc;
}
