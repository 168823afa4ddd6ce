// The natives behind fmt's Sscan*, Fscan* and Scan* (see scan.hpp): rune sources over a
// string, the process's stdin, and any Go io.Reader (called back through the VM).
#include <unistd.h>

#include <cerrno>

#include "stdlib/fmt/scan.hpp"
#include "stdlib/methods.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"

namespace weft::stdlib {
namespace {

using fmt::RuneSource;
using fmt::ScanFailure;

class HeapSink : public fmt::ScanSink {
 public:
  explicit HeapSink(NativeCall& call) : call_(call) {}
  Word makeString(std::string_view s) override { return stringWord(call_, s); }
  Word makeBytes(std::string_view s) override { return byteSliceWord(call_, s); }

 private:
  NativeCall& call_;
};

// Go's readRune adapter for readers without ReadRune: bytes one at a time, a rune decoded as
// soon as it is complete, the bytes after an invalid sequence kept for the next read; one
// rune of push-back.
class ByteRuneSource : public RuneSource {
 public:
  bool read(int32_t& r) override {
    if (peeked_) {
      peeked_ = false;
      r = last_;
      return true;
    }
    char buf[utf8::kUTFMax];
    int n = 0;
    if (!nextByte(buf[0])) return false;
    n = 1;
    if (static_cast<uint8_t>(buf[0]) >= utf8::kRuneSelf) {
      while (n < utf8::kUTFMax && !fullRune(std::string_view(buf, static_cast<std::size_t>(n)))) {
        if (!nextByte(buf[n])) break;
        n++;
      }
    }
    utf8::Decoded d = utf8::decodeRune(std::string_view(buf, static_cast<std::size_t>(n)));
    for (int k = n - 1; k >= d.size; k--) pending_.insert(pending_.begin(), buf[k]);
    r = last_ = d.rune;
    return true;
  }
  void unread() override { peeked_ = true; }

 protected:
  // One byte of input; false at end of input (errors are thrown as ScanFailure).
  virtual bool readByte(char& b) = 0;

 private:
  bool nextByte(char& b) {
    if (!pending_.empty()) {
      b = pending_.front();
      pending_.erase(pending_.begin());
      return true;
    }
    return readByte(b);
  }
  static bool fullRune(std::string_view s) {
    auto c = static_cast<uint8_t>(s[0]);
    std::size_t need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    if (s.size() >= need) return true;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    auto b1 = static_cast<uint8_t>(s.size() > 1 ? s[1] : 0x80);
    if (s.size() > 1 && (b1 < lo || b1 > hi)) return true;
    if (s.size() > 2 && (static_cast<uint8_t>(s[2]) < 0x80 || static_cast<uint8_t>(s[2]) > 0xBF))
      return true;
    return false;
  }
  std::string pending_;
  int32_t last_ = 0;
  bool peeked_ = false;
};

// The process's standard input, read a byte at a time (as Go reads an unbuffered os.Stdin).
class StdinRuneSource : public ByteRuneSource {
 protected:
  bool readByte(char& b) override {
    for (;;) {
      ssize_t n = ::read(0, &b, 1);
      if (n == 1) return true;
      if (n < 0 && errno == EINTR) continue;
      return false;
    }
  }
};

// Is `err` the io.EOF value `eof` (same dynamic type and pointer)?
bool isEOF(const vm::Box* err, const vm::Box* eof) {
  if (err == eof) return true;
  return err && eof && err->type == eof->type && err->payload[0] == eof->payload[0];
}

// A Go io.Reader without ReadRune: Read into a one-byte []byte.
class GoByteReader : public ByteRuneSource {
 public:
  GoByteReader(NativeCall& call, vm::Box* reader, const vm::Box* eof)
      : call_(call), reader_(reader), eof_(eof) {
    Word* data = call.heap.allocStorage(call.machine.program().byteType, 1);
    slice_ = reinterpret_cast<Word>(call.heap.newSlice(data, 1, 1));
  }

 protected:
  bool readByte(char& b) override {
    for (;;) {  // io.ReadFull of one byte
      Word results[3] = {0, 0, 0};
      Word args[1] = {slice_};
      if (!call_.callMethod(reader_, "Read", args, results) || call_.panicking)
        throw ScanFailure{ScanFailure::Cause, {}, nullptr};
      auto n = static_cast<int64_t>(results[0]);
      auto* err = reinterpret_cast<const vm::Box*>(results[1]);
      if (n >= 1) {
        b = static_cast<char>(reinterpret_cast<const vm::SliceHeader*>(slice_)->data[0]);
        return true;
      }
      if (err) {
        if (isEOF(err, eof_)) return false;
        throw ScanFailure{ScanFailure::Cause, {}, err};
      }
    }
  }

 private:
  NativeCall& call_;
  vm::Box* reader_;
  const vm::Box* eof_;
  Word slice_;
};

// A Go io.RuneScanner: its own ReadRune and UnreadRune.
class GoRuneScanner : public RuneSource {
 public:
  GoRuneScanner(NativeCall& call, vm::Box* reader, const vm::Box* eof)
      : call_(call), reader_(reader), eof_(eof) {}
  bool read(int32_t& r) override {
    Word results[3] = {0, 0, 0};
    if (!call_.callMethod(reader_, "ReadRune", nullptr, results) || call_.panicking)
      throw ScanFailure{ScanFailure::Cause, {}, nullptr};
    auto* err = reinterpret_cast<const vm::Box*>(results[2]);
    if (err) {
      if (isEOF(err, eof_)) return false;
      throw ScanFailure{ScanFailure::Cause, {}, err};
    }
    r = static_cast<int32_t>(results[0]);
    return true;
  }
  void unread() override {
    Word result = 0;
    call_.callMethod(reader_, "UnreadRune", nullptr, &result);
    if (call_.panicking) throw ScanFailure{ScanFailure::Cause, {}, nullptr};
  }

 private:
  NativeCall& call_;
  vm::Box* reader_;
  const vm::Box* eof_;
};

bool isStdin(const vm::Box* r) {
  // *os.File with fd 0: read the descriptor directly.
  if (!r || r->type->kind != types::Kind::Pointer) return false;
  const types::Type* elem = static_cast<const types::Pointer*>(r->type)->elem;
  if (elem->kind != types::Kind::Named) return false;
  const types::TypeName* tn = static_cast<const types::Named*>(elem)->obj;
  if (tn->name != "File" || !tn->pkg || tn->pkg->path != "os") return false;
  auto* file = reinterpret_cast<const Word*>(r->payload[0]);
  return file && file[vm::fieldOffset(elem, 0)] == 0;
}

// Writes (n int, kind int, msg string[, cause error]) from a scan result; false if the
// native must panic instead (a nil operand) or has already panicked.
bool finish(NativeCall& call, const fmt::ScanResult& r, bool withCause) {
  if (call.panicking) return false;
  if (r.error.kind == ScanFailure::NilPointer) {
    call.panicString("invalid memory address or nil pointer dereference", true);
    return false;
  }
  if (r.error.kind == ScanFailure::Cause && !r.error.cause) return false;  // a method panicked
  call.results[0] = static_cast<Word>(r.count);
  call.results[1] = static_cast<Word>(r.error.kind);
  call.results[2] = r.error.kind == ScanFailure::Message ? stringWord(call, r.error.message) : 0;
  if (withCause) call.results[3] = reinterpret_cast<Word>(r.error.cause);
  return true;
}

// func sscan(str string, format string, mode int, a []any) (n int, kind int, msg string)
NativeResult sscan(NativeCall& call) {
  const vm::SliceHeader* a = argSlice(call, 3);
  fmt::StringRuneSource src(argString(call, 0));
  HeapSink sink(call);
  auto r = fmt::scan(src, sink, static_cast<fmt::ScanMode>(argInt(call, 2)), argString(call, 1),
                     a ? a->data : nullptr, a ? static_cast<std::size_t>(a->len) : 0);
  finish(call, r, false);
  return NativeResult::Done;
}

// func fscan(r io.Reader, format string, mode int, a []any, eof error)
//     (n int, kind int, msg string, cause error)
NativeResult fscan(NativeCall& call) {
  auto* reader = reinterpret_cast<vm::Box*>(call.args[0]);
  const vm::SliceHeader* a = argSlice(call, 3);
  const vm::Box* eof = argBox(call, 4);
  HeapSink sink(call);
  auto mode = static_cast<fmt::ScanMode>(argInt(call, 2));
  const Word* ops = a ? a->data : nullptr;
  std::size_t n = a ? static_cast<std::size_t>(a->len) : 0;
  fmt::ScanResult r;
  if (!reader) {
    call.panicString("invalid memory address or nil pointer dereference", true);
    return NativeResult::Done;
  }
  if (isStdin(reader)) {
    StdinRuneSource src;
    r = fmt::scan(src, sink, mode, argString(call, 1), ops, n);
  } else if (findMethod(reader->type, "ReadRune") && findMethod(reader->type, "UnreadRune")) {
    GoRuneScanner src(call, reader, eof);
    r = fmt::scan(src, sink, mode, argString(call, 1), ops, n);
  } else {
    GoByteReader src(call, reader, eof);
    r = fmt::scan(src, sink, mode, argString(call, 1), ops, n);
  }
  finish(call, r, true);
  return NativeResult::Done;
}

}  // namespace

void registerFmtScan(vm::NativeRegistry& r) {
  r.add("fmt.sscan", sscan);
  r.add("fmt.fscan", fscan);
}

}  // namespace weft::stdlib
