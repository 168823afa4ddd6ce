// Test support for the stdlib unit tests: builds checker types and Weft values by hand (without
// a heap or a VM), so the value walkers of fmt and friends can be tested on their own.
#pragma once

#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/types.hpp"
#include "stdlib/fmt/printer.hpp"
#include "vm/heap.hpp"
#include "vm/object.hpp"

namespace weft::testkit {

using types::Kind;
using vm::Word;

// A map value for the fake host: entries as (key words, value words).
struct FakeMap {
  std::vector<std::pair<std::vector<Word>, std::vector<Word>>> entries;
};

class ValueKit : public stdlib::fmt::PrinterHost {
 public:
  ValueKit() {
    mainPkg.path = mainPkg.name = "main";
    errorsPkg.path = errorsPkg.name = "errors";
    emptyIface.complete = true;
  }
  ~ValueKit() override {
    for (void* p : raw_) std::free(p);
  }

  // ---- types ----
  types::Basic Bool{Kind::Bool, "bool"}, Int{Kind::Int, "int"}, Int8{Kind::Int8, "int8"},
      Int32{Kind::Int32, "int32"}, Int64{Kind::Int64, "int64"}, Uint8{Kind::Uint8, "uint8"},
      Uint32{Kind::Uint32, "uint32"}, Uint64{Kind::Uint64, "uint64"},
      Uintptr{Kind::Uintptr, "uintptr"}, Float32{Kind::Float32, "float32"},
      Float64{Kind::Float64, "float64"}, Complex64{Kind::Complex64, "complex64"},
      Complex128{Kind::Complex128, "complex128"}, String{Kind::String, "string"};
  types::Interface emptyIface;
  types::Package mainPkg, errorsPkg;

  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    owned_.push_back(std::shared_ptr<void>(std::move(p)));
    return raw;
  }
  const types::Type* slice(const types::Type* e) { return make<types::Slice>(e); }
  const types::Type* array(const types::Type* e, int64_t n) { return make<types::Array>(e, n); }
  const types::Type* pointer(const types::Type* e) { return make<types::Pointer>(e); }
  const types::Type* mapOf(const types::Type* k, const types::Type* v) {
    return make<types::Map>(k, v);
  }
  struct FieldSpec {
    std::string name;
    const types::Type* type;
    bool embedded = false;
  };
  types::Struct* structOf(std::vector<FieldSpec> fields) {
    auto* s = make<types::Struct>();
    for (auto& f : fields) {
      auto* v = make<types::Var>(f.name, ast::Pos{}, f.type);
      v->isField = true;
      v->embedded = f.embedded;
      s->fields.push_back(v);
    }
    return s;
  }
  types::Named* named(std::string name, const types::Type* underlying,
                      types::Package* pkg = nullptr) {
    auto* tn = make<types::TypeName>(name, ast::Pos{}, nullptr);
    tn->pkg = pkg ? pkg : &mainPkg;
    auto* n = make<types::Named>(tn);
    n->underlyingType = underlying;
    tn->type = n;
    return n;
  }
  // Adds a method `name() string` to `t`, implemented by `impl` (receiving the receiver value).
  const types::Func* addStringMethod(types::Named* t, std::string name, bool ptrRecv,
                                     std::function<std::string(const stdlib::fmt::Operand&)> impl) {
    auto* sig = make<types::Signature>();
    auto* params = make<types::Tuple>();
    auto* results = make<types::Tuple>();
    results->vars.push_back(make<types::Var>("", ast::Pos{}, &String));
    sig->params = params;
    sig->results = results;
    auto* f = make<types::Func>(name, ast::Pos{}, sig);
    f->ptrRecv = ptrRecv;
    t->methods.push_back(f);
    methods_[f] = std::move(impl);
    return f;
  }

  // ---- values ----
  Word str(std::string_view s) {
    if (s.empty()) return 0;
    auto* p = static_cast<vm::String*>(alloc(sizeof(vm::String) + s.size()));
    p->len = static_cast<int64_t>(s.size());
    std::memcpy(p->bytes, s.data(), s.size());
    return reinterpret_cast<Word>(p);
  }
  Word f64(double d) { return std::bit_cast<Word>(d); }
  Word f32(float f) { return std::bit_cast<Word>(static_cast<double>(f)); }
  Word i(int64_t v) { return static_cast<Word>(v); }
  // Storage holding the given words (a struct, an array, a pointee).
  Word* words(std::vector<Word> w) {
    auto* p = static_cast<Word*>(alloc(sizeof(Word) * (w.empty() ? 1 : w.size())));
    std::memcpy(p, w.data(), w.size() * sizeof(Word));
    return p;
  }
  Word sliceOf(std::vector<Word> elems) {
    auto* h = static_cast<vm::SliceHeader*>(alloc(sizeof(vm::SliceHeader)));
    h->len = h->cap = static_cast<int64_t>(elems.size());
    h->data = words(std::move(elems));
    return reinterpret_cast<Word>(h);
  }
  Word bytes(std::string_view s) {
    std::vector<Word> w;
    for (char c : s) w.push_back(static_cast<uint8_t>(c));
    return sliceOf(std::move(w));
  }
  // An interface value holding `slots` of type t.
  Word box(const types::Type* t, std::vector<Word> slots) {
    auto* b = static_cast<vm::Box*>(alloc(sizeof(vm::Box) + sizeof(Word) * slots.size()));
    b->type = t;
    std::memcpy(b->payload, slots.data(), slots.size() * sizeof(Word));
    return reinterpret_cast<Word>(b);
  }
  Word box(const types::Type* t, Word w) { return box(t, std::vector<Word>{w}); }
  Word fakeMap(std::vector<std::pair<std::vector<Word>, std::vector<Word>>> entries) {
    auto* m = make<FakeMap>();
    m->entries = std::move(entries);
    return reinterpret_cast<Word>(m);
  }

  // ---- printing ----
  std::string sprintf(std::string_view format, std::vector<Word> args) {
    stdlib::fmt::Printer p(*this);
    p.doPrintf(format, args.data(), args.size());
    return p.take();
  }
  std::string sprint(std::vector<Word> args) {
    stdlib::fmt::Printer p(*this);
    p.doPrint(args.data(), args.size());
    return p.take();
  }
  std::string sprintln(std::vector<Word> args) {
    stdlib::fmt::Printer p(*this);
    p.doPrintln(args.data(), args.size());
    return p.take();
  }

  // ---- PrinterHost ----
  CallResult callStringMethod(const stdlib::fmt::Operand& v, const types::Func* method,
                              std::string& result) override {
    auto it = methods_.find(method);
    if (it == methods_.end()) return CallResult::Missing;
    // A method called through a nil pointer dereferences it: the panic Go's fmt recovers.
    if (v.type->kind == Kind::Pointer && v.slots[0] == 0) return CallResult::Panicked;
    result = it->second(v);
    return CallResult::Done;
  }
  const vm::Box* recoverPanic(bool& recovered) override {
    recovered = true;
    return nullptr;
  }
  void mapEntries(Word m, const types::Map*,
                  std::vector<std::pair<const Word*, const Word*>>& out) override {
    for (auto& e : reinterpret_cast<FakeMap*>(m)->entries)
      out.emplace_back(e.first.data(), e.second.data());
  }

 private:
  void* alloc(std::size_t n) {
    void* p = std::calloc(1, n + 8);
    raw_.push_back(p);
    return p;
  }
  std::vector<std::shared_ptr<void>> owned_;
  std::vector<void*> raw_;
  std::map<const types::Func*, std::function<std::string(const stdlib::fmt::Operand&)>> methods_;
};

}  // namespace weft::testkit
