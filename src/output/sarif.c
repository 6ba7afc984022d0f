/* SPDX-License-Identifier: ISC */
/*
 * The `sarif` format: SARIF 2.1.0 (OASIS), one run, for GitHub code
 * scanning, the VS Code SARIF viewer and other SARIF consumers.
 *
 *  - tool.driver.rules[] holds every rule in the rule table (id, name,
 *    short and full description, help text and helpUri to the rule doc,
 *    defaultConfiguration.level, aliases under properties), then any id a
 *    finding uses that the table lacks, so every result has a ruleIndex;
 *  - each result has ruleId, ruleIndex, level (error, warning, note for
 *    info and style, none), the message, one location whose artifactLocation
 *    uri is percent-encoded and relative to %SRCROOT% (declared in
 *    originalUriBaseIds as a file: URI), a region with real start/end line
 *    and column (columnKind unicodeCodePoints, endColumn exclusive), byte
 *    offset and length, the span as snippet and the whole lines as
 *    contextRegion (each left out beyond SARIF_SNIPPET_MAX bytes, so that
 *    a thousand findings on a 1 MB line do not copy it a thousand times);
 *    a partialFingerprint that survives line moves; fixes[]
 *    with artifactChanges/replacements when the finding has edits;
 *  - invocations[0] says whether dfopt ran to completion (exit status 0 or
 *    1) and its exit code.
 *
 * Syntax errors are findings like any other, so they are results too.
 * Output is deterministic: no timestamps, GUIDs or machine names; only the
 * %SRCROOT% URI depends on where dfopt ran.  tests/output-validate.sh
 * checks the output against the vendored schema.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "dfopt.h"
#include "diag.h"
#include "source.h"
#include "xmalloc.h"
#include "output/jsonw.h"
#include "output/output.h"
#include "rules/rules.h"

#define SARIF_SCHEMA	"https://json.schemastore.org/sarif-2.1.0.json"
#define SARIF_SRCROOT	"%SRCROOT%"
#define SARIF_FP_KEY	"dfoptFingerprint/v2"
#define SARIF_SNIPPET_MAX	4096

/* The driver's rules: the table, then ids only findings know. */
struct sarif_rules {
	const char	**id;
	const struct rule_entry **entry;	/* NULL for an unknown id */
	size_t		  n;
};

struct sarif_ctx {
	const struct output_run	*run;
	struct sarif_rules	 rules;
	char			*root;		/* srcroot or cwd, or NULL */
};

static int	sarif_emit(FILE *, const struct output_run *,
		    const struct output_opts *);

const struct output_entry output_sarif_entry = {
	.name = "sarif",
	.summary = "SARIF 2.1.0 for GitHub code scanning and SARIF viewers",
	.emit = sarif_emit
};

static const char *
sarif_level(enum severity level)
{
	switch (level) {
	case SEV_ERROR:
		return "error";
	case SEV_WARNING:
		return "warning";
	case SEV_INFO:
	case SEV_STYLE:
		return "note";
	default:
		return "none";
	}
}

static void
sarif_rules_add(struct sarif_rules *r, const char *id,
    const struct rule_entry *e)
{
	r->id = xreallocarray(r->id, r->n + 1, sizeof(*r->id));
	r->entry = xreallocarray(r->entry, r->n + 1, sizeof(*r->entry));
	r->id[r->n] = id;
	r->entry[r->n] = e;
	r->n++;
}

/* Index of a finding's rule in the driver's rules, or -1 for no rule. */
static long
sarif_rule_index(const struct sarif_rules *r, const struct diag *dg)
{
	const struct rule_entry	*e;
	size_t			 i;

	if (dg->rule == NULL)
		return -1;
	if ((e = output_rule(dg)) != NULL) {
		for (i = 0; i < r->n; i++)
			if (r->entry[i] == e)
				return (long)i;
	}
	for (i = 0; i < r->n; i++)
		if (r->entry[i] == NULL && strcmp(r->id[i], dg->rule) == 0)
			return (long)i;
	return -1;
}

static void
sarif_rules_build(struct sarif_rules *r, const struct output_run *run)
{
	const struct diag	*dg;
	size_t			 i, n;

	memset(r, 0, sizeof(*r));
	n = rules_count();
	for (i = 0; i < n; i++)
		sarif_rules_add(r, rules_at(i)->id, rules_at(i));
	for (i = 0; run->diags != NULL && i < run->diags->n; i++) {
		dg = &run->diags->v[i];
		if (dg->rule != NULL && sarif_rule_index(r, dg) == -1)
			sarif_rules_add(r, dg->rule, output_rule(dg));
	}
}

static void
sarif_rules_release(struct sarif_rules *r)
{
	free(r->id);
	free(r->entry);
	memset(r, 0, sizeof(*r));
}

static json_t *
sarif_text(const char *s)
{
	json_t	*o;

	o = json_object();
	json_object_set_new(o, "text", jsonw_str(s));
	return o;
}

/* The Markdown doc without its front matter ("---\n...\n---\n"). */
static const char *
sarif_doc_body(const char *doc)
{
	const char	*end;

	if (strncmp(doc, "---\n", 4) != 0)
		return doc;
	if ((end = strstr(doc + 4, "\n---\n")) == NULL)
		return doc;
	end += 5;
	while (*end == '\n')
		end++;
	return end;
}

/*
 * The first paragraph of the doc's "## What it does" section, or NULL.
 * The caller frees the result.
 */
static char *
sarif_doc_what(const char *doc)
{
	const char	*p, *e;

	if ((p = strstr(doc, "## What it does\n")) == NULL)
		return NULL;
	p += strlen("## What it does\n");
	while (*p == '\n')
		p++;
	if ((e = strstr(p, "\n\n")) == NULL)
		e = p + strlen(p);
	while (e > p && e[-1] == '\n')
		e--;
	if (e == p)
		return NULL;
	return xstrndup(p, e - p);
}

static json_t *
sarif_rule(const char *id, const struct rule_entry *e)
{
	json_t		*o, *conf, *props, *aliases, *help;
	const char	*doc, *uri, *body;
	char		*what;
	size_t		 i;

	o = json_object();
	json_object_set_new(o, "id", jsonw_str(id));
	if (e == NULL)
		return o;
	doc = rules_doc(e);
	uri = rules_help_uri(e);
	json_object_set_new(o, "name", jsonw_str(e->name));
	json_object_set_new(o, "shortDescription", sarif_text(e->summary));
	what = doc != NULL ? sarif_doc_what(doc) : NULL;
	json_object_set_new(o, "fullDescription",
	    sarif_text(what != NULL ? what : e->summary));
	free(what);
	if (doc != NULL) {
		body = sarif_doc_body(doc);
		help = sarif_text(body);
		json_object_set_new(help, "markdown", jsonw_str(body));
		json_object_set_new(o, "help", help);
	}
	if (uri != NULL)
		json_object_set_new(o, "helpUri", jsonw_str(uri));
	conf = json_object();
	if (e->flags & RULE_OFF)
		json_object_set_new(conf, "enabled", json_false());
	json_object_set_new(conf, "level", json_string(sarif_level(e->level)));
	json_object_set_new(o, "defaultConfiguration", conf);

	aliases = json_array();
	for (i = 0; e->aliases != NULL && e->aliases[i] != NULL; i++)
		json_array_append_new(aliases, jsonw_str(e->aliases[i]));
	props = json_object();
	json_object_set_new(props, "aliases", aliases);
	json_object_set_new(props, "tags", json_pack("[s]", "dockerfile"));
	json_object_set_new(o, "properties", props);
	return o;
}

/*
 * {"uri", "uriBaseId"} of a file: relative names (and absolute ones under
 * the root) relative to %SRCROOT%, other absolute names as file: URIs.
 */
static json_t *
sarif_artifact(const struct sarif_ctx *ctx, const char *name)
{
	json_t		*o;
	char		*enc, *uri;
	size_t		 len;

	o = json_object();
	if (name[0] != '/') {
		enc = output_uri_path(name);
		json_object_set_new(o, "uri", jsonw_str(enc));
		json_object_set_new(o, "uriBaseId", json_string(SARIF_SRCROOT));
		free(enc);
		return o;
	}
	len = ctx->root != NULL ? strlen(ctx->root) : 0;
	while (len > 1 && ctx->root[len - 1] == '/')
		len--;
	if (len > 1 && strncmp(name, ctx->root, len) == 0 &&
	    name[len] == '/' && name[len + 1] != '\0') {
		enc = output_uri_path(name + len + 1);
		json_object_set_new(o, "uri", jsonw_str(enc));
		json_object_set_new(o, "uriBaseId", json_string(SARIF_SRCROOT));
		free(enc);
		return o;
	}
	enc = output_uri_path(name);
	xasprintf(&uri, "file://%s", enc);
	json_object_set_new(o, "uri", jsonw_str(uri));
	free(uri);
	free(enc);
	return o;
}

/*
 * The region of span sp: 1-based start and end lines, code-point columns
 * with endColumn just past the last character (a span that ends with a
 * line break ends on that line), byte offset and length, and the span's
 * text as snippet when snippet is set.
 */
static json_t *
sarif_region(const struct source *src, struct span sp, int snippet)
{
	struct source_pos	 s, e;
	size_t			 end, endcol;
	json_t			*o;

	end = SPAN_END(sp);
	s = source_position(src, sp.off);
	if (sp.len == 0) {
		e = s;
		endcol = s.column;
	} else if (src->data[end - 1] == '\n' || src->data[end - 1] == '\r') {
		e = source_position(src, end - 1);
		endcol = e.column + 1;
	} else {
		e = source_position(src, end);
		endcol = e.column;
	}
	o = json_object();
	json_object_set_new(o, "startLine", jsonw_uint(s.line));
	json_object_set_new(o, "startColumn", jsonw_uint(s.column));
	json_object_set_new(o, "endLine", jsonw_uint(e.line));
	json_object_set_new(o, "endColumn", jsonw_uint(endcol));
	json_object_set_new(o, "byteOffset", jsonw_uint(sp.off));
	json_object_set_new(o, "byteLength", jsonw_uint(sp.len));
	if (snippet && sp.len <= SARIF_SNIPPET_MAX)
		json_object_set_new(o, "snippet",
		    json_pack("{s:o}", "text",
		    jsonw_strn(src->data + sp.off, sp.len)));
	return o;
}

/*
 * Whole lines around sp, for viewers to show context; NULL when they are
 * too long to be worth copying into every result on them.
 */
static json_t *
sarif_context(const struct source *src, struct span sp)
{
	struct span	 l;
	json_t		*o;

	l = output_line_span(src, sp);
	if (l.len > SARIF_SNIPPET_MAX)
		return NULL;
	o = json_object();
	json_object_set_new(o, "startLine",
	    jsonw_uint(source_position(src, l.off).line));
	json_object_set_new(o, "endLine",
	    jsonw_uint(source_position(src, SPAN_END(l)).line));
	json_object_set_new(o, "snippet", json_pack("{s:o}", "text",
	    jsonw_strn(src->data + l.off, l.len)));
	return o;
}

static json_t *
sarif_fixes(const struct sarif_ctx *ctx, const struct diag *dg)
{
	json_t	*fix, *change, *repls, *r, *desc;
	char	*text;
	size_t	 i;

	repls = json_array();
	for (i = 0; i < dg->nedits; i++) {
		r = json_object();
		json_object_set_new(r, "deletedRegion",
		    sarif_region(dg->src, dg->edits[i].span, 0));
		json_object_set_new(r, "insertedContent",
		    sarif_text(dg->edits[i].text));
		json_array_append_new(repls, r);
	}
	change = json_object();
	json_object_set_new(change, "artifactLocation",
	    sarif_artifact(ctx, dg->src->name));
	json_object_set_new(change, "replacements", repls);

	if (dg->help != NULL)
		desc = sarif_text(dg->help);
	else {
		xasprintf(&text, "apply the fix for %s", dg->rule != NULL ?
		    dg->rule : "this finding");
		desc = sarif_text(text);
		free(text);
	}
	fix = json_object();
	json_object_set_new(fix, "description", desc);
	json_object_set_new(fix, "artifactChanges", json_pack("[o]", change));
	json_object_set_new(fix, "properties", json_pack("{s:s}",
	    "applicability", dg->fix_unsafe ? "unsafe" : "safe"));
	return json_pack("[o]", fix);
}

static json_t *
sarif_result(const struct sarif_ctx *ctx, const struct diag *dg,
    uint64_t fingerprint)
{
	json_t	*o, *loc, *phys, *ctxr;
	long	 idx;
	char	 hex[32];

	o = json_object();
	idx = sarif_rule_index(&ctx->rules, dg);
	if (dg->rule != NULL)
		json_object_set_new(o, "ruleId", jsonw_str(dg->rule));
	if (idx != -1)
		json_object_set_new(o, "ruleIndex", json_integer(idx));
	json_object_set_new(o, "level", json_string(sarif_level(dg->level)));
	json_object_set_new(o, "message", sarif_text(dg->message));
	if (dg->src != NULL) {
		phys = json_object();
		json_object_set_new(phys, "artifactLocation",
		    sarif_artifact(ctx, dg->src->name));
		json_object_set_new(phys, "region",
		    sarif_region(dg->src, dg->span, 1));
		if ((ctxr = sarif_context(dg->src, dg->span)) != NULL)
			json_object_set_new(phys, "contextRegion", ctxr);
		loc = json_object();
		json_object_set_new(loc, "physicalLocation", phys);
		json_object_set_new(o, "locations", json_pack("[o]", loc));
	} else
		json_object_set_new(o, "locations", json_array());
	snprintf(hex, sizeof(hex), "%016" PRIx64, fingerprint);
	json_object_set_new(o, "partialFingerprints",
	    json_pack("{s:s}", SARIF_FP_KEY, hex));
	if (dg->nedits > 0 && dg->src != NULL)
		json_object_set_new(o, "fixes", sarif_fixes(ctx, dg));
	if (dg->help != NULL)
		json_object_set_new(o, "properties",
		    json_pack("{s:o}", "help", jsonw_str(dg->help)));
	return o;
}

static int
sarif_emit(FILE *fp, const struct output_run *run,
    const struct output_opts *opts)
{
	struct sarif_ctx	 ctx;
	json_t			*doc, *rundoc, *driver, *rules, *results;
	json_t			*inv, *bases;
	uint64_t		*fps;
	char			*root_uri;
	size_t			 i, n, *order;

	memset(&ctx, 0, sizeof(ctx));
	ctx.run = run;
	sarif_rules_build(&ctx.rules, run);
	ctx.root = run->srcroot != NULL ? xstrdup(run->srcroot) :
	    getcwd(NULL, 0);

	rules = json_array();
	for (i = 0; i < ctx.rules.n; i++)
		json_array_append_new(rules,
		    sarif_rule(ctx.rules.id[i], ctx.rules.entry[i]));
	driver = json_object();
	json_object_set_new(driver, "name", json_string(DFOPT_NAME));
	json_object_set_new(driver, "version", jsonw_str(output_version(run)));
	json_object_set_new(driver, "informationUri", json_string(DFOPT_URL));
	json_object_set_new(driver, "rules", rules);

	n = run->diags != NULL ? run->diags->n : 0;
	fps = output_fingerprints(run);
	order = output_order(run);
	results = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(results, sarif_result(&ctx,
		    &run->diags->v[order[i]], fps[order[i]]));
	free(order);
	free(fps);

	inv = json_object();
	json_object_set_new(inv, "executionSuccessful",
	    json_boolean(run->exit_code == DFOPT_EXIT_OK ||
	    run->exit_code == DFOPT_EXIT_FINDINGS));
	json_object_set_new(inv, "exitCode", json_integer(run->exit_code));

	rundoc = json_object();
	json_object_set_new(rundoc, "tool",
	    json_pack("{s:o}", "driver", driver));
	json_object_set_new(rundoc, "invocations", json_pack("[o]", inv));
	if ((root_uri = output_srcroot_uri(run)) != NULL) {
		bases = json_object();
		json_object_set_new(bases, SARIF_SRCROOT,
		    json_pack("{s:o}", "uri", jsonw_str(root_uri)));
		json_object_set_new(rundoc, "originalUriBaseIds", bases);
		free(root_uri);
	}
	json_object_set_new(rundoc, "results", results);
	json_object_set_new(rundoc, "columnKind",
	    json_string("unicodeCodePoints"));

	doc = json_object();
	json_object_set_new(doc, "$schema", json_string(SARIF_SCHEMA));
	json_object_set_new(doc, "version", json_string("2.1.0"));
	json_object_set_new(doc, "runs", json_pack("[o]", rundoc));

	sarif_rules_release(&ctx.rules);
	free(ctx.root);
	return jsonw_dump(fp, doc);
}
