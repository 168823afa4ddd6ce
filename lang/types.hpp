// Go types and the named entities (objects) of a checked program, in the shape of go/types.
//
// Types are hash-consed by the TypeTable: two identical unnamed types are the same pointer, so
// the VM compares runtime types (type assertions, type switches, interface keys in maps) by
// pointer. Named types are unique by declaration. Types live as long as the TypeTable that made
// them, which the compiled Program keeps alive: the VM uses these same objects as its runtime
// type descriptors (fmt's %v and %T walk them).
//
// Generics: TypeParam and the `typeArgs` of Named are reserved so type parameters can be added
// without changing the representation of the other kinds.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/ast.hpp"

namespace weft::types {

enum class Kind : uint8_t {
  Invalid,
  // basic, typed
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // basic, untyped (constants and nil)
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
  // composite
  Array, Slice, Struct, Pointer, Tuple, Signature, Interface, Map, Chan, Named, TypeParam,
};

class Object;
class Var;
class Func;
class TypeName;
class Package;

class Type {
 public:
  const Kind kind;
  explicit Type(Kind k) : kind(k) {}
  virtual ~Type() = default;

  // The underlying type (itself for every kind but Named).
  virtual const Type* underlying() const { return this; }
  // Go's spelling, qualified by package where it is not main: "[]int", "map[string]main.T" is
  // printed as "map[string]main.T" by %T; `qualified=false` gives "map[string]T" for messages.
  std::string str(bool qualified = false) const;

  bool isBasic() const { return kind <= Kind::UntypedNil; }
  bool isUntyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }
  bool isInteger() const;   // of the underlying type, typed or untyped
  bool isUnsigned() const;
  bool isFloat() const;
  bool isNumeric() const;
  bool isString() const;
  bool isBoolean() const;
  bool isInterface() const { return underlying()->kind == Kind::Interface; }

  // Storage facts for the VM, computed once (see docs/architecture.md, "Values"):
  // `slots` is the number of 64-bit words a value occupies inline in memory (struct fields,
  // array elements, boxes); `ptrmap` has one bit per slot, set where the slot holds a heap
  // reference. Cached here because every allocation site needs them.
  mutable int32_t slotsCache = -1;
  mutable std::vector<bool> ptrmapCache;
};

class Basic : public Type {
 public:
  const char* name;
  Basic(Kind k, const char* n) : Type(k), name(n) {}
};

class Array : public Type {
 public:
  const Type* elem;
  int64_t len;
  Array(const Type* e, int64_t n) : Type(Kind::Array), elem(e), len(n) {}
};

class Slice : public Type {
 public:
  const Type* elem;
  explicit Slice(const Type* e) : Type(Kind::Slice), elem(e) {}
};

class Pointer : public Type {
 public:
  const Type* elem;
  explicit Pointer(const Type* e) : Type(Kind::Pointer), elem(e) {}
};

class Map : public Type {
 public:
  const Type* key;
  const Type* elem;
  Map(const Type* k, const Type* e) : Type(Kind::Map), key(k), elem(e) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

class Chan : public Type {
 public:
  ChanDir dir;
  const Type* elem;
  Chan(ChanDir d, const Type* e) : Type(Kind::Chan), dir(d), elem(e) {}
};

class Struct : public Type {
 public:
  std::vector<Var*> fields;  // Var::isField; Var::embedded for embedded fields
  std::vector<std::string> tags;
  // Slot offset of each field inside the struct's inline storage (computed with the layout).
  mutable std::vector<int32_t> offsetsCache;
  Struct() : Type(Kind::Struct) {}
};

// An ordered list of variables: parameter and result lists, and multi-value expressions.
class Tuple : public Type {
 public:
  std::vector<Var*> vars;
  Tuple() : Type(Kind::Tuple) {}
  std::size_t size() const { return vars.size(); }
};

class Signature : public Type {
 public:
  Var* recv = nullptr;              // method receiver, or null
  const Tuple* params = nullptr;    // never null (may be empty)
  const Tuple* results = nullptr;   // never null (may be empty)
  bool variadic = false;            // the last parameter is ...T (its type is []T)
  Signature() : Type(Kind::Signature) {}
};

class Interface : public Type {
 public:
  std::vector<Func*> methods;         // explicitly declared methods
  std::vector<const Type*> embeddeds;  // embedded interfaces (and, later, type-set terms)
  // The full method set, sorted by name (Go's order for method tables), once complete.
  mutable std::vector<Func*> allMethods;
  mutable bool complete = false;
  Interface() : Type(Kind::Interface) {}
  bool empty() const { return allMethods.empty() && complete; }
};

class Named : public Type {
 public:
  TypeName* obj;                       // the declaring type name
  const Type* underlyingType = nullptr;  // set once the declaration is checked
  std::vector<Func*> methods;          // declared methods (value and pointer receivers)
  std::vector<const Type*> typeArgs;   // reserved for generics
  explicit Named(TypeName* o) : Type(Kind::Named), obj(o) {}
  const Type* underlying() const override { return underlyingType ? underlyingType : this; }
};

class TypeParam : public Type {  // reserved for generics
 public:
  TypeName* obj;
  const Type* constraint = nullptr;
  explicit TypeParam(TypeName* o) : Type(Kind::TypeParam), obj(o) {}
};

// ---------------------------------------------------------------------------------------------
// Objects: what an identifier can denote.

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

class Scope;

class Object {
 public:
  const ObjKind kind;
  std::string name;
  ast::Pos pos;
  const Type* type = nullptr;
  Package* pkg = nullptr;     // null for universe objects
  Scope* parent = nullptr;    // the scope the object is declared in
  Object(ObjKind k, std::string n, ast::Pos p, const Type* t)
      : kind(k), name(std::move(n)), pos(p), type(t) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

class Var : public Object {
 public:
  bool isField = false;
  bool embedded = false;     // embedded struct field
  bool isParam = false;      // parameter or result
  bool isGlobal = false;     // package-level variable
  bool used = false;         // for "declared and not used"
  // Set by the checker for the compiler: the variable is captured by a closure or its address
  // is taken, so it must live in a heap cell rather than a register.
  bool captured = false;
  bool addressTaken = false;
  int32_t index = -1;        // free for the compiler (register, global slot, field index)
  Var(std::string n, ast::Pos p, const Type* t) : Object(ObjKind::Var, std::move(n), p, t) {}
  bool escapes() const { return captured || addressTaken; }
};

struct ConstValue;

class Const : public Object {
 public:
  std::shared_ptr<const ConstValue> value;
  Const(std::string n, ast::Pos p, const Type* t) : Object(ObjKind::Const, std::move(n), p, t) {}
};

class TypeName : public Object {
 public:
  bool alias = false;
  TypeName(std::string n, ast::Pos p, const Type* t)
      : Object(ObjKind::TypeName, std::move(n), p, t) {}
};

class Func : public Object {
 public:
  const ast::FuncDecl* decl = nullptr;   // null for interface methods and native functions
  bool ptrRecv = false;                  // method declared on *T
  int32_t index = -1;                    // free for the compiler (function table index)
  std::string nativeName;                // "pkg.Name" for stdlib/host natives, else empty
  Func(std::string n, ast::Pos p, const Type* t) : Object(ObjKind::Func, std::move(n), p, t) {}
  const Signature* sig() const { return static_cast<const Signature*>(type); }
};

class PkgName : public Object {
 public:
  Package* imported = nullptr;
  const ast::ImportSpec* spec = nullptr;
  PkgName(std::string n, ast::Pos p) : Object(ObjKind::PkgName, std::move(n), p, nullptr) {}
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
};

class Builtin : public Object {
 public:
  BuiltinId id;
  Builtin(std::string n, BuiltinId i) : Object(ObjKind::Builtin, std::move(n), {}, nullptr), id(i) {}
};

class Label : public Object {
 public:
  const ast::LabeledStmt* stmt = nullptr;
  bool used = false;
  Label(std::string n, ast::Pos p) : Object(ObjKind::Label, std::move(n), p, nullptr) {}
};

class Nil : public Object {
 public:
  explicit Nil(const Type* untypedNil) : Object(ObjKind::Nil, "nil", {}, untypedNil) {}
};

// A lexical scope. Lookups walk `outer`; `lookup` returns null when a name is not declared.
class Scope {
 public:
  Scope* outer;
  std::map<std::string, Object*, std::less<>> names;
  bool isFunc = false;  // the outermost scope of a function body (closure boundary)
  explicit Scope(Scope* o) : outer(o) {}
  Object* lookupLocal(std::string_view name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
  Object* lookup(std::string_view name) const {
    for (const Scope* s = this; s; s = s->outer)
      if (Object* o = s->lookupLocal(name)) return o;
    return nullptr;
  }
};

class Package {
 public:
  std::string path;  // "main", "fmt", "strings", "sync/atomic"
  std::string name;  // "main", "fmt", "strings", "atomic"
  Scope* scope = nullptr;
  bool fake = false;  // stands in for an import that failed (no follow-on errors)
};

}  // namespace weft::types
