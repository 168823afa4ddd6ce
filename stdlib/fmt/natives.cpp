// The natives of package fmt: Sprint*, Print* and Errorf's formatting, on top of the printer.
#include <algorithm>
#include <cstring>

#include "stdlib/fmt/printer.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "vm/goroutine.hpp"
#include "vm/map.hpp"

namespace weft::stdlib {
namespace {

using fmt::Operand;
using fmt::Printer;
using fmt::PrinterAborted;
using fmt::PrinterHost;

// The printer's access to the running program: method calls through NativeCall::callMethod
// and map reads. Map entries are copied (vm::MapObject hands out no pointers); the copies live
// as long as the host.
class NativeHost : public PrinterHost {
 public:
  explicit NativeHost(NativeCall& call) : call_(call) {}

  CallResult callStringMethod(const Operand& v, const types::Func* method,
                              std::string& result) override {
    vm::Box* box = const_cast<vm::Box*>(v.box);
    if (!box || box->type != v.type) {
      box = call_.heap.allocBox(v.type);
      int32_t n = vm::slotsOf(v.type);
      if (n > 0) std::memcpy(box->payload, v.slots, static_cast<std::size_t>(n) * sizeof(Word));
    }
    Word out = 0;
    if (!call_.callMethod(box, method->name, nullptr, &out)) return CallResult::Missing;
    if (call_.panicking) return CallResult::Panicked;
    result = vm::view(reinterpret_cast<const vm::String*>(out));
    return CallResult::Done;
  }

  const vm::Box* recoverPanic(bool& recovered) override {
    vm::PanicRecord* p = call_.goroutine.panic;
    recovered = p && !p->fatal && !p->goexit && !call_.failedFatally;
    if (!recovered) return nullptr;
    return call_.recoverPanic();
  }

  void mapEntries(Word m, const types::Map* t,
                  std::vector<std::pair<const Word*, const Word*>>& out) override {
    auto* map = reinterpret_cast<vm::MapObject*>(m);
    // The inner vectors' buffers stay put when copies_ grows (moving a vector keeps its data).
    copies_.emplace_back();
    copies_.emplace_back();
    std::vector<Word>& keys = copies_[copies_.size() - 2];
    std::vector<Word>& values = copies_.back();
    vm::MapResult r = map->entries(keys, values);
    if (!r.ok()) return;  // a concurrent writer: print what is consistent (nothing)
    std::size_t ks = static_cast<std::size_t>(map->keySlots());
    std::size_t vs = static_cast<std::size_t>(map->elemSlots());
    std::size_t n = ks ? keys.size() / ks : vs ? values.size() / vs : 0;
    if (ks == 0 && vs == 0) n = static_cast<std::size_t>(map->size());
    // Zero-size keys or values: point at a zero word (never read).
    static const Word zero = 0;
    for (std::size_t i = 0; i < n; i++)
      out.emplace_back(ks ? keys.data() + i * ks : &zero, vs ? values.data() + i * vs : &zero);
  }

 private:
  NativeCall& call_;
  std::vector<std::vector<Word>> copies_;
};

enum class Mode { Print, Println, Printf };

// Formats the call's arguments with `p`; false if a String/Error method panicked (the native
// must then return at once).
bool format(NativeCall& call, Mode mode, Printer& p) {
  try {
    if (mode == Mode::Printf) {
      const vm::SliceHeader* a = argSlice(call, 1);
      p.doPrintf(argString(call, 0), a ? a->data : nullptr,
                 a ? static_cast<std::size_t>(a->len) : 0);
    } else {
      const vm::SliceHeader* a = argSlice(call, 0);
      const Word* data = a ? a->data : nullptr;
      std::size_t n = a ? static_cast<std::size_t>(a->len) : 0;
      if (mode == Mode::Print) {
        p.doPrint(data, n);
      } else {
        p.doPrintln(data, n);
      }
    }
  } catch (const PrinterAborted&) {
    return false;
  }
  return true;
}

// The natives below are replayable (vm/native.hpp, "Unnest and replay"): they only call String
// / Error / GoString methods, and write their result or output at the end.
template <Mode mode>
NativeResult sprint(NativeCall& call) {
  call.allowReplay();
  NativeHost host(call);
  Printer p(host);
  if (!format(call, mode, p)) return NativeResult::Done;
  call.results[0] = stringWord(call, p.buffer());
  return NativeResult::Done;
}

template <Mode mode>
NativeResult print(NativeCall& call) {
  call.allowReplay();
  NativeHost host(call);
  Printer p(host);
  if (!format(call, mode, p)) return NativeResult::Done;
  call.machine.writeOut(p.buffer());
  call.results[0] = static_cast<Word>(p.buffer().size());
  call.results[1] = 0;  // nil error
  return NativeResult::Done;
}

// func errorf(format string, a []any) (string, []int): Sprintf in Errorf mode, plus the
// argument indexes of the %w operands.
NativeResult errorf(NativeCall& call) {
  call.allowReplay();
  NativeHost host(call);
  Printer p(host);
  p.allowWrapping();
  if (!format(call, Mode::Printf, p)) return NativeResult::Done;
  std::vector<int64_t> wrapped(p.wrappedArgs().begin(), p.wrappedArgs().end());
  if (p.reordered()) std::sort(wrapped.begin(), wrapped.end());
  call.results[0] = stringWord(call, p.buffer());
  call.results[1] = wrapped.empty() ? 0 : intSliceWord(call, resultElem(call, 1), wrapped);
  return NativeResult::Done;
}

}  // namespace

void registerFmt(vm::NativeRegistry& r) {
  r.add("fmt.Sprint", sprint<Mode::Print>);
  r.add("fmt.Sprintln", sprint<Mode::Println>);
  r.add("fmt.Sprintf", sprint<Mode::Printf>);
  r.add("fmt.Print", print<Mode::Print>);
  r.add("fmt.Println", print<Mode::Println>);
  r.add("fmt.Printf", print<Mode::Printf>);
  r.add("fmt.errorf", errorf);
}

}  // namespace weft::stdlib
