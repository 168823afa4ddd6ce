// The factory and owner of every Type, Object, Scope and Package of a checked program.
//
// Unnamed types are hash-consed: asking twice for `[]int` (or for two identical struct,
// signature or interface types) returns the same pointer, so identity of types is pointer
// identity everywhere (the VM relies on it for type assertions, switches and interface map keys).
// Named types are unique per declaration. Aliases (`byte`, `rune`, `any`, `type A = B`) are the
// aliased type itself; messages therefore say `uint8` where Go says `byte`.
//
// The universe scope (predeclared types, constants, nil and builtin functions) is built by the
// constructor.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/types.hpp"

namespace weft::lang::check {

struct FieldSpec {
  std::string name;  // for embedded fields: the type name
  ast::Pos pos;
  const types::Type* type = nullptr;
  bool embedded = false;
  std::string tag;
  types::Package* pkg = nullptr;  // declaring package (identity of unexported names)
};

struct MethodSpec {
  std::string name;
  ast::Pos pos;
  const types::Signature* sig = nullptr;  // interned, without receiver
  types::Package* pkg = nullptr;
};

class TypeTable {
 public:
  TypeTable();
  ~TypeTable();
  TypeTable(const TypeTable&) = delete;
  TypeTable& operator=(const TypeTable&) = delete;

  // --- predeclared -----------------------------------------------------------------------------
  const types::Basic* basic(types::Kind k) const { return basics_[size_t(k)]; }
  const types::Basic* invalid() const { return basic(types::Kind::Invalid); }
  const types::Type* errorType() const { return errorType_; }
  const types::Interface* emptyInterface() const { return emptyInterface_; }
  types::Scope* universe() const { return universe_; }
  types::Const* iotaObject() const { return iota_; }
  // The type an untyped constant kind defaults to (UntypedInt -> int, UntypedRune -> int32,
  // UntypedFloat -> float64, UntypedBool -> bool, UntypedString -> string); others unchanged.
  const types::Type* defaultType(const types::Type* t) const;

  // --- interned unnamed types ------------------------------------------------------------------
  const types::Slice* slice(const types::Type* elem);
  const types::Pointer* pointer(const types::Type* elem);
  const types::Array* array(const types::Type* elem, int64_t len);
  const types::Map* map(const types::Type* key, const types::Type* elem);
  const types::Chan* chan(types::ChanDir dir, const types::Type* elem);
  const types::Tuple* tuple(const std::vector<const types::Type*>& elems);
  const types::Signature* signature(const types::Tuple* params, const types::Tuple* results,
                                    bool variadic);
  const types::Signature* signature(const std::vector<const types::Type*>& params,
                                    const std::vector<const types::Type*>& results, bool variadic) {
    return signature(tuple(params), tuple(results), variadic);
  }
  // Field names must be unique (the checker reports duplicates before asking).
  const types::Struct* structType(const std::vector<FieldSpec>& fields);
  // Every embedded type's underlying type must be a complete Interface. Methods with the same
  // name are merged (first wins; the checker reports conflicts before asking).
  const types::Interface* interfaceType(const std::vector<MethodSpec>& methods,
                                        const std::vector<const types::Type*>& embeddeds);

  // --- not interned ----------------------------------------------------------------------------
  types::Named* newNamed(types::TypeName* obj);
  types::TypeParam* newTypeParam(types::TypeName* obj);
  // An interface that is not interned: constraint interfaces differ by type terms, which the
  // checker keeps beside them (lang/check/checker.hpp, TypeSet).
  const types::Interface* newInterface(const std::vector<MethodSpec>& methods,
                                       const std::vector<const types::Type*>& embeddeds);
  // A method's own signature: `sig` plus a receiver.
  const types::Signature* methodSignature(types::Var* recv, const types::Signature* sig);

  template <class T, class... A>
  T* newObject(A&&... args) {
    auto obj = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = obj.get();
    objects_.push_back(std::move(obj));
    return raw;
  }
  types::Scope* newScope(types::Scope* outer);
  types::Package* newPackage(std::string path, std::string name);

 private:
  template <class T>
  const T* intern(std::string key, std::unique_ptr<T> fresh);
  types::Type* own(std::unique_ptr<types::Type> t);
  void buildUniverse();

  std::vector<std::unique_ptr<types::Type>> types_;
  std::vector<std::unique_ptr<types::Object>> objects_;
  std::vector<std::unique_ptr<types::Scope>> scopes_;
  std::vector<std::unique_ptr<types::Package>> packages_;
  std::map<std::string, const types::Type*, std::less<>> interned_;
  std::vector<const types::Basic*> basics_;
  const types::Type* errorType_ = nullptr;
  const types::Interface* emptyInterface_ = nullptr;
  types::Scope* universe_ = nullptr;
  types::Const* iota_ = nullptr;
};

}  // namespace weft::lang::check
