// The out-of-line parts of the interpreter's opcodes: slice and value operations that are too
// big to inline in the dispatch loop (string operations are in vm/string_ops.hpp). None of them
// raise panics themselves: they report failure (a false return or an error message) and the
// interpreter raises the panic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/heap.hpp"
#include "vm/object.hpp"

namespace weft::types {
class Type;
}

namespace weft::vm::rt {

// ---- slices ----------------------------------------------------------------------------------
// append(s, vals...) for `n` values in register form (inline elements: storage addresses).
// On a length overflow returns null with *err set ("growslice: cap out of range").
SliceHeader* append(Heap& heap, const types::Type* sliceType, SliceHeader* s, const Word* vals,
                    std::size_t n, const char** err);
// append(s, t...) where `t` is a slice of the same type, or a string when s is a []byte.
SliceHeader* appendSlice(Heap& heap, const types::Type* sliceType, SliceHeader* s, Word t,
                         bool tIsString, const char** err);
int64_t copySlice(SliceHeader* dst, Word src, bool srcIsString, int32_t elemSlots);
// make([]elem, len, cap); null with *err set when sizes are out of range.
SliceHeader* makeSlice(Heap& heap, const types::Type* elem, int64_t len, int64_t cap,
                       const char** err);

// ---- values ----------------------------------------------------------------------------------
// Compares two values of type t given in register form. Sets *uncomparable to the offending
// dynamic type (a slice, map or func inside interfaces) and returns false when Go panics.
bool equal(const types::Type* t, Word a, Word b, const types::Type** uncomparable);
// Compares two stored values (slots of type t at a and b).
bool equalStored(const types::Type* t, const Word* a, const Word* b,
                 const types::Type** uncomparable);
bool ifaceEqual(const Box* a, const Box* b, const types::Type** uncomparable);
// Formats a value as the print/println builtins do (Go's runtime print).
void printValue(std::string& out, const types::Type* t, Word w);

}  // namespace weft::vm::rt
