#!/bin/sh
# SPDX-License-Identifier: ISC
# The rule docs are the rule tests: for every rules/DFxxxx.md, each fenced
# ```dockerfile block under "## Bad" must make rule DFxxxx fire and each one
# under "## Good" must leave it silent, with
#	dfopt check --select DFxxxx --failure-level style [args] Dockerfile
# run in a directory of its own (the build context).  A block's info string
# may carry arguments: ```dockerfile args="--target app --build-arg V=1".
# A ```yaml block anywhere in the doc is the .dfopt.yaml of every example
# of that doc (otherwise --no-config), and a ```dockerignore block is the
# context's .dockerignore.  Two info-string words change what the block
# holds, for examples Markdown cannot show as they are:
#	```dockerfile escapes	the text goes through printf %b first, so
#				\r and octal escapes (\0351) become bytes;
#	```dockerfile gen	the text is a sh script whose output is the
#				Dockerfile (for inputs beyond a size limit).
# One TAP line per block.
. "${top_srcdir:-.}/tests/lib.sh"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

for md in "$top_srcdir"/rules/DF*.md; do
	[ -e "$md" ] || continue
	id=$(basename "$md" .md)
	d="$tmp/$id"
	mkdir -p "$d"
	# Write d/N/Dockerfile and a manifest line "N bad|good ARGS" per block.
	awk -v d="$d" '
	function flush() {
		close(out)
	}
	/^## / {
		sect = $0
		sub(/^## */, "", sect)
		sub(/[ \t]*$/, "", sect)
		next
	}
	incode {
		if ($0 ~ /^```[ \t]*$/) {
			incode = 0
			flush()
			next
		}
		print > out
		next
	}
	/^```yaml[ \t]*$/ {
		incode = 1
		out = d "/dfopt.yaml"
		next
	}
	/^```dockerignore[ \t]*$/ {
		incode = 1
		out = d "/dockerignore"
		next
	}
	/^```dockerfile/ {
		incode = 1
		kind = sect == "Bad" ? "bad" : sect == "Good" ? "good" : ""
		if (kind == "") {
			out = "/dev/null"
			next
		}
		n++
		args = ""
		if (match($0, /args="[^"]*"/))
			args = substr($0, RSTART + 6, RLENGTH - 7)
		how = "-"
		if ($0 ~ /^```dockerfile[ \t]+escapes/)
			how = "escapes"
		else if ($0 ~ /^```dockerfile[ \t]+gen/)
			how = "gen"
		system("mkdir -p \"" d "/" n "\"")
		out = d "/" n "/Dockerfile"
		printf "" > out
		print n, kind, how, args >> (d "/manifest")
		close(d "/manifest")
		next
	}
	/^```/ {
		incode = 1
		out = "/dev/null"
		next
	}
	' "$md"
	if [ ! -s "$d/manifest" ]; then
		tap_not_ok "$id has no Bad or Good example"
		continue
	fi
	nbad=0
	while read -r n kind how args; do
		cd "$d/$n" || exit 99
		case $how in
		escapes)
			# shellcheck disable=SC2059
			printf '%b\n' "$(cat Dockerfile)" > Dockerfile.new ;;
		gen)
			sh Dockerfile > Dockerfile.new ;;
		esac
		[ -f Dockerfile.new ] && mv Dockerfile.new Dockerfile
		[ -f "$d/dockerignore" ] && cp "$d/dockerignore" .dockerignore
		if [ -f "$d/dfopt.yaml" ]; then
			cfg="-c $d/dfopt.yaml"
		else
			cfg="--no-config"
		fi
		set -f		# split args, no globbing
		# shellcheck disable=SC2086
		run_dfopt check $cfg --select "$id" --failure-level style \
		    --color never --no-show-source $args Dockerfile \
		    > "$d/$n.out" 2>&1 < /dev/null
		rc=$?
		set +f
		cd "$tmp" || exit 99
		if [ "$kind" = bad ]; then
			nbad=$((nbad + 1))
			if [ "$rc" = 1 ] && grep -q "\[$id\]" "$d/$n.out"; then
				tap_ok "$id bad example $n fires"
			else
				tap_not_ok "$id bad example $n fires" \
				    "exit $rc; $(cat "$d/$n.out")"
			fi
		else
			if [ "$rc" = 0 ]; then
				tap_ok "$id good example $n is silent"
			else
				tap_not_ok "$id good example $n is silent" \
				    "exit $rc; $(cat "$d/$n.out")"
			fi
		fi
	done < "$d/manifest"
	[ "$nbad" -gt 0 ] || tap_not_ok "$id has no Bad example"
done
tap_done
