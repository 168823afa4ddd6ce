// Type predicates, field and method lookup, method sets and interface satisfaction.
// These are pure functions of types; the compiler may use them too (e.g. methodSet() to build
// the method table of a dynamic type stored in an interface).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/types.hpp"

namespace weft::lang::check {

// Identity of types. Pointer identity for everything interned; signatures are compared
// structurally so that a method's own signature (with a receiver) equals the function type.
bool identical(const types::Type* x, const types::Type* y);
// Values of the type can be compared with == (spec "Comparison operators"; interfaces count).
bool comparable(const types::Type* t);
// nil is a valid value of the type.
bool hasNil(const types::Type* t);
// Ordered: integers, floats, strings (< <= > >= apply).
bool isOrdered(const types::Type* t);
// t's base if t is an unnamed pointer type, else t; *isPtr tells which.
const types::Type* derefPointer(const types::Type* t, bool* isPtr = nullptr);

// Two names denote the same field/method: exported names match everywhere, unexported ones only
// within their package.
bool sameId(const types::Object* obj, const types::Package* pkg, std::string_view name);

enum class LookupStatus { Found, NotFound, Ambiguous, NeedsPointer };

struct Selection {
  LookupStatus status = LookupStatus::NotFound;
  types::Object* obj = nullptr;  // the field (Var) or method (Func)
  // Embedded-field indices walked from the outermost struct; for a field the field's own index
  // is the last entry; for a method the path ends at the type that declares it.
  std::vector<int> path;
  bool indirect = false;  // a pointer was dereferenced on the way (incl. T itself a pointer)
};

// go/types' LookupFieldOrMethod. `addressable` tells whether a value of type T is addressable
// (so pointer-receiver methods are reachable through auto-&). A method with a pointer receiver
// found on a non-addressable, non-pointer value gives NeedsPointer (obj set).
Selection lookupFieldOrMethod(const types::Type* T, bool addressable, const types::Package* pkg,
                              std::string_view name);

// Called before a method's signature is looked at (the checker resolves it lazily).
using ResolveFunc = std::function<void(types::Func*)>;

struct MissingMethod {
  types::Func* method = nullptr;  // the interface method that is missing; null if none
  types::Func* alt = nullptr;     // a method with that name but the wrong type / pointer receiver
};

// Whether V implements interface T. `staticCheck` false is used for type assertions on interface
// V (only methods present in both must agree).
MissingMethod missingMethod(const types::Type* V, const types::Interface* T, bool staticCheck,
                            const ResolveFunc& resolve);
// The parenthesized reason in "X does not implement Y (missing method M)" and its variants.
std::string missingMethodReason(const types::Type* V, const types::Type* T, const MissingMethod& m);

// The method set of T (T may be a pointer type): every method callable on a value of type T
// without auto-&, including promoted methods, sorted by name. For the VM's method tables.
struct MethodSetEntry {
  types::Func* method = nullptr;
  std::vector<int> path;  // embedded fields to walk before calling
  bool indirect = false;
};
std::vector<MethodSetEntry> methodSet(const types::Type* T);

// All methods of an interface type (complete), sorted by name.
const std::vector<types::Func*>& interfaceMethods(const types::Type* iface);

}  // namespace weft::lang::check
