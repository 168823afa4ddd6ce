// fmt's scanning (Sscan, Sscanf, Fscanln, Scan, ...): a port of Go's fmt/scan.go over Weft
// values. Input comes from a RuneSource (a string, the process's stdin, or a Go io.Reader
// called back through the VM); operands are interface values holding pointers, written
// through a ScanSink so the scanner itself needs no heap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.hpp"

namespace weft::stdlib::fmt {

// Where runes come from. `read` returns false at end of input; errors other than EOF are
// reported by throwing ScanFailure (with kind Cause).
class RuneSource {
 public:
  virtual ~RuneSource() = default;
  virtual bool read(int32_t& r) = 0;
  // Pushes back the rune read last (only one).
  virtual void unread() = 0;
};

// How a scan failed, in the categories of the error values Go returns.
struct ScanFailure {
  // NilPointer: an operand is a nil pointer (Go panics with a nil dereference).
  enum Kind {
    None = 0,
    Eof = 1,
    UnexpectedEof = 2,
    Message = 3,
    Cause = 4,
    NilPointer = 5
  } kind = None;
  std::string message;             // for Message
  const vm::Box* cause = nullptr;  // for Cause: an error value from the reader
};

// Stores scanned values that need allocation.
class ScanSink {
 public:
  virtual ~ScanSink() = default;
  virtual vm::Word makeString(std::string_view s) = 0;
  virtual vm::Word makeBytes(std::string_view s) = 0;
};

struct ScanResult {
  int64_t count = 0;  // operands successfully scanned
  ScanFailure error;
};

enum class ScanMode { Scan, Scanln, Scanf };

// Scans operands (interface values holding pointers: *int, *string, *float64, *[]byte, ...,
// or pointers to named types with those underlying types) from `source`.
ScanResult scan(RuneSource& source, ScanSink& sink, ScanMode mode, std::string_view format,
                const vm::Word* operands, std::size_t n);

// A source reading a string (what Sscan reads).
class StringRuneSource : public RuneSource {
 public:
  explicit StringRuneSource(std::string_view s) : s_(s) {}
  bool read(int32_t& r) override;
  void unread() override;

 private:
  std::string_view s_;
  std::size_t pos_ = 0, last_ = 0;
};

}  // namespace weft::stdlib::fmt
