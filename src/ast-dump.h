/* SPDX-License-Identifier: ISC */
/*
 * Printing a parsed file: the JSON tree of `dfopt parse` (described in
 * dfopt(1), PARSE TREE FORMAT) and the S-expression dump BuildKit's parser tests
 * compare against (frontend/dockerfile/parser Node.Dump()).  Reading only;
 * the tree is built by parser.c.
 */
#ifndef AST_DUMP_H
#define AST_DUMP_H

#include <stdio.h>

struct ast_file;
struct diags;

int	ast_dump_json(FILE *, const struct ast_file *, const struct diags *);
int	ast_dump_buildkit(FILE *, const struct ast_file *);
char	*ast_dump_goquote(const char *, size_t);
int	ast_dump_isprint(unsigned int);

#endif
