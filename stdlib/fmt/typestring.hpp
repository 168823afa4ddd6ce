// The name of a type as Go's reflect spells it (what %T and %#v print): "main.T", "[]uint8",
// "map[string]int", "*main.T", "func(int, ...string) (int, error)", "interface {}",
// "struct { X int; Y string }", "chan<- int". Note that this differs from compiler messages
// (go/types writes "interface{}", "byte", "any").
#pragma once

#include <string>

namespace weft::types {
class Type;
}

namespace weft::stdlib::fmt {

std::string reflectTypeString(const types::Type* t);
void appendReflectTypeString(std::string& out, const types::Type* t);

}  // namespace weft::stdlib::fmt
