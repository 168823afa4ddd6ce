// Map opcodes (MAKEMAP .. MAPNEXT) over vm::MapObject.
//
// Keys and values travel in register form: a one-word value is the register itself, an inline
// (struct/array) value is the address of its storage. Values read out of a map are copies, so an
// inline result gets fresh storage (MapObject copies out; nothing points into its table).
#include "lang/types.hpp"
#include "vm/interp_ops.hpp"
#include "vm/machine.hpp"
#include "vm/map.hpp"
#include "vm/panic.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

// The words of a register-form value.
const Word* wordsOf(const types::Type* t, const Word& reg) {
  return isInline(t) ? asPtr<const Word>(reg) : &reg;
}

// Where a value read out of the map goes: the register, or fresh storage it then points to.
Word* outputFor(Heap& heap, const types::Type* t, Word& reg) {
  if (!isInline(t)) return &reg;
  Word* storage = heap.allocStorage(t, 1);
  reg = fromPtr(storage);
  return storage;
}

bool failed(Machine& m, Goroutine& g, const MapResult& r) {
  if (r.status == MapStatus::UnhashableType) {
    startRuntimeError(
        m, g, std::string("runtime error: ") + mapStatusText(r.status) + r.unhashable->str(true));
  } else {
    startFatal(m, g, mapStatusText(r.status));
  }
  return false;
}

}  // namespace

bool mapOp(Machine& m, Goroutine& g, Instr i, Word* R, const Instr*& pc) {
  const Program& prog = m.program();
  Heap& heap = m.heap();
  Word& ra = R[instrA(i)];
  switch (static_cast<Op>(instrOp(i))) {
    case Op::MAKEMAP: {
      auto* mt = static_cast<const types::Map*>(prog.types[instrBx(i)]->underlying());
      int64_t hint = static_cast<int64_t>(ra);
      if (hint < 0) {
        startRuntimeError(m, g, "runtime error: makemap: size out of range");
        return false;
      }
      ra = fromPtr(heap.newMap(mt, static_cast<std::size_t>(hint)));
      return true;
    }
    case Op::MAPGET:
    case Op::MAPGET2: {
      auto* mt = static_cast<const types::Map*>(prog.types[*pc++]->underlying());
      auto* map = asPtr<MapObject>(R[instrB(i)]);
      const Word* key = wordsOf(mt->key, R[instrC(i)]);
      Word* out = outputFor(heap, mt->elem, ra);
      MapResult r = map ? map->lookup(key, out) : MapObject::checkHashable(mt, key);
      if (!r.ok()) return failed(m, g, r);
      if (!map && !isInline(mt->elem)) *out = 0;
      if (static_cast<Op>(instrOp(i)) == Op::MAPGET2) (&ra)[1] = r.found;
      return true;
    }
    case Op::MAPSET: {
      auto* mt = static_cast<const types::Map*>(prog.types[*pc++]->underlying());
      auto* map = asPtr<MapObject>(ra);
      const Word* key = wordsOf(mt->key, R[instrB(i)]);
      if (!map) {
        MapResult h = MapObject::checkHashable(mt, key);
        if (!h.ok()) return failed(m, g, h);
        startRuntimeError(m, g, kNilMapWrite);
        return false;
      }
      MapResult r = map->store(key, wordsOf(mt->elem, R[instrC(i)]));
      return r.ok() || failed(m, g, r);
    }
    case Op::MAPDELETE: {
      auto* mt = static_cast<const types::Map*>(prog.types[*pc++]->underlying());
      auto* map = asPtr<MapObject>(ra);
      const Word* key = wordsOf(mt->key, R[instrB(i)]);
      MapResult r = map ? map->erase(key) : MapObject::checkHashable(mt, key);
      return r.ok() || failed(m, g, r);
    }
    case Op::LEN_MAP: {
      auto* map = asPtr<MapObject>(R[instrB(i)]);
      ra = map ? static_cast<Word>(map->size()) : 0;
      return true;
    }
    case Op::MAPCLEAR: {
      auto* map = asPtr<MapObject>(ra);
      if (!map) return true;
      MapResult r = map->clear();
      return r.ok() || failed(m, g, r);
    }
    case Op::MAPITER: {
      pc++;
      ra = fromPtr(newMapIterator(heap, asPtr<MapObject>(R[instrB(i)])));
      return true;
    }
    case Op::MAPNEXT: {
      auto* mt = static_cast<const types::Map*>(prog.types[*pc++]->underlying());
      auto* it = asPtr<MapIterator>(ra);
      Word* regs = &ra;
      Word* keyOut = outputFor(heap, mt->key, regs[1]);
      Word* valOut = outputFor(heap, mt->elem, regs[2]);
      MapResult r = it->next(keyOut, valOut);
      if (!r.ok()) return failed(m, g, r);
      if (!r.found) pc += instrSBx(i);
      return true;
    }
    default:
      startFatal(m, g, "internal error: not a map opcode");
      return false;
  }
}

}  // namespace weft::vm
