#!/bin/sh
# SPDX-License-Identifier: ISC
# Validity of the machine-readable outputs (TAP).
#
#	tests/output-validate.sh [FILE...]
#
# Given files, checks those; otherwise checks every output it can make:
#  - the ones the output unit tests write (tests/unit/test-output-json
#    and test-output-xml run with DFOPT_OUTPUT_DUMP=DIR: the synthetic
#    and hostile runs in every format);
#  - when `dfopt check` exists, one run over tests/golden/check/*.Dockerfile
#    writing every format at once (-f FMT -o FILE pairs).
# What is checked, by file name:
#  *.sarif	parses; validates against the SARIF 2.1.0 schema vendored in
#		tests/data (python3-jsonschema; SKIP when missing); rule ids
#		unique, ruleIndex/ruleId agree, regions sane, URIs encoded
#  *.json	parses (strict UTF-8); a Code Climate array or a dfopt json
#		document also has its keys and counts checked
#  *.xml	`xmllint --noout` (libxml2-utils); Checkstyle or JUnit
#		structure and counts
# /usr/bin/python3 is used on purpose: a pyenv python3 earlier in PATH
# usually lacks Debian's python3-jsonschema.
. "${top_srcdir:-.}/tests/lib.sh"
: "${top_builddir:=$top_srcdir}"

PY=/usr/bin/python3
SCHEMA="$top_srcdir/tests/data/sarif-2.1.0.schema.json"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

have_py=0
[ -x "$PY" ] && have_py=1
have_jsonschema=0
if [ $have_py = 1 ] && "$PY" -c 'import jsonschema' > /dev/null 2>&1; then
	have_jsonschema=1
fi
have_xmllint=0
command -v xmllint > /dev/null 2>&1 && have_xmllint=1
if [ $have_py = 0 ] && [ $have_xmllint = 0 ]; then
	tap_skip_all "neither /usr/bin/python3 nor xmllint is installed"
fi
if [ $have_jsonschema = 0 ]; then
	echo "output-validate: SARIF schema checks SKIPPED:" \
	    "install python3-jsonschema" >&2
fi

tap_skip() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - $1 # SKIP $2"
}

# The checks, in Python: check.py KIND FILE prints what is wrong and
# exits 1, or exits 0.
cat > "$tmp/check.py" <<'EOF'
import json, re, sys
import xml.etree.ElementTree as ET

kind, path = sys.argv[1], sys.argv[2]
errors = []

def err(msg):
    errors.append(msg)

def load_json():
    with open(path, 'rb') as fp:
        raw = fp.read()
    text = raw.decode('utf-8')          # strict: invalid UTF-8 fails
    return json.loads(text)

URI_RE = re.compile(r"^(file://)?[A-Za-z0-9\-._~/%]+$")

def region_ok(where, r):
    sl, el = r.get('startLine'), r.get('endLine', r.get('startLine'))
    if not isinstance(sl, int) or sl < 1:
        err(where + ': bad startLine %r' % sl)
        return
    if el < sl:
        err(where + ': endLine before startLine')
    sc, ec = r.get('startColumn'), r.get('endColumn')
    if sc is not None and ec is not None and el == sl and ec < sc:
        err(where + ': endColumn before startColumn')

def check_sarif(doc):
    if doc.get('version') != '2.1.0' or '$schema' not in doc:
        err('version/$schema missing')
    if len(sys.argv) > 3:
        import jsonschema
        with open(sys.argv[3]) as fp:
            schema = json.load(fp)
        v = jsonschema.Draft4Validator(
            schema, format_checker=jsonschema.FormatChecker())
        for e in sorted(v.iter_errors(doc), key=lambda e: list(e.path)):
            err('schema: %s at %s' % (e.message[:200],
                '/'.join(str(p) for p in e.path)))
    for run in doc.get('runs', []):
        if run.get('columnKind') != 'unicodeCodePoints':
            err('columnKind is not unicodeCodePoints')
        rules = run['tool']['driver'].get('rules', [])
        ids = [r['id'] for r in rules]
        if len(ids) != len(set(ids)):
            err('duplicate rule ids in tool.driver.rules')
        if not run.get('invocations') or 'executionSuccessful' not in \
                run['invocations'][0]:
            err('no invocation with executionSuccessful')
        for i, res in enumerate(run.get('results', [])):
            w = 'result %d' % i
            if not res.get('message', {}).get('text'):
                err(w + ': empty message')
            if 'ruleId' in res:
                k = res.get('ruleIndex')
                if k is None or k >= len(rules) or \
                        rules[k]['id'] != res['ruleId']:
                    err(w + ': ruleIndex does not match ruleId')
            for loc in res.get('locations', []):
                pl = loc['physicalLocation']
                uri = pl['artifactLocation']['uri']
                if not URI_RE.match(uri):
                    err(w + ': uri not percent-encoded: %r' % uri)
                region_ok(w, pl['region'])
            for fix in res.get('fixes', []):
                for ch in fix['artifactChanges']:
                    for rep in ch['replacements']:
                        region_ok(w + ' fix', rep['deletedRegion'])

def check_codeclimate(doc):
    fps = set()
    for i, x in enumerate(doc):
        w = 'issue %d' % i
        for k in ('type', 'check_name', 'description', 'fingerprint',
                  'severity', 'location'):
            if k not in x:
                err(w + ': no ' + k)
                return
        if x['severity'] not in ('info', 'minor', 'major', 'critical',
                                 'blocker'):
            err(w + ': bad severity')
        if x['fingerprint'] in fps:
            err(w + ': duplicate fingerprint')
        fps.add(x['fingerprint'])
        loc = x['location']
        if not loc.get('path') or loc.get('lines', {}).get('begin', 0) < 1:
            err(w + ': bad location')

def check_dfopt_json(doc):
    for k in ('schema', 'tool', 'exit_code', 'files', 'summary',
              'findings'):
        if k not in doc:
            err('no ' + k)
            return
    if doc['summary']['findings'] != len(doc['findings']):
        err('summary.findings does not match findings')
    for i, f in enumerate(doc['findings']):
        for k in ('id', 'name', 'aliases', 'level', 'message', 'help',
                  'file', 'start', 'end', 'fix'):
            if k not in f:
                err('finding %d: no %s' % (i, k))

def check_xml():
    root = ET.parse(path).getroot()
    if root.tag == 'checkstyle':
        if 'version' not in root.attrib:
            err('checkstyle without version')
        for f in root:
            if f.tag != 'file' or 'name' not in f.attrib:
                err('checkstyle child is not <file name>')
                continue
            for e in f:
                if e.tag != 'error':
                    err('<file> child is not <error>')
                    continue
                for k in ('severity', 'message', 'source'):
                    if k not in e.attrib:
                        err('<error> without ' + k)
                if e.get('severity') not in ('error', 'warning', 'info',
                                             'ignore'):
                    err('bad severity %r' % e.get('severity'))
                for k in ('line', 'column'):
                    if k in e.attrib and int(e.get(k)) < 1:
                        err('bad ' + k)
    elif root.tag == 'testsuites':
        tt = tf = 0
        for s in root:
            if s.tag != 'testsuite' or 'name' not in s.attrib:
                err('testsuites child is not <testsuite name>')
                continue
            cases = [c for c in s if c.tag == 'testcase']
            fails = [c for c in cases if c.find('failure') is not None]
            for c in cases:
                if 'name' not in c.attrib or 'classname' not in c.attrib:
                    err('<testcase> without name or classname')
            if int(s.get('tests', -1)) != len(cases):
                err('testsuite %r: tests=%s, %d testcases' %
                    (s.get('name'), s.get('tests'), len(cases)))
            if int(s.get('failures', -1)) != len(fails):
                err('testsuite %r: failures mismatch' % s.get('name'))
            tt += len(cases)
            tf += len(fails)
        if int(root.get('tests', -1)) != tt or \
                int(root.get('failures', -1)) != tf:
            err('testsuites totals do not match')
    else:
        err('unknown XML root <%s>' % root.tag)

try:
    if kind == 'xml':
        check_xml()
    else:
        doc = load_json()
        if kind == 'sarif':
            check_sarif(doc)
        elif isinstance(doc, list):
            check_codeclimate(doc)
        elif isinstance(doc, dict) and 'findings' in doc:
            check_dfopt_json(doc)
except Exception as e:
    err('%s: %s' % (type(e).__name__, e))
for e in errors[:20]:
    print(e)
sys.exit(1 if errors else 0)
EOF

check_file() {
	f=$1
	name=$2
	case $f in
	*.sarif)
		if [ $have_py = 0 ]; then
			tap_skip "$name" "no /usr/bin/python3"
			return
		fi
		if [ $have_jsonschema = 1 ]; then
			why=$("$PY" "$tmp/check.py" sarif "$f" "$SCHEMA" 2>&1)
		else
			why=$("$PY" "$tmp/check.py" sarif "$f" 2>&1)
		fi
		if [ $? -eq 0 ]; then
			if [ $have_jsonschema = 1 ]; then
				tap_ok "$name (SARIF 2.1.0 schema)"
			else
				tap_skip "$name: parses; schema not checked" \
				    "no python3-jsonschema"
			fi
		else
			tap_not_ok "$name" "$why"
		fi
		;;
	*.json)
		if [ $have_py = 0 ]; then
			tap_skip "$name" "no /usr/bin/python3"
			return
		fi
		if why=$("$PY" "$tmp/check.py" json "$f" 2>&1); then
			tap_ok "$name"
		else
			tap_not_ok "$name" "$why"
		fi
		;;
	*.xml)
		why=""
		if [ $have_xmllint = 1 ]; then
			why=$(xmllint --noout "$f" 2>&1) || why="xmllint: $why"
		fi
		if [ -z "$why" ] && [ $have_py = 1 ]; then
			why=$("$PY" "$tmp/check.py" xml "$f" 2>&1)
		fi
		if [ -z "$why" ]; then
			tap_ok "$name"
		else
			tap_not_ok "$name" "$why"
		fi
		;;
	*)
		tap_not_ok "$name" "unknown kind (want .sarif, .json, .xml)"
		;;
	esac
}

if [ $# -gt 0 ]; then
	for f in "$@"; do
		check_file "$f" "$f"
	done
	tap_done
	exit 0
fi

# Outputs of the unit tests.
mkdir "$tmp/unit"
nbin=0
for t in test-output-json test-output-xml; do
	bin="$top_builddir/tests/unit/$t"
	[ -x "$bin" ] || continue
	nbin=$((nbin + 1))
	DFOPT_OUTPUT_DUMP="$tmp/unit" CMOCKA_MESSAGE_OUTPUT=STDOUT \
	    "$bin" > "$tmp/$t.log" 2>&1 ||
	    tap_not_ok "$t ran" "$(tail -n 20 "$tmp/$t.log")"
done
if [ $nbin -eq 0 ]; then
	tap_skip "outputs of the unit tests" "unit tests not built (cmocka?)"
elif [ -z "$(ls "$tmp/unit")" ]; then
	tap_not_ok "the unit tests wrote outputs to DFOPT_OUTPUT_DUMP"
else
	for f in "$tmp/unit"/*; do
		check_file "$f" "unit/$(basename "$f")"
	done
fi

# Outputs of `dfopt check` over the shared golden cases, all formats in
# one run (which also exercises the -f/-o pairing).
set --
for f in "$top_srcdir"/tests/golden/check/*.Dockerfile; do
	[ -e "$f" ] && set -- "$@" "$f"
done
if ! "$DFOPT" check --help > /dev/null 2>&1; then
	tap_skip "dfopt check outputs" "no 'dfopt check' yet"
elif [ $# -eq 0 ]; then
	tap_skip "dfopt check outputs" "no tests/golden/check/*.Dockerfile"
else
	mkdir "$tmp/check"
	(cd "$top_srcdir" && run_dfopt check \
	    -f sarif -o "$tmp/check/check.sarif" \
	    -f json -o "$tmp/check/check.json" \
	    -f codeclimate -o "$tmp/check/check.codeclimate.json" \
	    -f checkstyle -o "$tmp/check/check.checkstyle.xml" \
	    -f junit -o "$tmp/check/check.junit.xml" \
	    "$@") > "$tmp/check.out" 2> "$tmp/check.err"
	st=$?
	if [ $st -gt 1 ]; then
		tap_not_ok "dfopt check -f ... -o ... (status $st)" \
		    "$(tail -n 20 "$tmp/check.err")"
	elif [ -s "$tmp/check.out" ]; then
		tap_not_ok "dfopt check: stdout empty when every -f has -o" \
		    "$(head -n 5 "$tmp/check.out")"
	else
		tap_ok "dfopt check wrote 5 formats (status $st)"
		for f in "$tmp/check"/*; do
			check_file "$f" "check/$(basename "$f")"
		done
	fi
fi
tap_done
