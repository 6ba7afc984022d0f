#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""Generate the hostile-input suite into a directory.

Each case is a file NAME.Dockerfile (or NAME.yaml for configs, with
NAME.Dockerfile beside it).  The inputs are built here rather than
committed, so the repository stays small.  A size factor (argv[2],
default 1) scales the cases that have a size, for the doubling test.
"""
import os
import sys

out = sys.argv[1]
k = int(sys.argv[2]) if len(sys.argv) > 2 else 1
os.makedirs(out, exist_ok=True)


def w(name, data, ext=".Dockerfile"):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    with open(os.path.join(out, name + ext), "wb") as f:
        f.write(data)


MB = 1024 * 1024
base = "FROM alpine:3.19\n"

# Size.
w("ten-mb-file", base + ("RUN echo hello world && true\n" * (10 * MB // 29)) * 1)
w("one-mb-line", base + "RUN echo " + "a" * (MB * k) + "\n")
w("continuations-100k", base + "RUN echo \\\n" + "  a \\\n" * (100000 * k) + "  end\n")
w("instructions-100k", base + "ENV A=1\n" * (100000 * k))
w("empty-lines-1m", base + "\n" * (1000000 * k) + "RUN true\n")
w("comments-in-continuation", base + "RUN a \\\n" + "# c\n" * (100000 * k) + "  b\n")
w("blank-in-continuation", base + "RUN a \\\n" + "\n" * (100000 * k) + "  b\n")
w("spaces-line", base + "RUN" + " " * (MB * k) + "x\n")
w("stages-10k", "".join("FROM alpine AS s%d\nRUN true\n" % i for i in range(10000 * k)))
w("copy-from-chain", "FROM alpine AS s0\n" + "".join(
    "FROM alpine AS s%d\nCOPY --from=s%d / /\n" % (i, i - 1) for i in range(1, 5000 * k)))
w("heredocs-10k", base + "".join("RUN <<E%d\necho %d\nE%d\n" % (i, i, i) for i in range(10000 * k)))
w("many-flags", base + "COPY " + "--chown=1:1 " * (50000 * k) + "a /b\n")
w("mount-options", base + "RUN --mount=" + ",".join("k%d=v" % i for i in range(50000 * k)) + " true\n")
w("json-100k-elems", base + "CMD [" + ",".join('"a"' for _ in range(100000 * k)) + "]\n")
w("json-nested", base + "CMD " + "[" * (10000 * k) + "]" * (10000 * k) + "\n")
w("json-unicode-escapes", base + 'CMD ["' + "\\u00e9" * (100000 * k) + '"]\n')
w("env-100k-pairs", base + "ENV " + " ".join("K%d=v" % i for i in range(100000 * k)) + "\n")
w("expose-100k", base + "EXPOSE " + " ".join(str(i % 65535 + 1) for i in range(100000 * k)) + "\n")

# Expansion.
w("nesting-10k", base + "ARG A=" + "${A:-" * (10000 * k) + "x" + "}" * (10000 * k) + "\nRUN true\n")
arg = base + "ARG A0=xxxxxxxxxxxxxxxx\n" + "".join(
    "ARG A%d=${A%d}${A%d}\n" % (i, i - 1, i - 1) for i in range(1, 64))
w("arg-exponential", arg + "ENV E=${A63}\nWORKDIR /${A63}\nRUN true\n")
w("env-exponential", base + "ENV E0=xxxxxxxx\n" + "".join(
    "ENV E%d=$E%d$E%d\n" % (i, i - 1, i - 1) for i in range(1, 64)) + "LABEL l=$E63\n")
w("from-exponential", "ARG A0=aaaaaaaa\n" + "".join(
    "ARG A%d=${A%d}${A%d}\n" % (i, i - 1, i - 1) for i in range(1, 64)) + "FROM ${A63}\n")
w("env-distinct-lines", base + "".join("ENV V%d=%d\n" % (i, i) for i in range(2000 * k)))
w("undefined-refs", base + "ENV A=$B\n" * (20000 * k))
w("onbuild-chain", "FROM alpine AS s0\nONBUILD RUN true\n" + "".join(
    "FROM s%d AS s%d\nONBUILD COPY --from=s0 / /\n" % (i - 1, i) for i in range(1, 2000 * k)))
w("unterminated-brace", base + "ENV A=${B\nRUN true\n")
w("dollar-soup", base + "ENV A=" + "$" * (100000 * k) + "{}${:-}${#}\n")

# Bytes.
w("every-byte", bytes(range(256)) * 4)
w("every-byte-lines", b"".join(b"RUN echo " + bytes([i]) + b"\n" for i in range(256)))
w("nul-bytes", b"FROM alp\0ine\nRUN ec\0ho\0\nENV \0=\0\n")
w("invalid-utf8", b"FROM alpine\nRUN echo \xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\n"
  b"LABEL \xc0\xaf=\xed\xa0\x80\n")
w("bom-utf8", b"\xef\xbb\xbfFROM alpine\nRUN true\n")
w("bom-utf16le", b"\xff\xfe" + "FROM alpine\nRUN true\n".encode("utf-16-le"))
w("bom-utf16be", b"\xfe\xff" + "FROM alpine\nRUN true\n".encode("utf-16-be"))
w("bom-utf32le", b"\xff\xfe\x00\x00" + "FROM alpine\n".encode("utf-32-le"))
w("bom-utf32be", b"\x00\x00\xfe\xff" + "FROM alpine\n".encode("utf-32-be"))
w("crlf", b"FROM alpine\r\nRUN echo a \\\r\n  b\r\nCMD [\"x\"]\r\n")
w("lone-cr", b"FROM alpine\rRUN echo a \\\r  b\rCMD [\"x\"]\r")
w("mixed-line-ends", b"FROM alpine\r\nRUN a \\\r b \\\n c\rCMD x\n\r\n")
w("only-backslashes", "\\" * (100000 * k))
w("only-comments", "# c\n" * (100000 * k))
w("empty", "")
w("directives-only", "# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\n")
w("backtick-escape", "# escape=`\nFROM alpine\nRUN echo a `\n  b\nCOPY a` b c\\ d /x/\n")

# Shell scripts (the RUN splitter).
w("run-script-100k-commands", base + "RUN <<EOF\n" + "".join(
    "cmd%d --flag \"$X\" | tee -a /log && rm -rf /tmp/%d || true\n" % (i, i)
    for i in range(100000 * k)) + "EOF\n")
w("run-subshell-nesting", base + "RUN " + "(" * (10000 * k) + "true" + ")" * (10000 * k) + "\n")
w("run-sh-c-nesting", base + "RUN " + "sh -c '" * 50 + "apt-get install x" + "'" * 50 + "\n")
w("run-quote-soup", base + "RUN " + "\"'`$(${" * (5000 * k) + "\n")

# Unterminated constructs.
w("unterminated-heredoc", base + "RUN <<EOF\necho never ends\n" * (1000 * k))
w("unterminated-json", base + 'CMD ["a", "b\n' + 'RUN ["x\n' * (1000 * k))
w("unterminated-quotes", base + "ENV A=\"unterminated\nLABEL b='x\nRUN echo \"a\n")
# File names: bytes that are not UTF-8, and XML/JSON specials.
w("bad-name-\udcff\udcfe", base + "FROM alpine AS a\udcf8b\nRUN true\n")
w("xml-chars-<&\"'>", base + "LABEL a=\"<&>]]>\"\nRUN true\n")
w("keyword-soup", "".join("%s\n" % kw for kw in ["FROM", "RUN", "COPY", "ONBUILD", "ONBUILD ONBUILD RUN x",
                                               "HEALTHCHECK", "HEALTHCHECK CMD", "SHELL", "ARG", "ENV", "LABEL",
                                               "EXPOSE", "USER", "WORKDIR", "--", "FROM --platform", "COPY --from"]))
w("long-keyword", "X" * (MB * k) + " y\n")
w("cycle", "FROM a AS a\nFROM b AS b\nCOPY --from=c / /\nFROM c AS c\nCOPY --from=b / /\n")

# Configs: deep nesting and an alias bomb, each beside a plain Dockerfile.
w("yaml-deep", "ignore: " + "[" * (10000 * k) + "]" * (10000 * k) + "\n", ".yaml")
w("yaml-deep", base)
bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
prev = "a"
for c in "bcdefghij":
    bomb += "%s: &%s [%s]\n" % (c, c, ",".join(["*" + prev] * 9))
    prev = c
w("yaml-alias-bomb", bomb + "ignore: *j\n", ".yaml")
w("yaml-alias-bomb", base)
w("yaml-binary", b"\x00\xff\xfe: [\x01\x02]\n", ".yaml")
w("yaml-binary", base)
w("regex-catastrophic", "rules:\n  - id: USER001\n    message: slow\n    level: warning\n"
  "    pattern: '(a+)+$'\n", ".yaml")
w("regex-catastrophic", base + "RUN " + "a" * (100000 * k) + "!\n")
