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
// Adding a type: a Convert specialization (Chan<T> below is an example whose word is the VM's
// channel object, with the library doing the work in vm/api/chan.cpp); Marshal gets the
// matching primitives. Nothing else changes: define() and call() are written against Convert
// only. Blocking host functions (weft::blocking) split HostFunction::invoke into
// prepare/run/finish (BlockingCall) so that the function runs with C++ values only.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace weft {
template <class T>
class Chan;  // weft.hpp
}

namespace weft::detail {

using Word = std::uint64_t;
using GoType = const void*;  // a `const weft::types::Type*` of the compiled program

// The library's side of conversions: reading and allocating VM values. Only valid during one
// host-function call or one Runtime::call (the VM does not collect garbage while C++ holds
// words: collection only happens at safepoints of the interpreter), or inside a Chan operation
// of a host thread holding the instance's host-access lock (vm/api/chan.cpp).
class Marshal {
 public:
  Marshal(void* heap, const void* program, void* machine = nullptr)
      : heap_(heap), program_(program), machine_(machine) {}
  void* machine() const { return machine_; }  // vm::Machine (null in conversion-only tests)

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
  void* machine_;        // vm::Machine
};

template <class T>
inline constexpr bool always_false = false;

template <class T, class Enable = void>
struct Convert {
  static_assert(always_false<T>,
                "weft: this C++ type has no Go counterpart (supported: bool, signed integers, "
                "double, float, std::string, std::string_view, std::vector<T>, std::map<K,V>, "
                "weft::Chan<T>, std::tuple of those as results, void)");
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

// ---- channels ------------------------------------------------------------------------------

struct ChanBinding;  // vm/api/chan.cpp: the VM channel and the instance it belongs to

// The shared state behind a weft::Chan<T> (vm/api/chan.cpp does the work). Before it is bound
// to a VM instance it is a C++ buffer of up to `capacity` values (ChanCore<T> keeps them);
// binding (the first conversion to a Go value) makes the VM channel and moves them into it.
class ChanCoreBase {
 public:
  explicit ChanCoreBase(std::size_t cap) : capacity(cap) {}
  virtual ~ChanCoreBase();
  ChanCoreBase(const ChanCoreBase&) = delete;
  ChanCoreBase& operator=(const ChanCoreBase&) = delete;

  std::size_t capacity;
  std::mutex mu;               // guards everything below
  std::condition_variable cv;  // bound, closed, or the buffer changed
  bool closed = false;         // closed before binding
  std::shared_ptr<ChanBinding> bound;

  // The C++ value behind `value`/`out` is a T / std::optional<T> of the ChanCore<T>.
  virtual std::size_t pendingSize() const = 0;
  virtual void pushPending(void* value) = 0;  // moves *value in
  virtual void popPending(void* out) = 0;     // the oldest into *out
  virtual Word pendingToGo(const Marshal& m, GoType elem, std::size_t i) const = 0;
  virtual void clearPending() = 0;
  virtual Word toGo(const Marshal& m, GoType elem, const void* value) const = 0;
  virtual void fromGo(const Marshal& m, GoType elem, Word w, void* out) const = 0;
};

// Library entry points (vm/api/chan.cpp); they throw weft::Error.
void chanSend(ChanCoreBase& c, void* value);
bool chanRecv(ChanCoreBase& c, void* out);  // false: closed and drained
void chanClose(ChanCoreBase& c);
Word chanToGo(const Marshal& m, GoType chanType, ChanCoreBase& c);             // binds on first use
void chanAttach(const Marshal& m, GoType chanType, Word ch, ChanCoreBase& c);  // a Go channel
[[noreturn]] void throwInvalidChan();

template <class T>
class ChanCore final : public ChanCoreBase {
 public:
  using ChanCoreBase::ChanCoreBase;
  std::size_t pendingSize() const override { return pending_.size(); }
  void pushPending(void* value) override { pending_.push_back(std::move(*static_cast<T*>(value))); }
  void popPending(void* out) override {
    static_cast<std::optional<T>*>(out)->emplace(std::move(pending_.front()));
    pending_.pop_front();
  }
  Word pendingToGo(const Marshal& m, GoType elem, std::size_t i) const override {
    return Convert<T>::to(m, elem, pending_[i]);
  }
  void clearPending() override { pending_.clear(); }
  Word toGo(const Marshal& m, GoType elem, const void* value) const override {
    return Convert<T>::to(m, elem, *static_cast<const T*>(value));
  }
  void fromGo(const Marshal& m, GoType elem, Word w, void* out) const override {
    static_cast<std::optional<T>*>(out)->emplace(Convert<T>::from(m, elem, w));
  }

 private:
  std::deque<T> pending_;
};

// Chan<T> <-> chan T. A Chan that was never bound binds to the converting instance; a nil Go
// channel becomes an empty Chan (valid() false) and back.
template <class T>
struct Convert<Chan<T>> {
  static_assert(!std::is_same_v<T, std::string_view>,
                "weft::Chan<std::string_view> would dangle: use Chan<std::string>");
  static std::string go() { return "chan " + Convert<T>::go(); }
  static Chan<T> from(const Marshal& m, GoType t, Word w) {
    Chan<T> c;
    if (w == 0) return c;
    c.core_ = std::make_shared<ChanCore<T>>(0);
    chanAttach(m, t, w, *c.core_);
    return c;
  }
  static Word to(const Marshal& m, GoType t, const Chan<T>& c) {
    return c.core_ ? chanToGo(m, t, *c.core_) : 0;
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

// One call of a blocking host function (weft::blocking), split in three steps so that the
// function itself runs with C++ values only, on a thread of the Runtime's pool, while the VM
// may be collecting garbage (vm/api/blocking.cpp):
//   1. HostFunction::prepare (on the worker): the Go arguments converted to C++ values;
//   2. run() (on a pool thread): calls the function, keeps its result or exception;
//   3. finish() (on the worker again): converts the result into Go values, or rethrows.
class BlockingCall {
 public:
  virtual ~BlockingCall() = default;
  virtual void run() noexcept = 0;
  virtual void finish(const Marshal& m, const GoType* resultTypes, Word* out) = 0;
};

// A host function with its Go signature, type-erased for the library (vm/api/host.cpp).
class HostFunction {
 public:
  virtual ~HostFunction() = default;
  std::vector<std::string> params;   // Go types of the parameters
  std::vector<std::string> results;  // Go types of the results
  bool blocking = false;             // made with weft::blocking: use prepare(), not invoke()
  // Converts `args`, calls the function, converts its results into `out`. Exceptions thrown by
  // the function propagate (the library turns them into a Go panic).
  virtual void invoke(const Marshal& m, const GoType* paramTypes, const Word* args,
                      const GoType* resultTypes, Word* out) = 0;
  // Blocking functions: step 1 of a BlockingCall (see above).
  virtual std::unique_ptr<BlockingCall> prepare(const Marshal&, const GoType*, const Word*) {
    return nullptr;
  }
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

// How a blocking call keeps an argument or result while the VM runs on: as the decayed C++
// value, except that a string_view becomes a string (the Go string it viewed is not touched
// off the worker).
template <class T>
struct Kept {
  using type = std::decay_t<T>;
};
template <>
struct Kept<std::string_view> {
  using type = std::string;
};
template <class T>
using KeptT = typename Kept<std::decay_t<T>>::type;

template <class R>
struct KeptResult {
  using type = KeptT<R>;
};
template <>
struct KeptResult<void> {
  using type = bool;  // unused
};

template <class F, class R, class... A>
class BlockingCallImpl final : public BlockingCall {
 public:
  BlockingCallImpl(F& fn, std::tuple<KeptT<A>...> args) : fn_(fn), args_(std::move(args)) {}
  void run() noexcept override {
    try {
      if constexpr (std::is_void_v<R>) {
        std::apply(fn_, std::move(args_));
      } else {
        result_ = std::make_unique<typename KeptResult<R>::type>(std::apply(fn_, std::move(args_)));
      }
    } catch (...) {
      error_ = std::current_exception();
    }
  }
  void finish(const Marshal& m, const GoType* resultTypes, Word* out) override {
    if (error_) std::rethrow_exception(error_);
    if constexpr (!std::is_void_v<R>) Results<R>::to(m, resultTypes, out, *result_);
  }

 private:
  F& fn_;  // the HostFunction's callable: the Runtime keeps it until its pool has stopped
  std::tuple<KeptT<A>...> args_;
  std::unique_ptr<typename KeptResult<R>::type> result_;
  std::exception_ptr error_;
};

template <class F, class R, class... A>
class BlockingHostFunctionImpl final : public HostFunction {
 public:
  explicit BlockingHostFunctionImpl(F fn) : fn_(std::move(fn)) {
    params = {Convert<std::decay_t<A>>::go()...};
    results = Results<R>::go();
    blocking = true;
  }
  // Runs the three steps on the calling thread (used where a goroutine cannot park).
  void invoke(const Marshal& m, const GoType* paramTypes, const Word* args,
              const GoType* resultTypes, Word* out) override {
    std::unique_ptr<BlockingCall> call = prepare(m, paramTypes, args);
    call->run();
    call->finish(m, resultTypes, out);
  }
  std::unique_ptr<BlockingCall> prepare(const Marshal& m, const GoType* paramTypes,
                                        const Word* args) override {
    return prepareWith(m, paramTypes, args, std::index_sequence_for<A...>{});
  }

 private:
  template <std::size_t... I>
  std::unique_ptr<BlockingCall> prepareWith(const Marshal& m, const GoType* paramTypes,
                                            const Word* args, std::index_sequence<I...>) {
    return std::make_unique<BlockingCallImpl<F, R, A...>>(
        fn_, std::tuple<KeptT<A>...>(
                 KeptT<A>(Convert<std::decay_t<A>>::from(m, paramTypes[I], args[I]))...));
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
  template <class F>
  using BlockingHost = BlockingHostFunctionImpl<F, R, A...>;
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

// What weft::blocking(fn) returns: fn, marked to run off the worker threads.
template <class F>
struct Blocking {
  F fn;
};
template <class T>
struct IsBlocking : std::false_type {};
template <class F>
struct IsBlocking<Blocking<F>> : std::true_type {};

template <class F>
std::unique_ptr<HostFunction> makeHostFunction(F&& fn) {
  using D = std::decay_t<F>;
  if constexpr (IsBlocking<D>::value) {
    using Fn = decltype(D::fn);
    using Host = typename Signature<Fn>::template BlockingHost<Fn>;
    return std::make_unique<Host>(std::forward<F>(fn).fn);
  } else {
    using Host = typename Signature<D>::template Host<D>;
    return std::make_unique<Host>(std::forward<F>(fn));
  }
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
