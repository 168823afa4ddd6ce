// How objects read in hovers and completion lists: Go declarations ("var x int",
// "func (p *Point) Move(dx int)", "type Point struct {...}") and doc comments.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "cli/lsp/analysis.hpp"
#include "lang/types.hpp"

namespace weft::lsp {

// The object's declaration as Go source would spell it. Named types list their methods after
// the type, one per line.
std::string declarationText(const Analysis& a, const types::Object* obj);

// A function's signature after its name: "(a int, b ...string) (n int, err error)". The names
// come from `syntax`, the declaration's FuncType, when given.
std::string signatureText(const types::Signature* sig, const ast::FuncType* syntax = nullptr);

// A short type description for completion lists ("int", "func(a int) string").
std::string detailText(const Analysis& a, const types::Object* obj);

// The comment group directly above the line holding `offset` (for a struct field, also a
// trailing comment on the same line), without comment markers.
std::string docCommentAt(std::string_view source, std::size_t offset);

// The doc comment of an object: FuncDecl::doc for functions, else the comment above its
// declaration; empty when there is none or the object has no source (universe objects).
std::string docOf(const Analysis& a, const types::Object* obj);

}  // namespace weft::lsp
