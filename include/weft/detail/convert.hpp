// weft/detail/convert.hpp — how C++ values cross into Go and back (included by weft.hpp).
//
// Nothing here is for host code to call directly; it is the machinery behind Runtime::define and
// Runtime::call. Each supported C++ type T has a Convert<T> with
//
//   static std::string go();                          // the Go type it maps to: "[]string"
//   static T from(const Marshal&, GoType, Word);      // a Go value (one VM word) to C++
//   static Word to(const Marshal&, GoType, const T&); // a C++ value to a new Go value
//
// GoType is the VM's runtime type descriptor of the Go side (opaque here); Marshal is the
// library's access to the heap of the running VM (vm/api/marshal.cpp). Every supported Go type
// is one VM word (see docs/architecture.md, "Values"), so a value is always a Word.
//
// Adding a type (e.g. Chan<T> once the VM has host-visible channels): a Convert specialization
// whose go() is "chan " + Convert<T>::go() and whose word is the channel object; Marshal gets
// the matching primitives. Nothing else changes: define() and call() are written against
// Convert only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace weft::detail {

using Word = std::uint64_t;
using GoType = const void*;  // a `const weft::types::Type*` of the compiled program

// The library's side of conversions: reading and allocating VM values. Only valid during one
// host-function call or one Runtime::call (the VM does not collect garbage while C++ holds
// words: collection only happens at safepoints of the interpreter).
class Marshal {
 public:
  Marshal(void* heap, const void* program) : heap_(heap), program_(program) {}

  // Go -> C++.
  static std::string_view string(Word s);
  static std::size_t sliceLen(Word s);
  static Word sliceAt(Word s, std::size_t i);
  static std::size_t mapLen(Word m);
  void mapEntries(Word m, std::vector<Word>& keys, std::vector<Word>& values) const;
  static GoType elemType(GoType sliceOrMap);  // the element type of a slice or map type
  static GoType keyType(GoType map);

  // C++ -> Go (new heap objects).
  Word newString(std::string_view s) const;
  Word newSlice(GoType sliceType, const std::vector<Word>& elems) const;
  Word newMap(GoType mapType, const std::vector<Word>& keys, const std::vector<Word>& values) const;

 private:
  void* heap_;           // vm::Heap
  const void* program_;  // vm::Program
};

template <class T>
inline constexpr bool always_false = false;

template <class T, class Enable = void>
struct Convert {
  static_assert(always_false<T>,
                "weft: this C++ type has no Go counterpart (supported: bool, signed integers, "
                "double, float, std::string, std::string_view, std::vector<T>, std::map<K,V>, "
                "std::tuple of those as results, void)");
};

template <>
struct Convert<bool> {
  static std::string go() { return "bool"; }
  static bool from(const Marshal&, GoType, Word w) { return w != 0; }
  static Word to(const Marshal&, GoType, bool v) { return v ? 1 : 0; }
};

// Every signed integer type is Go's int (64 bits; narrower C++ types truncate on the way back).
template <class T>
struct Convert<
    T, std::enable_if_t<std::is_integral_v<T> && std::is_signed_v<T> && !std::is_same_v<T, char>>> {
  static std::string go() { return "int"; }
  static T from(const Marshal&, GoType, Word w) {
    return static_cast<T>(static_cast<std::int64_t>(w));
  }
  static Word to(const Marshal&, GoType, T v) {
    return static_cast<Word>(static_cast<std::int64_t>(v));
  }
};

template <class T>
struct Convert<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static std::string go() { return "float64"; }
  static T from(const Marshal&, GoType, Word w) {
    double d;
    static_assert(sizeof d == sizeof w);
    __builtin_memcpy(&d, &w, sizeof d);
    return static_cast<T>(d);
  }
  static Word to(const Marshal&, GoType, T v) {
    double d = static_cast<double>(v);
    Word w;
    __builtin_memcpy(&w, &d, sizeof w);
    return w;
  }
};

template <>
struct Convert<std::string> {
  static std::string go() { return "string"; }
  static std::string from(const Marshal&, GoType, Word w) {
    return std::string(Marshal::string(w));
  }
  static Word to(const Marshal& m, GoType, const std::string& v) { return m.newString(v); }
};

// A string_view argument of a host function views the Go string's bytes: valid until the host
// function returns.
template <>
struct Convert<std::string_view> {
  static std::string go() { return "string"; }
  static std::string_view from(const Marshal&, GoType, Word w) { return Marshal::string(w); }
  static Word to(const Marshal& m, GoType, std::string_view v) { return m.newString(v); }
};

template <class T>
struct Convert<std::vector<T>> {
  static std::string go() { return "[]" + Convert<T>::go(); }
  static std::vector<T> from(const Marshal& m, GoType t, Word w) {
    GoType et = Marshal::elemType(t);
    std::vector<T> out;
    std::size_t n = Marshal::sliceLen(w);
    out.reserve(n);
    for (std::size_t i = 0; i < n; i++)
      out.push_back(Convert<T>::from(m, et, Marshal::sliceAt(w, i)));
    return out;
  }
  static Word to(const Marshal& m, GoType t, const std::vector<T>& v) {
    GoType et = Marshal::elemType(t);
    std::vector<Word> elems;
    elems.reserve(v.size());
    for (const T& x : v) elems.push_back(Convert<T>::to(m, et, x));
    return m.newSlice(t, elems);
  }
};

template <class K, class V>
struct Convert<std::map<K, V>> {
  static std::string go() { return "map[" + Convert<K>::go() + "]" + Convert<V>::go(); }
  static std::map<K, V> from(const Marshal& m, GoType t, Word w) {
    GoType kt = Marshal::keyType(t), vt = Marshal::elemType(t);
    std::vector<Word> keys, values;
    m.mapEntries(w, keys, values);
    std::map<K, V> out;
    for (std::size_t i = 0; i < keys.size(); i++)
      out.emplace(Convert<K>::from(m, kt, keys[i]), Convert<V>::from(m, vt, values[i]));
    return out;
  }
  static Word to(const Marshal& m, GoType t, const std::map<K, V>& v) {
    GoType kt = Marshal::keyType(t), vt = Marshal::elemType(t);
    std::vector<Word> keys, values;
    keys.reserve(v.size());
    values.reserve(v.size());
    for (const auto& [k, x] : v) {
      keys.push_back(Convert<K>::to(m, kt, k));
      values.push_back(Convert<V>::to(m, vt, x));
    }
    return m.newMap(t, keys, values);
  }
};

// ---- results: void, one value, or a std::tuple of values ---------------------------------

template <class R>
struct Results {  // one result
  static std::vector<std::string> go() { return {Convert<R>::go()}; }
  static void to(const Marshal& m, const GoType* types, Word* out, const R& v) {
    out[0] = Convert<R>::to(m, types[0], v);
  }
  static R from(const Marshal& m, const GoType* types, const Word* in) {
    return Convert<R>::from(m, types[0], in[0]);
  }
};

template <>
struct Results<void> {
  static std::vector<std::string> go() { return {}; }
  static void from(const Marshal&, const GoType*, const Word*) {}
};

template <class... T>
struct Results<std::tuple<T...>> {
  static std::vector<std::string> go() { return {Convert<std::decay_t<T>>::go()...}; }
  static void to(const Marshal& m, const GoType* types, Word* out, const std::tuple<T...>& v) {
    toEach(m, types, out, v, std::index_sequence_for<T...>{});
  }
  static std::tuple<T...> from(const Marshal& m, const GoType* types, const Word* in) {
    return fromEach(m, types, in, std::index_sequence_for<T...>{});
  }

 private:
  template <std::size_t... I>
  static void toEach(const Marshal& m, const GoType* types, Word* out, const std::tuple<T...>& v,
                     std::index_sequence<I...>) {
    ((out[I] = Convert<std::decay_t<T>>::to(m, types[I], std::get<I>(v))), ...);
  }
  template <std::size_t... I>
  static std::tuple<T...> fromEach(const Marshal& m, const GoType* types, const Word* in,
                                   std::index_sequence<I...>) {
    return std::tuple<T...>(Convert<std::decay_t<T>>::from(m, types[I], in[I])...);
  }
};

// ---- host functions ----------------------------------------------------------------------

// A host function with its Go signature, type-erased for the library (vm/api/host.cpp).
class HostFunction {
 public:
  virtual ~HostFunction() = default;
  std::vector<std::string> params;   // Go types of the parameters
  std::vector<std::string> results;  // Go types of the results
  // Converts `args`, calls the function, converts its results into `out`. Exceptions thrown by
  // the function propagate (the library turns them into a Go panic).
  virtual void invoke(const Marshal& m, const GoType* paramTypes, const Word* args,
                      const GoType* resultTypes, Word* out) = 0;
};

template <class F, class R, class... A>
class HostFunctionImpl final : public HostFunction {
 public:
  explicit HostFunctionImpl(F fn) : fn_(std::move(fn)) {
    params = {Convert<std::decay_t<A>>::go()...};
    results = Results<R>::go();
  }
  void invoke(const Marshal& m, const GoType* paramTypes, const Word* args,
              const GoType* resultTypes, Word* out) override {
    invokeWith(m, paramTypes, args, resultTypes, out, std::index_sequence_for<A...>{});
  }

 private:
  template <std::size_t... I>
  void invokeWith(const Marshal& m, const GoType* paramTypes, const Word* args,
                  const GoType* resultTypes, Word* out, std::index_sequence<I...>) {
    if constexpr (std::is_void_v<R>) {
      std::invoke(fn_, Convert<std::decay_t<A>>::from(m, paramTypes[I], args[I])...);
    } else {
      Results<R>::to(
          m, resultTypes, out,
          std::invoke(fn_, Convert<std::decay_t<A>>::from(m, paramTypes[I], args[I])...));
    }
  }
  F fn_;
};

// The C++ signature of a callable: function pointers, lambdas and other function objects with
// one operator(), std::function.
template <class T>
struct Signature : Signature<decltype(&T::operator())> {};
template <class R, class... A>
struct Signature<R (*)(A...)> {
  template <class F>
  using Host = HostFunctionImpl<F, R, A...>;
};
template <class R, class... A>
struct Signature<R(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) noexcept> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const noexcept> : Signature<R (*)(A...)> {};
template <class R, class... A>
struct Signature<R (*)(A...) noexcept> : Signature<R (*)(A...)> {};

template <class F>
std::unique_ptr<HostFunction> makeHostFunction(F&& fn) {
  using D = std::decay_t<F>;
  using Host = typename Signature<D>::template Host<D>;
  return std::make_unique<Host>(std::forward<F>(fn));
}

// ---- calls into Go -----------------------------------------------------------------------

// One Runtime::call in progress (vm/api/call.cpp): the function found and type-checked, the
// Machine initialized, the Go types of its parameters and results.
struct CallContext {
  void* runtime = nullptr;              // RuntimeData
  void* machine = nullptr;              // vm::Machine
  const void* func = nullptr;           // vm::FuncProto
  std::shared_ptr<const void> program;  // the ProgramData, kept alive during the call
  Marshal marshal{nullptr, nullptr};
  std::vector<GoType> paramTypes, resultTypes;
  std::vector<Word> results;
};

}  // namespace weft::detail
