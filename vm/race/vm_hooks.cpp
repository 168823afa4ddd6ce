#include "vm/race/vm_hooks.hpp"

#include <algorithm>

#include "lang/types.hpp"
#include "vm/machine.hpp"
#include "vm/map.hpp"
#include "vm/race/detector.hpp"
#include "vm/value.hpp"

namespace weft::vm::race {

namespace {

// A caller frame of `g` as the Trace keeps it: a saved pc points after the call instruction.
StackFrame callerFrame(const Frame& f) {
  return {f.fn, f.pc > f.fn->code.data() ? f.pc - 1 : f.pc};
}

// The full stack of `g` with its top frame at `topPc`.
Stack stackOf(const Goroutine& g, const Instr* topPc) {
  Stack s;
  s.reserve(g.frames.size());
  for (std::size_t k = 0; k + 1 < g.frames.size(); k++) s.push_back(callerFrame(g.frames[k]));
  if (!g.frames.empty()) s.push_back({g.frames.back().fn, topPc});
  return s;
}

// ---- Go's map function for a map type (cmd/compile's mapfast) -------------------------------

// Go's size of a value of type t, in bytes (gc's amd64 layout).
int64_t goSize(const types::Type* t);
int64_t goAlign(const types::Type* t) {
  t = t->underlying();
  if (t->kind == types::Kind::Array) return goAlign(static_cast<const types::Array*>(t)->elem);
  if (t->kind == types::Kind::Struct) {
    int64_t a = 1;
    for (const types::Var* f : static_cast<const types::Struct*>(t)->fields)
      a = std::max(a, goAlign(f->type));
    return a;
  }
  int64_t s = goSize(t);
  return s >= 8 ? 8 : s <= 0 ? 1 : s;
}
int64_t goSize(const types::Type* t) {
  using types::Kind;
  t = t->underlying();
  switch (t->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
      return 1;
    case Kind::Int16:
    case Kind::Uint16:
      return 2;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return 4;
    case Kind::Complex128:
    case Kind::String:
    case Kind::Interface:
      return 16;
    case Kind::Slice:
      return 24;
    case Kind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      return a->len * goSize(a->elem);
    }
    case Kind::Struct: {
      int64_t off = 0, align = 1;
      for (const types::Var* f : static_cast<const types::Struct*>(t)->fields) {
        int64_t fa = goAlign(f->type);
        align = std::max(align, fa);
        off = (off + fa - 1) / fa * fa + goSize(f->type);
      }
      return (off + align - 1) / align * align;
    }
    default:
      return 8;  // int, uint, uintptr, 64-bit numbers, pointers, maps, chans, funcs
  }
}
// Whether equality of t is equality of its bytes (gc's AMEM algorithms), and whether it holds
// pointers.
bool plainMemory(const types::Type* t, bool* pointers) {
  using types::Kind;
  t = t->underlying();
  switch (t->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::String:
    case Kind::Interface:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
      return false;
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::UnsafePointer:
      *pointers = true;
      return true;
    case Kind::Array:
      return plainMemory(static_cast<const types::Array*>(t)->elem, pointers);
    case Kind::Struct: {
      int64_t sum = 0;
      for (const types::Var* f : static_cast<const types::Struct*>(t)->fields) {
        if (f->name == "_" || !plainMemory(f->type, pointers)) return false;
        sum += goSize(f->type);
      }
      return sum == goSize(t);  // no padding
    }
    default:
      return true;
  }
}

// The runtime function Go calls for `generic` (a MapAccess1..MapDelete frame) on maps of type t.
RuntimeFrame mapFrame(RuntimeFrame generic, const types::Map* t) {
  if (!t || goSize(t->elem) > 128) return generic;
  // (Pointer keys use mapassign_fast64ptr, which reports itself as mapassign_fast64.)
  enum { Slow, Fast32, Fast64, FastStr } variant = Slow;
  bool pointers = false;
  if (t->key->underlying()->kind == types::Kind::String) {
    variant = FastStr;
  } else if (plainMemory(t->key, &pointers)) {
    int64_t size = goSize(t->key);
    if (size == 4 && !pointers) variant = Fast32;
    if (size == 8) variant = Fast64;
  }
  if (variant == Slow) return generic;
  switch (generic) {
    case RuntimeFrame::MapAccess1:
      return variant == Fast32    ? RuntimeFrame::MapAccess1Fast32
             : variant == FastStr ? RuntimeFrame::MapAccess1Faststr
                                  : RuntimeFrame::MapAccess1Fast64;
    case RuntimeFrame::MapAccess2:
      return variant == Fast32    ? RuntimeFrame::MapAccess2Fast32
             : variant == FastStr ? RuntimeFrame::MapAccess2Faststr
                                  : RuntimeFrame::MapAccess2Fast64;
    case RuntimeFrame::MapAssign:
      return variant == Fast32    ? RuntimeFrame::MapAssignFast32
             : variant == FastStr ? RuntimeFrame::MapAssignFaststr
                                  : RuntimeFrame::MapAssignFast64;
    case RuntimeFrame::MapDelete:
      return variant == Fast32    ? RuntimeFrame::MapDeleteFast32
             : variant == FastStr ? RuntimeFrame::MapDeleteFaststr
                                  : RuntimeFrame::MapDeleteFast64;
    default:
      return generic;  // clear and iteration have no fast variants
  }
}

// Records the access at `pc` in the goroutine's history when the detector asks for it.
struct VmSite final : SiteSource {
  VmSite(ThreadState& ts, const Goroutine& g, const Instr* pc) : ts(ts), g(g), pc(pc) {}
  uint32_t site() override {
    if (!recorded) {
      if (mapType) runtime = mapFrame(runtime, mapType);
      std::size_t n = g.frames.empty() ? 0 : g.frames.size() - 1;
      position = ts.info->trace.record(
          n, [this](std::size_t k) { return callerFrame(g.frames[k]); },
          StackFrame{g.frames.back().fn, pc}, runtime);
      recorded = true;
    }
    return position;
  }
  ThreadState& ts;
  const Goroutine& g;
  const Instr* pc;
  RuntimeFrame runtime = RuntimeFrame::None;
  const types::Map* mapType = nullptr;  // a map access: picks the frame's fast variant
  bool recorded = false;
  uint32_t position = 0;
};

void clearShadow(void* ctx, void* obj, std::size_t bytes) {
  static_cast<Detector*>(ctx)->shadow().clear(obj, bytes);
}

int32_t elemWords(const types::Type* sliceType) {
  const auto* st = static_cast<const types::Slice*>(sliceType->underlying());
  return slotsOf(st->elem);
}

}  // namespace

std::unique_ptr<Detector> makeDetector(Machine& m, const Options& options) {
  auto d = std::make_unique<Detector>(options, [&m](std::string_view s) { m.writeErr(s); });
  m.heap().setAllocObserver(clearShadow, d.get());
  // The primitives (vm/channel, vm/sync_prims, vm/time_prims) name goroutines as Schedulables.
  d->stateOf = [](Schedulable* task) { return static_cast<Goroutine*>(task)->raceState; };
  return d;
}

void goStart(Machine& m, Goroutine* creator, Goroutine& child) {
  Detector& d = *m.race();
  Stack at;
  ThreadState* parent = creator ? creator->raceState : nullptr;
  if (parent && !creator->frames.empty()) {
    // The creator's pc was saved after the `go` instruction (and its extension word).
    at = stackOf(*creator, callerFrame(creator->frames.back()).pc);
  }
  child.raceState = d.goStart(parent, child.id, std::move(at));
}

void goEnd(Machine& m, Goroutine& g) {
  if (!g.raceState) return;
  m.race()->goEnd(g.raceState);
  g.raceState = nullptr;
}

bool checkInstr(Machine& m, Goroutine& g, const Instr* pc, Word* R, const Closure* CL) {
  Detector& d = *m.race();
  ThreadState* ts = g.raceState;
  if (!ts) return false;
  const Instr i = pc[0];
  VmSite site(*ts, g, pc);
  auto read = [&](const void* p) {
    if (p) d.access(*ts, p, AccessKind::Read, site);
  };
  auto write = [&](const void* p) {
    if (p) d.access(*ts, p, AccessKind::Write, site);
  };
  auto range = [&](const void* p, std::size_t words, AccessKind k) {
    if (p && words) d.accessRange(*ts, p, words, k, site);
  };
  auto object = [&](Word obj, RuntimeFrame f, AccessKind k) {
    if (!obj) return;
    site.runtime = f;
    d.access(*ts, asPtr<const void>(obj), k, site);
  };
  auto mapAccess = [&](Word obj, RuntimeFrame f, AccessKind k) {
    if (!obj) return;
    site.runtime = f;
    site.mapType = asPtr<const MapObject>(obj)->type();
    d.access(*ts, asPtr<const void>(obj), k, site);
  };
  auto rA = [&] { return R[instrA(i)]; };
  auto rB = [&] { return R[instrB(i)]; };
  auto rC = [&] { return R[instrC(i)]; };
  // The element at index `idx` of slice `s` (null when out of range: the access panics).
  auto elem = [](Word s, Word idx, int64_t words) -> const Word* {
    const auto* h = asPtr<const SliceHeader>(s);
    if (!h || static_cast<uint64_t>(idx) >= static_cast<uint64_t>(h->len)) return nullptr;
    return h->data + static_cast<int64_t>(idx) * words;
  };
  const Program& prog = m.program();

  switch (static_cast<Op>(instrOp(i))) {
    case Op::GETGLOBAL:
      read(m.globals() + instrBx(i));
      break;
    case Op::SETGLOBAL:
      write(m.globals() + instrBx(i));
      break;
    case Op::GETCAP:
      read(CL->captures[instrB(i)]);
      break;
    case Op::SETCAP:
      write(CL->captures[instrA(i)]);
      break;
    case Op::LOAD:
      if (rB()) read(asPtr<const Word>(rB()) + instrC(i));
      break;
    case Op::STORE:
      if (rA()) write(asPtr<const Word>(rA()) + instrB(i));
      break;
    case Op::COPY:
    case Op::COPYX: {
      std::size_t n = static_cast<Op>(instrOp(i)) == Op::COPY ? instrC(i) : pc[1];
      if (!rA() || !rB()) break;
      range(asPtr<const Word>(rB()), n, AccessKind::Read);
      range(asPtr<const Word>(rA()), n, AccessKind::Write);
      break;
    }
    case Op::CLONE:
      range(asPtr<const Word>(rB()), slotsOf(prog.types[instrC(i)]), AccessKind::Read);
      break;
    case Op::SLOAD:
      read(elem(rB(), rC(), 1));
      break;
    case Op::SSTORE:
      write(elem(rA(), rB(), 1));
      break;
    case Op::ALOAD:
      if (static_cast<uint64_t>(rC()) < pc[1] && rB())
        read(asPtr<const Word>(rB()) + static_cast<int64_t>(rC()));
      break;
    case Op::ASTORE:
      if (static_cast<uint64_t>(rB()) < pc[1] && rA())
        write(asPtr<const Word>(rA()) + static_cast<int64_t>(rB()));
      break;
    case Op::APPEND: {
      const auto* h = asPtr<const SliceHeader>(rA());
      if (!h) break;
      int64_t ew = elemWords(prog.types[pc[1]]), n = instrC(i);
      if (h->len + n <= h->cap)
        range(h->data + h->len * ew, static_cast<std::size_t>(n * ew), AccessKind::Write);
      else
        range(h->data, static_cast<std::size_t>(h->len * ew), AccessKind::Read);
      break;
    }
    case Op::APPENDSLICE: {
      const auto* h = asPtr<const SliceHeader>(rB());
      int64_t ew = elemWords(prog.types[pc[1] & 0xFFFFFFFF]);
      bool fromString = (pc[1] >> 32) != 0;
      int64_t n = 0;
      if (!fromString) {
        const auto* src = asPtr<const SliceHeader>(rC());
        if (src) n = src->len, range(src->data, static_cast<std::size_t>(n * ew), AccessKind::Read);
      } else if (rC()) {
        n = asPtr<const String>(rC())->len;
      }
      if (!h) break;
      if (h->len + n <= h->cap)
        range(h->data + h->len * ew, static_cast<std::size_t>(n * ew), AccessKind::Write);
      else
        range(h->data, static_cast<std::size_t>(h->len * ew), AccessKind::Read);
      break;
    }
    case Op::COPYSLICE: {
      const auto* dst = asPtr<const SliceHeader>(rB());
      if (!dst) break;
      int64_t ew = static_cast<int32_t>(pc[1] & 0xFFFFFFFF);
      bool fromString = (pc[1] >> 32) != 0;
      int64_t n = dst->len;
      if (fromString) {
        n = std::min<int64_t>(n, rC() ? asPtr<const String>(rC())->len : 0);
      } else {
        const auto* src = asPtr<const SliceHeader>(rC());
        n = std::min<int64_t>(n, src ? src->len : 0);
        if (src) range(src->data, static_cast<std::size_t>(n * ew), AccessKind::Read);
      }
      range(dst->data, static_cast<std::size_t>(n * ew), AccessKind::Write);
      break;
    }
    case Op::CLEARSLICE: {
      const auto* h = asPtr<const SliceHeader>(rA());
      if (h) range(h->data, static_cast<std::size_t>(h->len * instrB(i)), AccessKind::Write);
      break;
    }
    case Op::MAPGET:
      mapAccess(rB(), RuntimeFrame::MapAccess1, AccessKind::Read);
      break;
    case Op::MAPGET2:
      mapAccess(rB(), RuntimeFrame::MapAccess2, AccessKind::Read);
      break;
    case Op::MAPSET:
      mapAccess(rA(), RuntimeFrame::MapAssign, AccessKind::Write);
      break;
    case Op::MAPDELETE:
      mapAccess(rA(), RuntimeFrame::MapDelete, AccessKind::Write);
      break;
    case Op::MAPCLEAR:
      mapAccess(rA(), RuntimeFrame::MapClear, AccessKind::Write);
      break;
    case Op::MAPITER:
      mapAccess(rB(), RuntimeFrame::MapIterInit, AccessKind::Read);
      break;
    case Op::MAPNEXT:
      if (const auto* it = asPtr<const MapIterator>(rA()); it && it->map)
        mapAccess(fromPtr(it->map), RuntimeFrame::MapIterNext, AccessKind::Read);
      break;
    case Op::SEND:
      object(rA(), RuntimeFrame::ChanSend, AccessKind::Read);
      break;
    case Op::CLOSE:
      object(rA(), RuntimeFrame::CloseChan, AccessKind::Write);
      break;
    case Op::SELECT: {
      uint32_t ncases = instrC(i) & 0x7FFF;
      for (uint32_t k = 0; k < ncases; k++)
        if ((pc[1] >> k) & 1)
          object(R[instrB(i) + 3 * k], RuntimeFrame::ChanSend, AccessKind::Read);
      break;
    }
    default:
      break;
  }
  return d.halted();
}

int64_t randomSlice(Machine& m, int64_t normal) {
  // Between 1/64 of a slice and a whole one.
  uint64_t r = m.heap().random();
  int64_t lo = std::max<int64_t>(normal / 64, 1);
  return lo + static_cast<int64_t>(r % static_cast<uint64_t>(normal - lo + 1));
}

}  // namespace weft::vm::race
