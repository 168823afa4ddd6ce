// Types built by hand for the heap, map and string unit tests (the checker normally makes them).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lang/types.hpp"
#include "vm/heap.hpp"

namespace weft::testing {

// Owns every type and field it makes.
class TypeZoo {
  // Declared first: the type members below are initialised with them.
  std::vector<std::unique_ptr<types::Type>> types_;
  std::vector<std::unique_ptr<types::Var>> vars_;
  std::vector<std::unique_ptr<types::TypeName>> names_;

 public:
  const types::Type* intT = basic(types::Kind::Int, "int");
  const types::Type* int8T = basic(types::Kind::Int8, "int8");
  const types::Type* uint8T = basic(types::Kind::Uint8, "uint8");
  const types::Type* boolT = basic(types::Kind::Bool, "bool");
  const types::Type* float64T = basic(types::Kind::Float64, "float64");
  const types::Type* float32T = basic(types::Kind::Float32, "float32");
  const types::Type* complex128T = basic(types::Kind::Complex128, "complex128");
  const types::Type* stringT = basic(types::Kind::String, "string");
  const types::Type* unsafePtrT = basic(types::Kind::UnsafePointer, "unsafe.Pointer");
  const types::Type* anyT = emptyInterface();

  const types::Type* basic(types::Kind k, const char* name) {
    return own(std::make_unique<types::Basic>(k, name));
  }
  const types::Type* pointer(const types::Type* elem) {
    return own(std::make_unique<types::Pointer>(elem));
  }
  const types::Type* slice(const types::Type* elem) {
    return own(std::make_unique<types::Slice>(elem));
  }
  const types::Type* array(const types::Type* elem, int64_t n) {
    return own(std::make_unique<types::Array>(elem, n));
  }
  const types::Map* map(const types::Type* key, const types::Type* elem) {
    return static_cast<const types::Map*>(own(std::make_unique<types::Map>(key, elem)));
  }
  const types::Type* chan(const types::Type* elem) {
    return own(std::make_unique<types::Chan>(types::ChanDir::Both, elem));
  }
  const types::Type* func() {
    auto s = std::make_unique<types::Signature>();
    return own(std::move(s));
  }
  // struct { name0 t0; name1 t1; ... }
  const types::Type* structOf(std::vector<std::pair<std::string, const types::Type*>> fields) {
    auto s = std::make_unique<types::Struct>();
    for (auto& [name, t] : fields) {
      vars_.push_back(std::make_unique<types::Var>(name, ast::Pos{}, t));
      vars_.back()->isField = true;
      s->fields.push_back(vars_.back().get());
    }
    return own(std::move(s));
  }
  // A named type (declared later with setUnderlying, so it can refer to itself).
  types::Named* named(const std::string& name) {
    names_.push_back(std::make_unique<types::TypeName>(name, ast::Pos{}, nullptr));
    auto n = std::make_unique<types::Named>(names_.back().get());
    types::Named* raw = n.get();
    names_.back()->type = raw;
    own(std::move(n));
    return raw;
  }
  const types::Type* emptyInterface() {
    auto i = std::make_unique<types::Interface>();
    i->complete = true;
    return own(std::move(i));
  }

 private:
  const types::Type* own(std::unique_ptr<types::Type> t) {
    types_.push_back(std::move(t));
    return types_.back().get();
  }
};

// Roots for collect(): a list of precise words.
inline auto rootsOf(std::vector<vm::Word> words) {
  return [words = std::move(words)](vm::RootVisitor& v) {
    for (vm::Word w : words) v.precise(w);
  };
}

template <class T>
vm::Word word(T* p) {
  return reinterpret_cast<vm::Word>(p);
}

}  // namespace weft::testing
